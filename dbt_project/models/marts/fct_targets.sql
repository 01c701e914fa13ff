-- Planned figures. Optional (borderline) measures are kept in `measures` but not compared.
select
    measure_id as target_id,
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
    quote,
    "start",
    "end"
from {{ ref('measures') }}
where kind = 'target' and not is_optional
