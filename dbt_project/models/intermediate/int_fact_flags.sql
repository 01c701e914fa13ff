-- The open quality flags of each fact: every flag on any of its statements, "R12 scale_word_applied_twice (error)".
select
    f.fact_id,
    list(distinct q.rule_id || ' ' || q.rule_name || ' (' || q.severity || ')' order by q.rule_id || ' ' || q.rule_name || ' (' || q.severity || ')') as open_flags,
    count(*) filter (where q.severity = 'error') as open_errors
from {{ ref('dq_flags') }} as q
join {{ ref('int_measure_facts') }} as f on list_contains(q.measure_ids, f.measure_id)
where q.flag_status = 'open'
group by f.fact_id
