-- Each result against the best comparable target of the same organisation, indicator and unit.
--   same_period  the target is for exactly the result's period
--   term_target  a mid-term review against its term's target: compared with the linear pace expected by now
--   annualised   only other periods exist: both sides are turned into yearly rates first
--   percent_level  percentages of different periods are compared as levels (a rate needs no annualising)
-- The status rule lives in macros/plan_status.sql.
with results as (
    select * from {{ ref('fct_results') }}
),

targets as (
    select * from {{ ref('fct_targets') }}
),

candidates as (
    select
        r.*,
        t.target_id,
        t.document_id as target_document_id,
        t.value as target_value,
        t.value_max as target_value_max,
        t.qualifier as target_qualifier,
        t.scope as target_scope,
        t.period as target_period,
        t.period_years as target_period_years,
        t.quote as target_quote,
        row_number() over (
            partition by r.result_id
            order by
                (t.period = r.period) desc nulls last,
                abs((t.period_start_year + t.period_end_year) - (r.period_start_year + r.period_end_year)) nulls last,
                t.period_end_year desc nulls last,
                t.target_id
        ) as candidate_rank
    from results as r
    left join targets as t
        on t.org = r.org
        and t.indicator = r.indicator
        and t.unit = r.unit
        and r.indicator <> 'other'
),

chosen as (
    select
        *,
        case
            when target_id is null then null
            when target_period = period and is_midterm then 'term_target'
            when target_period = period then 'same_period'
            when unit = 'percent' then 'percent_level'
            else 'annualised'
        end as comparison_basis
    from candidates
    where candidate_rank = 1
),

compared as (
    select
        *,
        case
            when comparison_basis = 'annualised' then value / covered_years
            else value
        end as result_compared,
        case
            when comparison_basis = 'annualised'
                then target_value / (case when target_scope = 'per_year' then 1.0 else target_period_years end)
            else target_value
        end as target_compared,
        case when comparison_basis = 'term_target' then 100.0 * covered_years / period_years else 100.0 end
            as expected_pct
    from chosen
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
    covered_years as result_years,
    target_period_years as target_years,
    result_compared,
    target_compared,
    round(100.0 * result_compared / nullif(target_compared, 0), 1) as attainment_pct,
    case when comparison_basis = 'term_target' then expected_pct end as expected_to_date_pct,
    case when comparison_basis = 'term_target'
        then round(100.0 * result_compared / nullif(target_compared, 0) / expected_pct, 3) end as pace_ratio,
    {{ plan_status('100.0 * result_compared / nullif(target_compared, 0)', 'expected_pct') }} as status,
    quote as result_quote,
    target_quote,
    document_id as result_document_id,
    target_document_id
from compared
