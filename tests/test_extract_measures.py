"""Each pattern the extractor must understand, on sentences from real documents, with exact values.
Tuple: (kind, indicator, value, value_max, unit, qualifier, of, scope)."""

from pathlib import Path

import pytest

from pipelines.extract import extract_document
from pipelines.extract.learned import rules_model
from pipelines.extract.numbers import digits_value, word_value

PLAN = {"doc_type": "plan_annual", "period": "2024", "org": "Tỉnh đoàn Sóc Trăng"}
REPORT = {"doc_type": "result_annual", "period": "2023", "org": "Tỉnh đoàn Bến Tre"}
TERM_PLAN = {"doc_type": "plan_term", "period": "2022-2027", "org": "Tỉnh đoàn Yên Bái"}


# The rules alone: these tests pin what the rules read. The indicator corrector, which may overrule them, learns
# from the extractor's first sights and is tested in test_indicator_corrector.py.
RULES = rules_model()


def measures(sentence, facts=PLAN):
    doc = extract_document("Tiêu đề văn bản của tỉnh đoàn\n\n" + sentence + "\n", name="t.txt", overrides=facts,
                           model=RULES)
    return [(m.kind, m.indicator, m.value, m.value_max, m.unit, m.qualifier, m.of, m.scope) for m in doc.measures]


@pytest.mark.parametrize("text, value", [
    ("1.344.522", 1344522), ("2,3", 2.3), ("27,833", 27.833), ("6716", 6716), ("01", 1), ("2.58", 2.58),
    ("270.000", 270000), ("1.000,5", 1000.5),
    # a thousands group with a digit too many reads as its digits (every label of one does); a month stays a month
    ("10.0000", 100000), ("18.1887", 181887), ("8.2025", 8.2025),
])
def test_digits(text, value):
    assert digits_value(text) == value


@pytest.mark.parametrize("words, value", [("hai", 2), ("chín", 9), ("mười", 10), ("ba mươi", 30), ("mười lăm", 15),
                                          ("hai mươi mốt", 21)])
def test_number_words(words, value):
    assert word_value(words) == value


@pytest.mark.parametrize("sentence, facts, expected", [
    # scale words, money in đồng, "3,6 tỷ lượt xem" is a count
    ("Tối thiểu 1,4 triệu lượt đoàn viên, thanh niên được tham gia các hoạt động tình nguyện.", PLAN,
     [("target", "volunteer_turns", 1_400_000, None, "count", "at_least", None, None)]),
    ("Hỗ trợ vay vốn ít nhất 60 tỷ đồng cho thanh niên làm kinh tế.", PLAN,
     [("target", "youth_loans_vnd", 60_000_000_000, None, "vnd", "at_least", None, None)]),
    ("Các video thu hút 3,6 tỷ lượt xem trên mạng xã hội.", REPORT,
     [("result", "other", 3_600_000_000, None, "count", "exact", None, None)]),
    ("Tổng nguồn lực huy động đạt 27,833 tỷ đồng.", REPORT,
     [("result", "funds_mobilised_vnd", 27_833_000_000, None, "vnd", "exact", None, None)]),
    ("Dư nợ vốn vay ủy thác đạt 1,5 nghìn tỷ đồng.", REPORT,
     [("result", "youth_loans_outstanding_vnd", 1_500_000_000_000, None, "vnd", "exact", None, None)]),
    ("Trồng mới hơn 103 nghìn cây xanh.", REPORT,
     [("result", "trees_planted", 103_000, None, "count", "more_than", None, None)]),
    ("Tuổi trẻ tỉnh đã trồng gần 5000 cây xanh.", REPORT,
     [("result", "trees_planted", 5000, None, "count", "less_than", None, None)]),
    ("Làm mới 06km đường giao thông nông thôn.", REPORT,
     [("result", "rural_roads_km", 6, None, "km", "exact", None, None)]),
    ("Chỉ tiêu 5: 270.000 cây xanh được đoàn viên, thanh niên tham gia trồng mới.", PLAN,
     [("target", "trees_planted", 270_000, None, "count", "exact", None, None)]),
    # ranges
    ("Giới thiệu từ 1.000 - 1.500 đoàn viên ưu tú cho Đảng.", PLAN,
     [("target", "party_referrals", 1000, 1500, "count", "range", None, None)]),
    ("Giới thiệu từ 1.000 đến 1.500 đoàn viên ưu tú cho Đảng.", PLAN,
     [("target", "party_referrals", 1000, 1500, "count", "range", None, None)]),
    # qualifiers
    ("Phấn đấu có 150 công trình thanh niên chào mừng đại hội.", PLAN,
     [("target", "youth_works", 150, None, "count", "exact", None, None)]),
    ("Kết nạp khoảng 2.000 đoàn viên mới.", REPORT,
     [("result", "new_members_admitted", 2000, None, "count", "approx", None, None)]),
    ("Mỗi năm xây dựng tối đa 10 công trình thanh niên.", TERM_PLAN,
     [("target", "youth_works", 10, None, "count", "at_most", None, "per_year")]),
    ("Trên 60% thanh thiếu nhi được tiếp cận các hoạt động nâng cao năng lực số.", TERM_PLAN,
     [("target", "digital_skills_reach", 60, None, "percent", "more_than", None, None)]),
    ("Có 500 đoàn viên ưu tú trở lên được giới thiệu cho Đảng.", PLAN,
     [("target", "party_referrals", 500, None, "count", "at_least", None, None)]),
    # kinds: result with stated attainment, targets met, announced counts
    ("Toàn tỉnh có trên 812.000 lượt đoàn viên, thanh niên tham gia các hoạt động tình nguyện, đạt 169% chỉ tiêu.",
     REPORT, [("result", "volunteer_turns", 812_000, None, "count", "more_than", None, None),
              ("attainment", "volunteer_turns", 169, None, "percent", "exact", None, None)]),
    ("Kết nạp mới hơn 7.350 đoàn viên (đạt 375%).", REPORT,
     [("result", "new_members_admitted", 7350, None, "count", "more_than", None, None),
      ("attainment", "new_members_admitted", 375, None, "percent", "exact", None, None)]),
    ("Nhiệm kỳ qua, tuổi trẻ tỉnh đã đạt và vượt 13/13 chỉ tiêu.", REPORT,
     [("result", "targets_met", 13, None, "count", "exact", 13, None)]),
    ("Tuổi trẻ Thủ đô xác định 8 nhiệm vụ, 10 chỉ tiêu năm 2024.", PLAN,
     [("target_count", "other", 8, None, "count", "exact", None, None),
      ("target_count", "other", 10, None, "count", "exact", None, None)]),
    ("Ba khâu đột phá, chín chỉ tiêu của tuổi trẻ Yên Bái.", TERM_PLAN,
     [("target_count", "other", 3, None, "count", "exact", None, None),
      ("target_count", "other", 9, None, "count", "exact", None, None)]),
    # several measures in one clause
    ("100% cán bộ đoàn, đoàn viên, 80% thanh niên được học tập, quán triệt nghị quyết.", PLAN,
     [("target", "resolution_study_members_pct", 100, None, "percent", "exact", None, None),
      ("target", "resolution_study_youth_pct", 80, None, "percent", "exact", None, None)]),
    # per year inside a term plan's numbered target; per unit
    ("Chỉ tiêu 5: Hằng năm, có 7.000 ý tưởng, giải pháp sáng tạo được thanh niên đề xuất.", TERM_PLAN,
     [("target", "ideas_proposed", 7000, None, "count", "exact", None, "per_year")]),
    ("Mỗi đoàn cơ sở có ít nhất 02 công trình thanh niên.", PLAN,
     [("target", "youth_works", 2, None, "count", "at_least", None, "per_unit")]),
])
def test_patterns(sentence, facts, expected):
    assert measures(sentence, facts) == expected


@pytest.mark.parametrize("sentence", [
    "Kỷ niệm 92 năm ngày thành lập Đoàn TNCS Hồ Chí Minh (26/3/1931-26/3/2023).",  # anniversary, dates
    "Thực hiện Kế hoạch số 14-KH/TWĐTN-BTG ngày 14/02/2023 của Ban Bí thư Trung ương Đoàn.",  # document numbers
    "Đại hội đại biểu Đoàn TNCS Hồ Chí Minh tỉnh lần thứ XV, nhiệm kỳ 2022 - 2027.",  # congress ordinal and term
    "Thực hiện chủ trương “3 liên kết” trong hoạt động tình nguyện.",  # slogan in quotes
    "Xây dựng mô hình Câu lạc bộ Sinh viên 5 tốt, Học sinh 3 tốt.",  # slogans
    "Đại hội có 300 đại biểu chính thức tham dự.",  # delegates
    "Toàn tỉnh hiện có 188.000 đoàn viên sinh hoạt tại 1.200 chi đoàn.",  # the stock of members and units
    "Ban Chấp hành tặng Bằng khen cho 25 tập thể có thành tích xuất sắc.",  # awards
    "Đang truy cập15 Hôm nay2,528 Tháng hiện tại69,433",  # page counters
    "Ứng dụng thành tựu cách mạng công nghiệp 4.0 trong công tác Đoàn.",  # 4.0 is a name
    "Sáng 25/6, Thành đoàn tổ chức hội nghị lúc 8h30.",  # dates and times
    "Cập nhật: Thứ hai, 11/3/2019 | 11:03:53 AM",  # a clock time with seconds
    "Hotline: 0865015015 Tiền Phong Nhật báo",  # a phone number
    "Khởi công tuyến hẻm 818 Lê Trọng Tấn có chiều dài 130 x 5 m.",  # an address and a dimension
    # holdout173/t8_03: Hà Nội writes the street between the alley's number and its name
    "Bàn giao cho gia đình cựu thanh niên xung phong, trú tại ngõ 86 phố Hàng Bạc (quận Hoàn Kiếm, Hà Nội).",
    "Thi công sân chơi tại thôn Ra Man 1 và Ra Man 2.",  # places numbered in their names
    "Ngay trong tuần 1 của Chiến dịch Thanh niên tình nguyện hè.",  # a week of a campaign
    "Huyện Đoàn tổ chức hội nghị sơ kết.\n30/06/2021 09:43 44 lượt xem",  # a page's view counter
    "Nhân dịp 30.4 và 1.5, Đoàn trường tổ chức khám bệnh tại huyện biên giới.",  # days and months with a dot
    "Lượt xem: 4964 In bài viết",  # the page's tools
    "Trong đó, có 609 đại biểu nam (tỷ lệ 62,14% và 371 đại biểu nữ, tỷ lệ 37,86%).",  # who the delegates are
    "Thành đoàn tổng kết Tháng thanh niên và tuyên dương 29 mô hình, cá nhân tiêu biểu.",  # awards
    # holdout53/w7_07, holdout55/w9_04: prizes and certificates handed out, counted by who got them or by the paper
    "Tỉnh đoàn trao giải thưởng Tình nguyện cho 3 tập thể, 5 cá nhân có thành tích xuất sắc trong công tác tình nguyện.",
    "UBND huyện Dầu Tiếng đã trao 22 giấy khen cho 18 gương thanh niên nông thôn.",
    "Có sự tham dự của đồng chí Nguyễn Hoài Bảo – cán bộ Quận Đoàn 12 và thầy Đặng Văn Thạnh.",  # a district by its number
    # holdout54/w8_09: who sat the exam, not candidates the Union helped ("hỗ trợ 3.000 thí sinh" is a result)
    "Kỳ thi năm nay tại huyện Tương Dương diễn ra với 417 thí sinh tranh tài.",
])
def test_not_measures(sentence):
    assert measures(sentence, REPORT) == []


