-- For each result: the target it can fairly be compared with, and how (issue 13). Two kinds of comparison:
--   attainment  the result covers the target's period or part of it; only these get a status (achieved, on_track,
--               behind, far_behind; macros/plan_status.sql). Bases, best first:
--                 same_period              a target for exactly the result's period
--                 term_target              a congress-term target, for a mid-term or term-end review of that term;
--                                          a mid-term review is judged against the linear pace expected by then
--                 sum_of_annual_targets    annual targets of every year the result covers, added up (counts only)
--                 per_year_target_x_years  a "hằng năm" target of a plan covering the result, times the years covered
--   ambition    a target set for a period after the result: the target's yearly rate against the pace the
--               organisation showed before (ambition_ratio = target_per_year / result_per_year; for percentages
--               the two levels). Status 'ambition', never an attainment status.
-- A target for an earlier or unrelated period is never a basis, and an ambition row uses the latest result before
-- the plan. Both sides must count the same thing: the same organisation, indicator, unit, level, body and
-- programme. The row is kept with status 'not_compared' and not_compared_reason when the best pair has
--   a side in doubt (its kind, organisation or period: measures.doubt);
--   a launch-ceremony figure, a registration or a surplus; a result stated as a share of its own total ("10/20");
--   a side that is one of several different figures for the same thing and period (parts, not a total);
--   across documents, a result not from a report of its period, or a target not from a plan;
--   figures too far apart to count the same thing (attainment outside var dq_attainment_min_pct ..
--   dq_attainment_max_pct, a plan asking more than var dq_ambition_max_ratio times the pace or less than its inverse);
--   a target and a result of one document with the same value (one figure read twice), or naming different
--   things (a page tells a plan and its outcome with one noun);
--   an ambition row whose result ends more than var dq_ambition_max_gap_years before the plan;
--   a side with an open error flag.
-- n_alike: how many different figures the organisation gives for the same thing, period and scope. Two or more
-- results (or targets) are parts ("48.910 túi" in one province, "61.370 túi" in another), not the total.
with results as (
    select *, period_start_year + covered_years as covered_until,
        count(*) over (partition by org, indicator, unit, period, scope, level, body, programme, occasion) as n_alike
    from {{ ref('int_results') }}
    where indicator <> 'other' and scope is distinct from 'per_unit' and scope is distinct from 'per_person'
),

targets as (
    select *,
        count(*) over (partition by org, indicator, unit, period, scope, level, body, programme, occasion) as n_alike
    from {{ ref('int_targets') }}
    where scope is distinct from 'per_unit' and scope is distinct from 'per_person'
),

-- each year a result covers, with the keys a target is matched on (joining targets on the year alone
-- first made DuckDB build tens of millions of rows at national scale)
result_years as (
    select r.result_id, r.org, r.indicator, r.unit, y.year
    from results as r,
        unnest(range(r.period_start_year, r.period_start_year + greatest(1, round(r.covered_years)::integer))) as y(year)
    where r.period_start_year is not null
),

-- how many years each result covers (a join, not a correlated subquery: that one cost minutes at national scale)
result_year_counts as (
    select result_id, count(*) as n_years from result_years group by result_id
),

-- the same thing counted on both sides; an organisation the text does not name ("Tỉnh đoàn") only within one page
pairs as (
    select r.result_id, t.*,
        (t.level is not distinct from r.level and t.body is not distinct from r.body
            and t.programme is not distinct from r.programme) as same_scope
    from results as r
    join targets as t
        on t.org = r.org and t.indicator = r.indicator and t.unit = r.unit
        and (r.org_identified or t.document_id = r.document_id)
        and t.anchor_measure_id <> r.anchor_measure_id
),

same_or_term as (
    select p.result_id, p.target_id, p.anchor_measure_id as target_measure_id, p.value as target_value,
        p.value as target_compared, p.qualifier as target_qualifier, p.period as target_period, p.quote as target_quote,
        p.document_id as target_document_id, p.period_years as target_years,
        case when r.period_end_year > r.period_start_year then 'term_target' else 'same_period' end as basis,
        'attainment' as comparison, 1 as priority, 0 as distance, p.same_scope,
        p.doubt as target_doubt, p.occasion as target_occasion, p.n_sources
    from results as r
    join pairs as p on p.result_id = r.result_id and p.period = r.period and p.scope is not distinct from r.scope
),

