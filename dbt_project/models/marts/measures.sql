-- Every extracted measure with the organisation, province and period it belongs to. The measure's own
-- organisation or period (when its sentence names one) wins over its document's.
with measures as (
    select * from {{ ref('stg_measures') }}
),

documents as (
    select * from {{ ref('stg_documents') }} where status = 'ok'
),

joined as (
    select
        m.measure_id,
        m.document_id,
        m.seq,
        m.kind,
        m.indicator,
        m.subject,
        m.value,
        m.value_max,
        m.unit,
        m.qualifier,
        m.denominator,
        m.scope,
        m.level,
        m.body,
        m.occasion,
        m.programme,
        -- a half-year report's figures are for the half-year, though its sentences name only the year
        case when d.period like '%-H_' and m.measure_period = left(d.period, 4) then d.period
             else coalesce(m.measure_period, d.period) end as period,
        coalesce(m.measure_org, d.org) as org,
        m.measure_org is not null as org_from_sentence,
        -- a figure of another body (a provincial page quoting national totals) carries that body's level and place
        case when m.measure_org is not null then m.measure_org_level else d.org_level end as org_level,
        case when m.measure_org is not null then m.measure_org_province else d.province end as province,
        case when m.measure_org is not null then m.measure_org_province_new else d.province_new end as province_new,
        coalesce(case when m.measure_org is not null then m.measure_org_identified else d.org_identified end, false)
            as org_identified,
        case when m.measure_org is not null then m.measure_org_body else d.org_body end as org_body,
        m.kind_basis,
        m.period_basis,
        m.indicator_basis,
        d.doc_type,
        m.is_optional,
        m.quote,
        m."start",
        m."end",
        m.sentence,
        m.number_text,
        m.extractor_version,
        m.dictionary_version,
        m.correction_action,
        m.correction_note,
        m.corrected_from
    from measures as m
    inner join documents as d using (document_id)
)

select
    *,
    {{ period_start_year('period') }} as period_start_year,
    {{ period_end_year('period') }} as period_end_year,
    -- What a reader could not be sure of, from the reading itself (issue 13): a figure in doubt is never graded
    -- against a target and its flags are warnings, not errors. Null when the figure is certain, or when a curator
    -- accepted or fixed it in raw/corrections.csv.
    case when correction_action in ('accept', 'fix') then null else nullif(concat_ws('; ',
        case when kind in ('target', 'result') and kind_basis in ('document type', 'paragraph', 'clause (weak)', 'qualifier')
            then kind || ' read from the ' || kind_basis || ', not from the figure''s own words' end,
        case when not org_identified then 'the organisation is not named (' || coalesce(org, 'none') || ')' end,
        case when period is null then 'no period' end
    ), '') end as doubt
from joined
