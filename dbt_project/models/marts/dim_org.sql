-- Every organisation seen, as a document's author or named in a sentence ("Tỉnh đoàn Quảng Ngãi …
-- vượt chỉ tiêu 623%"), with its level, province (old and post-2025 map) and parent organisation.
with seen as (
    select org, org_level, province from {{ ref('stg_documents') }} where status = 'ok' and org is not null
    union all
    select measure_org, null, null from {{ ref('stg_measures') }} where measure_org is not null
),

provinces as (
    select name, kind, successor_name from {{ ref('dim_province') }} where map = 'pre_2025'
),

named as (
    select
        org,
        -- A level read from the name wins over nothing; a document's own level wins over the name.
        coalesce(
            max(org_level) filter (where org_level is not null and org_level <> 'unknown'),
            case
                when regexp_matches(org, '^(Trung ương|Ban Chấp hành Trung ương|Hội Liên hiệp Thanh niên Việt Nam)') then 'national'
                when regexp_matches(org, '^(Tỉnh đoàn|Thành đoàn)') then 'province'
                when regexp_matches(org, '^(Huyện đoàn|Quận đoàn|Thị đoàn)') then 'district'
                when regexp_matches(org, '^Đoàn (Khối|Thanh niên Khối|Thanh niên các cơ quan|UBND)') then 'bloc'
                when regexp_matches(org, '^Đoàn (xã|phường|thị trấn)') then 'commune'
                else 'unknown'
            end
        ) as org_level,
        max(province) as province_from_document,
        count(*) as mentions
    from seen
    group by org
),

with_province as (
    select
        n.*,
        coalesce(n.province_from_document, (
            select p.name from provinces p
            where n.org like '% ' || p.name or n.org like '% ' || p.name || ' %'
            order by length(p.name) desc limit 1
        )) as province
    from named n
)

select
    w.org,
    w.org_level,
    w.province,
    p.successor_name as province_new,
    case
        when w.org_level = 'national' then null
        when w.org_level in ('province') then 'Trung ương Đoàn'
        when w.org_level in ('district', 'commune') and w.province is not null
            then case when p.kind = 'thanh_pho' then 'Thành đoàn ' else 'Tỉnh đoàn ' end || w.province
        when w.org_level = 'bloc' and w.province is not null
            then case when p.kind = 'thanh_pho' then 'Thành đoàn ' else 'Tỉnh đoàn ' end || w.province
        when w.org_level = 'bloc' then 'Trung ương Đoàn'
    end as parent_org,
    w.mentions
from with_province w
left join provinces p on p.name = w.province
