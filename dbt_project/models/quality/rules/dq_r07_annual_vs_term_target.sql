-- R07: annual targets inconsistent with the congress-term target of the same organisation, indicator and scope,
-- both from plans: one year's target above the whole term's, or the annual targets of the term's years adding up
-- to more than var dq_annual_sum_over_term times it. Warnings: a year's target is as often a subset or a phase of
-- a programme as a slip.
with targets as (
    select t.*, p.period_kind
    from {{ ref('int_targets') }} as t join {{ ref('dim_period') }} as p using (period)
    where t.indicator <> 'other' and t.unit <> 'percent' and t.scope is null and t.org_identified and t.occasion is null
        and t.doc_type in {{ plan_doc_types() }}
),

pairs as (
    select a.anchor_measure_id as annual_id, a.value as annual_value, a.period as year_period, a.quote as annual_quote,
        a.document_id, a."start", a."end",
        t.anchor_measure_id as term_id, t.value as term_value, t.period as term_period, t.quote as term_quote,
        t.document_id as term_document_id, t."start" as term_start, t."end" as term_end,
        t.org, t.indicator, nullif(concat_ws('; ', a.doubt, t.doubt), '') as doubt
    from targets as a
    join targets as t on t.org = a.org and t.indicator = a.indicator and t.unit = a.unit
        and t.period_kind in ('term', 'multi_year') and a.period_kind = 'year'
        and a.period_start_year between t.period_start_year and t.period_end_year
        -- an annual programme's target against the congress term's, not a programme's phases within one page
        and a.doc_type = 'plan_annual' and t.doc_type = 'plan_term' and a.document_id <> t.document_id
        and a.level is not distinct from t.level and a.body is not distinct from t.body
        and a.programme is not distinct from t.programme
)

select
    'R07' as rule_id, 'annual_exceeds_term_target' as rule_name, 'warn' as severity,
    org, indicator, year_period as period, [term_id, annual_id] as measure_ids, annual_id as subject_measure_id,
    {{ flag_message("printf('the %s target %s is above the whole %s term target %s', year_period, annual_quote, term_period, term_quote)", 'doubt') }} as message,
    document_id, annual_quote as quote, "start", "end"
from pairs
where annual_value > term_value

union all

select
    'R07', 'annual_targets_sum_above_term_target', 'warn',
    org, indicator, term_period, list(annual_id order by year_period) || [any_value(term_id)], term_id,
    printf('annual targets %s add up to %s, more than %sx the %s term target %s',
        string_agg(year_period, ', ' order by year_period), {{ num('sum(annual_value)') }},
        {{ num(var('dq_annual_sum_over_term') | string) }}, term_period, any_value(term_quote)),
    any_value(term_document_id), any_value(term_quote), any_value(term_start), any_value(term_end)
from pairs
group by org, indicator, term_period, term_id
having count(*) > 1  -- one year alone above the term is the first rule's
    and sum(annual_value) > {{ var('dq_annual_sum_over_term') }} * any_value(term_value)
