-- R02: a range whose upper end is below its lower end; a count of targets met above the targets there are
-- ("đạt 15/13 chỉ tiêu"). Other fractions above one ("300/200 suất quà") are a result over its plan, no slip. A slip in how the number is written, so the figure's reading does not matter.
select {{ flag_from_measure('m', 'R02', 'range_or_fraction_inverted', 'error',
    "case when m.value_max < m.value
        then printf('range %s: its upper end %s is below its lower end %s', m.quote, " ~ num('m.value_max') ~ ", " ~ num('m.value') ~ ")
        else printf('fraction %s: the part %s is larger than the total %s', m.quote, " ~ num('m.value') ~ ", " ~ num('m.denominator') ~ ") end",
    doubt='null::varchar') }}
from {{ ref('measures') }} as m
where not m.is_optional and (m.value_max < m.value
    or (m.denominator is not null and m.value > m.denominator and m.indicator = 'targets_met'))
    and not {{ malformed_number('m.quote') }}  -- R13 says what is wrong with "15.190/18.1887"
