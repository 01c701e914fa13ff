-- For each result: the best comparable target of the same organisation, indicator and unit, how it was
-- matched, attainment, mid-term pace and status. Matching, best first:
--   1 same_period             a target for exactly the result's year (or other non-term period)
--   1 term_target             a congress-term target, for a mid-term or term-end review of that term;
--                              a mid-term review is judged against the linear pace expected by now
--   2 sum_of_annual_targets   annual targets of every year the result covers, added up (counts only)
--   3 per_year_target_x_years a "hằng năm" target of a plan covering the result, times the years covered
--   4 annualised              only other periods exist: the target's yearly rate is scaled to the
--                              years the result covers (target_compared); percentages are levels
--                              already (percent_level)
-- target_value is the target as the document states it; target_compared is what the result is
-- measured against; attainment_pct = result_value / target_compared.
-- Percentages are never compared with counts (the unit must match). Status rule: macros/plan_status.sql.
with results as (
    select * from {{ ref('fct_results') }}
),

targets as (
    select * from {{ ref('fct_targets') }}
),

-- each year a result covers, with the keys a target is matched on (joining targets on the year alone
-- first made DuckDB build tens of millions of rows at national scale)
result_years as (
    select r.result_id, r.org, r.indicator, r.unit, y.year
    from results as r,
        unnest(range(r.period_start_year, r.period_start_year + greatest(1, round(r.covered_years)::integer))) as y(year)
    where r.period_start_year is not null
),

-- how many years each result covers (a join, not a correlated subquery: that one cost minutes at national scale)
result_year_counts as (
    select result_id, count(*) as n_years from result_years group by result_id
),

same_or_term as (
    select r.result_id, t.target_id, t.anchor_measure_id as target_measure_id, t.value as target_value,
        t.value as target_compared, t.qualifier as target_qualifier,
        t.period as target_period, t.quote as target_quote, t.document_id as target_document_id,
        t.period_years as target_years,
        case when r.period_end_year > r.period_start_year then 'term_target' else 'same_period' end as basis,
        1 as priority, 0 as distance
    from results as r
    join targets as t
        on t.org = r.org and t.indicator = r.indicator and t.unit = r.unit and t.period = r.period
        and t.scope is not distinct from r.scope
),

annual_sum as (
    select r.result_id, null as target_id, min(t.anchor_measure_id) as target_measure_id,
        sum(t.value) as target_value, sum(t.value) as target_compared,
        'exact' as target_qualifier,
        string_agg(t.period, '+' order by t.period) as target_period,
        string_agg(t.quote, ' | ' order by t.period) as target_quote, min(t.document_id) as target_document_id,
        count(*)::double as target_years,
        'sum_of_annual_targets' as basis, 2 as priority, 0 as distance
    from results as r
    join result_year_counts as rc using (result_id)
    join result_years as ry on ry.result_id = r.result_id
    join targets as t
        on t.org = ry.org and t.indicator = ry.indicator and t.unit = ry.unit
        and t.period_start_year = ry.year and t.period_end_year = ry.year and t.scope is null
    where r.unit <> 'percent' and r.covered_years >= 2
    group by r.result_id, rc.n_years
    having count(distinct ry.year) = rc.n_years
),

per_year as (
    select r.result_id, t.target_id, t.anchor_measure_id as target_measure_id, t.value as target_value,
        t.value * r.covered_years as target_compared,
        t.qualifier as target_qualifier,
        t.period as target_period, t.quote as target_quote, t.document_id as target_document_id,
        r.covered_years as target_years,
        'per_year_target_x_years' as basis, 3 as priority, 0 as distance
    from results as r
    join targets as t
        on t.org = r.org and t.indicator = r.indicator and t.unit = r.unit and t.scope = 'per_year'
        and t.period_start_year <= r.period_start_year and t.period_end_year >= r.period_end_year
    where r.unit <> 'percent' and r.scope is distinct from 'per_year'
),

