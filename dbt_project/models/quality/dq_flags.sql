-- One row per quality flag: rule, severity, organisation, indicator, period, the measures involved, a
-- message a person understands and the evidence (document, quote, offsets). Rules: models/quality/rules.
with flags as (
    select * from {{ ref('dq_measure_flags') }}
    union all select * from {{ ref('dq_r09_stated_vs_computed_attainment') }}
)

select
    md5(f.rule_id || ':' || f.rule_name || ':' || array_to_string(f.measure_ids, ',')) as flag_id,
    f.*,
    -- A curator's row in raw/corrections.csv about the flagged measure settles the flag.
    case m.correction_action when 'accept' then 'accepted' when 'fix' then 'resolved' when 'drop' then 'resolved'
        else 'open' end as flag_status,
    m.correction_note
from flags as f
left join {{ ref('measures') }} as m on m.measure_id = f.subject_measure_id
