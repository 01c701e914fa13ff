select
    code,
    "group" as indicator_group,
    unit_kind,
    name_en,
    name_vi,
    cue_phrases_vi,
    desired_direction,
    counts,
    unit_kind in ('count', 'vnd', 'km', 'count_or_km') as summable
from {{ ref('indicators') }}