def test_offsets_and_quote_trace_back_to_the_text():
    text = "Chương trình công tác năm 2024\n\nChỉ tiêu 5: 270.000 cây xanh được đoàn viên, thanh niên tham gia trồng mới.\n"
    m = extract_document(text, name="t.txt").measures[0]
    assert (text[m.start:m.end], m.number_text, m.quote) == ("270.000", "270.000", "270.000 cây xanh")
    assert m.text == "Chỉ tiêu 5: 270.000 cây xanh được đoàn viên, thanh niên tham gia trồng mới."


def test_measure_attributed_to_another_organisation():
    doc = extract_document("Hội nghị tổng kết của Trung ương Đoàn năm 2023\n\nTỉnh đoàn Quảng Ngãi đã trồng mới 62.300 cây xanh.\n",
                           name="t.txt", overrides={"org": "Trung ương Đoàn", "doc_type": "result_annual"})
    assert [(m.org, m.value) for m in doc.measures] == [("Tỉnh đoàn Quảng Ngãi", 62300)]


def test_an_abbreviations_dot_ends_no_clause():
    """"Đoàn Trường Đại học Nông Lâm TP. Hồ Chí Minh trao tặng … 10 suất học bổng": the dot of "TP." is no clause's
    end, so the school's figures are the school's, not the bloc's named in the clause before."""
    doc = extract_document((CORPUS / "holdout33/y6_04.txt").read_text(encoding="utf-8"))
    assert [(m.value, m.org) for m in doc.measures if m.value in (2000, 10, 5)] == [
        (2000, "Đoàn Khối các Cơ quan và Doanh nghiệp tỉnh Gia Lai"),
        (10, "Đoàn trường Đại học Nông Lâm TP. Hồ Chí Minh"),
        (5, "Đoàn trường Đại học Công Thương TP. Hồ Chí Minh")]


def test_list_label_colon_is_not_a_time():
    # "Chỉ tiêu 1: 10.000" once read as the time 1:10
    assert measures("Chỉ tiêu 1: 10.000 cây xanh được trồng mới.") == [
        ("target", "trees_planted", 10000, None, "count", "exact", None, None)]
    assert measures("Hội nghị bắt đầu lúc 21:20 và kết thúc lúc 8h30.", REPORT) == []


# --- 0.5.0: the counted noun names the indicator; the nearest tense cue sets target vs result
NEWS = {"doc_type": "news_mixed", "period": "2026", "org": "Tỉnh đoàn Hà Tĩnh"}
YOUTH_MONTH = {"doc_type": "plan_youth_month", "period": "2021", "org": "Thành đoàn Hà Nội"}


@pytest.mark.parametrize("sentence, facts, expected", [
    # a count of things takes its indicator from the thing: "mô hình", "lớp", "đợt" belong to none
    ("Tỉnh đoàn đã hỗ trợ xây dựng 3 mô hình kinh tế thanh niên.", NEWS,
     [("result", "other", 3, None, "count", "exact", None, None)]),
    ("Đã tổ chức 164 đợt hiến máu tình nguyện.", NEWS, [("result", "other", 164, None, "count", "exact", None, None)]),
    ("Các cấp bộ Đoàn đã duy trì 75 đội hình tình nguyện.", NEWS,
     [("result", "volunteer_teams", 75, None, "count", "exact", None, None)]),
    # a count of people takes it from what they did, before or after the number
    ("Đã tổ chức 12 lớp tư vấn hướng nghiệp cho hơn 2.200 thanh niên.", NEWS,
     [("result", "other", 12, None, "count", "exact", None, None),
      ("result", "career_counselling", 2200, None, "count", "more_than", None, None)]),
    ("Đã có hơn 47.100 lượt ĐVTN được học tập, quán triệt nghị quyết.", NEWS,
     [("result", "other", 47100, None, "count", "more_than", None, None)]),
    # members counted by what they went through are no stock of members
    ("Qua đó có 13.274 cán bộ đoàn, đoàn viên, thanh niên được nghiên cứu, học tập, quán triệt nghị quyết.", NEWS,
     [("result", "other", 13274, None, "count", "exact", None, None)]),
    # members of the Hội counted by what they took part in; put forward to the Đoàn, they are no Party referral
    ("Phấn đấu 100.000 lượt hội viên, thanh niên tham gia hoạt động tình nguyện.", PLAN,
     [("target", "volunteer_turns", 100000, None, "count", "exact", None, None)]),
    ("Hội đã giới thiệu được 290 hội viên ưu tú cho Đoàn bồi dưỡng kết nạp.", NEWS,
     [("result", "other", 290, None, "count", "exact", None, None)]),
    # a list's last noun is the specific one
    ("Phấn đấu có 500 công trình, đề tài nghiên cứu khoa học do thanh niên đảm nhận.", PLAN,
     [("target", "research_projects", 500, None, "count", "exact", None, None)]),
    # the nearest cue decides: "đã trao tặng …; Phát động … 15.000 cây xanh"; trees given are not trees planted
    ("Thành đoàn đã trao tặng 6.000 cây xanh cho huyện; Phát động các cơ sở Đoàn trồng và chăm sóc 15.000 cây xanh.",
     YOUTH_MONTH, [("result", "other", 6000, None, "count", "exact", None, None),
                   ("target", "trees_planted", 15000, None, "count", "exact", None, None)]),
    ("Tặng 240 suất quà cho các thanh niên lên đường nhập ngũ.", YOUTH_MONTH,
     [("result", "gifts", 240, None, "count", "exact", None, None)]),
    # "do tổ chức Đoàn phát động" is not a plan; the paragraph's "Nổi bật" carries to the next sentence
    ("Nổi bật, có trên 812.000 lượt đoàn viên tham gia các hoạt động tình nguyện do tổ chức Đoàn, Hội phát động. "
     "Đoàn viên, thanh niên trồng mới 750.000 cây.", TERM_PLAN,
     [("result", "volunteer_turns", 812000, None, "count", "more_than", None, None),
      ("result", "trees_planted", 750000, None, "count", "exact", None, None)]),
    ("Tuổi trẻ toàn tỉnh quyết tâm triển khai: 40.000 lượt đoàn viên, thanh niên tham gia hoạt động tình nguyện; "
     "90% thanh niên sử dụng dịch vụ công trực tuyến.", NEWS,
     [("target", "volunteer_turns", 40000, None, "count", "exact", None, None),
      ("target", "online_public_services_youth", 90, None, "percent", "exact", None, None)]),
    # decimals glued to "km"; a value after a thing with no indicator has none either
    ("Đã sửa chữa 26,4km và làm mới 12,33km đường giao thông nông thôn.", NEWS,
     [("result", "rural_roads_km", 26.4, None, "km", "exact", None, None),
      ("result", "rural_roads_km", 12.33, None, "km", "exact", None, None)]),
    # a share of units is not a share of members
    ("100% cơ sở Đoàn trực thuộc triển khai cho đoàn viên học tập, quán triệt nghị quyết.", PLAN,
     [("target", "other", 100, None, "percent", "exact", None, None)]),
])
def test_head_nouns_and_tense(sentence, facts, expected):
    assert measures(sentence, facts) == expected


@pytest.mark.parametrize("sentence", [
    "Dự đại hội có 200 đại biểu đại diện cho hơn 5.200 cán bộ, đoàn viên thanh niên thuộc Đoàn UBND tỉnh.",
    "167/167 đại biểu chính thức được lựa chọn từ 2.700 đoàn viên trong huyện.",
])
def test_membership_represented_is_not_a_measure(sentence):
    assert measures(sentence, NEWS) == []


def test_tone_placement_folds_only_at_syllable_end():
    from pipelines.extract.indicators import fold
    assert fold("Hoà Bình") == fold("Hòa Bình") and fold("thuỷ") == fold("thủy")
    assert fold("đoàn") == "đoàn" and fold("hoàn thành") == "hoàn thành"


