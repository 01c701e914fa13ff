-- R13: a figure written with a thousands group that is not three digits ("15.190/18.1887 thanh niên"): the
-- writer dropped or added a digit, so no reading of it can be trusted. A slip in how the number is written, so the
-- figure's kind, organisation or period do not matter: always an error.
select {{ flag_from_measure('m', 'R13', 'malformed_number', 'error',
    "printf('%s: a number with a thousands group that is not three digits (\"%s\") cannot be read: the writer dropped or added a digit', m.quote, " ~ malformed_part('m.quote') ~ ")",
    doubt='null::varchar') }}
from {{ ref('measures') }} as m  -- optional figures too: a slip in writing a number is one whatever it counts
where {{ malformed_number('m.quote') }}
