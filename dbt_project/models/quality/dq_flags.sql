-- Targets and results that do not add up, one row per flag, each traceable to the words that caused it.
-- Rule ids follow the quality issue's numbering; thresholds sit in dbt_project.yml vars.
with measures as (
    select * from {{ ref('measures') }} where not is_optional
),

percent_out_of_range as (
    select
        'R01' as rule_id, 'percent_out_of_range' as rule_name, 'error' as severity,
        measure_id, org, indicator, period, document_id, quote, "start", "end",
        printf('%s is a %s given as %s%%: a share of people or units cannot be outside 0-100%%',
               quote, kind, {{ num('value') }}) as message
    from measures
    where kind in ('target', 'result') and unit = 'percent' and (value < 0 or value > 100)
),

range_inverted as (
    select
        'R02', 'range_inverted', 'error',
        measure_id, org, indicator, period, document_id, quote, "start", "end",
        case when value_max < value
            then printf('range %s: its upper end %s is below its lower end %s', quote, {{ num('value_max') }}, {{ num('value') }})
            else printf('fraction %s: the part %s is larger than the total %s', quote, {{ num('value') }}, {{ num('denominator') }})
        end
    from measures
    where value_max < value or (denominator is not null and value > denominator)
),

double_scale as (
    -- "6.000 nghìn": a number already grouped in thousands followed by "nghìn" (thousand) multiplies by a
    -- thousand twice. Vietnamese writes such amounts with "triệu" (6 triệu), so this is almost always a
    -- slip for either 6.000 or 6 nghìn.
    select
        'R12', 'scale_word_applied_twice', 'error',
        measure_id, org, indicator, period, document_id, quote, "start", "end",
        printf('"%s" reads as %s, a thousands-grouped number followed by "nghìn" (thousand); '
               || 'the writer probably meant %s: check the source before comparing it',
               number_text, format('{:,}', value::bigint), regexp_extract(number_text, '^[\d.]+'))
    from measures
    where regexp_matches(number_text, '^\d{1,3}(\.\d{3})+\s*(nghìn|ngàn)')
),

peer_stats as (
    select
        measure_id, org, indicator, period, document_id, quote, "start", "end", value, kind, unit,
        log10(value) as log_value,
        median(log10(value)) over peers as peer_median,
        count(distinct org) over peers as peer_orgs
    from measures
    where value > 0 and kind in ('target', 'result') and indicator <> 'other' and unit <> 'percent'
    window peers as (partition by indicator, unit, kind, org_level, period_start_year)
),

peer_mad as (
    select *, median(abs(log_value - peer_median)) over (partition by indicator, unit, kind, peer_median) as mad
    from peer_stats
),

peer_outlier as (
    select
        'R05', 'peer_magnitude_outlier', 'warn',
        measure_id, org, indicator, period, document_id, quote, "start", "end",
        printf('%s (%s) is %.1f robust z-scores from %s peers with the same indicator, level and year',
               quote, {{ num('value') }}, 0.6745 * abs(log_value - peer_median) / mad, peer_orgs)
    from peer_mad
    where peer_orgs >= {{ var('peer_min_orgs', 3) }} and mad > 0
        and 0.6745 * abs(log_value - peer_median) / mad > {{ var('peer_robust_z', 3.5) }}
),

attainment_implausible as (
    select
        'R11', 'attainment_implausible', 'warn',
        result_id, org, indicator, result_period, result_document_id, result_quote, null::bigint, null::bigint,
        printf('%s against target %s (%s) is %s%% attainment: check both figures', result_quote,
               target_quote, comparison_basis, {{ num('attainment_pct') }})
    from {{ ref('fct_plan_vs_result') }}
    where attainment_pct > {{ var('attainment_max_pct', 500) }}
),

flags as (
    select * from percent_out_of_range
    union all select * from range_inverted
    union all select * from double_scale
    union all select * from peer_outlier
    union all select * from attainment_implausible
)

select
    md5(rule_id || ':' || measure_id) as flag_id,
    rule_id,
    rule_name,
    severity,
    org,
    indicator,
    period,
    [measure_id] as measure_ids,
    message,
    document_id,
    quote,
    "start",
    "end",
    'open' as flag_status
from flags