@pytest.mark.parametrize("sentence, expected", [
    # gifts counted by who received them; the recipients of counted gifts told again are the same figure
    ("Tặng quà cho 20 hộ gia đình nghèo, 2 suất quà cho 2 cựu chiến binh tại xã.",
     [("result", "gifts", 20, None, "count", "exact", None, None), ("result", "gifts", 2, None, "count", "exact", None, None)]),
    ("Thăm hỏi, tặng trên 1.000 xuất quà cho các gia đình chính sách.",
     [("result", "gifts", 1000, None, "count", "more_than", None, None)]),
    # a number that ends a name; a rank and the whole it is ranked in; places named; units awarded
    ("Cầu Thủy lợi 3 được xây dựng với tổng kinh phí 500 triệu đồng.",
     [("result", "funds_mobilised_vnd", 500_000_000, None, "vnd", "exact", None, None)]),
    ("Tỉnh đoàn là 1 trong 27 đơn vị cả nước được nhận bằng khen.", []),
    ("Đoàn đã sửa đường nối 2 thôn Hin Lò và Làng Thoọc.", []),
    ("Hội đồng Đội tỉnh trao cờ thi đua cho 2 đơn vị: Hội đồng Đội TP. Nha Trang và Hội đồng Đội thị xã Ninh Hoà.", []),
    ("Cập nhật: Thứ hai, 11/3/2019 | 11:03:53 AM", []),
    ("Khởi động chặng 6 chương trình “Những bước chân vì cộng đồng”.", []),
    # put forward for the Party, admitted to it, admitted to the Union
    ("Giới thiệu 32 đoàn viên ưu tú kết nạp Đảng; 115 đoàn viên ưu tú được kết nạp Đảng; 31 thanh niên ưu tú được kết nạp.",
     [("result", "party_referrals", 32, None, "count", "exact", None, None),
      ("result", "party_admissions", 115, None, "count", "exact", None, None),
      ("result", "new_members_admitted", 31, None, "count", "exact", None, None)]),
    # people counted at a festival or a propaganda drive are not volunteer turns; at a campaign they are
    ("Các ngày hội - hội trại thu hút hơn 5.000 lượt thanh niên tham gia; chiến dịch thu hút 800 lượt đoàn viên tham gia.",
     [("result", "other", 5000, None, "count", "more_than", None, None),
      ("result", "volunteer_turns", 800, None, "count", "exact", None, None)]),
    # "Kế hoạch nhỏ" is the Pioneers' scrap drive: the list it opens reports what was done
    ("Năm học qua, nhiều hoạt động tiêu biểu như: phong trào kế hoạch nhỏ, thu được 1.521 tấn giấy vụn; "
     "thực hiện hơn 130 công trình “Vì đàn em thân yêu”.",
     [("result", "other", 1521, None, "other", "exact", None, None),
      ("result", "youth_works", 130, None, "count", "more_than", None, None)]),
    # "nổi bật" among targets marks the notable ones, it reports nothing done
    ("Tỉnh đoàn xác định 12 chỉ tiêu cụ thể, nổi bật như: trồng mới 200.000 cây xanh; làm mới 30 km đường giao thông.",
     [("target_count", "other", 12, None, "count", "exact", None, None),
      ("target", "trees_planted", 200000, None, "count", "exact", None, None),
      ("target", "rural_roads_km", 30, None, "km", "exact", None, None)]),
    # lines of lamps known by their programme's name in quotes
    ("Làm mới 22 tuyến đường “Thắp sáng làng quê”.",
     [("result", "rural_lighting", 22, None, "count", "exact", None, None)]),
    # the length of a road the clause builds; a lit line's length stays `other`
    ("Khởi công con đường em đến trường với chiều dài 2,5km; xây dựng 5 tuyến đường điện năng lượng mặt trời dài 6,7 km.",
     [("result", "rural_roads_km", 2.5, None, "km", "exact", None, None),
      ("result", "rural_lighting", 5, None, "count", "exact", None, None),
      ("result", "other", 6.7, None, "km", "exact", None, None)]),
    # start-up capital given, by its amount and by who received it
    ("Tỉnh đoàn trao 10 tỷ đồng nguồn vốn khởi nghiệp; Huyện đoàn trao vốn khởi nghiệp cho 5 đoàn viên.",
     [("result", "youth_loans_vnd", 10_000_000_000, None, "vnd", "exact", None, None),
      ("result", "startup_projects_supported", 5, None, "count", "exact", None, None)]),
    # roads laid with stone are built even when cleared too; roads "được thắp sáng" were lit; lodging is no house
    ("Đã rải đá và phát quang trên 7,5km đường giao thông nông thôn; 142km đường giao thông nông thôn được thắp sáng; "
     "hỗ trợ hơn 516 ngàn nhà trọ miễn phí.",
     [("result", "rural_roads_km", 7.5, None, "km", "more_than", None, None),
      ("result", "rural_lighting", 142, None, "km", "exact", None, None),
      ("result", "other", 516000, None, "count", "more_than", None, None)]),
    # money written with a glued "đ"
    ("Đã trao quà trị giá 50.000.000đ cho các em.",
     [("result", "gifts_value_vnd", 50_000_000, None, "vnd", "exact", None, None)]),
    # a road's length in metres is a road built, in the unit written; metres of wall are not
    ("Đã bê tông hóa 1.560 m đường giao thông nông thôn, vẽ 350m tường rào.",
     [("result", "rural_roads_km", 1560, None, "other", "exact", None, None),
      ("result", "other", 350, None, "other", "exact", None, None)]),
    # a verb's "được" right before its figure is what was done, even after a launch ceremony
    ("Sau lễ phát động, đoàn viên hiến máu tình nguyện được 150 đơn vị máu.",
     [("result", "blood_units", 150, None, "count", "exact", None, None)]),
    # "TP. HCM" ends no sentence: the campaign still frames the count; an education drive after the count does too
    ("Chiến dịch tình nguyện hè của ĐHQG TP. HCM đã ghi nhận 97.888 lượt sinh viên tham gia các hoạt động; "
     "hơn 35.000 lượt đoàn viên tham gia hơn 70 hoạt động giáo dục chính trị.",
     [("result", "volunteer_turns", 97888, None, "count", "exact", None, None),
      ("result", "other", 35000, None, "count", "more_than", None, None),
      ("result", "other", 70, None, "count", "more_than", None, None)]),
    # pens are counted with "cây" too; trees tended are not trees planted; people served are not volunteers
    ("Huyện đoàn sẽ phát 370 cây bút bi cho thí sinh, chăm sóc 2.000 cây xanh và hỗ trợ 200 lượt người dân.",
     [("target", "other", 370, None, "count", "exact", None, None),
      ("target", "other", 2000, None, "count", "exact", None, None),
      ("target", "other", 200, None, "count", "exact", None, None)]),
    # holdout56/v1_01: exam candidates a volunteer drive helped are the people served, not volunteer turns
    ("Các đội hình tình nguyện Tiếp sức mùa thi đã hỗ trợ 5.230 lượt thí sinh.",
     [("result", "other", 5230, None, "count", "exact", None, None)]),
    # helping to complete targets another body set counts those targets, and they are that body's
    ("Các hoạt động góp phần hoàn thành 11 nhóm chỉ tiêu do T.Ư Đoàn đề ra.",
     [("target_count", "other", 11, None, "count", "exact", None, None)]),
    # people counted at a blood drive are its donors; at a check-up beside it, they are patients
    ("Tổ chức 23 đợt hiến máu, với hơn 10.000 đoàn viên, thanh niên tham gia; khám bệnh cho 1.600 lượt người dân.",
     [("result", "other", 23, None, "count", "exact", None, None),
      ("result", "blood_donors", 10000, None, "count", "more_than", None, None),
      ("result", "medical_checkups", 1600, None, "count", "exact", None, None)]),
    # put forward for a job or for the Đoàn, not for the Party
    ("Huyện đoàn đã giới thiệu 187 thanh niên vào làm tại các doanh nghiệp; giới thiệu 90 thanh niên ưu tú học lớp "
     "cảm tình đoàn; giới thiệu 748 đoàn viên ưu tú.",
     [("result", "job_referrals", 187, None, "count", "exact", None, None),
      ("result", "other", 90, None, "count", "exact", None, None),
      ("result", "party_referrals", 748, None, "count", "exact", None, None)]),
    # put forward, then admitted: what happened to them, after the number, decides
    ("Đã giới thiệu 525 đoàn viên ưu tú cho Đảng xem xét kết nạp và đã có 360 đoàn viên ưu tú được đứng trong hàng ngũ "
     "của Đảng.",
     [("result", "party_referrals", 525, None, "count", "exact", None, None),
      ("result", "party_admissions", 360, None, "count", "exact", None, None)]),
    # a spelled number with a scale word; "tỷ lệ" is a rate, not a billion
    ("Phấn đấu trồng một triệu cây xanh; hằng năm tỷ lệ đoàn viên khá tăng.",
     [("target", "trees_planted", 1_000_000, None, "count", "exact", None, None)]),
])
def test_held_out_patterns(sentence, expected):
    assert measures(sentence, REPORT) == expected


def test_a_planned_list_opened_by_an_act_stays_planned():
    # "bàn giao" (hand over) opens the list, but "phấn đấu" introduces it: the later items are targets
    got = measures("Trong Tháng Thanh niên, các cấp bộ Đoàn phấn đấu thực hiện nhiều việc làm như: bàn giao 01 cầu "
                   "dân sinh; đề xuất 1.000 ý tưởng, sáng kiến; kết nạp 7.000 đoàn viên mới.", REPORT)
    assert [(k, i, v) for k, i, v, *_ in got if v > 1] == [
        ("target", "ideas_proposed", 1000), ("target", "new_members_admitted", 7000)]


@pytest.mark.parametrize("sentence, facts, expected", [
    # holdout16/q2_12 and holdout19/t2_11: "trao", "hoàn thành" have no tense of their own; "phấn đấu", "sẽ" before
    # them in the clause make them planned, even in a report. "phát động" names a plan; it governs no act.
    ("Chương trình phấn đấu hỗ trợ ít nhất 8.000 bộ học cụ, trao 650 suất học bổng cho học sinh. "
     "Dự kiến, các chiến sĩ sẽ hoàn thành các công trình như sơn 24 phòng học. "
     "Tỉnh đoàn phát động cuộc thi, thu hút 900 đoàn viên tham gia.", REPORT,
     [("target", 8000), ("target", 650), ("target", 24), ("result", 900)]),
    # holdout6/q_01: "phấn đấu" governs the acts listed after it to the end of the sentence, across commas and
    # semicolons, as long as only other acts (bàn giao, trao, tặng) stand between; a pledge signed ("ký cam kết") does
    # not, and a past marker ("đã") ends its reach
    ("Trong Tháng Thanh niên năm 2018, Đoàn Thanh niên tỉnh Đắk Lắk phấn đấu xây dựng 15 điểm vui chơi, "
     "sinh hoạt cho thanh thiếu nhi, khởi công và bàn giao 10 ngôi nhà nhân ái, bàn giao 3 cây cầu giao "
     "thông nông thôn; tổ chức 2 đợt khám bệnh, phát thuốc miễn phí cho người dân. "
     "Tại ngày hội, các đơn vị ký cam kết hưởng ứng cuộc vận động; trao tặng 10 suất quà cho các nạn nhân. "
     "Đoàn sẽ tiếp tục vận động, năm qua đã trao 40 suất học bổng.", {"org": "Tỉnh đoàn Đắk Lắk"},
     [("target", 15), ("target", 10), ("target", 3), ("target", 2), ("result", 10), ("result", 40)]),
    # holdout67/u3_10: "phấn đấu:" itself opens the list; "thu hút" in an item is the act planned, not a report
    ("Nhiệm kỳ 2025 – 2030, Đoàn phường Phương Liễu phấn đấu: 100% cán bộ, đoàn viên hoàn thành tốt "
     "nhiệm vụ; đảm nhận 10 công trình thanh niên; thu hút 1.500 lượt đoàn viên tham gia hoạt động tình "
     "nguyện; hỗ trợ ít nhất 5 dự án khởi nghiệp sáng tạo.", REPORT,
     [("target", 100), ("target", 10), ("target", 1500), ("target", 5)]),
])
def test_a_word_of_intent_governs_the_acts_after_it(sentence, facts, expected):
    assert [(k, v) for k, _i, v, *_ in measures(sentence, facts)] == expected


def test_the_count_that_names_a_target_passed_is_the_targets_amount():
    # holdout99/s3_03, holdout49/w3_02: "vượt chỉ tiêu … giao (450 …)", "hoàn thành chỉ tiêu 50.000 …" name the target;
    # a share after "vượt chỉ tiêu" is how far it was passed, and a bare "vượt chỉ tiêu N" may be the surplus
    got = measures("Hơn 600 đoàn viên tham gia hiến máu, thu được 520 đơn vị máu, vượt chỉ tiêu Tỉnh đoàn giao (450 đơn "
                   "vị máu). Qua kết quả đã có 180 đơn vị máu được tiếp nhận và vượt chỉ tiêu đề ra cấp huyện là 150 đơn vị "
                   "máu. Chủ nhật Đỏ hoàn thành chỉ tiêu 50.000 đơn vị máu. Huyện đoàn thu được 420 đơn vị máu, vượt chỉ "
                   "tiêu 144%. Các cơ sở làm mới 25 công trình, vượt kế hoạch 5 công trình.", REPORT)
    assert [(k, v) for k, _i, v, *_ in got if k in ("target", "result")] == [
        ("result", 600), ("result", 520), ("target", 450), ("result", 180), ("target", 150), ("target", 50000),
        ("result", 420), ("result", 25), ("result", 5)]


def test_the_figure_a_scheme_names_is_its_target():
    # holdout138/k8_06, holdout11/v_15: "đề án xây dựng 2.500 “Nhà nhân ái”" is the scheme's aim, whatever was done today
    got = measures("Tại buổi lễ, đại diện Tỉnh đoàn đã trao bảng tượng trưng số tiền 30 triệu đồng hỗ trợ cho gia đình xây "
                   "nhà. Được biết, đây là hoạt động thực hiện đề án xây dựng 2.500 “Nhà nhân ái” của Trung ương Hội LHTN Việt "
                   "Nam. Ngày 4/3/2014, Ban Thường vụ Tỉnh Đoàn triển khai Đề án xây dựng 100 tuyến đường “Thắp sáng làng "
                   "quê” góp phần xây dựng nông thôn mới.", {"org": "Tỉnh đoàn Bình Dương"})
    assert [(k, i, v) for k, i, v, *_ in got] == [
        ("result", "other", 30_000_000), ("target", "houses_built", 2500), ("target", "rural_lighting", 100)]


def test_a_deadline_heading_a_sentence_dates_every_clause_of_it():
    # holdout16/q2_20: "Tới năm 2022, …; …" in a 2019 plan: the items after the semicolon run to 2022 too
    text = ("Ban hành Đề án Thanh niên khởi nghiệp\n\n16/04/2019\n\nTới năm 2022, hỗ trợ ít nhất 1.000 dự án khởi nghiệp; "
            "5 triệu đoàn viên được trang bị kiến thức khởi nghiệp.")
    got = extract_document(text, model=RULES).measures
    assert [(m.kind, m.value, m.period) for m in got] == [("target", 1000, "2019-2022"), ("target", 5_000_000, "2019-2022")]


def test_the_value_of_lit_roads_is_a_youth_works_value():
    # holdout7/r_15: lit roads are built as youth works; the value after them is the works' value
    got = measures("Xây dựng mới được 35 tuyến đường thắp sáng làng quê với tổng trị giá 683 triệu đồng.", REPORT)
    assert [(k, i, v) for k, i, v, *_ in got] == [
        ("result", "rural_lighting", 35), ("result", "youth_works_value_vnd", 683_000_000)]


