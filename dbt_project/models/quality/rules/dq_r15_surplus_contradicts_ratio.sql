-- R15: a surplus over the registered number that contradicts the ratio stated beside it in the same sentence:
-- "đăng ký hiến 10.000 đơn vị máu … gấp 2 lần so với đăng ký, vượt 50.000 đơn vị so với đăng ký". A surplus S over
-- a registered R is R + S in all, (R + S) / R times it; the sentence says N times. More than 10 % apart, one of
-- the three figures is wrong.
with m as (
    select * from {{ ref('measures') }} where not is_optional and unit = 'count'
),

pairs as (
    select s.*, r.measure_id as registered_id, r.value as registered, r.quote as registered_quote,
        try_cast(replace(regexp_extract(s.sentence, 'gấp\s+(\d+(?:,\d+)?)\s+lần', 1), ',', '.') as double) as times,
        nullif(concat_ws('; ', s.doubt, r.doubt), '') as pair_doubt
    from m as s
    join m as r on r.document_id = s.document_id and r.sentence = s.sentence and r.indicator = s.indicator
        and r.occasion = 'registration'
    where s.occasion = 'surplus'
)

select {{ flag_from_measure('p', 'R15', 'surplus_contradicts_ratio', 'error',
    "printf('%s over the registered %s makes %s in all, %s times it, but the same sentence says \"gấp %s lần\"', p.quote, p.registered_quote, " ~ num('p.registered + p.value') ~ ", " ~ num('round((p.registered + p.value) / p.registered, 1)') ~ ", " ~ num('p.times') ~ ")",
    measure_ids='[p.registered_id, p.measure_id]', doubt='p.pair_doubt') }}
from pairs as p
where p.times > 0 and p.registered > 0
    and abs((p.registered + p.value) / p.registered - p.times) > 0.1 * p.times
