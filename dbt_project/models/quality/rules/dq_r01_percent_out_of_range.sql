-- R01: a target or result percentage outside 0-100 (stated attainment may exceed 100).
select {{ flag_from_measure('m', 'R01', 'percent_out_of_range', 'error',
    "printf('%s is a %s of %s%%: a share of people or units cannot be outside 0-100%%', m.quote, m.kind, " ~ num('m.value') ~ ")") }}
from {{ ref('measures') }} as m
where not m.is_optional and m.kind in ('target', 'result') and m.unit = 'percent' and (m.value < 0 or m.value > 100)
