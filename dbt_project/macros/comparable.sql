{#- Which documents speak for a period. A report (year-end, mid-term, term-end) says what was done in its period;
    a plan (annual programme, Youth Month or campaign plan, congress resolution, and a congress report's targets
    for the new term) says what is to be done. A news page tells an event: its figures are parts, launches and
    quotes, so comparisons and cross-document rules rest on reports and plans only. -#}
{% macro report_doc_types() -%}
    ('result_annual', 'result_midterm', 'result_term')
{%- endmacro %}

{% macro plan_doc_types() -%}
    ('plan_annual', 'plan_youth_month', 'plan_campaign', 'plan_term', 'result_term')
{%- endmacro %}

{#- A fact stated where its kind of figure is told: a target in a plan, a result in a report. -#}
{% macro stated_for_its_period(kind, doc_type) -%}
    (({{ kind }} = 'target' and {{ doc_type }} in {{ plan_doc_types() }})
     or ({{ kind }} = 'result' and {{ doc_type }} in {{ report_doc_types() }}))
{%- endmacro %}

{#- What a figure counts, as its words say: the first two words after the number ("cây xanh", "đơn vị máu" ->
    "đơn vị"). Two figures are parts or counts of one thing only when they name it alike; an indicator shared by
    "suất quà" and "suất học bổng" is not enough. -#}
{% macro noun_key(subject) -%}
    lower(array_to_string(list_slice(string_split(trim(regexp_replace(coalesce({{ subject }}, ''), '[^\pL\pN\s]', ' ', 'g')), ' '), 1, 2), ' '))
{%- endmacro %}

{#- The first word of what a figure counts ("cây", "suất", "đơn"): within one page a plan and its outcome are told
    with the same noun ("chỉ tiêu 2.000 cây xanh … đã trồng 2.350 cây"), so a pair naming different ones is two
    things. -#}
{% macro noun_head(subject) -%}
    split_part({{ noun_key(subject) }}, ' ', 1)
{%- endmacro %}

{#- Two figures name different things when the first words of what they count differ ("cây" / "suất"), or when
    both name two words and these differ ("suất quà" / "suất học bổng", "lượt đoàn viên" / "lượt thanh niên"). A
    shorter name is the longer one said briefly ("2.000 cây xanh … đã trồng 2.350 cây"). -#}
{% macro name_different_things(a, b) -%}
    ({{ noun_head(a) }} <> {{ noun_head(b) }}
     or contains({{ noun_key(a) }}, ' ') and contains({{ noun_key(b) }}, ' ') and {{ noun_key(a) }} <> {{ noun_key(b) }})
{%- endmacro %}
