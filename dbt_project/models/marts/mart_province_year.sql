-- Province x year x indicator, on the pre-2025 map (63 provinces) and the post-2025 map (34): counts,
-- money and km of the merged provinces are added up; percentages are never added (value is null when
-- more than one organisation contributes; contributors says who). Ranks compare provinces in a year. A cell
-- built on a fact with an open error flag is `flagged` (Hà Nội's "6.000 nghìn ý tưởng" must not top a chart
-- unmarked), on a fact read with doubt `in_doubt`.
with facts as (
    select 'target' as kind, org, org_level, province, province_new, indicator, unit, value, period, fact_status
    from {{ ref('fct_targets') }} where scope is null
    union all
    select 'result', org, org_level, province, province_new, indicator, unit, value, period, fact_status
    from {{ ref('fct_results') }} where scope is null
),

annual as (
    select f.*, p.start_year as year
    from facts as f
    join {{ ref('dim_period') }} as p using (period)
    where p.period_kind = 'year' and f.org_level = 'province' and f.province is not null and f.indicator <> 'other'
),

both_maps as (
    select 'pre_2025' as map, province as province_name, * exclude (province, province_new) from annual
    union all
    select 'post_2025', province_new, * exclude (province, province_new) from annual where province_new is not null
),

aggregated as (
    select
        map, province_name as province, year, indicator, kind, unit,
        count(distinct org) as contributors_count,
        list(distinct org order by org) as contributors,
        case when unit = 'percent' then (case when count(distinct org) = 1 then max(value) end)
             else sum(value) end as value,
        count(*) filter (where fact_status = 'flagged') as flagged_facts,
        count(*) filter (where fact_status = 'in_doubt') as facts_in_doubt
    from both_maps
    group by map, province_name, year, indicator, kind, unit
)

select
    *,
    case when flagged_facts > 0 then 'flagged' when facts_in_doubt > 0 then 'in_doubt' else 'certain' end as status,
    case when value is not null then
        rank() over (partition by map, year, indicator, kind, unit order by value desc nulls last) end as rank_in_year,
    count(value) over (partition by map, year, indicator, kind, unit) as provinces_in_year
from aggregated
