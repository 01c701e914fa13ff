"""Reading a document's structure: who speaks, the bodies it names, the time frames of its sections and the
periods and attribution of its figures. Each rule on sentences written as Union pages write them, with
exact values."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from pipelines.extract import extract_document, read_facts
from pipelines.extract.learned import rules_model
from pipelines.extract.numbers import WORD_NUMBER, word_numbers
from pipelines.extract.structure import anniversary_year, join_soft_wraps, lunar_year, published_date, read_structure, regions_of_interest

REPO = Path(__file__).resolve().parents[1]


def facts(text):
    return extract_document(text + "\n").facts


def measures(text, overrides=None):
    # the rules alone (the indicator corrector is tested in test_indicator_corrector.py)
    return [(m.kind, m.indicator, m.value, m.period, m.org, m.org_level)
            for m in extract_document(text + "\n", overrides=overrides, model=rules_model()).measures]


# ---------------------------------------------------------------- who the document is
@pytest.mark.parametrize("text, org, level, province", [
    # a district union names no province: the district list of before July 2025 gives it
    ("Huyện đoàn Tây Giang tổ chức Đại hội lần thứ XVI\n\nTrong 2 ngày 24 và 25.7, Huyện đoàn Tây Giang tổ chức "
     "Đại hội đại biểu lần thứ XVI, nhiệm kỳ 2017-2022.", "Huyện đoàn Tây Giang", "district", "Quảng Nam"),
    # a commune union, its district named beside it ("H.Châu Thành"); a guest province union does not win
    ("Ngày 25.1, Xã đoàn Vĩnh Hanh, H.Châu Thành, An Giang tổ chức Đại hội đại biểu Đoàn TNCS Hồ Chí Minh nhiệm kỳ "
     "2022 - 2027. Anh Lâm Thành Sĩ, Bí thư Tỉnh Đoàn An Giang đến dự và chỉ đạo đại hội.",
     "Đoàn xã Vĩnh Hanh", "commune", "An Giang"),
    # a provincial city's union is district level, not the province's
    ("Hạ Long: Hội nghị quán triệt nghị quyết\n\nNgày 28/3, Thành đoàn Hạ Long tổ chức Hội nghị quán triệt.",
     "Thành đoàn Hạ Long", "district", "Quảng Ninh"),
    # "tuổi trẻ X" with X a district speaks for that district's union
    ("Tuổi trẻ Hiệp Đức tình nguyện hiến máu cứu người\n\nĐoàn viên tham gia hiến máu.", "Huyện đoàn Hiệp Đức",
     "district", "Quảng Nam"),
    # blocs: their name ends at "Trung ương"; a national bloc has no province
    ("Phát biểu tại Lễ phát động, Bí thư Đoàn khối Doanh nghiệp Trung ương Hoàng Thị Minh Thu cho biết, toàn khối "
     "phấn đấu thi đua thực hiện 4000 công trình thanh niên.", "Đoàn Khối Doanh nghiệp Trung ương", "bloc", None),
    # the page's own union left unnamed: no province is guessed
    ("Chiều 10/4, Tỉnh Đoàn tổ chức hội nghị tổng kết Tháng Thanh niên năm 2023.", "Tỉnh đoàn", "province", None),
    # a byline at the foot names the author
    ("Hội nghị sơ kết giữa nhiệm kỳ\n\nHội nghị đã thông qua báo cáo sơ kết.\n\nTrần Mạnh Cường – Huyện đoàn Đoan Hùng",
     "Huyện đoàn Đoan Hùng", "district", "Phú Thọ"),
    # a provincial page reporting a national event speaks for the province ("toàn tỉnh")
    ("(LĐ online) - Trung ương Đoàn TNCS Hồ Chí Minh vừa tổ chức Hội nghị tổng kết Chiến dịch hè 2022. Dịp này, "
     "Tỉnh Đoàn Lâm Đồng vinh dự nhận Bằng khen. Trong Chiến dịch năm nay, toàn tỉnh đã duy trì được 75 đội hình.",
     "Tỉnh đoàn Lâm Đồng", "province", "Lâm Đồng"),
    # a person's name that holds a province's is not the province ("Phó Thủ tướng Trương Hòa Bình")
    ("Lễ ra quân chiến dịch thanh niên tình nguyện hè 2020 của Trung ương Đoàn\n\nTham dự buổi lễ có Phó Thủ tướng "
     "Trương Hòa Bình.", "Trung ương Đoàn", "national", None),
])
def test_document_organisation(text, org, level, province):
    f = facts(text)
    assert (f.org, f.org_level, f.province) == (org, level, province)


def test_post_2025_commune_takes_its_merged_province():
    f = facts("Thanh niên xã Tân Dương tổ chức chương trình Xuân tình nguyện năm 2026\n\nTheo đó, tại chương trình, "
              "Xã đoàn Tân Dương đã tiếp nhận 60 bạn sinh viên.")
    assert (f.org, f.province, f.province_new) == ("Đoàn xã Tân Dương", "Đồng Tháp", "Đồng Tháp")


# ---------------------------------------------------------------- when the document is
@pytest.mark.parametrize("text, published", [
    ("Tin tức\nCập nhật: 13:48 ngày 08/07/2017\nĐại hội", (2017, 7, 8)),
    (" date 2025-10-25 Dự Đại hội có 200 đại biểu", (2025, 10, 25)),
    ("Tháng Thanh niên năm 2026\n27/02/2026 - 07:51\n\n(CT) - Theo Thành đoàn", (2026, 2, 27)),
    # a site's header prints today's date above an old article: the named stamp is the article's
    ("Thứ năm, 25/04/2024\nChính trị\nĐại hội\nCập nhật: 13:48 ngày 08/07/2017", (2017, 7, 8)),
    # a content system's ISO stamp under the title
    ("Đoàn TN huyện tổng kết công tác năm 2023; triển khai nhiệm vụ năm 2024\n\n2023-12-24 08:59:00.0\n\nNgày 22/12",
     (2023, 12, 24)),
    # two weekday stamps, neither named (holdout23/x5_17): the site's clock prints today, the article is the earlier
    ("Thứ 6, 29/03/2024, 02:16[GMT+7]\n\nĐại hội đại biểu Đoàn Thanh niên huyện\n\nThứ 6, 19/05/2017 | 16:00:20",
     (2017, 5, 19)),
])
def test_publication_date(text, published):
    assert published_date(text) == published


@pytest.mark.parametrize("text, year", [
    ("chào mừng kỷ niệm 95 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh", 2026),
    ("kỷ niệm 84 năm ngày thành lập ĐTN Cộng sản Hồ Chí Minh", 2015),
    ("hướng tới kỷ niệm 85 năm Ngày thành lập Đội TNTP Hồ Chí Minh", 2026),
    ("chào mừng 70 năm Ngày truyền thống Hội LHTN Việt Nam", 2026),
    # holdout54/w8_20: any anniversary that writes out its years
    ("nhân dịp kỷ niệm 110 năm ngày sinh của anh (20-10-1914 – 20-10-2024).", 2024),
    ("kỷ niệm 60 năm ngày thành lập Sư đoàn (1966 - 2026)", 2026),
    ("kỷ niệm 60 năm Ngày Bác Hồ (1965 - 2024)", None),  # the years do not match the count
])
def test_anniversaries_fix_the_year(text, year):
    assert anniversary_year(text) == year


def test_anniversary_dates_a_youth_month_page():
    text = ("Trong tuần đầu của Tháng Thanh niên, toàn tỉnh tổ chức 50 hoạt động kỷ niệm 95 năm thành lập Đoàn; "
            "giới thiệu 152 đoàn viên ưu tú cho Đảng xem xét kết nạp.")
    assert {m.period for m in extract_document(text).measures} == {"2026"}


def test_year_end_account_published_in_january_is_about_the_year_before():
    text = ("Hỗ trợ gần 2.000 dự án khởi nghiệp của thanh niên\nĐời sống - Ngày đăng : 07:17, 10/01/2021\n"
            "Hội Liên hiệp thanh niên Việt Nam các cấp đã hoàn thành vượt chỉ tiêu nhiều nhiệm vụ, như: hỗ trợ gần "
            "2.000 dự án khởi nghiệp của thanh niên.\nNăm 2021, Trung ương Hội đặt ra chỉ tiêu: 100% Hội cấp tỉnh "
            "tổ chức ít nhất hai hoạt động.")
    got = {(m.kind, m.value, m.period) for m in extract_document(text).measures if m.value == 2000}
    assert got == {("result", 2000, "2020")}


# ---------------------------------------------------------------- frames: the tense and period of a section
def test_congress_page_results_belong_to_the_past_term_and_targets_to_the_new():
    text = ("Đoàn xã Đoàn Đào tổ chức Đại hội lần thứ I\n\nNhiệm kỳ vừa qua, công tác đoàn của xã có nhiều đổi mới. "
            "Hằng năm, tỷ lệ đoàn viên xếp loại tốt và xuất sắc đạt 98%.\nNhiệm kỳ 2025 - 2030, Đoàn TNCS Hồ Chí Minh "
            "xã Đoàn Đào tập trung thực hiện: hằng năm, tư vấn hướng nghiệp cho trên 1.000 đoàn viên thanh niên; "
            "kết nạp từ 100 – 200 đoàn viên thanh niên.")
    got = [(m.kind, m.value, m.period) for m in extract_document(text).measures]
    assert got == [("result", 98, "2022-2025"), ("target", 1000, "2025-2030"), ("target", 100, "2025-2030")]


def test_a_past_span_at_the_head_of_a_paragraph_dates_what_follows():
    text = ("Tuổi trẻ Tây Ninh vững bước vào nhiệm kỳ mới\n\nBước vào Đại hội đại biểu Đoàn TNCS Hồ Chí Minh tỉnh Tây "
            "Ninh lần thứ I, nhiệm kỳ 2025-2030, tuổi trẻ toàn tỉnh ghi nhận nhiều dấu ấn.\n\nGiai đoạn 2022 - 2025, "
            "các cấp bộ Đoàn đã triển khai "
            "nhiều phong trào.\n\nNổi bật, toàn tỉnh có trên 812.000 lượt đoàn viên, thanh niên tham gia các hoạt "
            "động tình nguyện.")
    assert [(m.kind, m.value, m.period) for m in extract_document(text).measures] == [("result", 812000, "2022-2025")]


def test_five_years_past_and_a_named_programme_span():
    text = ("Hội nghị điển hình tiên tiến năm 2020\n\nTrong 5 năm qua, các cấp bộ Đoàn đã tham gia 164 đợt hiến máu. "
            "Trồng được 156.835 cây xanh hưởng ứng chương trình “Trồng 1 triệu cây xanh” giai đoạn 2016 - 2020.")
    got = [(m.value, m.period) for m in extract_document(text).measures]
    assert got == [(164, "2015-2020"), (156835, "2015-2020")]  # the programme's span names it, not the figure


def test_a_target_is_not_dated_by_a_past_frame():
    text = ("Đại hội Đoàn xã Thới Hưng lần thứ I, nhiệm kỳ 2025-2030, vừa kết thúc thành công.\n\nGiai đoạn "
            "2022-2025, tuổi trẻ xã thực hiện hơn 100 công trình thanh niên. Đại hội thống nhất đề ra 13 chỉ tiêu "
            "trọng tâm nhiệm kỳ 2025-2030. Tiêu biểu như: phấn đấu triển khai ít nhất 3 công trình thanh niên.")
    got = [(m.kind, m.value, m.period) for m in extract_document(text).measures]
    assert got == [("result", 100, "2022-2025"), ("target_count", 13, "2025-2030"), ("target", 3, "2025-2030")]


def test_school_year_without_a_date_has_no_tense():
    st = read_structure("Trong năm học 2021-2022, công tác Đoàn đã thực hiện tốt các chỉ tiêu đề ra.")
    assert [(f.tense, f.period) for f in st.frames] == [(0, (2021, 2022))]


# ---------------------------------------------------------------- whose figure it is
def test_national_totals_on_a_provincial_page():
    text = ("(LĐ online) - Trung ương Đoàn TNCS Hồ Chí Minh vừa tổ chức Hội nghị tổng kết Chiến dịch Thanh niên "
            "tình nguyện hè 2022.Chiến dịch đã huy động gần 1,9 triệu đoàn viên, thanh niên tham gia.\n\n"
            "Tỉnh Đoàn Lâm Đồng vinh dự nhận Bằng khen. Trong Chiến dịch năm nay, toàn tỉnh đã duy trì được 75 đội "
            "hình thanh niên tình nguyện.")
    got = [(m.value, m.org, m.org_level) for m in extract_document(text).measures]
    assert got == [(1_900_000, "Trung ương Đoàn", "national"), (75, None, None)]


def test_each_member_of_a_cluster_keeps_its_figures():
    text = ("Hội nghị giao ban cụm Đoàn trực thuộc 6 tháng đầu năm 2017\n\nTiêu biểu là các hoạt động: Đoàn Khối "
            "Doanh nghiệp T.Ư đảm nhận thực hiện hơn 1.582 công trình thanh niên, Ban Thanh niên Quân đội làm mới "
            "được 14 km đường giao thông nông thôn.")
    got = [(m.kind, m.value, m.org, m.org_level) for m in extract_document(text).measures]
    assert got == [("result", 1582, "Đoàn Khối Doanh nghiệp Trung ương", "bloc"),
                   ("result", 14, "Ban Thanh niên Quân đội", "bloc")]


def test_a_roundup_sentence_set_at_a_place_belongs_to_its_union():
    text = ("Nhiều cơ sở Đoàn trên địa bàn tỉnh Lâm Đồng trao quà Tết\n"
            "Tại xã Tà Hine, đoàn thanh niên xã cũng đã phối hợp trao 30 suất quà cho học sinh.")
    m = extract_document(text).measures[0]
    assert (m.value, m.org, m.org_level, m.org_province) == (30, "Đoàn xã Tà Hine", "commune", "Lâm Đồng")


def test_another_commune_a_sentence_is_set_at_is_not_the_pages_own():
    # a ward's page: "Tại xã Nà Hang, …" names a commune of the same level and province, but another one
    doc = extract_document((REPO / "tests/corpus/holdout102/s6_15.txt").read_text(encoding="utf-8"))
    assert doc.facts.org == "Đoàn phường Hà Giang 2"
    assert [(m.quote, m.org) for m in doc.measures if m.org] == [("3 đợt ra quân", "Đoàn xã Nà Hang"),
                                                                  ("hơn 60 lượt đoàn viên", "Đoàn xã Nà Hang")]


def test_a_body_as_giver_or_guest_is_not_the_subject():
    text = ("Ngày 25.1, Xã đoàn Vĩnh Hanh tổ chức Đại hội nhiệm kỳ 2022 - 2027.\n"
            "Dịp này, Tỉnh Đoàn An Giang trao 20 suất học bổng Vừ A Dính của T.Ư Đoàn cho học sinh.")
    assert [(m.value, m.org) for m in extract_document(text).measures] == [(20, "Tỉnh đoàn An Giang")]


# ---------------------------------------------------------------- numbers the old rules hid
def test_set_a_target_of_a_large_figure():
    got = measures("Tháng Thanh niên năm 2024, Tỉnh đoàn đặt chỉ tiêu 50.000 lượt đoàn viên tham gia tình nguyện.",
                   {"doc_type": "plan_youth_month"})
    assert got == [("target", "volunteer_turns", 50000, "2024", None, None)]


def test_list_label_governs_its_item():
    got = measures("Năm 2024, tỉnh xác định 3 chỉ tiêu trọng tâm:\n\nChỉ tiêu 2: Trao 2.670 suất quà cho thiếu nhi.",
                   {"doc_type": "plan_campaign"})
    assert got == [("target_count", "other", 3, "2024", None, None), ("target", "gifts", 2670, "2024", None, None)]


def test_spelled_numbers_are_found_from_their_nouns():
    text = "Ba khâu đột phá, chín chỉ tiêu của tuổi trẻ Yên Bái; hai mươi mốt đề án; sáu tháng đầu năm"
    assert [m.group("w") for m in word_numbers(text)] == [m.group("w") for m in WORD_NUMBER.finditer(text)] == [
        "Ba", "chín", "hai mươi mốt"]


def test_regions_hold_every_figure_with_its_sentence():
    text = "Mở đầu.\n" + "Văn bản dài không có con số. " * 300 + "\nToàn tỉnh trồng 5.000 cây xanh.\n" + "Kết. " * 600
    regions, _ = regions_of_interest(text)
    i = text.index("5.000")
    assert any(lo <= i - 600 and i + len("5.000 cây xanh.") <= hi for lo, hi in regions)
    assert sum(hi - lo for lo, hi in regions) < len(text) / 2


# ---------------------------------------------------------------- the command line
def test_extract_with_a_manifest(tmp_path):
    doc = tmp_path / "bai_1.txt"
    doc.write_text("Tổng kết năm\n\nTrồng mới 1.000 cây xanh.\n", encoding="utf-8")
    manifest = tmp_path / "m.csv"
    manifest.write_text("file,org,org_level,province,period,doc_type,published\n"
                        "bai_1.txt,Huyện đoàn Vĩnh Lợi,district,Bạc Liêu,2015,result_annual,2016-01-05\n"
                        "khong_co.txt,Tỉnh đoàn X,,,,,\n", encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "pipelines.cli", "extract", "--manifest", str(manifest), str(doc)],
                         capture_output=True, text=True, cwd=REPO)
    assert out.returncode == 0, out.stderr
    rows = [json.loads(l) for l in out.stdout.splitlines()]
    d, m = rows[0], rows[1]
    assert (d["org"], d["org_level"], d["province"], d["province_new"], d["period"], d["published"]) == (
        "Huyện đoàn Vĩnh Lợi", "district", "Bạc Liêu", "Cà Mau", "2015", "2016-01-05")
    assert (m["kind"], m["value"], m["period"]) == ("result", 1000, "2015")
    assert "manifest row for 'khong_co.txt' matches no file given" in out.stderr


def test_extract_with_a_malformed_manifest_says_where(tmp_path):
    doc = tmp_path / "a.txt"
    doc.write_text("Trồng 5 cây.\n", encoding="utf-8")
    manifest = tmp_path / "m.csv"
    manifest.write_text("org,period\nX,2020\n", encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "pipelines.cli", "extract", "--manifest", str(manifest), str(doc)],
                         capture_output=True, text=True, cwd=REPO)
    assert out.returncode == 2 and "line 1" in out.stderr and "'file'" in out.stderr


# ---------------------------------------------------------------- rules added from the held-out corpora
def test_what_a_launch_day_did_is_a_result_and_the_plan_text_a_target():
    told = ("Tuổi trẻ ra quân Tháng Thanh niên\n\nNgày 1/3/2020, Thành đoàn Cao Bằng tổ chức ra quân Tháng Thanh niên. "
            "Với các hoạt động như: trồng 4.000 cây xanh, phát 1.000 khẩu trang cho người dân.")
    # (a plan's figures with no word of their own lean on its words of intent: on 5,271 labelled figures, an unmarked
    # figure on a page read as a plan was a result 74 times and a target 23 times, launch pages being read as plans)
    plan = ("Kế hoạch Tháng Thanh niên năm 2020\n\nCác cơ sở Đoàn phấn đấu thực hiện: trồng 4.000 cây xanh, phát 1.000 "
            "khẩu trang cho người dân.")
    assert measures(told) == [("result", "trees_planted", 4000, "2020", None, None), ("result", "other", 1000, "2020", None, None)]
    assert measures(plan) == [("target", "trees_planted", 4000, "2020", None, None), ("target", "other", 1000, "2020", None, None)]


def test_a_term_told_in_the_past_is_the_term_a_congress_closes():
    text = ("Đại hội Hội LHTN Việt Nam tỉnh Bình Thuận\n\nTrong nhiệm kỳ 2019 - 2024, công tác Hội của tỉnh đã đạt nhiều "
            "dấu ấn. Trong 5 năm qua, các cấp Hội đã xây dựng 124 nhà nhân ái.")
    assert measures(text) == [("result", "houses_built", 124, "2019-2024", None, None)]


def test_what_was_done_to_a_road_names_its_indicator():
    text = ("Tổng kết năm 2023\n\nHuyện đoàn đã cứng hóa 175 km mặt đường, dọn vệ sinh hơn 50 km đường giao thông, thắp "
            "sáng 24 km đường giao thông nông thôn, xây mới 37 và sửa chữa 124 nhà nhân ái.")
    assert measures(text) == [("result", "rural_roads_km", 175, "2023", None, None), ("result", "other", 50, "2023", None, None),
                              ("result", "rural_lighting", 24, "2023", None, None),
                              ("result", "houses_built", 37, "2023", None, None), ("result", "houses_built", 124, "2023", None, None)]


def test_a_dash_inside_a_quoted_name_does_not_end_the_clause():
    text = "Tổng kết năm 2023\n\nĐoàn đã trao tặng 2 công trình “Nâng bước nông thôn - Thắp sáng đường quê” cho xã."
    assert measures(text) == [("result", "rural_lighting", 2, "2023", None, None)]


def test_people_elected_named_again_or_represented_are_not_figures():
    text = ("Tổng kết năm 2023\n\nĐại hội đã hiệp thương bầu 16 anh chị tham gia Ủy ban Hội. Đoàn nhận nuôi 2 em mồ côi. "
            "Hằng tháng hỗ trợ 2 em đó 500.000 đồng. Thay mặt 1.000 đại biểu đại diện cho hơn 9,9 triệu hội viên, gần 23 "
            "triệu thanh niên.")
    assert measures(text) == [("result", "disadvantaged_children_supported", 2, "2023", None, None),
                              ("result", "other", 500000, "2023", None, None)]


def test_the_whole_province_on_a_national_page_is_the_province_its_paragraph_names():
    text = ("Trung ương Đoàn công bố công trình tiêu biểu năm 2025\n\nCụm công trình Cầu nông thôn do Tỉnh Đoàn Lào Cai thực "
            "hiện. Các cấp bộ Đoàn trên toàn tỉnh đã xây dựng 16 cầu giao thông nông thôn.")
    assert measures(text) == [("result", "bridges_built", 16, "2025", "Tỉnh đoàn Lào Cai", "province")]


@pytest.mark.parametrize("text, org, level, province", [
    # a Central Highlands name spelt without its tone ("Đăk", not "Đắk") is still found
    ("Hội LHTN Việt Nam xã Đăk Liêng tổ chức Đại hội\n\nHội đã giúp đỡ thanh niên.", "Hội LHTN Việt Nam xã Đăk Liêng",
     "commune", "Đắk Lắk"),
    # the bare "Huyện đoàn" of the body is the one the headline names
    ("Huyện đoàn Bắc Tân Uyên: Thực hiện nhiều công trình thanh niên\nHuyện đoàn - Hội LHTN Việt Nam huyện Bắc Tân Uyên "
     "vừa tổ chức hội nghị sơ kết. Tại hội nghị, Huyện đoàn đã thông qua báo cáo. Huyện đoàn đã tổ chức 8 hành trình.",
     "Huyện đoàn Bắc Tân Uyên", "district", "Bình Dương"),
    ("Hội LHTN Việt Nam TP. Hồ Chí Minh tổ chức Đại hội\n\nHội đã tổ chức nhiều hoạt động.",
     "Hội LHTN Việt Nam TP. Hồ Chí Minh", "province", "Hồ Chí Minh"),
    # an enterprise's union known by its initials
    ("Đoàn thanh niên PVCFC trao tặng 100 đầu sách cho trường học năm 2023", "Đoàn Thanh niên PVCFC", "bloc", None),
    # a body of the city by its abbreviation ("TP.HCM"), and a university's field in lower case
    ("Đoàn Thanh niên Trường Đại học Sư phạm TP.HCM tổ chức chiến dịch năm 2023",
     "Đoàn Thanh niên Trường Đại học Sư phạm TP. Hồ Chí Minh", "bloc", "Hồ Chí Minh"),
    ("Đoàn Thanh niên Trường Đại học Kiến trúc Đà Nẵng tổ chức chiến dịch năm 2023",
     "Đoàn Thanh niên Trường Đại học Kiến trúc Đà Nẵng", "bloc", "Đà Nẵng"),
])
def test_more_bodies(text, org, level, province):
    f = facts(text)
    assert (f.org, f.org_level, f.province) == (org, level, province)


def test_a_provincial_paper_names_the_province_its_page_leaves_out():
    text = ("Ký kết giao ước thi đua\n\n(QNO) - Chiều 23.9, Đoàn Thanh niên Công an tỉnh tổ chức hội nghị ký kết giao ước "
            "thi đua. Tuổi trẻ Công an tỉnh triển khai 15 công trình, phần việc thanh niên.")
    f = facts(text)
    assert (f.org, f.org_level, f.province) == ("Đoàn Thanh niên Công an tỉnh Quảng Nam", "bloc", "Quảng Nam")


def test_a_line_wrapped_mid_sentence_reads_as_one_sentence_and_quotes_as_given():
    # holdout39/z3_10 (a page with print line breaks): "thu hút trên 180.600 lượt\nđoàn viên, thanh niên tham gia"
    from pipelines.extract import extract_document
    text = ("Hội nghị tổng kết năm 2025\n\nCông tác giáo dục được triển khai với 492 hội nghị tuyên\ntruyền, quán triệt "
            "nghị quyết, thu hút trên 180.600 lượt\nđoàn viên, thanh niên tham gia.\nTỉnh đoàn trao 20 suất quà.")
    got = extract_document(text).measures
    assert [(m.value, m.indicator, m.quote) for m in got] == [
        (492, "other", "492 hội nghị tuyên\ntruyền"), (180600, "other", "trên 180.600 lượt\nđoàn viên"), (20, "gifts", "20 suất quà")]
    assert all(text[m.start:m.end].startswith(m.number_text.split()[0]) for m in got)


def test_a_month_and_year_dates_an_undated_page():
    # holdout43/z7_06: "Những ngày cuối tháng 10 đầu tháng 11/2025, mưa lớn …": the page is of 2025
    from pipelines.extract import extract_document
    text = ("Nhiều hoạt động của tuổi trẻ Quảng Trị trong mưa lũ\n\nNhững ngày cuối tháng 10 đầu tháng 11/2025, mưa lớn kéo "
            "dài. Tỉnh đoàn đã trao 90 suất quà cho người dân.")
    assert [(m.value, m.period) for m in extract_document(text).measures] == [(90, "2025")]


def test_a_long_heading_that_opens_with_targets_heads_a_target_section():
    # seeds/004: "Các chỉ tiêu cơ bản của công tác đoàn và phong trào thanh niên năm 2020" heads the numbered targets
    from pipelines.extract.structure import read_structure
    text = ("Các chỉ tiêu cơ bản của công tác đoàn và phong trào thanh niên năm 2020\n\n"
            "10. Giới thiệu từ 1.000 - 1.500 đoàn viên ưu tú cho Đảng.")
    st = read_structure(text)
    assert [(f.tense, f.cue) for f in st.frames if f.cue.startswith("Các chỉ tiêu")] == [
        (1, "Các chỉ tiêu cơ bản của công tác đoàn và")]


def test_a_term_told_as_done_on_an_undated_page_dates_its_results():
    # holdout50/w4_20: no date on the page, and "Trong nhiệm kỳ 2017-2022, các cấp bộ đoàn … đã …" tells the term as done
    from pipelines.extract import extract_document
    text = ("Liên kết website\n\n(Thanhhoa.dcs.vn): Trong nhiệm kỳ 2017-2022, các cấp bộ đoàn trong tỉnh đã tập trung đẩy "
            "mạnh các hoạt động về khởi nghiệp.\nCác cấp bộ Đoàn đã hỗ trợ 3.028 thanh niên khởi nghiệp.")
    assert [(m.value, m.kind, m.period) for m in extract_document(text).measures] == [(3028, "result", "2017-2022")]


def test_items_of_a_plans_list_and_spans_set_lean_to_targets():
    # holdout18/s2_04, holdout6/q_04: a plan's bulleted items and "từ 750 - 800" spans are set more often than reported
    from pipelines.extract import extract_document
    text = ("Kế hoạch Tháng Thanh niên năm 2024\n\nCác nội dung trọng tâm:\n- Xây dựng 28 công trình thanh niên cấp huyện.\n"
            "- Kết nạp từ 750 - 800 đoàn viên mới.\n")
    doc = extract_document(text)
    assert (doc.facts.doc_type, [(m.value, m.kind) for m in doc.measures]) == (
        "plan_youth_month", [(28, "target"), (750, "target")])


def test_a_report_named_with_its_term_frames_nothing():
    # holdout60/v5_11: "nghe báo cáo những kết quả … thanh thiếu nhi, nhiệm kỳ 2017-2022" names the report heard; the
    # targets the congress then sets ("Cụ thể, phấn đấu …; cấp thị xã có 2 công trình …") are not dated by it
    text = ("Tại đại hội, các đại biểu được nghe báo cáo những kết quả đạt được trong công tác Đoàn và phong trào thanh "
            "thiếu nhi, nhiệm kỳ 2017-2022 và phương hướng nhiệm vụ 2022- 2027, báo cáo kiểm điểm của Ban Chấp hành "
            "Thị đoàn Kiến Tường, nhiệm kỳ 2017- 2022.\n\nĐại hội đề ra 12 chỉ tiêu thực hiện trong nhiệm kỳ 2022 - 2027. "
            "Cụ thể, hàng năm, mỗi Đoàn xã có ít nhất 2 công trình, phần việc thanh niên, cấp thị xã có 2 công trình "
            "thanh niên gắn với xây dựng nông thôn mới.")
    assert read_structure(text).governing == []
    # "Theo báo cáo, năm học 2015 - 2016, …" cites its source: the school year still frames what follows
    assert [f.period for f in read_structure("Theo báo cáo, năm học 2015 - 2016, toàn tỉnh có 115 đoàn viên đạt giải.")
            .governing] == [(2015, 2016)]


def test_a_local_unions_anniversary_does_not_date_the_page_from_the_national_founding():
    # holdout92/p8_17: "chào mừng kỷ niệm 60 năm ngày thành lập Đoàn TNCS Hồ Chí Minh tỉnh Điện Biên": not 1931 + 60
    local = "Hoạt động chào mừng kỷ niệm 60 năm ngày thành lập Đoàn TNCS Hồ Chí Minh tỉnh Điện Biên."
    assert anniversary_year(local) is None
    assert anniversary_year("Chào mừng kỷ niệm 93 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh, toàn tỉnh có 120 công trình.") == 2024


# ---------------------------------------------------------------- rules from the blind rounds, on their real pages
def _read(page):
    from pipelines.ingest.documents import read_document

    return read_document(REPO / "tests" / "corpus" / page)


def _figures(page):
    return [(m.quote, m.kind, m.period) for m in _read(page).measures]


def test_a_past_term_stops_where_a_later_paragraph_names_the_next():
    # "Giai đoạn 2022–2025, … đã thực hiện 437 công trình …" / "…, giai đoạn 2025-2030 VRG sẽ xây dựng …" /
    # "Đại hội đề ra 10 chỉ tiêu trọng tâm, trong đó … thực hiện 500 công trình, …; trồng 100.000 cây xanh"
    got = _figures("holdout105/e3_07.txt")
    assert got[0] == ("437 công trình", "result", "2022-2025")
    assert got[4:7] == [("500 công trình", "target", "2025-2030"), ("20 đề tài", "target", "2025-2030"),
                        ("100.000 cây xanh", "target", "2025-2030")]


def test_a_seasons_campaign_names_its_year():
    # dated 31/12/2025: "ra quân Chiến dịch Xuân tình nguyện 2026 … vận động ít nhất 200 đơn vị máu hiến"
    got = _figures("holdout104/e2_19.txt")
    assert ("ít nhất 200 đơn vị máu hiến", "target", "2026") in got
    assert {period for _q, _k, period in got} == {"2026"}


def test_the_targets_a_year_end_review_sets_are_the_coming_years():
    # "Chiều ngày 13/01/2023, … Tổng kết công tác Đoàn và phong trào thanh niên năm 2022. … xác định một số chỉ tiêu"
    got = _figures("holdout103/e1_08.txt")
    assert got[0] == ("100% cán bộ Đoàn", "target", "2023") and {p for _q, _k, p in got} == {"2023"}


def test_last_year_on_a_page_of_march_is_the_year_that_ended():
    # dated 18/03/2022: "Chỉ tính riêng năm qua, … Huyện Đoàn Long Hồ thực hiện 4 tuyến đường thắp sáng"
    assert _figures("holdout93/p9_11.txt")[0] == ("4 tuyến đường thắp sáng", "result", "2021")


def test_the_figure_a_target_noun_names_is_a_target():
    # "Chủ Nhật Đỏ 2023 vượt mốc chỉ tiêu sàn 45.000 đơn vị máu": the floor, not what was collected
    assert _figures("holdout98/s2_01.txt")[0] == ("45.000 đơn vị máu", "target", "2023")


def test_a_province_in_another_bodys_name_does_not_speak_for_its_union():
    # "Công an tỉnh Quảng Ngãi" three times, no Tỉnh đoàn: the page is the police Union's
    assert _read("holdout94/r3_07.txt").facts.org == "Đoàn Thanh niên Công an tỉnh Quảng Ngãi"
    # "Hội Chữ thập đỏ tỉnh Thanh Hóa phối hợp với Đoàn Thanh niên Trường Đại học Hồng Đức …": no Tỉnh đoàn named
    assert _read("holdout101/s5_12.txt").facts.org == "Đoàn Thanh niên Trường Đại học Hồng Đức"


def test_a_sentence_opening_according_to_the_plan_plans_its_acts():
    # "Theo kế hoạch, từ ngày 11 đến 13-3, Tỉnh đoàn Gia Lai tiếp tục trao 310 suất quà (mỗi suất trị giá 500.000 đồng)"
    got = _figures("holdout107/e5_07.txt")
    assert ("310 suất quà", "target", "2026") in got
    # "… đạt 100% theo kế hoạch" still measures a result against a plan: only a sentence's opening "Theo" plans


def test_members_given_their_badge_are_members_admitted():
    # "trao Quyết định kết nạp đoàn viên mới, đeo Huy hiệu Đoàn cho 30 đoàn viên vừa được kết nạp": no award
    got = [(m.quote, m.kind, m.indicator) for m in _read("holdout107/e5_10.txt").measures]
    assert ("30 đoàn viên vừa", "result", "new_members_admitted") in got


def test_a_name_in_quotes_may_hold_a_number():
    # "tổ chức 73 “Hành trình 9-1” đến với các địa chỉ đỏ", "khởi công xây tặng 2 “Ngôi nhà 100 đồng”": what was
    # counted is named in quotes, and the name's own number is not the end of it
    assert ("73 “Hành trình 9-1”", "target", "2026") in _figures("holdout12/w_06.txt")
    houses = [(m.quote, m.indicator) for m in _read("holdout87/p3_14.txt").measures if "Ngôi nhà" in m.quote]
    assert houses == [("2 “Ngôi nhà 100 đồng”", "houses_built")]


def test_people_known_by_a_title_of_merit_are_not_the_noun_in_it():
    # "Phấn đấu có ít nhất 25 “Sinh viên 5 tốt” cấp trường": the rules give `other`, not the students' volunteer
    # turns; the shipped corrector, fitted before any such figure was read, still overrules them (volunteer_turns)
    from pipelines.ingest.documents import read_document

    page = REPO / "tests" / "corpus" / "holdout108" / "e6_13.txt"
    rules = [(m.quote, m.kind, m.indicator) for m in read_document(page, model=rules_model()).measures]
    assert ("ít nhất 25 “Sinh viên 5 tốt”", "target", "other") in rules


def test_a_deadline_is_not_the_pages_year_and_a_page_entering_a_congress_recounts_the_term():
    # dated 26/11/2025: "Bước vào Đại hội … nhiệm kỳ 2025–2030, công tác Đoàn toàn tỉnh ghi dấu bằng hàng loạt kết quả
    # nổi bật …. Trước bối cảnh tỉnh đặt mục tiêu trở thành trung tâm công nghiệp hiện đại trước năm 2030, …"
    doc = _read("holdout109/e7_11.txt")
    assert (doc.facts.doc_type, doc.facts.period) == ("result_term", "2022-2025")
    got = [(m.quote, m.kind, m.period) for m in doc.measures]
    assert got[:2] == [("718 Hội nghị học tập", "result", "2022-2025"), ("522 hội thi", "result", "2022-2025")]


def test_a_page_whose_lead_opens_on_the_past_term_is_a_term_report():
    # "Nhiệm kỳ qua, công tác Đoàn và phong trào thanh thiếu nhi phường đã có nhiều đổi mới, …" (no date, no headline)
    doc = _read("holdout111/e9_03.txt")
    assert (doc.facts.doc_type, doc.facts.period) == ("result_term", "2022-2025")
    assert ("13 đợt ra quân vệ sinh", "result", "2022-2025") in [(m.quote, m.kind, m.period) for m in doc.measures]


def test_a_house_built_for_the_people_counted_counts_the_houses_and_hvtn_are_people():
    # "trao tặng kinh phí hỗ trợ xây dựng nhà Nhân ái cho 02 hộ nghèo": one house to each household
    assert [(m.quote, m.indicator) for m in _read("holdout110/e8_13.txt").measures if "hộ" in m.quote] == \
        [("02 hộ nghèo", "houses_built")]
    # "vận động 10.131 HVTN trực tiếp hiến máu": hội viên thanh niên, abbreviated as ĐVTN is
    donors = [(m.quote, m.indicator) for m in _read("holdout110/e8_09.txt").measures if "HVTN" in m.quote]
    assert donors == [("10.131 HVTN trực tiếp hiến máu", "blood_donors"), ("40 HVTN", "blood_donors")]


def test_young_people_commended_as_examples_are_no_measure():
    # "Tại chương trình, 10 thanh niên sống đẹp tỉnh Quảng Ninh giai đoạn 2019 – 2024 đã được tuyên dương";
    # "Nhiệm kỳ ghi nhận …, 298 thanh niên tiên tiến làm theo lời Bác, 389 đoàn viên tiêu biểu được tuyên dương"
    assert not [m for m in _read("holdout109/e7_13.txt").measures if m.quote.startswith("10 thanh niên")]
    assert not [m for m in _read("holdout109/e7_11.txt").measures if m.value in (298, 389)]


@pytest.mark.parametrize("text, year", [
    ("Sinh viên gieo mầm yêu thương ngày Tết Giáp Thìn", 2024),
    ("Nhân dịp Tết Nguyên đán Mậu Tuất, chùa Liên Trì vừa tổ chức bữa cơm", 2018),
    ("Chương trình Xuân tình nguyện năm Ất Tỵ", 2025),
    ("dịp tết Nguyên Đán Tân Sửu 2021 trị giá 25.000.000Đ", None),  # the page writes the year out
    ("Cuộc thi “Tìm hiểu cuộc Tổng tiến công và nổi dậy Xuân Mậu Thân”", None),  # a battle's spring
    ("xã Tân Thân, huyện Gò Công", None),
])
def test_a_lunar_year_names_its_solar_year(text, year):
    assert lunar_year(text) == year


def test_a_tet_page_with_no_number_is_dated_by_its_lunar_year():
    # holdout101/s5_16 names no year at all: "Sinh viên gieo mầm yêu thương ngày Tết Giáp Thìn"
    assert {period for _q, _k, period in _figures("holdout101/s5_16.txt")} == {"2024"}


def test_the_forces_own_units_are_bodies():
    # "Tuổi trẻ Quân đoàn 12 sôi nổi hưởng ứng Tháng Thanh niên", "Tuổi trẻ Trường Trung cấp Cảnh sát vũ trang hiến máu"
    assert _read("holdout87/p3_14.txt").facts.org == "Đoàn Thanh niên Quân đoàn 12"
    assert _read("holdout88/p4_10.txt").facts.org == "Đoàn Thanh niên Trường Trung cấp Cảnh sát vũ trang"
    assert _read("holdout88/p4_11.txt").facts.org == "Đoàn Thanh niên Kho bạc Nhà nước"


def test_a_congress_that_sets_targets_for_a_term_dates_them_after_a_past_frame():
    # holdout122/f2_01, after "Nhiệm kỳ qua, …": "Đại hội … thông qua các chỉ tiêu trọng tâm nhiệm kỳ 2025 – 2030, trong
    # đó phấn đấu …; thực hiện ít nhất 10 công trình thanh niên, tư vấn việc làm cho 800 lượt thanh niên, giới thiệu
    # 30 đoàn viên ưu tú cho Đảng": the span is the targets' term, not the congress's name
    got = _figures("holdout122/f2_01.txt")
    assert got[-3:] == [("ít nhất 10 công trình thanh niên", "target", "2025-2030"),
                        ("800 lượt thanh niên", "target", "2025-2030"), ("30 đoàn viên ưu tú", "target", "2025-2030")]
    # ("34 “Dũng sĩ nghìn việc tốt”", a result in the gold, was set aside by the figure filter of 0.10.2 at p = 0.50,
    # and is kept since the refit on holdout134 and holdout135)
    assert got[1:3] == [("34 “Dũng sĩ nghìn việc tốt”", "result", "2022-2025"), ("hơn 1.000 lượt đoàn viên", "result", "2022-2025")]
    assert _read("holdout122/f2_01.txt").set_aside == []


def test_a_bodys_name_ends_where_another_body_or_a_person_begins():
    # "Bí thư Đoàn Thanh niên Chính phủ Bùi Hoàng Tùng trình bày …": the name ends at "Chính phủ"
    assert _read("holdout105/e3_09.txt").facts.org == "Đoàn Thanh niên Chính phủ"
    # "Đoàn trường Cao Đẳng Đại Việt Sài Gòn Cơ Sở Cần Thơ": the school's kind capitalised, read and written as usual
    assert _read("holdout86/p2_20.txt").facts.org == "Đoàn trường Cao đẳng Đại Việt Sài Gòn Cơ Sở Cần Thơ"
    # "Đoàn khối doanh nghiệp và Thành Đoàn Yên Bái": "và" before another Union body joins two bodies, not one name
    text = (REPO / "tests" / "corpus" / "holdout109" / "e7_07.txt").read_text(encoding="utf-8")
    names = [m.name for m in read_facts(text).mentions if m.level == "bloc"]
    assert names == ["Đoàn Khối doanh nghiệp"]


def test_a_term_by_its_number_is_the_term_the_page_recounts():
    # holdout128/g8_02, a page with no date: "T.Ư Hội LHTN VN cho biết, trong nhiệm kỳ V (2004-2009) đã có 1,3 triệu
    # lượt thanh niên …. Cũng trong 5 năm qua, …": every figure is of 2004-2009, not of the term before it
    got = _figures("holdout128/g8_02.txt")
    assert len(got) == 9 and {period for _q, _k, period in got} == {"2004-2009"}


def test_a_school_troops_congress_is_of_its_school_year():
    # holdout129/g9_06: "ĐẠI HỘI LIÊN ĐỘI … NĂM HỌC 2025 – 2026" in 2025 is not the Union's 2022-2025 term
    record = _read("holdout129/g9_06.txt")
    assert record.facts.period == "2025-2026"
    assert [(m.quote, m.period) for m in record.measures] == [("100% đội viên", "2025-2026")]


def test_an_item_on_its_own_line_takes_its_introducers_tense():
    # holdout129/g9_06: "… Đại hội đã thảo luận sôi nổi và quyết nghị phương hướng, chỉ tiêu phấn đấu:" / "100% đội viên,
    # nhi đồng thực hiện tốt 5 điều Bác Hồ dạy.": a target of the list above it, though the line has no word of its own
    assert [(m.kind, m.kind_basis) for m in _read("holdout129/g9_06.txt").measures] == [("target", "list")]


def test_a_sites_clock_and_banner_are_not_the_headline():
    # holdout127/g7_05: "banner" / "Chủ nhật, ngày 5 tháng 5 năm 2024" above "Tuổi trẻ Đăk Glei đồng loạt ra quân … năm
    # 2022" / "16-3-2022"
    record = _read("holdout127/g7_05.txt")
    assert record.facts.title.startswith("Tuổi trẻ Đăk Glei đồng loạt ra quân")
    assert {period for _q, _k, period in _figures("holdout127/g7_05.txt")} == {"2022"}


@pytest.mark.parametrize("page, org, province", [
    # "KHÁNH THÀNH SÂN CHƠI CHO THANH THIẾU NHI XÃ VIỆT HẢI, HUYỆN CÁT HẢI" above "BTV Huyện đoàn tổ chức …"
    ("holdout132/h2_11.txt", "Huyện đoàn Cát Hải", "Hải Phòng"),
    # a letterhead in capitals: "ĐOÀN TNCS HỒ CHÍ MINH TỈNH BẮC NINH"
    ("holdout50/w4_06.txt", "Tỉnh đoàn Bắc Ninh", "Bắc Ninh"),
])
def test_places_are_read_from_a_headline_in_capitals(page, org, province):
    facts = _read(page).facts
    assert (facts.org, facts.province) == (org, province)


def test_capitals_are_set_as_running_text_with_the_same_offsets():
    from pipelines.extract.organisations import prose_case

    assert prose_case("ĐOÀN TNCS HỒ CHÍ MINH TỈNH BẮC NINH") == "Đoàn TNCS Hồ Chí Minh tỉnh Bắc Ninh"
    assert prose_case("KINH TẾ - XÃ HỘI TP. HỒ CHÍ MINH") == "Kinh Tế - Xã Hội TP. Hồ Chí Minh"  # society, not a commune
    assert prose_case("Huyện đoàn Cát Hải, UBND") == "Huyện đoàn Cát Hải, UBND"


def test_a_number_wrapped_from_its_noun_is_read_with_it():
    # holdout130/h0_05: "… Đoàn Khối các cơ quan tỉnh trồng khoảng 2.000" / "cây hoàng yến, …"
    assert ("khoảng 2.000\ncây hoàng yến", 2000.0) in [(m.quote, m.value) for m in _read("holdout130/h0_05.txt").measures]
    assert join_soft_wraps("Sáng 24 01 2019\nin trang") == "Sáng 24 01 2019\nin trang"  # a date stamp on its own line


def test_a_congress_named_in_full_at_the_head_of_a_sentence_is_the_pages_event():
    # "Ngày 19 và 20/10, 298 đại biểu … đã tham dự Đại hội đại biểu Đoàn TNCS Hồ Chí Minh tỉnh Bạc Liêu lần thứ XI,
    # nhiệm kỳ 2022 - 2027": the undated results it recounts are of the term that closes
    doc = _read("holdout27/x9_16.txt")
    assert (doc.facts.doc_type, doc.facts.period) == ("result_term", "2017-2022")
    assert ("2.600 công trình nông thôn mới", "result", "2017-2022") in _figures("holdout27/x9_16.txt")
    # "Sáng 5/12, Đại hội đại biểu Đoàn TNCS Hồ Chí Minh TP. Đà Nẵng lần thứ I, nhiệm kỳ 2025 - 2030 chính thức khai
    # mạc": "TP." is an abbreviation, not the sentence's end
    doc = _read("holdout24/x6_19.txt")
    assert (doc.facts.doc_type, doc.facts.period) == ("plan_term", "2025-2030")
    assert ("15 chỉ tiêu cơ bản", "target_count", "2025-2030") in _figures("holdout24/x6_19.txt")
    # "Ngày 22/8, tại Hà Nội, Đại hội … Công an Thành phố Hà Nội lần thứ XXV nhiệm kỳ 2022 - 2027 với khẩu hiệu …": no
    # verb of holding, but the congress is what the sentence is about
    assert _figures("holdout35/y8_11.txt") == [("100% cán bộ Đoàn", "target", "2022-2027")]


def test_a_winter_spring_campaign_is_of_the_year_its_events_fall_in():
    # "Tình nguyện Mùa đông 2025 – Xuân tình nguyện 2026": "Sáng 19/12, …" is the winter's, "Ngày 24/1, …" the spring's
    assert {p for _q, _k, p in _figures("holdout84/n8_17.txt")} == {"2025"}
    assert {p for _q, _k, p in _figures("holdout33/y6_20.txt")} == {"2026"}


def test_a_bloc_named_with_the_unions_full_name_is_the_bloc():
    # "Chiều 30/7, Đoàn Thanh niên Cộng sản Hồ Chí Minh Khối Doanh nghiệp tỉnh Nghệ An tổ chức Đại hội …": the bloc's
    # Union, as a congress names it in full, not the province's
    facts = _read("holdout3/k_14.txt").facts
    assert (facts.org, facts.org_level, facts.province) == ("Đoàn Khối Doanh nghiệp tỉnh Nghệ An", "bloc", "Nghệ An")


def test_a_units_union_is_named_the_way_the_labels_name_it():
    # "Đoàn Tập đoàn Bưu chính Viễn thông Việt Nam": a unit's Union, written "Đoàn Thanh niên" + the unit (113 of 116 labels)
    assert _read("holdout25/x7_12.txt").facts.org == "Đoàn Thanh niên Tập đoàn Bưu chính Viễn thông Việt Nam"
    # the air-defence branch's whole name, and a division's number before a comma
    assert _read("holdout126/g6_11.txt").facts.org == "Đoàn Thanh niên Quân chủng Phòng không - Không quân"
    from pipelines.extract import _reader

    text = "Đoàn Thanh niên Sư đoàn 371, Quân chủng Phòng không - Không quân đã tổ chức; Đoàn Thanh niên Bộ đội Biên phòng không ngừng"
    assert [m.name for m in _reader().mentions(text, ((0, len(text)),))] == [
        "Đoàn Thanh niên Sư đoàn 371", "Đoàn Thanh niên Bộ đội Biên phòng"]


def test_a_units_grassroots_union_is_read():
    # "Đoàn cơ sở Công ty Điện lực Gia Lai vừa tổ chức …", "Đoàn cơ sở Hải đoàn 129 Hải quân": the page's own body, not
    # the province whose name the unit carries or where it stands
    facts = _read("holdout82/n6_13.txt").facts
    assert (facts.org, facts.org_level, facts.province) == ("Đoàn cơ sở Công ty Điện lực Gia Lai", "bloc", "Gia Lai")
    assert _read("holdout88/p4_08.txt").facts.org == "Đoàn cơ sở Hải đoàn 129 Hải quân"


# ---------------------------------------------------------------- 0.10.7: a visitor at a place, numbers in words, schools
@pytest.mark.parametrize("sentence", [
    # (holdout74/s2_18: Hà Nội's delegation in a commune of Điện Biên)
    'Tại xã Háng Lìa, H.Điện Biên Đông, Điện Biên, đoàn công tác đã khánh thành "Trường đẹp cho em" với 3 phòng học.',
    # (holdout19/t2_06: "Đoàn" is the page's own body, the police Union, at work in a commune)
    "Tại xã Yên Cường, huyện Bắc Mê, Đoàn đã tổ chức khánh thành công trình có chiều dài hơn 300m.",
])
def test_a_visitor_acting_at_a_place_is_not_that_places_union(sentence):
    text = "Đoàn Thanh niên Công an tỉnh Cao Bằng tổ chức chương trình tình nguyện mùa Đông năm 2023.\n" + sentence
    got = [(m.value, m.org) for m in extract_document(text + "\n", model=rules_model()).measures]
    assert got and all(org is None for _v, org in got), got


def test_half_a_million_and_millions_of_days_are_counts():
    # holdout11/v_18 and holdout25/x7_13: "nửa triệu" is half a million; days by the million are days given, not a
    # duration
    got = measures("Năm 2025, với gần nửa triệu ngày công và hơn 350 tỷ đồng được huy động, tuổi trẻ cả nước dựng nhà.")
    assert [v for _k, _ind, v, *_ in got] == [500000, 350000000000]
    got = measures("Nhiệm kỳ 2023 - 2028, Hội phấn đấu thực hiện ít nhất 10 triệu ngày tình nguyện của sinh viên.")
    assert [(k, ind, v) for k, ind, v, *_ in got] == [("target", "other", 10000000)]


@pytest.mark.parametrize("sentence", [
    # holdout56/v1_16: a day and its month, written as a falling span
    "Năm 2023, cao điểm của chương trình sẽ vào các ngày diễn ra kỳ thi THPT là 30-6 đến ngày 4-7.",
    # holdout80/n4_06: a news feed's time stamp
    "Mùa hè xanh – Trang tin Wed, 24 Sep 2025 18:04:44 +0000 vi hourly.",
])
def test_dates_written_as_numbers_are_not_counts(sentence):
    assert measures(sentence) == []


@pytest.mark.parametrize("sentence, name", [
    # holdout97/s1_03: a school numbered in its commune
    ("Chiều ngày 08/10/2020, Liên đội Trường Tiểu học số 2 Hóa Thượng đã tiến hành Đại hội Liên đội năm học 2020 – 2021.",
     "Liên đội Tiểu học số 2 Hóa Thượng"),
    # holdout74/s2_01: a vocational school's Union, its lower-case level kept
    ("Ngày 10/3/2021, Đoàn trường Trung cấp nghề Cao Bằng tổ chức hiến máu tình nguyện.",
     "Đoàn trường Trung cấp nghề Cao Bằng"),
])
def test_school_unions_keep_their_whole_name(sentence, name):
    assert facts(sentence).org == name


def test_thousands_grouped_with_commas_are_one_number():
    # holdout137/j7_01, copied from an English-locale sheet: a decimal comma never repeats; a page's visit counter
    # ("Tổng lượt truy cập: 1,203,703", holdout4/m_13) stays no figure
    text = ("Cấp trường\n2018\nXã Phước Hưng, Huyện An Phú, Tỉnh An Giang\nSố lượng chiến sĩ: 34\n"
            "Tổng kinh phí: 48,600,000 đồng\n")
    assert (48600000, "vnd") in [(m.value, m.unit) for m in extract_document(text, model=rules_model()).measures]
    assert measures("Năm 2020.\nĐang truy cập: 523\nHôm nay: 1,097\nTổng lượt truy cập: 1,203,703") == []


@pytest.mark.parametrize("sentence, org", [
    # holdout137/j7_05: the Border Guard's own page calls its Union by its youth, abbreviated
    ("Chiếm trên 50% quân số toàn đơn vị, thanh niên BĐBP là lực lượng trực tiếp thực hiện nhiệm vụ. Năm 2023, thanh "
     "niên BĐBP đã không ngừng phấn đấu.", "Đoàn Thanh niên Bộ đội Biên phòng"),
    # a province's border guard written without "tỉnh" takes it, as "Công an Hà Giang" does
    ("Năm 2023, tuổi trẻ BĐBP Hà Tĩnh đã tổ chức nhiều hoạt động.", "Đoàn Thanh niên Bộ đội Biên phòng tỉnh Hà Tĩnh"),
])
def test_the_border_guards_youth_is_its_union(sentence, org):
    assert facts(sentence).org == org


def test_an_alumni_class_is_no_time_of_the_page():
    # "… và cựu học sinh trường THPT Vĩnh Linh niên khóa 1991 – 1994 đã tặng trên 300 suất qùa cho các em": the years
    # name who gave, not when (the page reads as its winter campaign of 2012; the labels date it 2013, the day)
    doc = _read("holdout166/r7_01.txt")
    assert [m.period for m in doc.measures if m.quote.startswith("trên 300 suất")] == ["2012"]
    assert not any(m.period == "1991-1994" for m in doc.measures)


# ---------------------------------------------------------------- waves 8 to 10 (holdout219-230), read after their first sights
def _periods_of(page, *starts):
    return [(m.quote, m.period) for m in _read(page).measures if m.quote.startswith(starts)]


def test_an_instruments_date_does_not_outdate_the_anniversary_a_page_celebrates():
    # "Thiết thực kỷ niệm 93 năm ngày thành lập Đoàn …, Chi đoàn … vừa bàn giao … Đây là xã … được UBND tỉnh phân công
    # giúp đỡ giai đoạn 2021 - 2025 theo Quyết định số 2453/QĐ- UBND, ngày 27/10/2021": the decision is of 2021, the
    # page of 2024
    assert _periods_of("holdout219/m0_01.txt", "khoảng 30", "15 triệu") == [("khoảng 30 triệu đồng", "2024"),
                                                                             ("15 triệu đồng", "2024")]


def test_from_the_start_of_the_pages_own_year_to_now_is_that_year():
    # "Năm 2018, Tỉnh đoàn … Từ đầu năm 2019 đến nay, Tỉnh đoàn đã điều động hơn 700 lượt đoàn viên …" on a page of 2019
    assert _periods_of("holdout221/m4_04.txt", "hơn 700", "3 sân") == [("hơn 700 lượt đoàn viên thanh niên", "2019"),
                                                                       ("3 sân bóng chuyền", "2019")]


def test_a_new_year_greeting_on_a_sites_banner_is_no_time_and_no_headline():
    # "Chúc mừng năm mới 2019!!!" above "… mùa hè tình nguyện năm 2018, ngày 6-7-2018, Đoàn … xã Cần Đăng tổ chức ra quân
    # phát hoang": the work done in 2018, not a target of 2019
    doc = _read("holdout230/o2_02.txt")
    assert doc.facts.title.startswith("Xã đoàn Cần Đăng")
    assert [(m.kind, m.period) for m in doc.measures if m.quote == "gần 2 km"] == [("result", "2018")]


def test_a_site_clock_with_the_day_first_dates_nothing():
    # "Thứ Sáu, 29 Tháng Ba, 2024" on a line of its own above "Ngày 24/01 vừa qua, Tỉnh đoàn Trà Vinh tổ chức lễ bàn
    # giao 01 căn nhà …" (the labeller could not date the page; its words give no year)
    doc = _read("holdout230/o2_03.txt")
    assert doc.facts.period_start_year is None
    assert {m.period for m in doc.measures} == {None}


def test_the_term_a_page_speaks_of_without_naming_it():
    # "… trong nhiệm kỳ qua, Đoàn Thanh niên Công ty … Trong nhiệm kỳ, toàn Đoàn … đã giới thiệu được 336 đoàn viên
    # ưu tú cho Đảng" on a page of June 2022: the term 2017-2022
    assert _periods_of("holdout225/m8_07.txt", "336 đoàn viên ưu tú", "239/357") == [
        ("336 đoàn viên ưu tú", "2017-2022"), ("239/357 tổng số đảng viên mới", "2017-2022")]
    # "Nhiệm kỳ 2023 - 2025, Hội Sinh viên … đã đạt được nhiều kết quả … Trong nhiệm kỳ, toàn trường có 140 sinh viên
    # đạt danh hiệu …": the term just named
    assert {p for _q, p in _periods_of("holdout22/x4_14.txt", "51 hội viên")} == {"2023-2025"}


def test_the_school_year_just_past_and_the_unions_age():
    # "… ôn lại truyền thống 85 năm xây dựng và trưởng thành của Đoàn TNCS Hồ Chí Minh" (1931 + 85: a page of 2016);
    # "Năm học vừa qua, Đoàn Thanh niên Trường … nhiều đợt vận động hiến máu nhân đạo với trên 1.500 đơn vị máu"
    doc = _read("holdout229/o1_02.txt")
    assert doc.facts.period_start_year == 2016
    assert [m.period for m in doc.measures if m.quote.startswith("trên 1.500")] == ["2015-2016"]


def test_the_war_invalids_and_martyrs_day_dates_a_page():
    # "Kỷ niệm 74 năm Ngày Thương binh - Liệt sĩ, … Chi đoàn VKSND tỉnh Sơn La đã thăm và tặng 5 suất quà": 1947 + 74
    assert _periods_of("holdout234/q1_03.txt", "5 suất", "500 chiếc") == [("5 suất quà các hộ gia", "2021"),
                                                                          ("500 chiếc khẩu trang", "2021")]
