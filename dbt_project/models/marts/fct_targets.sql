-- Planned figures, one row per distinct fact (all its statements are in fct_measure_sources).
-- Optional (borderline) measures stay in `measures` but are not compared.
{{ fact_select('target_id', 'target') }}
