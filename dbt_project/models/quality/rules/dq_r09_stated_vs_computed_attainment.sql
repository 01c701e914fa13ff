-- R09: attainment the document states ("đạt 169% chỉ tiêu") more than var dq_attainment_gap_points
-- away from the attainment computed from the result it qualifies and that result's target. The result
-- is the one stated in the same document nearest before the percentage ("trồng 24 căn nhà, đạt 120%
-- chỉ tiêu"): other results of the same organisation and year (a half-year figure, another newspaper's)
-- are not what the sentence speaks of.
with stated as (
    select * from {{ ref('fct_attainment_stated') }} where unit = 'percent'
),

candidates as (
    select s.anchor_measure_id as stated_id, s.org, s.indicator, s.period, s.quote, s.value as stated_pct,
        s.document_id, s."start", s."end",
        c.result_quote, c.target_quote, c.attainment_pct, c.result_measure_id, c.target_measure_id
    from stated as s
    join {{ ref('fct_measure_sources') }} as src
        on src.document_id = s.document_id and src.kind = 'result' and src."start" < s."start"
    join {{ ref('fct_plan_vs_result') }} as c
        on c.result_id = src.fact_id and c.indicator = s.indicator and c.result_period = s.period
        and c.comparison_basis in ('same_period', 'term_target')
    qualify row_number() over (partition by s.anchor_measure_id order by s."start" - src."start") = 1
)

select
    'R09' as rule_id, 'stated_vs_computed_attainment' as rule_name, 'warn' as severity,
    org, indicator, period, [result_measure_id, target_measure_id, stated_id] as measure_ids,
    stated_id as subject_measure_id,
    printf('the document states %s but %s against %s is %s%%', quote, result_quote, target_quote,
        {{ num('attainment_pct') }}) as message,
    document_id, quote, "start", "end"
from candidates
where abs(stated_pct - attainment_pct) > {{ var('dq_attainment_gap_points') }}