def test_members_taking_part_in_volunteer_work_are_volunteer_turns():
    # holdout3/k_11, holdout4/m_11: the activity nearest the people who took part says what they did
    got = measures("Trồng mới gần 2.500 cây xanh. Các hoạt động đã thu hút hơn 6.000 đoàn viên, thanh niên tham gia. "
                   "Hội thi tuyên truyền pháp luật thu hút 800 đoàn viên tham gia.", REPORT)
    assert [(i, v) for _k, i, v, *_ in got] == [("trees_planted", 2500), ("volunteer_turns", 6000), ("other", 800)]


@pytest.mark.parametrize("sentence", [
    "Đoàn viên tham gia vệ sinh lòng suối từ tổ 12 đến tổ 2, phường Sông Cầu.",  # holdout17/r2_17
    "Cùng sự phối hợp của hệ thống chính trị Khu phố 23 và Câu lạc bộ Tình nguyện.",  # holdout17/r2_15
    "Đoàn phường 12 ra quân dọn dẹp tại ấp 3 và thôn 5.",
])
def test_places_numbered_are_not_counts(sentence):
    assert measures(sentence, REPORT) == []


def test_money_with_its_currency_unsaid():
    # holdout11/v_17, holdout17/r2_01: "triệu"/"tỷ" with no noun after it, money named before it in the sentence
    got = measures("Tổng nguồn lực triển khai các hoạt động hưởng ứng Tháng Thanh niên năm 2022 gần 2 tỷ.\n"
                   "Có 5 triệu đoàn viên tham gia.", REPORT)
    assert [(v, u) for _k, _i, v, _vm, u, *_ in got] == [(2_000_000_000, "vnd"), (5_000_000, "count")]


def test_a_figure_said_to_pass_its_target_was_done_and_the_surplus_is_an_attainment():
    # holdout24/x6_04: "đề ra" after a target passed sets no target; the share after "vượt chỉ tiêu đề ra" is attained
    got = measures("Vận động xây dựng 1.170 bến đò ngang an toàn, vượt chỉ tiêu đề ra 17%. Vận động và xây dựng "
                   "165 phòng khám, chữa bệnh nhân đạo, vượt chỉ tiêu đề ra 65%.", PLAN)
    assert [(k, v) for k, _i, v, *_ in got] == [("result", 1170), ("attainment", 17), ("result", 165), ("attainment", 65)]
    # dev/016: a target to be met is still planned
    got = measures("Đoàn khối quyết tâm phấn đấu hoàn thành các chỉ tiêu đề ra như: hằng năm xây dựng ít nhất "
                   "1 công trình thanh niên; 100% đoàn viên hoàn thành nhiệm vụ.", REPORT)
    assert [(k, v) for k, _i, v, *_ in got] == [("target", 1), ("target", 100)]
    # holdout40/z4_02, holdout33/y6_06, holdout38/z2_10: the share of the targets or of the work completed
    got = measures("Cuối nhiệm kỳ đã hoàn thành 100% chỉ tiêu Nghị quyết Đại hội. Tuổi trẻ xã đã thực hiện đạt trên 90% "
                   "các chỉ tiêu kế hoạch. Huyện đoàn hoàn thành 90% khối lượng công việc Tháng thanh niên.", REPORT)
    assert [(k, v) for k, _i, v, *_ in got] == [("attainment", 100), ("attainment", 90), ("attainment", 90)]


def test_a_system_of_targets_counts_targets():
    # holdout8/s_01: "9 hệ thống chỉ tiêu" is nine targets set, as "5 nhóm chỉ tiêu" is five groups of them
    got = measures("Chiến dịch diễn ra từ ngày 28-12-2025 đến 16-2-2026, với 4 chương trình trọng điểm và 9 hệ thống chỉ "
                   "tiêu, nhằm hưởng ứng Chiến dịch “Xuân tình nguyện” lần thứ 18 năm 2026.", {"org": "Thành đoàn Hà Nội"})
    assert [(k, i, v) for k, i, v, *_ in got][1:] == [("target_count", "other", 9)]


def test_the_targets_a_congress_set_run_for_its_term():
    # holdout24/x6_19: a congress page; the count of its targets is the term's, not the year's
    text = ("Khai mạc Đại hội Đoàn thành phố\n\n date 2025-12-05 Sáng 5/12, Đại hội đại biểu Đoàn TNCS Hồ Chí Minh "
            "TP. Đà Nẵng lần thứ I, nhiệm kỳ 2025 - 2030 chính thức khai mạc.\nĐại hội nhiệm kỳ 2025 - 2030 xác định "
            "15 chỉ tiêu cơ bản và 5 nhiệm vụ đột phá.\nTrong năm 2026, Thành đoàn đề ra 8 chỉ tiêu theo nghị quyết.")
    got = extract_document(text).measures
    assert [(m.kind, m.value, m.period) for m in got] == [
        ("target_count", 15, "2025-2030"), ("target_count", 5, "2025-2030"), ("target_count", 8, "2026")]


def test_the_year_of_what_was_commended_dates_nothing_after_it():
    # holdout23/x5_16: "năm 2016" in an award sentence is the time of the work commended, not of the page
    text = ("Nhiều kết quả trong tuần đầu Tháng Thanh niên\n\n08:23 10/03/2017\n\nSau 1 tuần ra quân Tháng Thanh niên 2017, "
            "toàn tỉnh đạt được những kết quả đáng kể.\nHội LHTN Việt Nam tỉnh đã trao bằng khen "
            "cho 08 tập thể có thành tích xuất sắc trong chương trình “Tình nguyện mùa đông” năm 2016, “Xuân tình nguyện” "
            "2017. Sau lễ phát động, 200 đoàn viên tham gia hiến máu và thu được 117 đơn vị máu.")
    got = extract_document(text).measures
    assert [(m.value, m.period) for m in got if m.value == 117] == [(117, "2017")]


@pytest.mark.parametrize("sentence", [
    "Hai số điện thoại đường dây nóng 054. 3833535 và 054. 3817259 của Ban thanh niên.",  # holdout23/x5_14
    "Đại hội Hội LHTN Việt Nam lần 7 trưa ngày 29.12 đã thành công.",  # holdout24/x6_04
    "Huyện đoàn đã trao 1 số phần quà cho 1 số liên đội.",  # holdout25/x7_14: "1 số" is "một số", some
    "Trong 2 ngày (27 và 28-4), Đoàn trường đã tổ chức Đại hội.",  # holdout28/y1_02: days of a month
    "Phát quang tuyến đường liên thôn tại thôn An Thành 3 và An Phước.",  # holdout27/x9_19: a hamlet's name
    "Dự Đại hội gần 700 đại biểu từ 30 hội sinh viên các tỉnh.",  # holdout28/y1_14: the units delegates come from
    "Tuyên dương 80 đảng viên trẻ khối doanh nghiệp.",  # holdout28/y1_05: people commended
    "Khối Đoàn ngành cụm 1 ra quân đào hố rác; Đoàn ngành cụm 6 thăm trẻ em.",  # holdout29/y2_15: clusters numbered
    "Các phong trào 5 xung kích cùng 4 đồng hành với thanh niên được tập trung thực hiện.",  # the movements' names
    "3 Phong trào   Web.ĐTN: Đoàn thanh niên đã tổ chức hội nghị.",  # holdout16/q2_20: a site's section label
])
def test_phone_numbers_and_ordinals_are_not_counts(sentence):
    assert measures(sentence, REPORT) == []


def test_a_share_after_chi_tieu_is_no_list_label():
    # holdout24/x6_04: "vượt chỉ tiêu 54%." looks like "Chỉ tiêu 5." but a percent numbers nothing
    got = measures("Giải ngân 15.490 tỉ đồng cho thanh niên vay vốn, vượt chỉ tiêu 54%.", REPORT)
    assert [(k, v, u) for k, _i, v, _vm, u, *_ in got] == [("result", 15_490_000_000_000, "vnd"), ("attainment", 54, "percent")]


def test_a_power_line_is_no_road():
    # holdout23/x5_01: "đường dây" is a line of wire; its length lights a road, it does not build one
    got = measures("Kéo 500m đường dây và lắp đặt 1,5 km đường dây chiếu sáng cho thôn.", REPORT)
    assert [(i, v) for _k, i, v, *_ in got] == [("other", 500), ("rural_lighting", 1.5)]  # metres: no road, not counted


def test_what_will_be_achieved_is_planned():
    # holdout24/x6_06: "sẽ hỗ trợ được": the "được" of a verb reports an achievement, unless intent governs it
    got = measures("Giai đoạn tới, toàn Đoàn sẽ hỗ trợ được 20.000 thanh niên khởi nghiệp. Năm qua, toàn Đoàn hỗ trợ "
                   "được 3.000 thanh niên khởi nghiệp.", REPORT)
    assert [(k, v) for k, _i, v, *_ in got] == [("target", 20000), ("result", 3000)]


def test_targets_established_are_planned():
    # holdout24/x6_15: "xác lập" establishes targets as "xác định" does; a record set ("xác lập kỷ lục") is done
    got = measures("Đoàn phường cũng xác lập hỗ trợ khám, phát thuốc miễn phí cho 200 người dân.", REPORT)
    assert [(k, v) for k, _i, v, *_ in got] == [("target", 200)]


def test_the_first_noun_of_a_list_names_the_count_and_party_members_admitted():
    # holdout23/x5_06: "cờ Tổ quốc và pano" later in the list fit no indicator; they do not outvote "trụ đèn"
    got = measures("Công trình gồm: 35 trụ đèn năng lượng mặt trời, cờ Tổ quốc và pano tuyên truyền.", REPORT)
    assert [(i, v) for _k, i, v, *_ in got] == [("rural_lighting", 35)]
    # holdout22/x4_06: a count of Party members admitted is Party admissions, not Union admissions
    got = measures("Trong năm, các chi bộ đã kết nạp 95 đảng viên và kết nạp 300 đoàn viên mới.", REPORT)
    assert [(i, v) for _k, i, v, *_ in got] == [("party_admissions", 95), ("new_members_admitted", 300)]


def test_the_cost_of_a_youth_work_is_its_value():
    # holdout23/x5_04: "tổng chi phí" is said of a work as "tổng kinh phí" is
    got = measures("Thực hiện 3 công trình thanh niên, tổng chi phí 28 triệu đồng.", REPORT)
    assert [(i, v) for _k, i, v, *_ in got] == [("youth_works", 3), ("youth_works_value_vnd", 28_000_000)]


def test_a_span_of_years_with_a_spaced_dash_stays_in_its_clause():
    # holdout26/x8_01: "nhiệm kỳ 2022 – 2027" is one time phrase, not two clauses around a dash
    text = ("Đồng hành với thanh niên khởi nghiệp\n\nTrong nhiệm kỳ 2022 – 2027 đoàn thanh niên phấn đấu hỗ trợ thành lập "
            "02 hợp tác xã thanh niên.")
    got = extract_document(text).measures
    assert [(m.kind, m.value, m.period) for m in got] == [("target", 2, "2022-2027")]


def test_examples_introduced_as_done_or_as_notable_targets():
    # holdout26/x8_04: "Tiêu biểu như …: thực hiện 4 công trình" lists what was done, on a Youth-Month plan page too;
    # holdout11/v_01: "xác định 12 chỉ tiêu cụ thể, nổi bật như: …" lists targets
    got = measures("Tiêu biểu như gần 10 hoạt động được tổ chức như: thực hiện 4 công trình thanh niên; tổ chức 2 sân chơi "
                   "cho thiếu nhi.\nNăm nay, Tỉnh đoàn xác định 12 chỉ tiêu cụ thể, nổi bật như: trồng mới 200.000 cây xanh; "
                   "triển khai 100 công trình thanh niên.", PLAN)
    assert [(k, v) for k, _i, v, *_ in got if v in (4, 2, 200000, 100)] == [
        ("result", 4), ("result", 2), ("target", 200000), ("target", 100)]


