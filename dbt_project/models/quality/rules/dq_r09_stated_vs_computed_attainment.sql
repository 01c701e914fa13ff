-- R09: attainment the document states ("đạt 169% chỉ tiêu") more than var dq_attainment_gap_points
-- away from the attainment computed from the result and its target.
select
    'R09' as rule_id, 'stated_vs_computed_attainment' as rule_name, 'warn' as severity,
    s.org, s.indicator, s.period, [s.anchor_measure_id] as measure_ids, s.anchor_measure_id as subject_measure_id,
    printf('the document states %s but %s against %s is %s%%', s.quote, c.result_quote, c.target_quote,
        {{ num('c.attainment_pct') }}) as message,
    s.document_id, s.quote, s."start", s."end"
from {{ ref('fct_attainment_stated') }} as s
join {{ ref('fct_plan_vs_result') }} as c
    on c.org = s.org and c.indicator = s.indicator and c.result_period = s.period
    and c.comparison_basis in ('same_period', 'term_target')
where s.unit = 'percent' and abs(s.value - c.attainment_pct) > {{ var('dq_attainment_gap_points') }}
