-- Planned figures, one row per distinct fact (all its statements are in fct_measure_sources), with the doubt
-- an analyst must see beside the number: the open quality flags on any of its statements and its status.
select
    t.*,
    coalesce(f.open_flags, []) as open_flags,
    {{ fact_status('t.doubt', 'f.open_errors', 'f.open_flags') }} as fact_status
from {{ ref('int_targets') }} as t
left join {{ ref('int_fact_flags') }} as f on f.fact_id = t.target_id
