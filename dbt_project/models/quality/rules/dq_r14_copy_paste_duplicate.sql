-- R14: one precise value given for two different things in one sentence ("1.237 thanh niên tham gia hiến máu, 1.237
-- thanh niên được giới thiệu việc làm"): a writer copying the figure of the line above. Round values repeat by
-- chance ("gần 300 … gần 300 …"), so only a value that is not a multiple of ten, of 20 or more, counts. A question
-- for the reader: a warning.
with m as (
    select * from {{ ref('measures') }}
    where not is_optional and kind in ('target', 'result') and unit = 'count' and indicator <> 'other'
        and value >= 20 and value % 10 <> 0 and qualifier = 'exact'
)

select {{ flag_from_measure('b', 'R14', 'copy_paste_duplicate', 'warn',
    "printf('%s and %s give one value for two different things in one sentence: one of them was probably copied', a.quote, b.quote)",
    measure_ids='[a.measure_id, b.measure_id]') }}
from m as a
join m as b on b.document_id = a.document_id and b.sentence = a.sentence and b.value = a.value
    and b.indicator <> a.indicator and b."start" > a."start"
