-- The same organisation's annual target for the same indicator, year over year, so a target that jumps
-- 40x (or collapses) stands out. Only single-year targets are chained; per-unit targets are left out.
with annual as (
    select t.*
    from {{ ref('fct_targets') }} as t
    join {{ ref('dim_period') }} as p using (period)
    where p.period_kind = 'year' and (t.scope is null or t.scope = 'per_year')
),

chained as (
    select
        org, indicator, unit, period_start_year as year, value, qualifier, target_id, quote,
        lag(period_start_year) over w as previous_year,
        lag(value) over w as previous_value,
        lag(target_id) over w as previous_target_id,
        lag(quote) over w as previous_quote
    from annual
    window w as (partition by org, indicator, unit order by period_start_year, value)
)

select
    org,
    indicator,
    unit,
    year,
    value,
    qualifier,
    previous_year,
    previous_value,
    value - previous_value as absolute_change,
    round(100.0 * (value - previous_value) / nullif(previous_value, 0), 1) as relative_change_pct,
    round(value / nullif(previous_value, 0), 3) as ratio_to_previous,
    target_id,
    previous_target_id,
    quote,
    previous_quote
from chained
