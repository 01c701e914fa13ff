-- R05: an annual programme's target far from its peers' (targets read with certainty in annual programmes of
-- organisations the texts name; results count different events and spans, so they have no peers): same indicator, unit, kind, organisation level and period (a year, a
-- half-year, a congress term: never a term target among annual ones) across at
-- least var dq_peer_min_orgs organisations; robust z-score of log10 values (median / MAD) above
-- var dq_peer_robust_z (per-indicator overrides in dq_peer_robust_z_by_indicator).
{%- set overrides = var('dq_peer_robust_z_by_indicator') %}
with facts as (
    select 'target' as kind, target_id as fact_id, anchor_measure_id, org, org_level, indicator, unit, value,
        period, period_start_year, document_id, quote, "start", "end"
    from {{ ref('int_targets') }}
    where scope is null and org_identified and doubt is null and occasion is null and doc_type = 'plan_annual'
),

peers as (
    select *, log10(value) as lv,
        median(log10(value)) over w as med,
        count(distinct org) over w as n_orgs
    from facts
    where value > 0 and indicator <> 'other' and unit <> 'percent'
    window w as (partition by kind, indicator, unit, org_level, period)
),

scored as (
    select *, median(abs(lv - med)) over (partition by kind, indicator, unit, org_level, period) as mad
    from peers
),

threshold as (
    select *, case
        {%- for code, z in overrides.items() %} when indicator = '{{ code }}' then {{ z }}{% endfor %}
        when true then {{ var('dq_peer_robust_z') }} end as z_max
    from scored
)

select
    'R05' as rule_id, 'peer_outlier' as rule_name, 'warn' as severity,
    org, indicator, period, [anchor_measure_id] as measure_ids, anchor_measure_id as subject_measure_id,
    printf('%s (%s) is %.1f robust z-scores from the median of %s organisations with the same indicator, level and year',
        quote, {{ num('value') }}, 0.6745 * abs(lv - med) / mad, n_orgs::varchar) as message,
    document_id, quote, "start", "end"
from threshold
where n_orgs >= {{ var('dq_peer_min_orgs') }} and mad > 0 and 0.6745 * abs(lv - med) / mad > z_max