annualised as (
    select r.result_id, t.target_id, t.anchor_measure_id as target_measure_id, t.value as target_value,
        case when r.unit = 'percent' then t.value
             else t.value / (case when t.scope = 'per_year' then 1.0 else t.period_years end) * r.covered_years
        end as target_compared,
        t.qualifier as target_qualifier, t.period as target_period, t.quote as target_quote,
        t.document_id as target_document_id, t.period_years as target_years,
        case when r.unit = 'percent' then 'percent_level' else 'annualised' end as basis,
        4 as priority,
        abs((t.period_start_year + t.period_end_year) - (r.period_start_year + r.period_end_year)) as distance
    from results as r
    join targets as t
        on t.org = r.org and t.indicator = r.indicator and t.unit = r.unit
        and (t.period is distinct from r.period or t.scope is distinct from r.scope)
),

candidates as (
    select * from same_or_term
    union all select * from annual_sum
    union all select * from per_year
    union all select * from annualised
),

best as (
    select c.*
    from candidates as c
    left join targets as t using (target_id)
    -- Several targets for the same period (a year's total and a Youth-Month part of it): compare with the
    -- one stated most often, then the largest, which is the total the parts belong to.
    qualify row_number() over (
        partition by c.result_id
        order by c.priority, c.distance nulls last, t.n_sources desc nulls last, c.target_value desc,
                 c.target_period desc, c.target_id) = 1
),

-- Facts with an open error-severity flag are not judged until a curator accepts or corrects them.
excluded as (
    select f.fact_id, string_agg(q.rule_id || ' ' || q.rule_name || ': ' || q.message, ' | ' order by q.rule_id) as reason
    from {{ ref('dq_measure_flags') }} as q
    join {{ ref('int_measure_facts') }} as f on f.measure_id = q.subject_measure_id
    where q.severity = 'error' and f.correction_action is null  -- accepted or fixed by a curator: judged again
    group by f.fact_id
),

compared as (
    select
        r.*,
        b.target_id,
        b.target_measure_id,
        b.target_value,
        b.target_compared,
        b.target_qualifier,
        b.target_period,
        b.target_years,
        b.target_quote,
        b.target_document_id,
        b.basis as comparison_basis,
                case when b.basis = 'term_target' and r.is_midterm then 100.0 * r.covered_years / r.period_years else 100.0 end
            as expected_pct
    from results as r
    left join best as b using (result_id)
    where r.indicator <> 'other'
),

judged as (
    select
        c.*,
        nullif(concat_ws(' | ', xr.reason, xt.reason), '') as excluded_reason
    from compared as c
    left join excluded as xr on xr.fact_id = c.result_id
    left join excluded as xt on xt.fact_id = c.target_id
)

select
    result_id,
    target_id,
    org,
    org_level,
    province,
    province_new,
    indicator,
    unit,
    period as result_period,
    target_period,
    value as result_value,
    qualifier as result_qualifier,
    target_value,
    target_qualifier,
    comparison_basis,
    round(target_compared, 1) as target_compared,
    covered_years as result_years,
    target_years,
    case when comparison_basis = 'annualised' then round(value / covered_years, 1) end as result_per_year,
    case when comparison_basis = 'annualised' then round(target_compared / covered_years, 1) end as target_per_year,
    round(100.0 * value / nullif(target_compared, 0), 1) as attainment_pct,
    case when comparison_basis = 'term_target' and is_midterm then expected_pct end as expected_to_date_pct,
    case when comparison_basis = 'term_target' and is_midterm
        then round(100.0 * value / nullif(target_compared, 0) / expected_pct, 3) end as pace_ratio,
    case when excluded_reason is not null then 'excluded' else
        {{ plan_status('100.0 * value / nullif(target_compared, 0)', 'expected_pct',
                       meets_target('value', 'target_compared', 'qualifier', 'target_qualifier')) }}
    end as status,
    excluded_reason,
    quote as result_quote,
    target_quote,
    anchor_measure_id as result_measure_id,
    target_measure_id,
    document_id as result_document_id,
    target_document_id,
    "start" as result_start,
    "end" as result_end
from judged
