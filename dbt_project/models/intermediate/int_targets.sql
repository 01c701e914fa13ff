-- Planned figures, one row per distinct fact (all its statements are in fct_measure_sources), before their flags:
-- what the quality rules and the comparisons read. Analysts read fct_targets, which adds the open flags.
-- Optional (borderline) measures stay in `measures` but are not compared.
{{ fact_select('target_id', 'target') }}
