"""The warehouse's comparisons and error flags against the gold list an analyst made by reading the seeds, dev and
dev2 (tests/comparisons). `make eval` prints the same figures; these floors guard regressions, they prove nothing
about unseen documents."""

import pytest

from pipelines import evaluation_comparisons as ec
from pipelines.extract.scope import Scope, read_scope


@pytest.fixture(scope="module")
def scored(shared, tmp_path_factory):
    db, names = ec.build_warehouse(shared, tmp_path_factory.mktemp("gold"))
    return ec.score(db, names)


def test_gold_list_is_read_from_documents(shared):
    pairs, problems = ec.load_gold()
    texts = {p.name: p.read_text(encoding="utf-8") for p in ec.documents(shared)}
    for g in pairs:
        assert g["comparison"] in ("attainment", "ambition", "none")
        assert g["result_quote"] in texts[g["result_file"]] and g["target_quote"] in texts[g["target_file"]]
    assert all(p["quote"] in texts[p["file"]] for p in problems)
    assert sum(g["comparison"] == "ambition" for g in pairs) == 8


def test_comparisons_hold_up(scored):
    # every comparison stated holds up; nothing is graded that the analyst would not grade
    assert scored["graded"] == 0 and scored["not_fair_compared"] == []
    assert (scored["ambition"], scored["ambition_hold"]) == (5, 5)
    assert scored["recall"] == 0.625


def test_error_flags_are_real(scored):
    # "6.000 nghìn ý tưởng" (scale word twice) and "15.190/18.1887" (a thousands group of four digits)
    assert (scored["error_flags"], scored["error_flags_real"]) == (2, 2)
    assert scored["flags_real"] * 2 >= scored["flags"]


@pytest.mark.parametrize("text, figure, expected", [
    ("Cấp thành phố có ít nhất 2 công trình thanh niên.", "2", Scope(level="province")),
    ("Xây dựng được 39 công trình thanh niên cấp huyện.", "39", Scope(level="district")),
    ("Tại lễ ra quân, Thành đoàn đã trao tặng 6.000 cây xanh cho huyện.", "6.000", Scope(occasion="launch")),
    ("Các đơn vị đăng ký thực hiện 17 hoạt động trọng tâm.", "17", Scope(occasion="registration")),
    ("Phấn đấu có 150 công trình thanh niên chào mừng đại hội đảng bộ các cấp.", "150",
     Scope(programme="chào mừng đại hội đảng bộ các cấp")),
    ("Kết nạp 381.000 hội viên mới.", "381.000", Scope(body="hoi")),
    ("Dự kiến, các tháng cuối năm, Điện lực thực hiện tiếp 11km tại một số tuyến đường.", "11", Scope(occasion="additional")),
    ("Đợt 1, Huyện đoàn đã tiếp nhận 321 đơn vị máu.", "321", Scope(occasion="round")),
    # the money of the rest of the year's work, in another clause of the sentence than "tiếp"
    ("Dự kiến, các tháng cuối năm 2021, Điện lực thực hiện tiếp 11km, tổng kinh phí dự kiến 260 triệu đồng.", "260",
     Scope(occasion="additional")),
])
def test_scope_of_a_figure(text, figure, expected):
    a = text.index(figure)
    kind = "target" if "Phấn đấu" in text or "Cấp thành phố" in text or "Dự kiến" in text else "result"
    assert read_scope(text, a, a + len(figure), (0, len(text)), (0, len(text)), kind) == expected


@pytest.mark.parametrize("headline, expected", [
    ("Bắc Tân Uyên: Hiến máu tình nguyện đợt III năm 2016", Scope(occasion="round")),
    ("Lễ ra quân Tháng Thanh niên năm 2024", Scope(occasion="launch")),
    ("Bắc Tân Uyên: tổng kết công tác Đoàn năm 2016", Scope()),
])
def test_an_undated_result_on_an_event_page_is_the_events(headline, expected):
    text = "Qua kiểm tra có 152 người đủ điều kiện và đã tiếp nhận 152 đơn vị máu."
    a = text.index("152 đơn")
    assert read_scope(text, a, a + 3, (0, len(text)), (0, len(text)), "result", headline=headline) == expected
