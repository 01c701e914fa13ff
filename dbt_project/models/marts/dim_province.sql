-- The 63 provinces before 1 July 2025 (map = 'pre_2025') and the 34 after (map = 'post_2025'), with
-- official codes (post-2025 codes checked against the vietnam-provinces package), the name variants seen
-- in text, and the old -> new mapping (successor_*) / new <- old (predecessors).
with seed as (
    select * from {{ ref('provinces') }}
),

old_map as (
    select
        'pre_2025:' || old_code as province_key,
        'pre_2025' as map,
        old_code as code,
        old_name as name,
        old_kind as kind,
        list_filter(string_split(coalesce(name_variants, ''), ';'), x -> x <> '') as name_variants,
        new_code as successor_code,
        new_name as successor_name,
        null::varchar[] as predecessors
    from seed
),

new_map as (
    select
        'post_2025:' || new_code as province_key,
        'post_2025' as map,
        new_code as code,
        new_name as name,
        any_value(new_kind) as kind,
        list_distinct(flatten(list(list_filter(string_split(coalesce(name_variants, ''), ';'), x -> x <> ''))
            filter (where old_code = new_code))) as name_variants,
        null as successor_code,
        null as successor_name,
        list(old_name order by old_code) as predecessors
    from seed
    group by new_code, new_name
)

select * from old_map
union all
select * from new_map
