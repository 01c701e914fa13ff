{#- Rows where a column falls outside [min_value, max_value]; written here because dbt packages
    (dbt_utils) cannot be installed offline. -#}
{% test accepted_range(model, column_name, min_value=none, max_value=none, where=none) %}
select *
from {{ model }}
where {{ column_name }} is not null
  {% if where %}and ({{ where }}){% endif %}
  and (
    false
    {% if min_value is not none %}or {{ column_name }} < {{ min_value }}{% endif %}
    {% if max_value is not none %}or {{ column_name }} > {{ max_value }}{% endif %}
  )
{% endtest %}