def test_a_list_introduced_as_results_holds_results_whatever_its_verbs():
    # holdout47/w1_08: "… với nhiều kết quả nổi bật như: Phát động trồng 7.750 cây xanh; khởi công xây dựng 02 công
    # trình …", on a page the extractor reads as a campaign plan
    got = measures("Hưởng ứng lễ phát động, hệ thống đoàn các cấp đã triển khai nhiều hoạt động với nhiều kết quả nổi bật "
                   "như: Phát động trồng 7.750 cây xanh; khởi công xây dựng 02 công trình thắp sáng đường giao thông nông "
                   "thôn; xây dựng 01 nhà Nhân ái.", PLAN)
    # a plan named among the results ("Phát động") is one of them; only a word of intent would keep an item planned
    assert [(k, v) for k, _i, v, *_ in got] == [("result", 7750), ("result", 2), ("result", 1)]
    got = measures("Năm qua đạt nhiều kết quả nổi bật như: trồng 500 cây xanh; sẽ xây dựng 3 nhà Nhân ái.", PLAN)
    assert [(k, v) for k, _i, v, *_ in got] == [("result", 500), ("target", 3)]


def test_money_whose_phrase_names_the_works_values_the_works():
    # holdout26/x8_04: after a row of gifts and check-ups, "Tổng giá trị các phần việc …" values the works
    got = measures("Tặng quà 7 thanh niên công nhân, khám và phát thuốc miễn phí cho 450 người dân…Tổng giá trị các phần "
                   "việc gần 260 triệu đồng.", REPORT)
    assert [(i, v) for _k, i, v, *_ in got if v == 260_000_000] == [("youth_works_value_vnd", 260_000_000)]


def test_members_who_took_part_further_on_are_counted_and_a_ceremonys_crowd_is_not():
    # holdout63/v8_04, v8_01: the verb of taking part comes after a long noun phrase; they gave blood
    got = measures("Với thông điệp \"Mỗi giọt máu cho đi, một cuộc đời ở lại\", đợt hiến máu năm 2018 lần này có gần 400 "
                   "cán bộ, đoàn viên, thanh niên trong Khối tham gia; dự kiến thu được 350 đơn vị máu.", REPORT)
    assert [(i, v) for _k, i, v, *_ in got] == [("blood_donors", 400), ("blood_units", 350)]
    got = measures("Trong Ngày Hội, hơn 5.000 đoàn viên, thanh niên trong và ngoài lực lượng CAND đã hưởng ứng, tham gia "
                   "hiến máu tình nguyện.", REPORT)
    assert [(i, v) for _k, i, v, *_ in got] == [("blood_donors", 5000)]
    # dev4/d4_10, holdout27/x9_18: the people at a launch ceremony are its audience, not a measure
    assert measures("Huyện Đoàn Cư M'gar đã tổ chức lễ ra quân chiến dịch \"thanh niên tình nguyện mùa hè xanh năm 2020\" "
                    "với hơn 800 đoàn viên, thanh niên trên địa bàn huyện tham gia.", REPORT) == []
    assert measures("Tỉnh đoàn đã tổ chức Lễ phát động Chiến dịch thanh niên tình nguyện hè năm 2022, với hơn 300 đoàn viên, "
                    "thanh niên đã tham dự buổi lễ ra quân.", REPORT) == []


def test_a_span_of_shares_with_the_sign_on_both_ends_is_one_range():
    # holdout64/v9_13: "78% đến 82% khá, giỏi", "95%-97% hoàn thành tốt và xuất sắc nhiệm vụ"
    got = extract_document("Đoàn viên tham gia huấn luyện có 100% đạt yêu cầu, trong đó có 78% đến 82% khá, giỏi; 95%-97% "
                           "hoàn thành tốt và xuất sắc nhiệm vụ.").measures
    assert [(m.value, m.value_max, m.qualifier) for m in got] == [(100, None, "exact"), (78, 82, "range"), (95, 97, "range")]


def test_a_military_units_number_is_its_name():
    # holdout63/v8_15, v8_08, holdout64/v9_13: "Sư đoàn 371", "Vùng Cảnh sát biển 2", "Trung đoàn 717"
    got = measures("Hơn 600 đoàn viên, thanh niên của Sư đoàn 371 đã tình nguyện tham gia; Bộ Tư lệnh Vùng Cảnh sát biển 2 "
                   "hưởng ứng Tháng Thanh niên; Trung đoàn 717 chọn làm trước.", REPORT)
    assert [v for _k, _i, v, *_ in got] == [600]


def test_a_sites_visitor_box_is_no_figure():
    # holdout68/u4_06, holdout66/u2_10
    assert measures("Thống kê truy cập Tổng truy cập 7.171.758 Truy cập hiện tại 1.545 khách", REPORT) == []


def test_people_who_took_part_do_what_the_next_sentence_says():
    # holdout69/t1_03: their clause names no activity; the sentence after it does (clean-up: volunteer work)
    got = measures("Hoạt động thu hút hơn 20 đoàn viên, thanh niên thuộc địa bàn tham gia . Các đoàn viên,thanh niên đã "
                   "tiến hành dọn dẹp rác thải, quét dọn lá cây trên tuyến đường.", REPORT)
    assert [(i, v) for _k, i, v, *_ in got] == [("volunteer_turns", 20)]


def test_scholarships_counted_by_who_received_them_are_gifts():
    # holdout43/z7_02, holdout58/v3_12: 115 of 115 "suất học bổng" and 27 of 29 "học bổng cho N học sinh" are gifts
    got = measures("Dịp này, Đoàn trường trao học bổng cho 11 học sinh, sinh viên; Tỉnh đoàn hỗ trợ học bổng cho trên 360 "
                   "học sinh.", REPORT)
    assert [(i, v) for _k, i, v, *_ in got] == [("gifts", 11), ("gifts", 360)]


def test_what_building_cost_values_the_works():
    # holdout15/z_16, holdout73/s1_16: "kinh phí xây dựng" is what the building cost, not money raised
    got = measures("Huyện đoàn vận động xây dựng cây cầu với tổng kinh phí xây dựng 592 triệu đồng.", REPORT)
    assert [(i, v) for _k, i, v, *_ in got if v == 592_000_000] == [("youth_works_value_vnd", 592_000_000)]


def test_money_values_the_things_it_follows():
    # holdout25/x7_05: a value after the parts of a gift values the gifts; holdout14/y_19: a work named after the
    # counts is what the money values
    got = measures("Hội đã trao 200 suất quà, mỗi suất gồm 2 chăn bông cùng 1 áo ấm với tổng trị giá 50 triệu đồng.", REPORT)
    assert [(i, v) for _k, i, v, *_ in got if v == 50_000_000] == [("gifts_value_vnd", 50_000_000)]
    got = measures("Hội đồng Đội trao 15 suất học bổng và công trình “Vì mái trường xanh” trị giá mười triệu đồng.", REPORT)
    assert [(i, v) for _k, i, v, *_ in got if v == 10_000_000] == [("youth_works_value_vnd", 10_000_000)]


def test_a_span_opened_by_tu_dates_its_figures():
    # holdout27/x9_16: "Từ 2017 - 2022, …" is a span like "giai đoạn 2017 - 2022"
    text = ("Bạc Liêu: 2.600 công trình do Đoàn xây dựng\n\nTừ 2017 - 2022, phong trào thanh niên tình nguyện của tỉnh đã "
            "đóng góp xây dựng 14 công trình thanh niên cấp tỉnh.")
    got = extract_document(text).measures
    assert [(m.value, m.period) for m in got if m.value == 14] == [(14, "2017-2022")]


def test_a_stretch_of_history_longer_than_a_term_dates_what_follows():
    # holdout26/x8_06: seven years of Party referrals, told under "Trong giai đoạn 2012 - 2019,"
    text = ("Quận đoàn Ngô Quyền: 771 đoàn viên ưu tú được kết nạp Đảng\n\n16:30 26/03/2019\n\nTrong giai đoạn 2012 - 2019, "
            "Quận đoàn Ngô Quyền đã triển khai nhiều biện pháp.\n\nQua đó, các cấp bộ Đoàn của quận đã giới thiệu được "
            "921 đoàn viên ưu tú tham gia học lớp cảm tình Đảng.")
    got = extract_document(text).measures
    assert [(m.value, m.period) for m in got if m.value == 921] == [(921, "2012-2019")]


def test_the_term_just_past_on_a_dated_page_is_the_one_the_congress_calendar_closed():
    # holdout54/w8_16, November 2025: the Union's 2022-2027 terms ended early at the 2025 congresses
    text = (" date 2025-11-28 Giới trẻ\n\nTuổi trẻ Ninh Bình xung kích, trách nhiệm vì cộng đồng\n\nNhiệm kỳ qua, các cấp bộ "
            "Đoàn tỉnh Ninh Bình đã triển khai 10.881 công trình, phần việc thanh niên.")
    assert [(m.value, m.period) for m in extract_document(text).measures] == [(10881, "2022-2025")]
    # holdout2/g_11, December 2019, at the Association's congress: its term, 2014-2019
    text = (" date 2019-12 1.000 đại biểu ưu tú dự ĐH Hội LHTN Việt Nam lần thứ VIII đã làm lễ báo công.\n\n"
            "Trong nhiệm kỳ qua, các cấp Hội đã vận động xây dựng 8.272 nhà nhân ái.")
    assert [(m.value, m.period) for m in extract_document(text).measures if m.value == 8272] == [(8272, "2014-2019")]


def test_a_year_long_past_is_history_not_the_time_of_a_figure():
    # holdout29/y2_02: "năm 1979" names the war the veterans fought in, not when the gifts were given
    text = ("Lễ khởi động Tháng Thanh niên\n\n10/03/2019 08:00\n\nBan Tổ chức đã trao 10 phần quà cho các Cựu chiến binh "
            "đã từng tham gia Cuộc chiến đấu bảo vệ biên giới phía Bắc năm 1979.")
    got = extract_document(text).measures
    assert [(m.value, m.period) for m in got] == [(10, "2019")]


def test_a_share_right_after_a_figure_is_its_attainment():
    # holdout29/y2_20: "sửa chữa trên 12,4km đường, đạt 248,6%": how far the repairs went against their target
    got = measures("Huyện đoàn đã sửa chữa trên 12,4km đường, đạt 248,6%; cất mới 13 căn nhà thanh niên.", REPORT)
    assert [(k, i, v) for k, i, v, *_ in got] == [
        ("result", "rural_roads_km", 12.4), ("attainment", "rural_roads_km", 248.6), ("result", "houses_built", 13)]


def test_things_built_counted_in_words():
    # holdout30/y3_16: "xây dựng chín cầu giao thông nông thôn"; "năm cầu thủ" (five players) is no bridge
    got = measures("Chiến dịch đã xây dựng chín cầu giao thông nông thôn và hai căn nhà nhân ái; năm cầu thủ tham gia.", REPORT)
    assert [(i, v) for _k, i, v, *_ in got] == [("bridges_built", 9), ("houses_built", 2)]


def test_a_total_raised_to_is_the_stock():
    # holdout31/y4_01: "nâng tổng số đoàn viên toàn tỉnh lên trên 215 ngàn đoàn viên" is how many there are now
    got = measures("Trên 26 ngàn đoàn viên ưu tú đã được kết nạp, nâng tổng số đoàn viên toàn tỉnh lên trên 215 ngàn "
                   "đoàn viên.", REPORT)
    assert [v for _k, _i, v, *_ in got] == [26000]


