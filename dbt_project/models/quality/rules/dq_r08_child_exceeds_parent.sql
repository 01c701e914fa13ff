-- R08: a province-level target above the national (Trung ương Đoàn) target for the same indicator, unit
-- and period (error); or the provinces' targets adding up to more than the national one (warn).
with targets as (
    select * from {{ ref('fct_targets') }} where indicator <> 'other' and unit <> 'percent' and scope is null
),

national as (select * from targets where org_level = 'national'),
province as (select * from targets where org_level = 'province')

select
    'R08' as rule_id, 'child_exceeds_parent' as rule_name, 'error' as severity,
    p.org, p.indicator, p.period, [n.anchor_measure_id, p.anchor_measure_id] as measure_ids,
    p.anchor_measure_id as subject_measure_id,
    printf('%s target %s is above the national target %s (%s)', p.org, p.quote, n.quote, n.org) as message,
    p.document_id, p.quote, p."start", p."end"
from province as p
join national as n on n.indicator = p.indicator and n.unit = p.unit and n.period = p.period
where p.value > n.value

union all

select
    'R08', 'children_sum_exceeds_parent', 'warn',
    n.org, n.indicator, n.period, list(p.anchor_measure_id order by p.org) || [n.anchor_measure_id], n.anchor_measure_id,
    printf('%s provinces'' targets add up to %s, more than the national target %s', count(*)::varchar, {{ num('sum(p.value)') }}, n.quote),
    n.document_id, n.quote, n."start", n."end"
from national as n
join province as p on p.indicator = n.indicator and p.unit = n.unit and p.period = n.period
group by n.org, n.indicator, n.period, n.anchor_measure_id, n.document_id, n.quote, n."start", n."end", n.value
having sum(p.value) > n.value and count(*) > 1
