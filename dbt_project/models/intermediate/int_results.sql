-- Achieved figures, one row per distinct fact, before their flags and comparison (analysts read fct_results).
-- `covered_years` is how much time the figure took: the whole
-- period, half a congress term for a mid-term review (sơ kết giữa nhiệm kỳ), half a year for a half-year
-- report (sơ kết 6 tháng), one year for "hằng năm".
with facts as (
    {{ fact_select('result_id', 'result') }}
)

select
    *,
    doc_type = 'result_midterm' and period_end_year > period_start_year as is_midterm,
    case
        when scope = 'per_year' then 1.0
        when period like '%-H_' then 0.5
        when doc_type = 'result_midterm' and period_end_year > period_start_year then period_years / 2.0
        else period_years
    end as covered_years
from facts
