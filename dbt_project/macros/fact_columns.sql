{#- The columns every fact table carries, from int_measure_facts' anchor row plus its source count. -#}
{% macro fact_select(id_name, kind) -%}
    select
        f.fact_id as {{ id_name }},
        f.measure_id as anchor_measure_id,
        f.document_id,
        f.org,
        f.org_level,
        f.province,
        f.province_new,
        f.indicator,
        f.subject,
        f.unit,
        f.value,
        f.value_max,
        f.qualifier,
        f.denominator,
        f.scope,
        f.level,
        f.body,
        f.occasion,
        f.programme,
        f.org_identified,
        f.org_body,
        f.doubt,
        f.period,
        f.period_start_year,
        f.period_end_year,
        {{ period_years('f.period_start_year', 'f.period_end_year') }} as period_years,
        f.doc_type,
        f.quote,
        f."start",
        f."end",
        s.n_sources,
        s.source_documents
    from {{ ref('int_measure_facts') }} as f
    join (
        select fact_id, count(*) as n_sources, list(distinct document_id order by document_id) as source_documents
        from {{ ref('int_measure_facts') }} group by fact_id
    ) as s using (fact_id)
    where f.is_anchor and f.kind = '{{ kind }}'
{%- endmacro %}
