-- R03: a document announces "N chỉ tiêu" but lists a different number of numbered targets. News articles
-- often quote only part of a list, so this warns rather than blocks.
with announced as (
    select *, row_number() over (partition by document_id order by value desc, seq) as rn
    from {{ ref('measures') }}
    where kind = 'target_count' and not is_optional and lower(quote) like '%chỉ tiêu%'
)

select {{ flag_from_measure('a', 'R03', 'target_count_mismatch', 'warn',
    "printf('the document announces %s targets (%s) but lists %s numbered targets', " ~ num('a.value') ~ ", a.quote, d.listed_targets::varchar)") }}
from announced as a
join {{ ref('documents') }} as d using (document_id)
where a.rn = 1 and d.listed_targets > 0 and d.listed_targets <> a.value
