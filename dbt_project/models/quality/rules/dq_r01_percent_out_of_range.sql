-- R01: a share of people or units above 100 % ("150% thanh niên"). A percentage that names no people or units, or
-- names the plan ("120% kế hoạch"), is an attainment rate read as a target or result, not a slip in the document.
select {{ flag_from_measure('m', 'R01', 'percent_out_of_range', 'error',
    "printf('%s is a %s of %s%%: a share of people or units cannot be outside 0-100%%', m.quote, m.kind, " ~ num('m.value') ~ ")") }}
from {{ ref('measures') }} as m
where not m.is_optional and m.kind in ('target', 'result') and m.unit = 'percent' and (m.value < 0 or m.value > 100)
    and regexp_matches(m.quote, '%\s*[^\s\d]') and not regexp_matches(lower(m.quote), '%\s*(kế hoạch|chỉ tiêu|so với|kh\b)')
