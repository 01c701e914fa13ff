-- R08: a province-level target above the national (Trung ương Đoàn) target for the same indicator, unit,
-- period and scope (level, body, programme); or the provinces' targets adding up to more than the national one.
-- Only organisations the texts name, targets from plans. Warnings: both rest on which body a page's figure
-- belongs to, read across documents, which is not certain enough for an error.
with targets as (
    select * from {{ ref('int_targets') }}
    where indicator <> 'other' and unit <> 'percent' and scope is null and org_identified and occasion is null
        and doc_type in {{ plan_doc_types() }}
),

national as (select * from targets where org_level = 'national'),
province as (select * from targets where org_level = 'province')

select
    'R08' as rule_id, 'child_exceeds_parent' as rule_name, 'warn' as severity,
    p.org, p.indicator, p.period, [n.anchor_measure_id, p.anchor_measure_id] as measure_ids,
    p.anchor_measure_id as subject_measure_id,
    {{ flag_message("printf('%s target %s is above the national target %s (%s)', p.org, p.quote, n.quote, n.org)", "nullif(concat_ws('; ', p.doubt, n.doubt), '')") }} as message,
    p.document_id, p.quote, p."start", p."end"
from province as p
join national as n on n.indicator = p.indicator and n.unit = p.unit and n.period = p.period
    and n.org_body = p.org_body  -- a provincial Hội's parent is Trung ương Hội, not Trung ương Đoàn
    and n.level is not distinct from p.level and n.body is not distinct from p.body and n.programme is not distinct from p.programme
where p.value > n.value

union all

select
    'R08', 'children_sum_exceeds_parent', 'warn',
    n.org, n.indicator, n.period, list(p.anchor_measure_id order by p.org) || [n.anchor_measure_id], n.anchor_measure_id,
    printf('%s provinces'' targets add up to %s, more than the national target %s', count(*)::varchar, {{ num('sum(p.value)') }}, n.quote),
    n.document_id, n.quote, n."start", n."end"
from national as n
join province as p on p.indicator = n.indicator and p.unit = n.unit and p.period = n.period
    and n.org_body = p.org_body
    and n.level is not distinct from p.level and n.body is not distinct from p.body and n.programme is not distinct from p.programme
group by n.org, n.indicator, n.period, n.anchor_measure_id, n.document_id, n.quote, n."start", n."end", n.value
having sum(p.value) > n.value and count(*) > 1
