-- Which places and years have data at all: province x year (both maps) with documents, targets,
-- results, comparisons and quality flags. A multi-year document counts in every year it covers.
with docs as (
    select document_id, province, province_new, unnest(range(period_start_year, greatest(period_end_year, period_start_year) + 1)) as year
    from {{ ref('documents') }}
    where status = 'ok' and province is not null and period_start_year is not null
),

per_doc as (
    select
        d.document_id,
        (select count(*) from {{ ref('fct_targets') }} t where t.document_id = d.document_id) as targets,
        (select count(*) from {{ ref('fct_results') }} r where r.document_id = d.document_id) as results,
        (select count(*) from {{ ref('fct_plan_vs_result') }} c
            where c.result_document_id = d.document_id and c.comparison_basis is not null) as comparisons,
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
