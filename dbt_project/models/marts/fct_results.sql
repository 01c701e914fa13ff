-- Achieved figures, one row per distinct fact, with the doubt an analyst must see beside the number: the open
-- quality flags on any of its statements, its status, and how it fared against a target (fct_plan_vs_result).
select
    r.*,
    coalesce(f.open_flags, []) as open_flags,
    {{ fact_status('r.doubt', 'f.open_errors', 'f.open_flags') }} as fact_status,
    c.status as comparison_status
from {{ ref('int_results') }} as r
left join {{ ref('int_fact_flags') }} as f on f.fact_id = r.result_id
left join {{ ref('fct_plan_vs_result') }} as c using (result_id)
