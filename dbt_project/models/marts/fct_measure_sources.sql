-- Every statement of every fact: the same figure in a headline and its body, or in two newspapers, is one
-- fact with several sources here, each with its document, quote and offsets.
select
    fact_id,
    kind,
    measure_id,
    document_id,
    is_anchor,
    value,
    qualifier,
    quote,
    "start",
    "end"
from {{ ref('int_measure_facts') }}
