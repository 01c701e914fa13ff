-- R04: a part larger than its whole, or parts summing to more than the whole: "7.000 ý tưởng, trong đó
-- có 350 …". The whole is the measure just before "trong đó" (in the same sentence); the parts are the
-- measures after it in that sentence, in the same unit.
with m as (
    select m.*, i.indicator_group
    from {{ ref('measures') }} as m
    join {{ ref('dim_indicator') }} as i on i.code = m.indicator
    where not m.is_optional and m.unit in ('count', 'vnd', 'km') and m.indicator <> 'other'
),

pairs as (
    select w.measure_id as whole_id, p.measure_id as part_id, w.value as whole_value, p.value as part_value,
        w.org, w.indicator, w.period, w.document_id, w.quote as whole_quote, p.quote as part_quote,
        w."start", w."end", nullif(concat_ws('; ', w.doubt, p.doubt), '') as doubt
    from m as w
    -- a part speaks of the same thing as its whole: the same indicator group ("7.000 ý tưởng đề xuất,
    -- trong đó có 350 ý tưởng được hỗ trợ" are both creativity), kind and unit
    join m as p on p.document_id = w.document_id and p.sentence = w.sentence and p.unit = w.unit
        and p.indicator_group = w.indicator_group and p.kind = w.kind
        and p.level is not distinct from w.level and p.body is not distinct from w.body
        -- and names it alike: "400 đơn vị máu" are not among "120 đoàn viên"
        and {{ noun_key('p.subject') }} = {{ noun_key('w.subject') }}
        and p."start" > w."end" and p."start" - w."end" < 400
    join {{ ref('documents') }} as d on d.document_id = w.document_id
    where lower(substr(d.text, w."end" + 1, p."start" - w."end")) like '%trong đó%'
        -- the whole is the last measure before "trong đó"
        and not exists (
            select 1 from m as x where x.document_id = w.document_id and x.sentence = w.sentence
                and x."start" > w."end" and x."start" < p."start"
                and lower(substr(d.text, x."end" + 1, p."start" - x."end")) like '%trong đó%')
),

by_whole as (
    select whole_id, any_value(org) as org, any_value(indicator) as indicator, any_value(period) as period,
        any_value(document_id) as document_id, any_value(whole_quote) as whole_quote, any_value(whole_value) as whole_value,
        any_value("start") as "start", any_value("end") as "end", sum(part_value) as parts_sum, max(part_value) as largest_part,
        list(part_id order by part_id) as part_ids, string_agg(part_quote, '; ') as part_quotes,
        nullif(string_agg(distinct doubt, '; '), '') as doubt
    from pairs
    group by whole_id
)

select
    'R04' as rule_id, 'part_exceeds_whole' as rule_name, {{ flag_severity('error', 'doubt') }} as severity,
    org, indicator, period, list_prepend(whole_id, part_ids) as measure_ids, whole_id as subject_measure_id,
    {{ flag_message("printf('%s is the whole, but its parts (%s) add up to %s', whole_quote, part_quotes, " ~ num('parts_sum') ~ ")", 'doubt') }} as message,
    document_id, whole_quote as quote, "start", "end"
from by_whole
where parts_sum > whole_value
