-- Flags about the figures themselves (R01-R08, R10, R12-R15). Facts with an open error flag here are kept
-- out of fct_plan_vs_result's status until a curator accepts or corrects them.
{%- set rules = ['dq_r01_percent_out_of_range', 'dq_r02_range_or_fraction_inverted', 'dq_r03_target_count_mismatch',
                 'dq_r04_part_exceeds_whole', 'dq_r05_peer_outlier', 'dq_r06_jump_from_previous_year',
                 'dq_r07_annual_vs_term_target', 'dq_r08_child_exceeds_parent', 'dq_r10_conflicting_sources',
                 'dq_r12_units_not_comparable', 'dq_r13_malformed_number',
                 'dq_r14_copy_paste_duplicate', 'dq_r15_surplus_contradicts_ratio'] %}
{% for r in rules %}
select * from {{ ref(r) }}
{% if not loop.last %}union all{% endif %}
{% endfor %}
