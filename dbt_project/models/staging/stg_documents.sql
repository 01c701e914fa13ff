with source as (
    select * from {{ source('landing', 'documents') }}
),

renamed as (
    select
        document_id,
        path,
        paths,
        unreadable_aliases,
        content_sha256,
        bytes,
        format,
        encoding,
        decode_detail,
        status,
        reason,
        org,
        org_level,
        province,
        province_new,
        org_identified,
        org_basis,
        org_body,
        period,
        period_start_year::integer as period_start_year,
        period_end_year::integer as period_end_year,
        doc_type,
        title,
        published,
        url,
        n_chars,
        n_measures,
        n_set_aside,
        listed_targets,
        text,
        extractor_version,
        dictionary_version
    from source
)

select * from renamed
