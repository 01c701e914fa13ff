{#- A number whose thousands group is not three digits: Vietnamese groups thousands by three with ".", so a group of
    four or more digits ("15.190/18.1887") is a digit dropped or added, and so is a group of one or two before a
    noun ("hơn 2.00 tổ hợp tác": no one counts two hundredths of a cooperative). "1.5 tỷ" and "2.5%" are English
    decimal marks, not slips. Group 2 of each pattern is the number. -#}
{% macro long_group_pattern() -%}
    '(^|[^\d.,])(\d{1,3}(?:\.\d{3})*\.\d{4,})'
{%- endmacro %}

{% macro short_group_pattern() -%}
    '(^|[^\d.,])(\d{1,3}(?:\.\d{3})*\.\d{1,2})\s+\pL'
{%- endmacro %}

{% macro malformed_number(text) -%}
    (regexp_matches({{ text }}, {{ long_group_pattern() }})
     or (regexp_matches({{ text }}, {{ short_group_pattern() }})
         and not regexp_matches(lower({{ text }}), '\.\d{1,2}\s*(nghìn|ngàn|triệu|tỷ|tỉ|đồng|km|m\b|%)')))
{%- endmacro %}

{% macro malformed_part(text) -%}
    coalesce(nullif(regexp_extract({{ text }}, {{ long_group_pattern() }}, 2), ''),
             regexp_extract({{ text }}, {{ short_group_pattern() }}, 2))
{%- endmacro %}
