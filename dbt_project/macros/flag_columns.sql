{#- Every rule model returns these columns, so dq_flags can union them. `m` is an alias of `measures`. -#}
{% macro flag_from_measure(m, rule_id, rule_name, severity, message, measure_ids=none) -%}
    '{{ rule_id }}' as rule_id,
    '{{ rule_name }}' as rule_name,
    '{{ severity }}' as severity,
    {{ m }}.org,
    {{ m }}.indicator,
    {{ m }}.period,
    {{ measure_ids or ('[' ~ m ~ '.measure_id]') }} as measure_ids,
    {{ m }}.measure_id as subject_measure_id,
    {{ message }} as message,
    {{ m }}.document_id,
    {{ m }}.quote,
    {{ m }}."start",
    {{ m }}."end"
{%- endmacro %}
