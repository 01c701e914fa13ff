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
        period as measure_period,
        org as measure_org,
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
