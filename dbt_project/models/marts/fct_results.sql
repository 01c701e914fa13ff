-- Achieved figures. `covered_years` is how much time the figure took: the whole period, or half a
-- congress term for a mid-term review (sơ kết giữa nhiệm kỳ), or one year for "hằng năm" figures.
select
    measure_id as result_id,
    document_id,
    org,
    org_level,
    province,
    province_new,
    indicator,
    unit,
    value,
    value_max,
    qualifier,
    scope,
    period,
    period_start_year,
    period_end_year,
    {{ period_years('period_start_year', 'period_end_year') }} as period_years,
    doc_type,
    doc_type = 'result_midterm' and period_end_year > period_start_year as is_midterm,
    case
        when scope = 'per_year' then 1.0
        when doc_type = 'result_midterm' and period_end_year > period_start_year
            then {{ period_years('period_start_year', 'period_end_year') }} / 2.0
        else {{ period_years('period_start_year', 'period_end_year') }}
    end as covered_years,
    quote,
    "start",
    "end"
from {{ ref('measures') }}
where kind = 'result' and not is_optional
