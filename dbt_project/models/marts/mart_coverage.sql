-- Which places and years have data at all: province x year (both maps) with documents, targets,
-- results, comparisons (graded or ambition) and quality flags. A document counts in the year it was published
-- (a plan without a date: its first year; a report: its last) and in each single year its measures are stated
-- for: a 2022-2027 congress resolution is one 2022 document, not a document of every year of the term.
with ok as (
    select * from {{ ref('documents') }} where status = 'ok' and province is not null
),

doc_years as (
    select document_id, coalesce(try_cast(left(published, 4) as integer),
        case when doc_type like 'plan%' then period_start_year else period_end_year end) as year
    from ok
    union
    select m.document_id, m.period_start_year
    from {{ ref('measures') }} as m join ok using (document_id)
    where m.period_start_year = m.period_end_year
),

docs as (
    select y.document_id, d.province, d.province_new, y.year
    from doc_years as y join ok as d using (document_id)
    where y.year is not null
),

per_doc as (
    select
        d.document_id,
        (select count(*) from {{ ref('fct_targets') }} t where t.document_id = d.document_id) as targets,
        (select count(*) from {{ ref('fct_results') }} r where r.document_id = d.document_id) as results,
        (select count(*) from {{ ref('fct_plan_vs_result') }} c
            where c.result_document_id = d.document_id
                and c.status in ('achieved', 'on_track', 'behind', 'far_behind', 'ambition')) as comparisons,
        (select count(*) from {{ ref('dq_flags') }} f where f.document_id = d.document_id) as flags
    from (select distinct document_id from docs) as d
),

both_maps as (
    select 'pre_2025' as map, province, year, document_id from docs
    union all
    select 'post_2025', province_new, year, document_id from docs where province_new is not null
)

select
    b.map,
    b.province,
    b.year,
    count(distinct b.document_id) as documents,
    sum(p.targets) as targets,
    sum(p.results) as results,
    sum(p.comparisons) as comparisons,
    sum(p.flags) as flags
from both_maps as b
join per_doc as p using (document_id)
group by all
