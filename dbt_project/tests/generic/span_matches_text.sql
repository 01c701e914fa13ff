{#- Every measure's [start, end) span must be inside its document's text and the quote must occur in
    the text: the guarantee that every number traces back to its words. -#}
{% test span_matches_text(model, documents) %}
select m.measure_id
from {{ model }} as m
join {{ documents }} as d using (document_id)
where m."start" < 0 or m."end" > length(d.text) or m."start" >= m."end"
   or strpos(d.text, m.quote) = 0
{% endtest %}
