-- Which distinct fact each measure states. Measures agree on a fact when they share kind, organisation,
-- indicator, unit, period, scope, level, body, occasion and programme (and subject, for `other`) and their values
-- are equal, or close
-- (within var same_fact_tolerance) while one of them is rounded ("23.000") or qualified ("hơn", "gần",
-- "khoảng"). The fact's value is its most precise statement: exact before qualified, unrounded before
-- rounded, then reading order. Close figures that are both precise stay separate facts (a conflict).
{%- set same_thing -%}
    a.kind = b.kind and a.org is not distinct from b.org and a.indicator = b.indicator
        and a.unit = b.unit and a.period is not distinct from b.period
        and a.scope is not distinct from b.scope and a.subject_key = b.subject_key
        and a.level is not distinct from b.level and a.body is not distinct from b.body
        and a.occasion is not distinct from b.occasion and a.programme is not distinct from b.programme
        and a.value_max is not distinct from b.value_max
{%- endset %}
{%- set tolerance = var('same_fact_tolerance') %}
with m as (
    select
        *,
        (value >= 1000 and value % 100 = 0) as is_round,
        case when indicator = 'other' then coalesce(subject, quote) else '' end as subject_key,
        -- the value's place on a log scale, one tolerance per step: two values within the tolerance of each other
        -- are in the same step or in neighbouring ones
        floor(ln(greatest(value, 1e-9)) / -ln(1 - {{ tolerance }}))::bigint as value_step
    from {{ ref('measures') }}
    where not is_optional and correction_action is distinct from 'drop'  -- a curator said it is not a measure
),

-- Figures that state one fact: the same value, or a close one when either is rounded or qualified. Found by
-- equal values, and by a rounded or qualified figure looking in its own and the neighbouring steps, then taken
-- both ways. (Joining every figure with every other of the same thing cost the square of their number: a page of
-- 40.000 figures for one organisation and year stalled the night.)
close as (
    select a.measure_id, b.measure_id as candidate_id
    from m as a join m as b on {{ same_thing }} and b.value = a.value
    union
    select a.measure_id, b.measure_id
    from (select *, unnest([value_step - 1, value_step, value_step + 1]) as probe
          from m where is_round or qualifier <> 'exact') as a
    join m as b on {{ same_thing }} and b.value_step = a.probe
    where abs(a.value - b.value) <= {{ tolerance }} * greatest(a.value, b.value)
),

pairs as (
    select c.measure_id, c.candidate_id,
        b.qualifier = 'exact' as candidate_exact, b.is_round as candidate_round,
        b.document_id as candidate_document, b.seq as candidate_seq
    from (select measure_id, candidate_id from close union select candidate_id, measure_id from close) as c
    join m as b on b.measure_id = c.candidate_id
),

anchored as (
    select measure_id, arg_min(candidate_id, (not candidate_exact, candidate_round, candidate_document, candidate_seq)) as anchor_id
    from pairs
    group by measure_id
)

select m.*, md5(a.anchor_id) as fact_id, m.measure_id = a.anchor_id as is_anchor
from m join anchored as a using (measure_id)
