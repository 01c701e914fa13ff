-- R10: two documents give different values for what should be one fact (same kind, organisation,
-- indicator, unit, period and scope), beyond rounding and qualifiers (those merge into one fact upstream).
with anchors as (
    select * from {{ ref('int_measure_facts') }} where is_anchor and indicator <> 'other' and kind in ('target', 'result')
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
    and a.document_id < b.document_id and a.value <> b.value
    -- a mid-term review and the term-end report give different figures for the same term by design
    and (a.doc_type = 'result_midterm') = (b.doc_type = 'result_midterm')