def test_what_initiatives_saved_is_no_value_of_works():
    # holdout25/x7_18, holdout3/k_03: "sáng kiến … làm lợi" is savings; "công trình … làm lợi" is still the works' value
    got = measures("Đoàn viên đề xuất 414 sáng kiến cải tiến kỹ thuật làm lợi trên 15,8 tỷ đồng.", REPORT)
    assert [(i, v) for _k, i, v, *_ in got if v > 1000] == [("other", 15_800_000_000)]
    got = measures("Thực hiện 38 công trình thanh niên cấp tỉnh với tổng giá trị làm lợi hơn 1 tỷ đồng.", REPORT)
    assert [(i, v) for _k, i, v, *_ in got if v > 1000] == [("youth_works_value_vnd", 1_000_000_000)]
    got = measures("Đoàn viên tích cực thi đua lao động sản xuất. Làm lợi cho doanh nghiệp gần 250 tỷ đồng.", REPORT)
    assert [(i, v) for _k, i, v, *_ in got] == [("other", 250_000_000_000)]


def test_members_a_team_brought_or_who_gave_blood():
    # holdout32/y5_02, y5_20, holdout/h_20: members brought by teams, members who took part (a thousands dot inside
    # the aside ends nothing), and members who gave blood though "máu" comes later
    got = measures("Chiến dịch huy động 150 đội hình với hơn 4.800 ĐVTN khắc phục hậu quả cơn bão số 13.", REPORT)
    assert [(i, v) for _k, i, v, *_ in got] == [("volunteer_teams", 150), ("volunteer_turns", 4800)]
    got = measures("Huyện đoàn huy động 1.200 đoàn viên, thanh niên (trên 2.000 ngày công) tham gia ra dọn dẹp vệ sinh.", REPORT)
    assert [(i, v) for _k, i, v, *_ in got if v == 1200] == [("volunteer_turns", 1200)]
    got = measures("Tỉnh đoàn vận động hơn 15.000 thanh niên tham gia hiến được hơn 2.500 đơn vị máu.", REPORT)
    assert [(i, v) for _k, i, v, *_ in got] == [("blood_donors", 15000), ("blood_units", 2500)]


def test_work_launched_is_done_in_a_report():
    # holdout34/y7_06, holdout12: "ra quân thực hiện" tells of work under way, in a report as in a plan
    got = measures("Trong năm 2023, tuổi trẻ Quảng Nam đã thực hiện được nhiều phần việc nổi bật như: ra quân thực hiện "
                   "gần 1.750 công trình, phần việc thanh niên, tổng giá trị gần 9 tỷ đồng.", REPORT)
    assert [(k, i, v) for k, i, v, *_ in got] == [
        ("result", "youth_works", 1750), ("result", "youth_works_value_vnd", 9_000_000_000)]


def test_units_taking_part_and_times_are_not_work_done():
    # holdout30/y3_18, holdout18/s2_05, holdout33/y6_10: units that took part, link points of a meeting and how often
    # something was held; a blood drive's units and times count what was given
    got = measures("Có 3 đơn vị ra quân tại 17 điểm cầu; chương trình đã 19 lần tổ chức, trao 50 suất quà.", REPORT)
    assert [(i, v) for _k, i, v, *_ in got] == [("gifts", 50)]
    got = measures("Đoàn trường tổ chức 12 lần hiến máu, tiếp nhận gần 300 đơn vị.", REPORT)
    assert [v for _k, _i, v, *_ in got] == [12, 300]


def test_students_who_earned_a_title_are_an_award():
    # holdout22/x4_14: "140 sinh viên đạt danh hiệu “Sinh viên 5 tốt”" names people honoured, not work done
    got = measures("Trong nhiệm kỳ, toàn trường có 140 sinh viên đạt danh hiệu “Sinh viên 5 tốt” cấp trường và 1.582 sinh "
                   "viên đăng ký.", REPORT)
    assert [v for _k, _i, v, *_ in got] == [1582]


def test_borrowers_journeys_and_visitors_are_no_volunteers():
    # holdout37/z1_13, z1_09, z1_01: members who borrowed, journeys made, and tourists guided are not volunteer turns
    got = measures("Huyện đoàn tín chấp cho hơn 1.170 lượt đoàn viên thanh niên vay vốn; tổ chức 1980 lượt hành trình về "
                   "với địa chỉ đỏ; tình nguyện viên hỗ trợ hơn 100.000 lượt du khách.", REPORT)
    assert [(i, v) for _k, i, v, *_ in got] == [("other", 1170), ("other", 1980), ("other", 100000)]


def test_outstanding_members_put_forward_or_admitted_to_the_party():
    # holdout37/z1_02, z1_03: "kết nạp … đoàn viên ưu tú vào Đảng" is the Party's, and "được kết nạp vào hàng ngũ của Đảng"
    # is an admission
    got = measures("Các cơ sở đoàn đã kết nạp mới gần 800 đoàn viên, giới thiệu kết nạp cho 116 đoàn viên ưu tú vào Đảng. "
                   "Có 952 đoàn viên ưu tú được kết nạp vào hàng ngũ của Đảng.", REPORT)
    assert [(i, v) for _k, i, v, *_ in got] == [
        ("new_members_admitted", 800), ("party_referrals", 116), ("party_admissions", 952)]


def test_maps_given_are_counted_and_hamlets_named_are_not():
    # holdout2/g_12: "bản đồ" (maps) is no hamlet ("bản Na Lay"); "đ" is lower case though it lies between À and Ỹ
    got = measures("Tỉnh đoàn đã trao tặng 1.500 bản đồ Việt Nam; làm đường nối 2 bản Hin Lò và Na Lay.", REPORT)
    assert [v for _k, _i, v, *_ in got] == [1500]


def test_volunteers_are_the_campaigns_force_even_at_a_ceremony():
    # holdout8/s_16, holdout/h_14: volunteers counted "với sự tham gia của", or stood for by delegates, are a measure
    got = measures("Chiến dịch diễn ra tại nhiều địa phương, với sự tham gia của 8 đội tình nguyện, hơn 500 chiến sĩ tình "
                   "nguyện. 3.000 chiến sĩ đại diện cho hơn 60.000 chiến sĩ tình nguyện tham gia lễ ra quân.", REPORT)
    assert [(i, v) for _k, i, v, *_ in got if v in (500, 60000)] == [("volunteer_turns", 500), ("volunteer_turns", 60000)]


def test_items_of_a_list_of_targets_set_are_targets_whatever_their_verbs():
    # holdout48/w2_11, w2_20: "xác định thực hiện một số chỉ tiêu quan trọng, như: …", "phấn đấu hoàn thành 12 chỉ tiêu
    # cơ bản như: …" set targets, even for acts ("tặng", "trao") and under a year's theme
    got = measures("Tham gia chiến dịch năm nay, tuổi trẻ Khối xác định thực hiện một số chỉ tiêu quan trọng, như: xây dựng 5 "
                   "căn nhà tình nghĩa; tặng 50 phần quà cho Mẹ Việt Nam Anh hùng; tổ chức 1 chương trình thắp nến tri ân.", REPORT)
    assert [(k, v) for k, _i, v, *_ in got] == [("target", 5), ("target", 50), ("target", 1)]
    got = measures("Năm 2023, toàn tỉnh trao 820 suất quà.\nNăm 2024 với chủ đề công tác Năm thanh niên tình nguyện, thanh niên "
                   "Tuyên Quang phấn đấu hoàn thành 12 chỉ tiêu cơ bản như: Giới thiệu việc làm cho 5.000 thanh niên; vận động "
                   "hiến 3.000 đơn vị máu.", REPORT)
    assert [(k, v) for k, _i, v, *_ in got] == [("result", 820), ("target_count", 12), ("target", 5000), ("target", 3000)]


def test_hundreds_of_millions_said_in_words_add_to_the_billions():
    # holdout46/y0_06: "tổng kinh phí hơn 1 tỷ 2 trăm triệu đồng" is 1,2 billion, not 1 billion and a count of 2
    got = measures("Huyện đoàn đã xây dựng cầu với tổng kinh phí hơn 1 tỷ 2 trăm triệu đồng.", REPORT)
    assert [(v, u) for _k, _i, v, _vm, u, *_ in got] == [(1_200_000_000, "vnd")]


def test_framing_campaigns_and_a_disasters_harm_are_not_work_done():
    # holdout47/w1_02, holdout40/z4_02, holdout45/z9_04; the families helped after a disaster still count
    got = measures("Tỉnh đoàn triển khai 4 chiến dịch và 3 phong trào hành động cách mạng. Bão làm 2 người tử vong, 1.256 hộ "
                   "gia đình bị thiệt hại; Huyện đoàn hỗ trợ 05 gia đình bị thiệt hại do mưa đá.", REPORT)
    assert [v for _k, _i, v, *_ in got] == [5]


def test_young_people_starting_up_and_blood_expected():
    # holdout50/w4_12, holdout24/x6_06: young people starting up are the start-ups supported (10 of 11 labelled such
    # counts); holdout51/w5_04: "Dự kiến thu về 800 đơn vị máu" is what a drive expects, not what it took
    got = measures("Năm 2022, Tỉnh đoàn hỗ trợ 3.028 thanh niên khởi nghiệp. Dự kiến chương trình thu về 800 đơn vị máu.",
                   REPORT)
    assert [(k, i, v) for k, i, v, *_ in got] == [
        ("result", "startup_projects_supported", 3028), ("target", "blood_units", 800)]


def test_members_who_set_out_are_volunteers():
    # holdout51/w5_16: "gần 100 đoàn viên, thanh niên ra quân" dọn vệ sinh: members who set out on the work
    got = measures("Mới đây, Đoàn Thanh niên xã Thạch Khê đã huy động máy móc và gần 100 đoàn viên, thanh niên ra quân xử lý "
                   "“điểm đen” rác thải.", REPORT)
    assert [(i, v) for _k, i, v, *_ in got] == [("volunteer_turns", 100)]
    got = measures("Gần 5.000 đoàn viên, thanh niên đã đồng loạt ra quân dọn vệ sinh môi trường.", REPORT)
    assert [(i, v) for _k, i, v, *_ in got] == [("volunteer_turns", 5000)]


def test_training_counts_as_cadre_training_only_for_cadres():
    # every labelled cadre_training names cadres (12 of 12); "tập huấn cho 160 hộ dân" (holdout33/y6_15) is other
    got = measures("Huyện đoàn tập huấn cho 160 hộ dân; bồi dưỡng cho 120 cán bộ đoàn chủ chốt.", REPORT)
    assert [(i, v) for _k, i, v, *_ in got] == [("other", 160), ("cadre_training", 120)]


def test_gifts_counted_by_who_received_them():
    # holdout14/y_18, holdout38/z2_07: "tặng quà 10 gia đình chính sách" counts the gifts by their receivers
    got = measures("Đoàn xã đã thăm, tặng quà 10 gia đình chính sách và trao các phần quà cho 20 hộ gia đình khó khăn.", REPORT)
    assert [(i, v) for _k, i, v, *_ in got] == [("gifts", 10), ("gifts", 20)]


def test_members_taking_part_on_a_volunteer_page_are_volunteers():
    # holdout23/x5_04: a page opening on a youth work; "với sự tham gia của 30 ĐVTN" names no other activity
    doc = extract_document("Ngày 5/9, Đoàn cơ sở đã trao tặng công trình thanh niên “Sân bóng đá cho em”. Sân bóng được thi "
                           "công trong 2 tuần, với sự tham gia của 30 ĐVTN trên địa bàn.", name="t.txt", overrides=REPORT)
    assert [(m.indicator, m.value) for m in doc.measures if m.value == 30] == [("volunteer_turns", 30)]


