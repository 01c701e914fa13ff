-- R03: a document announces "N chỉ tiêu" but lists a different number of numbered targets: more than it
-- announced, or one fewer (a counting slip). A list shorter by more than one is a page quoting part of the
-- list (news articles do), not a document that does not add up. A warning, never an error.
with announced as (
    select *, row_number() over (partition by document_id order by value desc, seq) as rn
    from {{ ref('measures') }}
    where kind = 'target_count' and not is_optional and lower(quote) like '%chỉ tiêu%'
)

select {{ flag_from_measure('a', 'R03', 'target_count_mismatch', 'warn',
    "printf('the document announces %s targets (%s) but lists %s numbered targets', " ~ num('a.value') ~ ", a.quote, d.listed_targets::varchar)") }}
from announced as a
join {{ ref('documents') }} as d using (document_id)
where a.rn = 1 and d.listed_targets > 0 and (d.listed_targets > a.value or d.listed_targets = a.value - 1)
