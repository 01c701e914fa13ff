{#- The one place the plan-versus-result status rule lives (documented in models/marts/_marts.yml):
      achieved     attainment >= 100 % of the target
      on_track     attainment >= 95 % of what was expected by now (mid-term pace)
      behind       60 % to 95 % of expected
      far_behind   below 60 % of expected
      no_target    a result with no comparable target
    `expected_pct` is 100 for a completed period, and the linear share of the term elapsed for a
    mid-term review. -#}
{% macro plan_status(attainment_pct, expected_pct) -%}
    case
        when {{ attainment_pct }} is null then 'no_target'
        when {{ attainment_pct }} >= 100 then 'achieved'
        when {{ attainment_pct }} >= 0.95 * {{ expected_pct }} then 'on_track'
        when {{ attainment_pct }} >= 0.60 * {{ expected_pct }} then 'behind'
        else 'far_behind'
    end
{%- endmacro %}