def test_lamps_and_flagpoles_light_no_road():
    # holdout23/x5_07, holdout32/y5_11: desk lamps, household bulbs and flagpoles are not rural lighting
    got = measures("Đoàn trường trao 120 chiếc đèn bàn cho học sinh; lắp đặt 135 trụ cờ Tổ quốc và 24 trụ đèn năng lượng "
                   "mặt trời.", REPORT)
    assert [(i, v) for _k, i, v, *_ in got] == [("other", 120), ("other", 135), ("rural_lighting", 24)]


def test_hectares_thicknesses_plenums_and_view_counters():
    # holdout51/w5_14, holdout52/w6_05, w6_11, w6_14: an area in hectares is a measure of unit other; a thickness, a
    # plenum's number and a page's view counter are none; views a video drew are
    got = measures("Trồng rừng trên diện tích gần 3 hecta; đổ bê tông dày 20 cm; học tập Nghị quyết Trung ương 7 khóa XII; "
                   "bài viết 6196 lượt xem; video thu hút 20.000 lượt xem.", REPORT)
    assert [(v, u) for _k, _i, v, _vm, u, *_ in got] == [(3, "other"), (20000, "count")]


def test_comrades_an_act_counts_are_its_figure():
    # holdout52/w6_01: "kết nạp Đảng được 18 đồng chí" counts admissions; "3 đồng chí được bầu" stays no measure
    got = measures("Nhiệm kỳ qua, Đoàn xã giới thiệu và kết nạp Đảng được 18 đồng chí. Hội nghị đã bầu bổ sung 3 đồng chí.",
                   REPORT)
    assert [v for _k, _i, v, *_ in got] == [18]


def test_members_admitted_with_their_badges_are_no_award():
    # holdout52/w6_07: "Lễ kết nạp, trao huy hiệu Đoàn và sổ đoàn viên cho 43 đoàn viên mới"
    got = measures("Đoàn xã đã tổ chức Lễ kết nạp, trao huy hiệu Đoàn và sổ đoàn viên cho 43 đoàn viên mới.", REPORT)
    assert [(i, v) for _k, i, v, *_ in got] == [("new_members_admitted", 43)]


def test_incomes_and_prices_are_no_sums():
    # holdout26/x8_01, holdout23/x5_20: "cho thu nhập 100 triệu đồng/năm", "giá 10.000 - 14.000 đồng/kg" describe a
    # model's income or a price (labelled, when at all, as optional)
    got = measures("Duy trì 50 mô hình làm kinh tế giỏi cho thu nhập từ 100 triệu đồng/năm; thu mua với giá 10.000 - 14.000 "
                   "đồng/kg.", REPORT)
    assert [v for _k, _i, v, *_ in got] == [50]


def test_the_unions_own_bodies_and_staff_are_no_work_done():
    # holdout38/z2_11, holdout35/y8_07, holdout31/y4_13: school unions, Hội branches and staff that took part; bodies
    # founded still count ("thành lập 2 cơ sở Đoàn")
    got = measures("Có 3 đoàn trường THPT và 13 cơ sở Hội tham gia, với 7 nhân sự phụ trách; Huyện đoàn thành lập 2 cơ sở "
                   "Đoàn.", REPORT)
    assert [v for _k, _i, v, *_ in got] == [2]


def test_what_is_to_come_governs_an_act():
    # holdout25/x7_14: "Trong thời gian tới BTV huyện Đoàn tiếp tục trao 25 xuất quà …": planned
    got = measures("Trong thời gian tới BTV huyện Đoàn tiếp tục trao 25 xuất quà cho thiếu niên nhi đồng có hoàn cảnh khó khăn.",
                   REPORT)
    assert [(k, v) for k, _i, v, *_ in got] == [("target", 25)]


def test_what_a_page_announcing_a_campaign_to_come_lists_is_planned():
    # holdout56/v1_09: published 5 June, the campaign "sẽ ra quân ngày 14-6"; nothing in the sentence marks its tense
    text = ("14-6: ra quân chiến dịch Hoa phượng đỏ năm thứ 10\n\n05/06/2015 08:11 GMT+7\n\nTT - Chiến dịch Hoa phượng đỏ "
            "lần thứ 10 dành cho học sinh THPT trên địa bàn TP.HCM sẽ ra quân ngày 14-6 tại Nhà văn hóa Thanh niên.\n\n"
            "Đặc biệt, chiến dịch còn tổ chức 50 sân chơi khoa học vui cho các em thiếu nhi.")
    assert [(m.kind, m.value, m.indicator) for m in extract_document(text).measures] == [("target", 50, "playgrounds")]


def test_a_numbered_phase_heading_a_list_dates_its_items():
    # holdout91/p7_10 (26/12/2022): "a) Giai đoạn 1 (2022 - 2025):" over a list of targets, later "b) Giai đoạn 2 (2026 -
    # 2030):" over another
    page = (Path(__file__).parent / "corpus" / "holdout91" / "p7_10.txt").read_text(encoding="utf-8")
    got = [(m.value, m.period) for m in extract_document(page, model=RULES).measures]
    assert got[:3] == [(100, "2022-2025"), (100, "2022-2025"), (8000, "2022-2025")]
    assert got[-1] == (100, "2026-2030")


def test_a_scale_word_cut_off_by_the_end_of_the_page_leaves_no_figure():
    # holdout107: the excerpt ends inside "triệu"; dev 046 ends on a whole word, which still names what was counted
    assert [m[2] for m in measures("trao tặng 300 suất quà trị giá 390 tri", REPORT)] == [300]
    assert [m[2] for m in measures("Đoàn viên, thanh niên trồng mới 750.000 cây", REPORT)] == [750000]


@pytest.mark.parametrize("sentence, indicator", [
    # money a clause gives away is the value of gifts
    ("Ngoài ra, triển khai các hoạt động an sinh xã hội, tặng quà cho các gia đình chính sách, các em thiếu nhi có "
     "hoàn cảnh khó khăn với tổng trị giá trên 450 triệu đồng.", "gifts_value_vnd"),
    ("Tỉnh đoàn tổ chức buổi trao tặng xe đạp, các suất học bổng cho thiếu nhi có hoàn cảnh khó khăn với tổng giá trị "
     "gần 67 triệu đồng.", "gifts_value_vnd"),
    # …but not when it also builds: the value is of more than the gifts
    ("Đoàn viên thanh niên làm mới 2 công trình thanh niên và trao học bổng cho học sinh với tổng trị giá 120 triệu "
     "đồng.", "youth_works_value_vnd"),
])
def test_money_given_away_is_the_value_of_gifts(sentence, indicator):
    assert [m[1] for m in measures(sentence, REPORT) if m[4] == "vnd"] == [indicator]


def test_a_list_of_targets_a_campaign_sets_is_planned_whatever_its_verbs():
    # "xác lập … chỉ tiêu … như:" sets targets (a record set, "xác lập kỷ lục", is a result)
    got = measures("Năm nay, chiến dịch xác lập nhiều chỉ tiêu cụ thể, thiết thực như: thực hiện 50 “Góc Xuân tuổi trẻ” "
                   "tại các ký túc xá; thăm, tặng quà 15 ký túc xá sinh viên; tổ chức 10 chương trình “Nghĩa tình biên "
                   "giới, hải đảo”.", REPORT)
    assert [(m[0], m[2]) for m in got] == [("target", 50), ("target", 15), ("target", 10)]


def test_a_list_its_target_nouns_introduce_holds_targets_unless_they_were_met():
    # holdout33/y6_17: "hướng tới mục tiêu: Thu hút 100.000 lượt …"; dev3/d3_08: "xây dựng 10 chỉ tiêu cơ bản như: …"
    got = measures("Chiến dịch năm nay hướng tới mục tiêu: Thu hút 100.000 lượt đoàn viên, thanh niên tham gia các hoạt "
                   "động tình nguyện; xây dựng mới 80 tuyến đường.", REPORT)
    assert [(m[0], m[2]) for m in got] == [("target", 100000), ("target", 80)]
    # "đã được … xác định" tells that the targets were set; "đạt và vượt … chỉ tiêu, nổi bật như:" that they were met
    got = measures("Trong đó, 15 chỉ tiêu cơ bản đã được Thành đoàn Hà Nội xác định, bao gồm: trao 500 suất quà; tổ "
                   "chức 20 buổi tọa đàm.", REPORT)
    assert [(m[0], m[2]) for m in got] == [("target_count", 15), ("target", 500), ("target", 20)]
    got = measures("Năm qua, Tỉnh đoàn đạt và vượt 10 chỉ tiêu, nổi bật như: trao 500 suất quà; tổ chức 20 buổi tọa đàm.", REPORT)
    assert [(m[0], m[1], m[2]) for m in got] == [("result", "targets_met", 10), ("result", "gifts", 500), ("result", "other", 20)]


CORPUS = Path(__file__).parent / "corpus"


@pytest.mark.parametrize("page, expected", [
    # "1.000 căn nhà tình bạn" over "Đại hội … (nhiệm kỳ 2007 – 2012) đã đề ra chỉ tiêu xây dựng 1.000 căn nhà tình bạn"
    ("holdout35/y8_18.txt", ("target", "houses_built", 1000.0, "2007-2012", "headline, as the body says it")),
    # "Trồng mới 9.000 cây xanh …" over "… ký kết giao ước thi đua quyết tâm thực hiện …, trong đó có trồng mới 9.000 cây xanh"
    ("holdout7/r_13.txt", ("target", "trees_planted", 9000.0, "2021", "headline, as the body says it")),
])
def test_a_headline_figure_is_what_the_body_says_it_is(page, expected):
    doc = extract_document((CORPUS / page).read_text(encoding="utf-8"), model=RULES)
    headline = doc.measures[0]
    assert headline.start < doc.measures[1].start and headline.start < 60
    assert (headline.kind, headline.indicator, headline.value, headline.period, headline.kind_basis) == expected


@pytest.mark.parametrize("doc, quote, kind", [
    # targets met, named at length: "6 nhiệm vụ trọng tâm và 8 chỉ tiêu đề ra trong Chương trình Công tác đoàn … năm
    # 2018 đã được hoàn thành", "9 chỉ tiêu đề ra tại Đại hội Đoàn khóa I, nhiệm kỳ 2020-2022 đều đạt và vượt"
    ("holdout28/y1_17.txt", "8 chỉ tiêu đề ra", "result"),
    ("holdout105/e3_03.txt", "9 chỉ tiêu đề ra", "result"),
    # "Trong 9 chỉ tiêu đề ra của nhiệm kỳ trước, Xã đoàn Suối Dây đã hoàn thành và vượt mức 8 chỉ tiêu": the whole set
    ("holdout93/p9_18.txt", "9 chỉ tiêu đề ra", "target_count"),
    # "đạt và vượt tất cả 13 chỉ tiêu trọng tâm": all the targets met
    ("holdout151/p2_02.txt", "13 chỉ tiêu trọng tâm", "result"),
    # a share of the targets is an attainment
    ("holdout55/w9_14.txt", "100% chỉ tiêu công tác đoàn", "attainment"),
    ("holdout58/v3_11.txt", "100% chỉ tiêu đạt và vượt", "attainment"),
    # "… hỗ trợ, giúp đỡ ít nhất 2.300 thiếu nhi có hoàn cảnh khó khăn và xây dựng mới 20 điểm sinh hoạt, vui chơi": an
    # act with no tense of its own after a floor in its sentence is one of the same targets
    ("holdout150/p1_03.txt", "20 điểm sinh hoạt", "target"),
    ("holdout6/q_03.txt", "10 sân chơi thiếu nhi", "target"),
    # "Trồng mới 150.000 cây xanh là chỉ tiêu mà tuổi trẻ Gia Lai đặt ra …": the figure named as a target
    ("holdout156/p7_08.txt", "150.000 cây xanh", "target"),
    # "Tin tưởng rằng 90 đoàn viên thanh niên được kết nạp trong dịp này sẽ thực hiện tốt …": admitted on the day; the
    # "sẽ" is what they will do as members
    ("holdout114/e12_06.txt", "90 đoàn viên thanh niên", "result"),
    ("holdout160/q5_11.txt", "70 bạn đoàn viên thanh niên", "result"),
    # "… đã trao tặng được 205 học bổng, 250 đèn học quyết tâm, 03 công trình …, 500 cặp sách": "quyết tâm" is in the name
    # of the page's quoted scheme “Đèn học quyết tâm”, no resolve of the sentence
    ("holdout162/q7_06.txt", "500 cặp sách", "result"),
])
def test_the_words_around_a_figure_tell_its_kind(doc, quote, kind):
    measures = extract_document((CORPUS / doc).read_text(encoding="utf-8")).measures
    assert [m.kind for m in measures if quote in m.quote or m.quote in quote][:1] == [kind]


