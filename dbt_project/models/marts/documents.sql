-- Every document the run saw, readable or quarantined, with the facts read from its text and the
-- decoded text itself (measure offsets point into it).
select * from {{ ref('stg_documents') }}
