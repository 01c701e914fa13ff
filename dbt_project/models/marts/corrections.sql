-- The curator's reviewed decisions (raw/corrections.csv) and whether each found its measure.
select * from {{ source('landing', 'corrections') }}
