{#- The one place the plan-versus-result status rule lives (described in models/marts/_marts.yml):
      achieved     the result meets the whole target: attainment >= 100 %, with qualifiers respected
                   ("hơn 2.400" meets "ít nhất 2.000"; "gần 2.000" does not meet "2.000")
      on_track     attainment >= 95 % of what was expected by now
      behind       60 % to 95 % of expected
      far_behind   below 60 % of expected
      no_target    a result with no comparable target
    expected_pct is 100 for a completed period and the linear share of the term elapsed for a mid-term
    review (50 at the half-way point). -#}
{% macro meets_target(result, target, result_qualifier, target_qualifier) -%}
    (
        {{ result }} > {{ target }}
        or ({{ result }} = {{ target }}
            and {{ result_qualifier }} not in ('less_than', 'at_most')
            and coalesce({{ target_qualifier }}, 'exact') <> 'more_than')
    )
{%- endmacro %}

{% macro plan_status(attainment_pct, expected_pct, meets) -%}
    case
        when {{ attainment_pct }} is null then 'no_target'
        when {{ meets }} then 'achieved'
        when {{ attainment_pct }} >= 0.95 * {{ expected_pct }} then 'on_track'
        when {{ attainment_pct }} >= 0.60 * {{ expected_pct }} then 'behind'
        else 'far_behind'
    end
{%- endmacro %}
