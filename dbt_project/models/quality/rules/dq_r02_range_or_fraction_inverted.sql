-- R02: a range whose upper end is below its lower end; a fraction x/y with x > y where y is a total
-- ("đạt 15/13 chỉ tiêu").
select {{ flag_from_measure('m', 'R02', 'range_or_fraction_inverted', 'error',
    "case when m.value_max < m.value
        then printf('range %s: its upper end %s is below its lower end %s', m.quote, " ~ num('m.value_max') ~ ", " ~ num('m.value') ~ ")
        else printf('fraction %s: the part %s is larger than the total %s', m.quote, " ~ num('m.value') ~ ", " ~ num('m.denominator') ~ ") end") }}
from {{ ref('measures') }} as m
where not m.is_optional and (m.value_max < m.value or (m.denominator is not null and m.value > m.denominator))
