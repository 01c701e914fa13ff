with source as (
    select * from {{ source('landing', 'measures') }}
),

renamed as (
    select
        measure_id,
        document_id,
        seq,
        kind,
        indicator,
        subject,
        value::double as value,
        value_max::double as value_max,
        unit,
        qualifier,
        denominator::double as denominator,
        scope,
        level,
        body,
        occasion,
        programme,
        period as measure_period,
        org as measure_org,
        org_level as measure_org_level,
        org_province as measure_org_province,
        org_province_new as measure_org_province_new,
        org_identified as measure_org_identified,
        org_body as measure_org_body,
        kind_basis,
        period_basis,
        indicator_basis,
        coalesce(optional, false) as is_optional,
        quote,
        "start",
        "end",
        sentence,
        number_text,
        extractor_version,
        dictionary_version,
        correction_action,
        correction_note,
        corrected_from
    from source
)

select * from renamed
