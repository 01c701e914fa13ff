-- Guards the published comparisons: a result or target with an open error-severity quality flag must not
-- be graded (its status must be 'not_compared' until a curator accepts or corrects it). A failing test fails
-- `dbt build`, so the run stops before the analysts' warehouse is replaced.
select c.result_id, q.rule_id, c.status
from {{ ref('fct_plan_vs_result') }} as c
join {{ ref('int_measure_facts') }} as f on f.fact_id = c.result_id or f.fact_id = c.target_id
join {{ ref('dq_flags') }} as q on q.subject_measure_id = f.measure_id
where q.severity = 'error' and q.flag_status = 'open' and c.status not in ('not_compared', 'no_target')
