-- One row per quality flag: rule, severity, organisation, indicator, period, the measures involved, a
-- message a person understands and the evidence (document, quote, offsets). Rules: models/quality/rules.
with flags as (
    select * from {{ ref('dq_measure_flags') }}
    union all select * from {{ ref('dq_r09_stated_vs_computed_attainment') }}
    union all select * from {{ ref('dq_r11_attainment_implausible') }}
)

select
    md5(rule_id || ':' || rule_name || ':' || array_to_string(measure_ids, ',')) as flag_id,
    *,
    'open' as flag_status
from flags
