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

{#- year | term (a congress term, 5 years) | multi_year | quarter (2023-Q1) | half_year (2022-H1)
    | youth_month (2024-youth-month) | summer (2025-summer) -#}
{% macro period_kind(period) -%}
    case
        when regexp_matches({{ period }}, '^\d{4}$') then 'year'
        when regexp_matches({{ period }}, '^\d{4}\s*[-–]\s*\d{4}$')
            then case when {{ period_end_year(period) }} - {{ period_start_year(period) }} = 5 then 'term' else 'multi_year' end
        when regexp_matches({{ period }}, '^\d{4}-Q[1-4]$') then 'quarter'
        when regexp_matches({{ period }}, '^\d{4}-H[12]$') then 'half_year'
        when {{ period }} like '%youth%month%' then 'youth_month'
        when {{ period }} like '%summer%' then 'summer'
        else 'other'
    end
{%- endmacro %}