annual_sum as (
    select r.result_id, null as target_id, min(t.anchor_measure_id) as target_measure_id,
        sum(t.value) as target_value, sum(t.value) as target_compared, 'exact' as target_qualifier,
        string_agg(t.period, '+' order by t.period) as target_period,
        string_agg(t.quote, ' | ' order by t.period) as target_quote, min(t.document_id) as target_document_id,
        count(*)::double as target_years,
        'sum_of_annual_targets' as basis, 'attainment' as comparison, 2 as priority, 0 as distance,
        bool_and(t.same_scope) as same_scope,
        nullif(string_agg(distinct t.doubt, '; '), '') as target_doubt, min(t.occasion) as target_occasion,
        min(t.n_sources) as n_sources
    from results as r
    join result_year_counts as rc using (result_id)
    join result_years as ry on ry.result_id = r.result_id
    join pairs as t
        on t.result_id = r.result_id and t.period_start_year = ry.year and t.period_end_year = ry.year and t.scope is null
    where r.unit <> 'percent' and r.covered_years >= 2
    group by r.result_id, rc.n_years
    having count(distinct ry.year) = rc.n_years
),

per_year as (
    select r.result_id, p.target_id, p.anchor_measure_id, p.value, p.value * r.covered_years, p.qualifier,
        p.period, p.quote, p.document_id, r.covered_years,
        'per_year_target_x_years', 'attainment', 3, 0, p.same_scope, p.doubt, p.occasion, p.n_sources
    from results as r
    join pairs as p on p.result_id = r.result_id and p.scope = 'per_year'
        and p.period_start_year <= r.period_start_year and p.period_end_year >= r.period_end_year
    where r.unit <> 'percent' and r.scope is distinct from 'per_year'
),

-- a later plan: its yearly rate (or its level, for percentages) against the pace shown before
ambition as (
    select r.result_id, p.target_id, p.anchor_measure_id, p.value,
        case when r.unit = 'percent' or p.scope = 'per_year' then p.value else p.value / p.period_years end,
        p.qualifier, p.period, p.quote, p.document_id, p.period_years,
        'ambition', 'ambition', 4, p.period_start_year - r.covered_until, p.same_scope, p.doubt, p.occasion, p.n_sources
    from results as r
    join pairs as p on p.result_id = r.result_id and p.period_start_year >= r.covered_until
),

candidates as (
    select * from same_or_term
    union all select * from annual_sum
    union all select * from per_year
    union all select * from ambition
),

-- Facts with an open error-severity flag are not judged until a curator accepts or corrects them.
flagged as (
    select f.fact_id, string_agg(q.rule_id || ' ' || q.rule_name || ': ' || q.message, ' | ' order by q.rule_id) as reason
    from {{ ref('dq_measure_flags') }} as q
    join {{ ref('int_measure_facts') }} as f on f.measure_id = q.subject_measure_id
    where q.severity = 'error' and f.correction_action is null  -- accepted or fixed by a curator: judged again
    group by f.fact_id
),

-- how far apart the two figures are, computed once: the result as a share of the target (attainment), and the
-- plan's yearly rate as a multiple of the pace shown (ambition; for percentages, of the level reached)
measured as (
    select c.*,
        100.0 * r.value / nullif(c.target_compared, 0) as share_pct,
        c.target_compared / nullif(case when r.unit = 'percent' then r.value else r.value / r.covered_years end, 0)
            as pace_multiple
    from candidates as c
    join results as r using (result_id)
),

