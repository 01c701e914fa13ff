-- Attainment the documents state themselves ("đạt 169% chỉ tiêu", "(đạt 375%)"), one row per distinct fact.
{{ fact_select('attainment_id', 'attainment') }}
