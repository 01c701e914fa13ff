-- R12: figures whose units make comparison unsafe:
--   scale_word_applied_twice  "6.000 nghìn": a thousands-grouped number followed by "nghìn" multiplies by a
--                             thousand twice; Vietnamese writes that amount "6 triệu", so it is almost
--                             always a slip for 6.000 or 6 nghìn; so is "10.719.200 triệu" (two groups, then
--                             millions) (error)
--   money_without_scale       money below var dq_money_min_vnd with no scale word ("35 đồng"): no sum the Union reports is that
--                             small, while "700.000đ/suất" is a real amount (error)
--   count_vs_percent          the same organisation and indicator given as a count in one period and a
--                             percentage in another (warn)
with m as (
    select * from {{ ref('measures') }} where not is_optional
)

select {{ flag_from_measure('m', 'R12', 'scale_word_applied_twice', 'error',
    "printf('\"%s\" reads as %s, a thousands-grouped number followed by \"%s\" (%s); the writer probably meant %s: check the source before comparing it', m.number_text, format('{:,}', m.value::bigint), regexp_extract(m.number_text, '(nghìn|ngàn|triệu|tỷ|tỉ)'), case when regexp_matches(m.number_text, '(nghìn|ngàn)') then 'thousand' when regexp_matches(m.number_text, 'triệu') then 'million' else 'billion' end, regexp_extract(m.number_text, '^[\\d.]+'))",
    doubt='null::varchar') }}
from {{ ref('measures') }} as m  -- optional figures too: a slip in writing a number is one whatever it counts
where regexp_matches(m.number_text, '^\d{1,3}(\.\d{3})+\s*(nghìn|ngàn)')
    -- "10.719.200 triệu đồng": millions of millions; a writer reaching two groups switches to the next scale word
    or regexp_matches(m.number_text, '^\d{1,3}(\.\d{3}){2,}\s*(triệu|tỷ|tỉ)')

union all

select {{ flag_from_measure('m', 'R12', 'money_without_scale', 'error',
    "printf('%s is %s đồng: money this small has probably lost its scale word (triệu, tỷ)', m.quote, " ~ num('m.value') ~ ")") }}
from m
where m.unit = 'vnd' and m.value < {{ var('dq_money_min_vnd') }}
    and not regexp_matches(lower(m.number_text), '(nghìn|ngàn|triệu|tỷ|tỉ)')


union all

select
    'R12', 'count_vs_percent', 'warn',
    c.org, c.indicator, c.period, [c.measure_id, p.measure_id], c.measure_id,
    printf('%s is a count in %s (%s) but a percentage in %s (%s): they cannot be compared',
        c.indicator, c.period, c.quote, p.period, p.quote),
    c.document_id, c.quote, c."start", c."end"
from m as c
join m as p on p.org = c.org and p.indicator = c.indicator and p.kind = c.kind
    and c.unit = 'count' and p.unit = 'percent' and p.period is distinct from c.period
where c.indicator <> 'other' and c.kind in ('target', 'result') and c.org_identified
qualify row_number() over (partition by c.org, c.indicator, c.kind order by c.measure_id, p.measure_id) = 1
