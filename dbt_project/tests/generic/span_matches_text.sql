{#- Every measure's [start, end) span must lie inside its document's text: offsets an analyst can follow back to the
    words. Whether the quote stands at the span is checked where slicing a text is free, when the measures are
    landed (the measures_contract suite, column quote_at_span): here, cutting a window out of a long UTF-8 text
    walks it from the start once per figure, 111 s for a page of 40,000 figures. -#}
{% test span_matches_text(model, documents) %}
select m.measure_id
from {{ model }} as m
join {{ documents }} as d using (document_id)
where m."start" < 0 or m."end" > d.n_chars or m."start" >= m."end"
{% endtest %}
