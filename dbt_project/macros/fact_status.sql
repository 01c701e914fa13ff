{#- A fact's status, the one word every table and chart shows beside it:
      flagged    an open error flag: a figure that does not add up, not compared until a curator decides
      in_doubt   read with doubt (measures.doubt) or under an open warning
      certain    neither -#}
{% macro fact_status(doubt, open_errors, open_flags) -%}
    case when coalesce({{ open_errors }}, 0) > 0 then 'flagged'
         when {{ doubt }} is not null or len(coalesce({{ open_flags }}, [])) > 0 then 'in_doubt'
         else 'certain' end
{%- endmacro %}
