{#- Periods are strings like "2024" or "2017-2022" (a congress term). A term "2017-2022" runs five
    years (congresses hand over mid-year), so its length is end - start; a single year is one. -#}
{% macro period_start_year(period) -%}
    try_cast(regexp_extract({{ period }}, '^(\d{4})', 1) as integer)
{%- endmacro %}

{% macro period_end_year(period) -%}
    coalesce(
        try_cast(nullif(regexp_extract({{ period }}, '^\d{4}\s*[-–]\s*(\d{4})', 1), '') as integer),
        try_cast(regexp_extract({{ period }}, '^(\d{4})', 1) as integer)
    )
{%- endmacro %}

{% macro period_years(start_year, end_year) -%}
    case when {{ end_year }} > {{ start_year }} then ({{ end_year }} - {{ start_year }})::double else 1.0 end
{%- endmacro %}

{#- A number as text for messages: 150.0 -> "150", 86.7 -> "86.7". -#}
{% macro num(x) -%}
    regexp_replace(({{ x }})::double::varchar, '\.0$', '')
{%- endmacro %}
