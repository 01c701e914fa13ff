{#- Every rule model returns these columns, so dq_flags can union them. `m` is an alias of `measures`. -#}
{#- An error rests on a figure read with certainty; a figure in doubt (measures.doubt: its kind read from the
    document type, an organisation the text does not name, no period) makes it a warning that names the doubt. -#}
{% macro flag_severity(severity, doubt) -%}
    {%- if severity == 'error' -%} case when {{ doubt }} is null then 'error' else 'warn' end
    {%- else -%} '{{ severity }}' {%- endif -%}
{%- endmacro %}

{% macro flag_message(message, doubt) -%}
    ({{ message }}) || coalesce(' (in doubt: ' || {{ doubt }} || ')', '')
{%- endmacro %}

{% macro flag_from_measure(m, rule_id, rule_name, severity, message, measure_ids=none, doubt=none) -%}
    {%- set doubt = doubt or (m ~ '.doubt') %}
    '{{ rule_id }}' as rule_id,
    '{{ rule_name }}' as rule_name,
    {{ flag_severity(severity, doubt) }} as severity,
    {{ m }}.org,
    {{ m }}.indicator,
    {{ m }}.period,
    {{ measure_ids or ('[' ~ m ~ '.measure_id]') }} as measure_ids,
    {{ m }}.measure_id as subject_measure_id,
    {{ flag_message(message, doubt) }} as message,
    {{ m }}.document_id,
    {{ m }}.quote,
    {{ m }}."start",
    {{ m }}."end"
{%- endmacro %}
