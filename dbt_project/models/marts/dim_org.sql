-- Every organisation seen, as a document's author or named in a sentence ("Tỉnh đoàn Quảng Ngãi …
-- vượt chỉ tiêu 623%"), with its level, province (old and post-2025 map) and parent organisation. Level and
-- province are read once, by the extractor (pipelines/extract/organisations.py), and carried here as data.
with seen as (
    select org, org_level, province, province_new
    from {{ ref('stg_documents') }} where status = 'ok' and org is not null
    union all
    select measure_org, measure_org_level, measure_org_province, measure_org_province_new
    from {{ ref('stg_measures') }} where measure_org is not null
),

named as (
    select
        org,
        coalesce(max(org_level) filter (where org_level is not null and org_level <> 'unknown'), 'unknown') as org_level,
        max(province) as province,
        max(province_new) as province_new,
        count(*) as mentions
    from seen
    group by org
),

provinces as (
    select name, kind from {{ ref('dim_province') }} where map = 'pre_2025'
)

select
    n.org,
    n.org_level,
    n.province,
    n.province_new,
    case
        when n.org_level = 'national' then null
        when n.org_level = 'province' then 'Trung ương Đoàn'
        when n.org_level in ('district', 'commune', 'bloc') and n.province is not null
            then case when p.kind = 'thanh_pho' then 'Thành đoàn ' else 'Tỉnh đoàn ' end || n.province
        when n.org_level = 'bloc' then 'Trung ương Đoàn'
    end as parent_org,
    n.mentions
from named n
left join provinces p on p.name = n.province
