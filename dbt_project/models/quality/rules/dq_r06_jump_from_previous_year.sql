-- R06: an annual programme's target more than var dq_jump_ratio times (or less than its inverse) the same
-- organisation's target for the same indicator and scope (level, body, programme) in the year before's programme.
-- Only targets read with certainty, of an organisation the text names. Results are left out: two years' pages
-- report different campaigns and events far more often than a slip. A jump is a question, so it warns.
with facts as (
    select 'target' as kind, anchor_measure_id, org, indicator, unit, value, period, period_start_year, scope,
        level, body, programme, document_id, quote, "start", "end"
    from {{ ref('int_targets') }}
    where org_identified and doubt is null and occasion is null and doc_type = 'plan_annual'
),

annual as (
    select f.*,
        lag(value) over w as previous_value,
        lag(period_start_year) over w as previous_year,
        lag(anchor_measure_id) over w as previous_measure_id,
        lag(quote) over w as previous_quote
    from facts as f
    join {{ ref('dim_period') }} as p using (period)
    where p.period_kind = 'year' and f.indicator <> 'other' and f.scope is null
    window w as (partition by kind, org, indicator, unit, level, body, programme order by period_start_year, value)
)

select
    'R06' as rule_id, 'jump_from_previous_year' as rule_name, 'warn' as severity,
    org, indicator, period, [previous_measure_id, anchor_measure_id] as measure_ids,
    anchor_measure_id as subject_measure_id,
    printf('%s %s (%s) is %sx the %s %s (%s)', kind, period, quote, {{ num('round(value / previous_value, 1)') }},
        previous_year::varchar, kind, previous_quote) as message,
    document_id, quote, "start", "end"
from annual
where previous_year = period_start_year - 1 and previous_value > 0
    and (value / previous_value > {{ var('dq_jump_ratio') }} or value / previous_value < 1.0 / {{ var('dq_jump_ratio') }})
