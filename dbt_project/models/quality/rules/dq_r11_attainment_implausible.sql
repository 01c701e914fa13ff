-- R11: attainment above var dq_attainment_max_pct, or a same-period result below
-- var dq_attainment_min_pct of its target: one of the two figures is probably wrong.
select
    'R11' as rule_id, 'attainment_implausible' as rule_name, 'warn' as severity,
    org, indicator, result_period as period, [result_measure_id, target_measure_id] as measure_ids,
    result_measure_id as subject_measure_id,
    printf('%s against the target %s (%s) is %s%% attainment: check both figures', result_quote, target_quote,
        comparison_basis, {{ num('attainment_pct') }}) as message,
    result_document_id as document_id, result_quote as quote, result_start as "start", result_end as "end"
from {{ ref('fct_plan_vs_result') }}
where attainment_pct > {{ var('dq_attainment_max_pct') }}
    or (attainment_pct < {{ var('dq_attainment_min_pct') }} and comparison_basis = 'same_period')