reasoned as (
    select c.*, r.covered_until as result_until,
        nullif(concat_ws('; ',
            case when r.doubt is not null then 'result: ' || r.doubt end,
            case when c.target_doubt is not null then 'target: ' || c.target_doubt end,
            case when r.occasion is not null then 'result is a ' || r.occasion || ' figure' end,
            -- "hoàn thành 10/20 công trình": the result states its own total, a progress count at an unknown date
            case when r.denominator is not null then 'result is a share of its own total (' || r.quote || ')' end,
            case when c.target_occasion is not null then 'target is a ' || c.target_occasion || ' figure' end,
            case when not c.same_scope then 'different scope (level, body or programme): ' ||
                concat_ws(' / ', coalesce(r.level, 'all levels'), r.body, r.programme) || ' against ' ||
                concat_ws(' / ', coalesce(t.level, 'all levels'), t.body, t.programme) end,
            -- "ra mắt 5 đội hình" read as the plan and as its result, a headline restating the body's figure
            case when c.target_document_id = r.document_id and c.target_value = r.value
                then 'the target and the result are one figure told twice' end,
            case when c.target_document_id = r.document_id and r.unit <> 'percent'
                    and {{ name_different_things('r.subject', 't.subject') }}
                then 'the target and the result name different things ("' || r.quote || '", "' || t.quote || '")' end,
            case when c.comparison = 'ambition' and c.distance > {{ var('dq_ambition_max_gap_years') }}
                then 'the result ends ' || c.distance || ' years before the plan starts: not the pace just before it' end,
            case when r.n_alike > 1 then 'the result is one of ' || r.n_alike || ' different figures for the same thing and period (parts, not the total)' end,
            case when t.n_alike > 1 then 'the target is one of ' || t.n_alike || ' different targets for the same thing and period' end,
            -- across documents, a plan is set against what a report says of the period, not a news item's event
            case when c.target_document_id <> r.document_id and r.doc_type not in {{ report_doc_types() }}
                then 'the result comes from a ' || r.doc_type || ' page, not a report of its period' end,
            case when c.target_document_id <> r.document_id and t.doc_type not in {{ plan_doc_types() }}
                then 'the target comes from a ' || t.doc_type || ' page, not a plan' end,
            case when c.comparison = 'attainment'
                    and c.share_pct not between {{ var('dq_attainment_min_pct') }} and {{ var('dq_attainment_max_pct') }}
                then 'the result is ' || round(c.share_pct, 1) || '% of the target: '
                    || 'the two figures do not count the same thing' end,
            case when c.comparison = 'ambition'
                    and c.pace_multiple not between 1.0 / {{ var('dq_ambition_max_ratio') }} and {{ var('dq_ambition_max_ratio') }}
                then 'the plan asks ' || round(c.pace_multiple, 2) || ' times the pace shown: '
                    || 'the two figures do not count the same thing' end,
            case when xr.reason is not null then 'result flagged: ' || xr.reason end,
            case when xt.reason is not null then 'target flagged: ' || xt.reason end
        ), '') as not_compared_reason
    from measured as c
    join results as r using (result_id)
    left join targets as t on t.target_id = c.target_id
    left join flagged as xr on xr.fact_id = c.result_id
    left join flagged as xt on xt.fact_id = c.target_id
),

-- The pace shown before a plan is the latest result that can be set against it, not one from years earlier: a
-- plan is set against its latest result that can be stated (and its latest that cannot, to show why not).
latest as (
    select * from reasoned
    qualify comparison <> 'ambition' or row_number() over (
        partition by target_id, comparison, not_compared_reason is null
        order by result_until desc, result_id) = 1
),

-- Several targets could serve: one that can be compared first, then the closest basis, then the one stated most
-- often, then the largest (a year's total rather than a Youth-Month part of it).
best as (
    select * exclude (result_until) from latest
    qualify row_number() over (
        partition by result_id
        order by not_compared_reason is not null, priority, distance nulls last, n_sources desc nulls last,
                 target_value desc, target_period desc, target_id) = 1
),

compared as (
    select
        r.*,
        b.target_id, b.target_measure_id, b.target_value, b.target_compared, b.target_qualifier, b.target_period,
        b.target_years, b.target_quote, b.target_document_id, b.basis as comparison_basis, b.comparison,
        b.not_compared_reason, b.target_doubt, b.share_pct, b.pace_multiple,
        case when b.basis = 'term_target' and r.is_midterm then 100.0 * r.covered_years / r.period_years else 100.0 end
            as expected_pct
    from results as r
    left join best as b using (result_id)
)

select
    result_id,
    target_id,
    org,
    org_level,
    province,
    province_new,
    indicator,
    unit,
    period as result_period,
    target_period,
    value as result_value,
    qualifier as result_qualifier,
    target_value,
    target_qualifier,
    comparison,
    comparison_basis,
    round(target_compared, 1) as target_compared,
    covered_years as result_years,
    target_years,
    case when comparison = 'ambition' and unit <> 'percent' then round(value / covered_years, 1) end as result_per_year,
    case when comparison = 'ambition' and unit <> 'percent' then round(target_compared, 1) end as target_per_year,
    case when comparison = 'ambition' and not_compared_reason is null then round(pace_multiple, 2) end as ambition_ratio,
    case when comparison = 'attainment' and not_compared_reason is null then round(share_pct, 1) end as attainment_pct,
    case when comparison_basis = 'term_target' and is_midterm then expected_pct end as expected_to_date_pct,
    case when comparison_basis = 'term_target' and is_midterm and not_compared_reason is null
        then round(share_pct / expected_pct, 3) end as pace_ratio,
    case
        when comparison is null then 'no_target'
        when not_compared_reason is not null then 'not_compared'
        when comparison = 'ambition' then 'ambition'
        else {{ plan_status('share_pct', 'expected_pct',
                            meets_target('value', 'target_compared', 'qualifier', 'target_qualifier')) }}
    end as status,
    not_compared_reason,
    doubt as result_doubt,
    target_doubt,
    quote as result_quote,
    target_quote,
    anchor_measure_id as result_measure_id,
    target_measure_id,
    document_id as result_document_id,
    target_document_id,
    "start" as result_start,
    "end" as result_end
from compared
