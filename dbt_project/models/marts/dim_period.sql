-- Every period named by a document or a measure, with its kind and start and end dates.
-- Congress terms ("2022-2027") run from mid start-year to mid end-year, so a term's halves meet at its
-- midpoint; mid-term reviews are compared against the first half.
with named as (
    select distinct period from {{ ref('stg_documents') }} where period is not null
    union
    select distinct measure_period from {{ ref('stg_measures') }} where measure_period is not null
),

parsed as (
    select
        period,
        {{ period_kind('period') }} as period_kind,
        {{ period_start_year('period') }} as start_year,
        {{ period_end_year('period') }} as end_year
    from named
)

select
    period,
    period_kind,
    start_year,
    end_year,
    case period_kind
        when 'term' then make_date(start_year, 7, 1)
        when 'multi_year' then make_date(start_year, 1, 1)
        when 'quarter' then make_date(start_year, 3 * (try_cast(regexp_extract(period, 'Q([1-4])', 1) as integer) - 1) + 1, 1)
        when 'half_year' then make_date(start_year, case when period like '%H2' then 7 else 1 end, 1)
        when 'youth_month' then make_date(start_year, 3, 1)
        when 'summer' then make_date(start_year, 6, 1)
        else make_date(start_year, 1, 1)
    end as start_date,
    case period_kind
        when 'term' then make_date(end_year, 6, 30)
        when 'multi_year' then make_date(end_year, 12, 31)
        when 'quarter' then last_day(make_date(start_year, 3 * try_cast(regexp_extract(period, 'Q([1-4])', 1) as integer), 1))
        when 'half_year' then make_date(start_year, case when period like '%H2' then 12 else 6 end, case when period like '%H2' then 31 else 30 end)
        when 'youth_month' then make_date(start_year, 3, 31)
        when 'summer' then make_date(start_year, 8, 31)
        else make_date(start_year, 12, 31)
    end as end_date,
    {{ period_years('start_year', 'end_year') }} as years
from parsed
where start_year is not null
