-- R10: two documents give different values for what should be one fact (same kind, organisation,
-- indicator, unit, period and scope, level, body, programme), beyond rounding and qualifiers (those merge into one
-- fact upstream): a preliminary and a final report. Only organisations the texts name, figures read with certainty
-- in reports (results) and plans (targets), a page's only figure for the thing, and figures close enough (within
-- var dq_conflict_max_ratio) to be two counts of one thing.
with anchors as (
    select * from {{ ref('int_measure_facts') }}
    -- a count of targets met is of the list its own page gives
    where is_anchor and indicator not in ('other', 'targets_met') and kind in ('target', 'result') and org_identified
        and occasion is null
        and doubt is null and {{ stated_for_its_period('kind', 'doc_type') }}
    -- a page giving several figures for the same thing and period gives parts, not the fact
    qualify count(*) over (partition by document_id, kind, org, indicator, unit, period, scope, level, body, programme) = 1
)

select
    'R10' as rule_id, 'conflicting_sources' as rule_name, 'warn' as severity,
    a.org, a.indicator, a.period, [a.measure_id, b.measure_id] as measure_ids, a.measure_id as subject_measure_id,
    printf('%s says %s but another document says %s (%s)', a.kind, a.quote, b.quote, b.document_id) as message,
    a.document_id, a.quote, a."start", a."end"
from anchors as a
join anchors as b
    on a.kind = b.kind and a.org is not distinct from b.org and a.indicator = b.indicator and a.unit = b.unit
    and a.period is not distinct from b.period and a.scope is not distinct from b.scope
    and a.level is not distinct from b.level and a.body is not distinct from b.body and a.programme is not distinct from b.programme
    and {{ noun_key('a.subject') }} = {{ noun_key('b.subject') }}  -- "suất quà" and "suất học bổng" are two things
    and a.document_id < b.document_id and a.value <> b.value
    -- a preliminary and a final count of one thing differ by a little; figures far apart count different things
    and greatest(a.value, b.value) <= {{ var('dq_conflict_max_ratio') }} * least(a.value, b.value)
    -- a mid-term review and the term-end report give different figures for the same term by design
    and (a.doc_type = 'result_midterm') = (b.doc_type = 'result_midterm')