@pytest.mark.parametrize("doc, quote, indicator", [
    # "80m đường điện chiếu sáng": a lit line in metres is lighting, as "7km đường điện" is, not a road built
    ("holdout161/q4_05.txt", "80m đường điện chiếu sáng", "rural_lighting"),
    # young people and residents reached are the digital-skills campaign's phrase; children taught to swim are not it
    ("holdout64/v9_05.txt", "65.542 lượt thanh thiếu nhi", "digital_skills_reach"),
    ("dev4/d4_18.txt", "104.180 lượt thanh thiếu nhi", "digital_skills_reach"),
    ("holdout159/q6_02.txt", "1.500 lượt thanh thiếu nhi", "other"),
    # a stretch of road lit is a route lit: "15 đoạn đường “Thanh niên thắp sáng làng quê”"
    ("holdout193/g0_05.txt", "15 đoạn đường", "rural_lighting"),
    # "ra quân … với sự tham gia 150 cán bộ đoàn viên, thanh niên": the "của" left out
    ("holdout192/f9_08.txt", "150 cán bộ đoàn viên", "volunteer_turns"),
    # "5.140 đoàn viên thanh niên đã tham gia khắc phục nhà ở cho … gia đình có hoàn cảnh đặc biệt khó khăn": the members
    # who took part, not the families helped
    ("holdout197/i0_03.txt", "5.140 đoàn viên thanh niên", "volunteer_turns"),
])
def test_what_a_length_or_a_reach_counts(doc, quote, indicator):
    measures = extract_document((CORPUS / doc).read_text(encoding="utf-8")).measures
    assert [m.indicator for m in measures if m.quote == quote] == [indicator]


@pytest.mark.parametrize("doc, quote", [
    ("holdout127/g7_02.txt", "750 nhà tiêu hợp vệ sinh"),
    ("holdout39/z3_01.txt", "300 nhà tiêu hợp vệ sinh"),
    ("holdout12/w_10.txt", "33 nhà tiêu hợp vệ sinh"),
])
def test_a_latrine_is_no_house(doc, quote):
    # "nhà tiêu", like "nhà vệ sinh", is a latrine: the labels never count it among houses built (26 of 26 `other`);
    # the dictionary says so itself, not only the corrector learned from these very pages
    measures = extract_document((CORPUS / doc).read_text(encoding="utf-8"), model=rules_model()).measures
    assert [m.indicator for m in measures if m.quote == quote] == ["other"]


def test_a_gift_to_pupils_counts_gifts_whatever_campaign_is_named():
    # "Ban Chỉ đạo Tháng Thanh niên và chiến dịch thanh niên học sinh tình nguyện hè huyện đã trao học bổng cho 10 em
    # học nghèo": the campaign's name is no volunteers' count; scholarships to ten pupils are ten gifts
    measures = extract_document((CORPUS / "holdout204/k1_07.txt").read_text(encoding="utf-8")).measures
    assert [(m.value, m.indicator) for m in measures if m.value == 10] == [(10, "gifts"), (10, "gifts")]


@pytest.mark.parametrize("doc, value", [
    # "Đại diện Thành đoàn Điện Biên Phủ và Cụm khối 4 bàn giao khu vui chơi": a group by its number
    ("holdout207/k4_02.txt", 4),
    # "Dịp này, Ban tổ chức tôn vinh 85 người hiến máu tình nguyện tiêu biểu năm 2016": donors honoured, not donors
    ("holdout208/k5_01.txt", 85),
])
def test_a_numbered_group_or_an_honour_roll_is_no_measure(doc, value):
    measures = extract_document((CORPUS / doc).read_text(encoding="utf-8")).measures
    assert [m.quote for m in measures if m.value == value and m.indicator != "gifts"] == []


def test_a_launch_spoken_of_as_the_cause_sets_no_target():
    # "Qua phát động và thông báo rộng rãi, …, hơn 600 sinh viên … đã đăng ký tham gia hiến máu. Kết quả đã thu được
    # 416 đơn vị máu": the launch came first; the students' registering is what it got
    measures = extract_document((CORPUS / "holdout209/k6_04.txt").read_text(encoding="utf-8")).measures
    assert [(m.kind, m.indicator) for m in measures if m.value == 600] == [("result", "blood_donors")]


# ---------------------------------------------------------------- waves 8 to 10 (holdout219-230), read after their first sights
def _page(doc, model=None):
    return extract_document((CORPUS / doc).read_text(encoding="utf-8"), model=model).measures


def test_what_one_gift_holds_is_no_measure():
    # "trao túi quà an sinh cho các hộ gia đình …, mỗi túi an sinh, gồm 1 thùng nước sạch và 1 suất quà an sinh (1 chai
    # dầu ăn, 5kg gạo, …)": the contents of one bag; "trao tặng 50 triệu tiền mặt" is money, the word "đồng" unsaid
    measures = _page("holdout223/m6_01.txt")
    assert [m.quote for m in measures if m.quote.startswith(("1 thùng", "5kg", "1 chai", "1 gói", "1 túi bánh"))] == []
    assert [(m.value, m.unit) for m in measures if m.quote.startswith("50 triệu")] == [(50_000_000, "vnd")]


@pytest.mark.parametrize("doc, value", [
    # "Chi đoàn Cơ quan Công ty, Chi đoàn Điện lực Hải Châu và 06 đoàn viên thanh niên Công ty cũng được tặng Giấy khen"
    ("holdout225/m8_03.txt", 6),
    # "Hơn 500 chiến sĩ đoàn viên, thanh niên, sinh viên các trường … tại TP. Phan Thiết đã đến dự.": at the launch
    ("holdout226/m9_03.txt", 500),
    # "Dự lễ ra quân có anh …; lãnh đạo …, Huyện Đoàn Cát Tiên cùng hơn 500 đoàn viên, thanh niên, học sinh … tham gia."
    ("holdout228/o0_07.txt", 500),
    # "Thôn Wang Hra là thôn đặc biệt khó khăn của xã Đăk Ui với 164 hộ, 735 khẩu": who lives there
    ("holdout240/b1_05.txt", 164),
    ("holdout240/b1_05.txt", 735),
    # "trao tặng 1 Tivi 21 Inch": a screen's size
    ("holdout236/r1_01.txt", 21),
])
def test_people_commended_at_a_ceremony_or_living_there_and_sizes_are_no_measure(doc, value):
    assert [m.quote for m in _page(doc) if m.value == value] == []


@pytest.mark.parametrize("doc, value, expected", [
    # "Hưởng ứng đợt phát động Ngày hội hiến máu tình nguyện do BCH ĐTN Petrolimex tổ chức, hơn 60 ĐTN và CB-NLĐ … đã
    # nhiệt tình tham gia hiến máu tình nguyện": the launch answered, the giving done
    ("holdout225/m8_06.txt", 60, [("result", "count")]),
    # "Kết quả có 741.212 lượt thí sinh và người nhà được hỗ trợ": candidates the work served
    ("holdout229/o1_07.txt", 741212, [("result", "count")]),
    # "… đã có trên 500 đoàn viên thanh niên và các hội viên thuộc các ban, ngành, đoàn thể của huyện đăng ký tham gia"
    ("holdout227/n9_02.txt", 500, [("result", "count")]),
])
def test_figures_read_on_the_blind_waves_pages(doc, value, expected):
    assert [(m.kind, m.unit) for m in _page(doc) if m.value == value] == expected


def test_millilitres_are_no_count():
    # "Chỉ trong vòng một buổi sáng, hơn 10.000 ml đã được tiếp nhận": millilitres of blood (the figure filter, learned,
    # may set the figure aside; the rules read its unit)
    text = (CORPUS / "holdout219/m0_06.txt").read_text(encoding="utf-8")
    assert [(m.kind, m.unit) for m in extract_document(text, model=RULES).measures if m.value == 10000] == [
        ("result", "other")]


@pytest.mark.parametrize("doc, start", [
    # "Công trình gồm 11 trụ nước uống với công suất lọc mỗi máy 20 lít/giờ": a machine's capacity, not work done
    ("holdout234/q1_06.txt", "20 lít"),
    # "… năm 2014, vận động và tiếp nhận được 32.248 đơn vị máu, tỉ lệ dân số tham gia hiến máu tình nguyện đạt 3,25%":
    # a share of the city's people
    ("holdout232/p0_03.txt", "3,25"),
])
def test_a_capacity_or_a_share_of_the_population_is_no_measure(doc, start):
    assert [m.quote for m in _page(doc) if m.quote.startswith(start)] == []


def test_pupils_who_received_scholarships_count_the_scholarships():
    # "85 sinh viên có hoàn cảnh khó khăn vươn lên trong học tập được nhận học bổng, mỗi suất trị giá 1 triệu đồng"
    assert [m.indicator for m in _page("holdout229/o1_02.txt") if m.value == 85] == ["gifts"]


def test_the_sites_list_of_its_other_posts_is_not_the_page():
    # after the article, "- Quỹ Thiện tâm tặng 500 suất quà Tết cho hộ nghèo", "- Huyện Đông Hải …: Hơn 480 học sinh
    # tham gia …": five dashed headlines no line introduces and none ends a sentence
    assert [m.value for m in _page("holdout237/u0_03.txt") if m.value in (500, 480)] == []
    # "Related posts:" and its headlines ("10 hoạt động nổi bật của tuổi trẻ VRG năm 2021") neither count nor date the page
    text = (CORPUS / "holdout242/b3_01.txt").read_text(encoding="utf-8")
    doc = extract_document(text)
    assert [m.value for m in doc.measures if m.value == 10] == [] and doc.facts.period is None


@pytest.mark.parametrize("doc, value, expected", [
    # "Tham gia hội thi có 12 đội gồm 112 thí sinh là đoàn viên - thanh niên": a contest the Union holds counts its
    # contestants (an exam's candidates count only as people the work served)
    ("holdout237/u0_03.txt", 112, [("result", "count")]),
    # "Để kịp thời hỗ trợ khắc phục những thiệt hại do bão lụt gây ra …, Ban Thường vụ Huyện đoàn Hoài Ân huy động 70 ĐVTN
    # … ra quân dọn hơn 40m3 đất đá": the flood named as the cause of the damage the work answers is no toll
    ("holdout236/r1_03.txt", 70, [("result", "count")]),
])
def test_contestants_and_the_help_a_flood_called_for_are_work_done(doc, value, expected):
    assert [(m.kind, m.unit) for m in _page(doc, RULES) if m.value == value] == expected


def test_a_toll_told_as_what_a_storm_caused_is_still_a_toll():
    # "Hà Tĩnh và Nghệ An là hai tỉnh gánh chịu thiệt hại nặng nề do bão số 10 gây ra, trong đó, Hà Tĩnh ước tính thiệt hại
    # trên 6.000 tỷ đồng": no help comes before the storm, so the sentence tells its toll
    assert [m.quote for m in _page("holdout67/u3_18.txt", RULES) if m.value in (6e12, 2.1e12)] == []
