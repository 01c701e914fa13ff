"""Find targets and results in Vietnamese text: every candidate number, its kind, qualifier, unit, scope,
indicator and the words that give it meaning.

One pass of one compiled pattern finds the numbers; each is judged on a bounded window of its own
clause, so time grows linearly with the text. Rules are written for the language, not for sentences of
the sample: they name Vietnamese function words (ít nhất, hơn, gần, phấn đấu, đã, được …).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from . import periods, tense
from .attribution import attribute
from .facts import DocumentReading
from .indicators import PEOPLE_HEAD, CueDictionary, fold
from .model import Measure
from .numbers import NUMBER, digits_value, scale_value, sub_value, word_value
from .organisations import UPPER
from .scanning import lowered
from .scope import read_scope

# ---------------------------------------------------------------- spans that are never measures
_MASKS = re.compile(
    # Every branch starts with a digit, a quote or a capital letter: the lookahead lets the engine skip
    # all other positions without trying the alternatives (3x faster on long texts).
    r"(?=[\d“\"‘A-ZĐ])(?:"
    r"\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{2,4}"  # dates 7/12/2021
    r"|(?<![\d.,])(?:19|20)\d{2}-\d{2}(?:-\d{2})?(?!\d)"  # ISO dates 2022-07
    r"|\d{1,2}[:hg]\d{2}(?![\d.,])"  # times 21:20, 8h30 (never "Chỉ tiêu 1: 10.000")
    r"|(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2}"  # year ranges 2022 - 2027
    r"|(?<=[Nn]gày )\d{1,2}-\d{1,2}(?:-\d{2,4})?(?![\d.,])|(?<=\()\d{1,2}-\d{1,2}(?=\))"  # "ngày 28-9", "(22-3)"
    r"|(?<=[Ss]áng )\d{1,2}-\d{1,2}(?![\d.,])|(?<=[Cc]hiều )\d{1,2}-\d{1,2}(?![\d.,])|(?<=[Tt]ối )\d{1,2}-\d{1,2}(?![\d.,])"
    r"|\d+[-/](?:[A-ZĐ][\w]*)"  # document numbers 14-KH, 5120/QĐ-UBND
    r"|\d\.0(?![\d.,])"  # names like "công nghiệp 4.0", "Web 2.0" (a decimal is written with a comma)
    r"|(?:[Ss]ố|Quyết định|Kế hoạch|Nghị quyết|Chỉ thị|Kết luận|Hướng dẫn|Thông tư|Nghị định|Luật)\s+\d+"  # "số 03"
    r"|“(?!\d{2,}[.\d]*\s+\w)[^”\n]{0,120}”|\"(?!\d{2,}[.\d]*\s+\w)[^\"\n]{0,120}\"|‘[^’\n]{0,80}’"  # slogans and names in quotes
    r")",
)
_LIST_NUMBER = re.compile(r"(?:^|\n)[ \t]*[-–•*]?[ \t]*\(?\d{1,2}(?:\.\d{1,2})*[.):](?=\s)")
_LINE_LABEL = re.compile(r"(?:chỉ tiêu|Chỉ tiêu|CHỈ TIÊU|mục|Mục|phần|Phần|điều|Điều|khoản|Khoản|nhóm|Nhóm)\s+(?:thứ\s+|số\s+)?$")

# Numbers that are no quantity whatever their words: "11:03:53 AM", "8h30", "Hotline: 0865015015", "hẻm 818 Lê Trọng
# Tấn", "cơ sở 97 Võ Văn Tần", "130 x 5 m".
_NOT_A_QUANTITY_BEFORE = re.compile(r"(?:\d[:h]|\d\s*[x×]\s*)$")
# "1 số trường" is "một số trường" (some schools) written with a digit
# "Trong 2 ngày (27 và 28-4)": days of a month listed
# (and an object's size, "1 Tivi 21 Inch": a screen's measure, no count of anything)
_NOT_A_QUANTITY_AFTER = re.compile(r"\s*[x×]\s*\d|(?<=(?<![\d.,])1) số\s+(?!điện thoại|hóa|hoá|lượng)\w|\s*(?:[Ii]nch|INCH)\b|"
                                   r"\s+(?:và|-|đến)\s+\d{1,2}\s*[-/.]\s*\d{1,2}(?![\d.,]*\d{3})\b")
# a page's view counter beside its time stamp: "30/06/2021 09:43 44 lượt xem" (not "thu hút 3,6 tỷ lượt xem")
_COUNTER_BEFORE = re.compile(r"(?:\d{1,2}:\d{2}(?::\d{2})?|\d{1,2}/\d{1,2}/\d{4})\s+$")
_COUNTER_AFTER = re.compile(r"\s*(?:lượt xem|lượt đọc|lượt truy cập|lượt thích|lượt chia sẻ|bình luận)\b", re.I)
# a site's visitor box: "Tổng truy cập 7.171.758 Truy cập hiện tại 1.545 khách", "Đang online: 45"
_VISITS_BEFORE = re.compile(r"(?:[Tt]ổng truy cập|[Tt]ruy cập hiện tại|[Đđ]ang truy cập|[Đđ]ang online|[Ll]ượt truy cập)\s*:?\s*$")
_PAGE_TOOLS_AFTER = re.compile(r"\s*(?:In bài viết|Gửi bài viết|Lưu bài viết|Chia sẻ bài viết)\b|"  # "4964 In bài viết"
                               # a site's section label before its dateline: "3 Chương trình   Web.ĐTN: …"
                               r"(?:[ \t]+[^\W\d][\w,]*){1,3}[ \t]{2,}Web\.ĐTN\b")
_ADDRESS_BEFORE = re.compile(r"(?:số nhà|hẻm|ngõ|ngách|kiệt|cơ sở)\s+$", re.I)
# a phone number: "0865015015", or a local one after its area code ("054. 3833535"); a count of millions is always
# written with its thousands dots ("3.833.535")
_PHONE = re.compile(r"0\d{8,10}|[1-9]\d{6,7}")
_DOTTED_DAY_MONTH = re.compile(r"(\d{1,2})\.(\d{1,2})")
_UNIT_AFTER_DATE = re.compile(r"\s*(?:km|%|m\b|ha\b|tấn|kg|tỷ|tỉ|triệu|nghìn|ngàn|lượt|người)", re.I)
_NAMED_NUMBER = re.compile(r"([A-ZĐ][\wÀ-ỹ]*(?:\s+[A-ZĐ][\wÀ-ỹ]*){0,2})\s+$")
# words right before a number that make it an ordinal, a date part, a code or a year
_BEFORE_NOT = re.compile(
    r"(?:lần thứ|thứ|khóa|khoá|(?<!tổng )(?<!tổng)số(?! lượng)|ngày|tháng|năm|quý|giai đoạn|nhiệm kỳ|đợt|lớp|phòng|tầng|mã|kỳ|"
    r"top|hạng|giải|mục|điều|khoản|phiên bản|version|phút|giờ|tập|chương|bài|câu|trang|covid|sars-cov|tầm nhìn|chặng|tuần|\d:|"
    r"(?<!\d )lần|"  # "Đại hội … lần 7" is the seventh; "3 lần" (times) has its number before
    # places numbered, not counted: "từ tổ 12 đến tổ 2", "Khu phố 23", "ấp 3", "phường 12", and their unions ("Quận Đoàn 12")
    # and groups and grades by number ("Cụm khối 4", "Cụm thi đua số 3", "học sinh khối 12")
    r"(?<!\w)(?:tổ|khu phố|khu|khóm|ấp|thôn|xóm|(?:phường|quận)(?:\s*đoàn)?|cụm|khối)|"
    # military and police units go by number: "Sư đoàn 365", "Trung đoàn 717", "Vùng Cảnh sát biển 2", "Quân khu 1"
    r"(?<!\w)(?:sư đoàn|trung đoàn|lữ đoàn|tiểu đoàn|đại đội|trung đội|quân khu|quân đoàn|binh đoàn|hải đoàn|hải đội|"
    r"cảnh sát biển|vùng hải quân|đồn biên phòng|đồn))\s*$",
    re.IGNORECASE,
)
# nouns right after a number that make it a duration, an age, a date part, a rank or a ratio of time
_AFTER_NOT = re.compile(
    r"\s*(?:năm(?!\s+(?:liền|liên tiếp))|tuổi|giờ|phút|giây|ngày(?! công)|tháng|tuần|quý|thế kỷ|lần thứ|giải|huy chương|"
    r"bằng khen|cờ thi đua|đại biểu|đồng chí(?!\s+(?:vinh dự\s+)?(?:được\s+)?(?:kết nạp|đứng))|ủy viên|uỷ viên|"
    r"thành viên ban|khách mời|vòng|hạng|điều|trang|tầng|học sinh giỏi|tiêu chí|sao|dân tộc|mùa\b|"
    r"điểm\s+(?:trên|/)|ký tự|phiên|cấp\b|tốt\b|liên kết|trách nhiệm|sẵn sàng|xung kích|đồng hành|chủ động|không\b|"
    r"quận|huyện|xã\b|phường|thị trấn|tỉnh|thành phố|sự kiện(?:,\s*hoạt động)?\s+(?:tiêu biểu|nổi bật)|"
    r"chương trình (?:công tác|mục tiêu|hành động)|nội dung|nhóm(?! chỉ tiêu| nhiệm vụ| giải pháp)|lĩnh vực|mặt|khối|bước|"
    r"giai đoạn|chữ|lượt phát biểu|ý kiến phát biểu|tham luận|m2\b|m²|"
    # a thickness or width ("dày 20 cm"), a committee's plenum ("Nghị quyết Trung ương 7 khóa XII")
    r"cm\b|mm\b|khóa\s+[IVXLC]+\b|khoá\s+[IVXLC]+\b)",
    re.IGNORECASE,
)
_ENGLISH_DATE = re.compile(r"\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?,?\s+(?:19|20)\d\d\b")
_UNITS_OF_THE_UNION = re.compile(r"\s*(?:[Đđ]oàn (?:trường|cơ sở)|cơ sở (?:[Đđ]oàn|[Hh]ội)|đoàn công tác|nhân sự|"
                                 r"giáo viên(?: Tổng phụ trách| TPT)?)\b")
_FOUNDED_BEFORE = re.compile(r"thành lập|phát triển(?: mới)?|xây dựng|củng cố|kiện toàn", re.I)
_CAPACITY = re.compile(r"\s*(?:lít|l|m3|m³|kg|tấn|kw|kwh)\s*/\s*(?:giờ|h|ngày|ngày đêm|phút)\b", re.I)
_MONEY_RATE = re.compile(r"\s*(?:đồng|đ\b|vnđ)?\s*/\s*(?:1\s*)?(?:năm|tháng|ngày|giờ|kg|con|bao|lít)\b", re.I)
_FRAMING_COUNT = re.compile(r"\s*(?:chiến dịch|phong trào hành động|chương trình đồng hành)\b", re.I)
# harm a disaster did, unless those harmed are the ones helped ("hỗ trợ 05 gia đình bị thiệt hại do mưa đá")
_HARMED = re.compile(r"\s*(?:người|hộ gia đình|hộ dân|hộ|gia đình|ha)\b[^.;,]{0,12}?\b(?:tử vong|bị thương|mất tích|"
                     r"bị thiệt hại|thiệt hại|bị ngập|bị sập|bị hư hỏng|bị tốc mái|bị cuốn trôi|bị sạt lở)", re.I)
_HELPED_BEFORE = re.compile(r"hỗ trợ|giúp|thăm|tặng|trao|\bcho\b|sửa chữa|khắc phục|dựng lại|xây lại|di dời", re.I)
# a disaster as the agent of the sentence ("bão số 10 đã làm 36 người chết, …; 160 nhà đổ, sập", "Tổng thiệt hại … ước
# tính khoảng 11.000 tỷ đồng"): its toll, which the Union's appeal answers, is no figure of the Union's
_DISASTER_TOLL = re.compile(r"\b(?:bão|lũ|lụt|mưa lũ|mưa đá|thiên tai|lốc xoáy|hỏa hoạn|hoả hoạn|động đất|triều cường)\b"
                            r"[^.;:]{0,40}?\b(?:đã\s+)?(?:làm|gây(?:\s+ra)?|khiến|cuốn trôi)\b|"
                            r"[Tt]ổng thiệt hại|thiệt hại (?:về người|về tài sản|về kinh tế|ước tính)|"
                            r"^\s*Làm\s+(?:sạt lở|hư hỏng|ngập|sập|tốc mái|chết)")
# a contest the Union holds counts its contestants ("Tham gia hội thi có 12 đội gồm 112 thí sinh", "Hơn 110 thí sinh tham
# gia hội thi"), where an exam's candidates are counted only as people the work served
_CONTEST = re.compile(r"hội thi|cuộc thi|tranh tài|[^.;:\d]{0,30}?\btham gia\s+(?:dự\s+)?(?:hội\s+|cuộc\s+)?thi\b", re.I)
# a disaster told as the cause of the damage the work answers ("hỗ trợ khắc phục những thiệt hại do bão lụt gây ra") is
# no agent (but "hai tỉnh gánh chịu thiệt hại nặng nề do bão số 10 gây ra, trong đó, …" tells the toll)
_CAUSED_BY = re.compile(r"\b(?:do|bởi|vì)\s+(?:\w+\s+){0,2}$", re.I)
# exam candidates are counted as people helped when a verb of service comes before them ("tiếp sức cho 24.031 thí sinh")
_CANDIDATES_HELPED = re.compile(_HELPED_BEFORE.pattern + r"|tiếp sức|tư vấn|hướng dẫn|phục vụ|đón|chăm lo|nấu|phát|miễn phí|chỗ ở",
                                re.I)
# who took part and how often, not work done: "3 đơn vị ra quân", "10 điểm cầu", "19 lần tổ chức" (but "1.000 đơn vị
# máu", "86 đơn vị tuyển dụng" at a job fair, and "12 lần hiến máu" count what was given or offered)
_TAKING_PART_OR_TIMES = re.compile(r"\s*(?:đơn vị(?!\s+(?:máu|tuyển dụng|doanh nghiệp))|điểm cầu|"
                                   r"lần(?=\s*(?:[,.;:)]|$|tổ chức|liên tiếp|liền)))", re.I)
_COMRADES_COUNTED = re.compile(r"(?:kết nạp|huy động|giới thiệu|bồi dưỡng|tập huấn)(?:\s+\w+){0,3}?\s*(?:được\s+)?"
                               r"(?:hơn|trên|gần|khoảng)?\s*$", re.I)
_NEW_MEMBERS = re.compile(r"\s*đoàn viên (?:mới|(?:vừa |mới )?được kết nạp)", re.I)
# a house built or mended for the people counted next ("sửa chữa nhà cho 35 hộ gia đình", "khởi công xây dựng “Nhà nhân ái”
# cho 2 đoàn viên"); not a toilet, a hall, lodgings or a sponsor ("nhà vệ sinh", "nhà văn hóa", "nhà trọ", "nhà tài trợ")
_HOUSE_FOR = re.compile(
    r"(?:(?:xây|sửa|làm|dựng|khởi công|bàn giao)[^,.;:\d]{0,25}?[“\"]?\bnhà\b"
    r"(?!\s+(?:vệ sinh|văn hóa|văn hoá|trọ|công vụ|tài trợ|thiếu nhi|hảo tâm|nước|máy|trường|bếp|ăn|kho|tắm|chờ|sinh hoạt))|"
    r"[“\"]?\bnhà\s+(?:nhân ái|tình nghĩa|tình thương|khăn quàng đỏ|đại đoàn kết|tình bạn|tình đồng đội|đồng đội|ở mới|ở)\b)"
    r"[^,.;:\d]{0,40}\bcho\s+(?:hơn\s+|trên\s+|gần\s+|khoảng\s+)?$", re.I)
_MERIT_TITLE = re.compile(r"\s*[“\"][^”\"\n]{0,40}?(?:5 tốt|năm tốt|tiên tiến|tiêu biểu|xuất sắc)[^”\"\n]{0,30}[”\"]", re.I)
_AWARD_SENTENCE = re.compile(r"khen thưởng|bằng khen|tuyên dương|giải thưởng|trao giải|trao tặng bằng|giấy khen|kỷ niệm chương|huy hiệu|"
                             r"giấy chứng nhận|biểu dương|vinh danh|tôn vinh|bình chọn|lựa chọn|công bố|cờ thi đua|"
                             r"danh hiệu|xếp loại|dẫn đầu", re.IGNORECASE)
_AWARD_NOUN = re.compile(r"\s*(?:tập thể|cá nhân|gương|điển hình|tác phẩm|giải|(?:giấy|bằng) khen|cờ thi đua|"
                         r"(?:đơn vị|chi đoàn|cơ sở đoàn|liên đội)[^.;,]{0,25}(?:xuất sắc|dẫn đầu|tiêu biểu)|"
                         r"(?:công trình|sáng kiến|mô hình|dự án)[^.;]{0,30}tiêu biểu|"
                         r"(?:người|đoàn viên|thanh niên|chiến sỹ|chiến sĩ|cán bộ|em|học sinh)[^.;]{0,70}?(?:thành tích|tiêu biểu|xuất sắc|tiên tiến|sống đẹp|"
                         r"được tuyên dương|được khen|được (?:tặng|trao)\s+(?:giấy|bằng) khen|nhận (?:giấy|bằng) khen)|"
                         # "140 sinh viên đạt danh hiệu “Sinh viên 5 tốt”": people who earned a title
                         r"(?:người|đoàn viên|thanh niên|học sinh|sinh viên|hội viên|đội viên)[^.;,]{0,30}(?:đạt danh hiệu|vinh dự nhận))",
                         re.IGNORECASE)
_AWARDED_TO = re.compile(r"\s*(?:đội viên|đoàn viên|em|cháu|đơn vị|chi đoàn|liên đội|chi đội|cơ sở)", re.I)
# the stock of members: "toàn tỉnh có 188.000 đoàn viên" (not something done)
_RAISED_TOTAL = re.compile(r"(?:nâng|đưa)\s+tổng số\b[^.;:]{0,50}?\blên\s*(?:hơn|trên|gần|khoảng)?\s*$", re.I)
_STOCK_NOUN = re.compile(r"\s*(?:đoàn viên|hội viên|đội viên|cơ sở đoàn|đoàn cơ sở|chi đoàn|chi hội|chi đội|liên đội|đảng viên|tổ chức cơ sở|cán bộ|đơn vị cơ sở|tổ chức)\b(?!\s+(?:ưu tú|mới|được|tham gia|đăng ký|thanh niên được|,? thanh niên (?:được|tham gia)))", re.IGNORECASE)
# "200 đại biểu đại diện cho hơn 5.200 cán bộ, đoàn viên", "lựa chọn từ 2.700 đoàn viên": the membership
_REPRESENTED = re.compile(r"(?:đại diện(?: cho)?|thay mặt cho|lựa chọn từ|chọn ra từ|bầu từ|đại biểu (?:đến )?từ)\s*(?:hơn|trên|gần|khoảng|tổng số)?\s*"
                          r"(?:[\d.,]+\s*(?:triệu|nghìn|ngàn)?\s+[^\d.;:]{1,30}(?:,|\s+và)\s*(?:hơn|trên|gần|khoảng)?\s*)?$", re.I)
_DELEGATES_AFTER = re.compile(r"^[^.;]{0,40}(?:đại diện cho|đại biểu)", re.IGNORECASE)
_COMPARE_AFTER = re.compile(r"\s*(?:so với|so cùng kỳ)", re.IGNORECASE)
# "Huyện Mường La hiện có 41 liên đội, với 20 nghìn thiếu niên", "toàn tỉnh có gần 412.000 người …; 155.107 thiếu niên"
_HAS = re.compile(r"(?:hiện có|hiện nay có|có tổng số|(?:[Tt]oàn|[Cc]ả) (?:tỉnh|huyện|xã|thành phố|khối) (?:hiện )?có)\b")
_YOUNG_PEOPLE = re.compile(r"\s*(?:thanh niên|thiếu niên|thiếu nhi|thanh thiếu nhi|nhi đồng|người|học sinh)\b", re.I)
# members who took part or set out on the work ("gần 100 đoàn viên, thanh niên ra quân xử lý điểm đen rác thải")
# (a thousands dot is no sentence end: "… thuộc 4.800 đội hình tình nguyện sẽ đồng loạt ra quân")
# (who signed up may take a long phrase: "trên 500 đoàn viên thanh niên và các hội viên thuộc các ban, ngành, đoàn thể
# của huyện đăng ký tham gia")
_PARTICIPATED = re.compile(r"(?:[^.;:]|(?<=\d)\.(?=\d)){0,80}?\b(?:tham gia|ra quân|đồng loạt ra quân|hưởng ứng|hiến máu)\b|"
                           r"[^.;:]{0,110}?\bđăng ký\s+tham gia\b", re.I)
# "13.274 cán bộ đoàn, đoàn viên, thanh niên được nghiên cứu, học tập": members who went through something, not the stock
_UNDERWENT = re.compile(r"[^.;:\d]{0,50}?\bđược\s+(?!giao\b)\w", re.I)
# who lives in a place: its youth, its population, its households with the mouths they feed ("thôn … với 164 hộ, 735
# khẩu", "hơn 900 hộ dân với hơn 4.000 nhân khẩu"; "khẩu trang" are face masks, "khẩu súng" guns)
_KHAU = r"(?:nhân\s+)?khẩu\b(?!\s*(?:trang|súng|pháo|hiệu))"
_POPULATION = re.compile(r"[^.;:]{0,40}?(?:trong độ tuổi (?:thanh niên|từ)|dân số|sinh sống)|"
                         rf"\s*(?:{_KHAU}|hộ(?:\s+dân)?\s*(?:,|với|và|gồm)\s*(?:gần|hơn|trên|khoảng)?\s*[\d.]+\s*{_KHAU})", re.I)
# people at a ceremony or a conference: attendees, not a measure ("lễ ra quân quy tụ hơn 1.500 đoàn viên")
# people named as volunteers are the campaign's force, whether a ceremony counts them or delegates stand for them
# ("với sự tham gia của 8 đội, hơn 500 chiến sĩ tình nguyện", "3.000 chiến sĩ đại diện cho hơn 60.000 chiến sĩ tình nguyện")
_VOLUNTEERS = re.compile(r"\s*(?:chiến sĩ|chiến sỹ|sinh viên|thanh niên)\s+tình nguyện|\s*tình nguyện viên", re.I)
# ("Tham dự hội nghị có …" opens the list of those present as often as "tham dự" follows them)
_CEREMONY = re.compile(r"[Tt]ham dự|\b[Dd]ự lễ|\b[Dd]ự hội nghị|\b[Dd]ự buổi|quy tụ|[Đđ]ến dự|dự và đưa tin|có sự tham gia của|với sự tham gia của")
# "… với hơn 300 đoàn viên, thanh niên đã tham dự buổi lễ", "tổ chức lễ ra quân … với hơn 800 đoàn viên … tham gia":
# the people at the ceremony
_ATTENDED_AFTER = re.compile(r"[^.;:]{0,60}?\btham dự\s+(?:buổi\s+)?(?:lễ|hội nghị|đại hội)\b")
_ATTENDING = re.compile(r"[^.;:\d]{0,40}?\btham dự\b(?!\s+(?:các\s+)?(?:hoạt động|chương trình|chiến dịch|phong trào|lớp|khóa|khoá))|"
                        # "Hơn 500 chiến sĩ …, sinh viên các trường … tại TP. Phan Thiết đã đến dự.": present, with
                        # nothing after to do (a city's "TP." is no sentence's end)
                        r"(?:[^.;:\d]|(?<=TP|Tp)\.){0,160}?\b(?:đến|về)\s+(?:tham\s+)?dự\s*(?:[.!\n]|$)")
# what one unit of a gift holds: "mỗi túi an sinh, gồm 1 thùng nước sạch và 1 suất quà an sinh (1 chai dầu ăn, 5kg gạo,
# …)" (a value it names, "… trị giá 330 ngàn đồng", and whom it goes to, are other figures)
_CONTENTS_OF_ONE = re.compile(r"\bmỗi\s+[^;.\d()\n]{1,40}?\b(?:gồm|bao gồm)\s*:?\s*(?P<list>[^;.\n]{0,150})$", re.I)
_TAUGHT_BEFORE = re.compile(r"kết nạp|giới thiệu|hỗ trợ|tập huấn|bồi dưỡng|tổ chức cho|đào tạo|tư vấn|quán triệt|học tập|"
                            r"tuyên truyền|khám|tặng|trao", re.I)
_CEREMONY_WITH = re.compile(r"\blễ (?:ra quân|phát động|khởi động|xuất quân|khai mạc)[^.;:]{0,120}?\bvới\s*(?:hơn|trên|gần|khoảng)?\s*$")
_PEOPLE_NOUN = re.compile(r"\s*(?:đoàn viên|thanh niên|người|đại biểu|cán bộ|hội viên|đội viên|học sinh|sinh viên|chiến sĩ|chiến sỹ)\b", re.I)
_ELECTED = re.compile(r"\bbầu\b|hiệp thương|\bcử\b|Ban Chấp hành|Ban chấp hành|Ban Thường vụ|\bBCH\b|\bBTV\b|Ủy ban Hội|Uỷ ban Hội", re.I)
_BACK_REFERENCE = re.compile(r"\s*[^\W\d]+(?:\s+[^\W\d]+)?\s+(?:đó|này|ấy|nói trên|kể trên)\b", re.I)
_HAMLET_NAMED = re.compile(r"\b(?:thôn|ấp|xóm|buôn|bản|khóm|khu phố|tổ dân phố)\s+(?:[A-ZĐ][^\W\d]*\s+){1,3}$")
_COMMENDS_BEFORE = re.compile(r"(?:tuyên dương|biểu dương|khen thưởng|vinh danh)\s*(?:hơn|trên|gần|khoảng)?\s*$", re.I)
_COMMENDED_NOUN = re.compile(r"\s*(?:tập thể|cá nhân|gương|điển hình|đảng viên|đoàn viên|hội viên|đội viên|thanh niên|thiếu nhi|"
                             r"học sinh|sinh viên|cán bộ|chiến sĩ|chiến sỹ|người|em|đơn vị|chi đoàn|cơ sở)\b", re.I)
_PLACES_NAMED = re.compile(rf"\s+(?:thôn|bản|ấp|làng|xóm|buôn|plei)\s+[{UPPER}]")  # not "bản đồ" (maps)
_PERSON_NOUN = re.compile(r"\s*(?:người|đồng chí|thành viên|thanh niên|ủy viên|uỷ viên|cán bộ|đại biểu|anh(?:,?\s*chị)?|chị|bạn)\b", re.I)
_ONE_OF = re.compile(r"\s+trong\s+(?:số\s+)?\d", re.I)
# a figure whose words run into the end of the text ("… tổ chức 07 h", "mỗi suất trị giá 1 tri"): the page was cut
# there, and a scale word cut short ("tri" of "triệu") leaves its size unknown; a whole word ("trồng mới 750.000
# cây") still says what was counted
_CUT_OFF = re.compile(r"\s*(?:\w{1,2}|tri|triệ|ngh|nghì|ngà|đồn)?\s*$")

# ---------------------------------------------------------------- qualifiers, kinds, units, scope
_QUAL = [
    (re.compile(r"(?:ít nhất|tối thiểu)(?:\s+là)?(?:\s+(?:có|đạt|được))?(?:\s+từ)?\s*$", re.I), "at_least"),
    (re.compile(r"(?:hơn|trên|vượt|vượt mức)\s*$", re.I), "more_than"),
    (re.compile(r"(?:gần)\s*$", re.I), "less_than"),
    (re.compile(r"(?:dưới)\s*$", re.I), "less_than"),
    (re.compile(r"(?:khoảng|gần như|xấp xỉ|chừng|ước|ước tính|ước đạt)\s*$", re.I), "approx"),
    (re.compile(r"(?:tối đa|không quá|không vượt quá)\s*$", re.I), "at_most"),
]
# "trở lên" after a level ("đoàn cơ sở trở lên", "cấp huyện trở lên") is "and above", not a bound
_AT_LEAST_AFTER = re.compile(r"^[^,;.]{0,40}?(?<!sở )(?<!huyện )(?<!tỉnh )(?<!xã )(?<!cấp trên )trở lên", re.I)
_TARGET_COUNT_NOUN = re.compile(r"\s*(?:chỉ tiêu|nhiệm vụ|khâu đột phá|đề án|nhóm chỉ tiêu|hệ thống chỉ tiêu|nhóm nhiệm vụ|nhóm giải pháp|giải pháp đột phá)\b", re.I)
# ("đạt và vượt tất cả 13 chỉ tiêu trọng tâm": all of them, whichever the verb)
_MET_BEFORE = re.compile(r"(?:đạt và vượt|đạt, vượt|hoàn thành và vượt|(?<!sẽ )(?<!tập trung )(?<!phấn đấu )hoàn thành xuất sắc|"
                         r"(?<!sẽ )(?<!phấn đấu )hoàn thành|đạt|vượt)(?:\s+mức)?(?:\s+(?:tất cả|toàn bộ|cả))?\s*$", re.I)
# "sẽ tập trung hoàn thành 04 nhiệm vụ": to be completed, not completed
_TO_COMPLETE = re.compile(r"(?:sẽ|phấn đấu|tập trung|quyết tâm|cần|phải|nhằm|để|góp phần)\s+(?:\S+\s+)?(?:hoàn thành|đạt)\b[^.;]*$", re.I)
# "14 chỉ tiêu đề ra đều đạt và vượt", "15 chỉ tiêu hoàn thành vượt mức": the targets were met
# "10 chỉ tiêu đặt ra trong Tháng Thanh niên đều đạt và vượt": targets met; not "3 chỉ tiêu chưa đạt", nor "10 nhóm chỉ
# tiêu cần đạt được như:", "quyết tâm đạt" (targets still to meet), nor "11 chỉ tiêu … có 8 chỉ tiêu đạt" (another figure's)
# (a verb of meeting; "{passive}" holds "được " where the long form allows the passive)
_MET_VERB = r"(?<!chưa )(?<!không )\b(?:đều\s+|đã\s+)?{passive}(?:cơ bản\s+)?(?:đạt|hoàn thành|vượt)\b(?! được)"
_MET_AFTER = re.compile(r"\s*(?:nhóm\s+)?chỉ tiêu(?:(?:(?!quyết tâm|phấn đấu|\bcần\b|\bsẽ\b|\bđể\b|nhằm)(?:(?:19|20)\d\d|[^.;:,\d])){0,45}?"
                        + _MET_VERB.format(passive="") +
                        # ("8 chỉ tiêu đề ra trong Chương trình Công tác đoàn … năm 2018 đã được hoàn thành", "9 chỉ tiêu đề ra
                        # tại Đại hội Đoàn khóa I, nhiệm kỳ 2020-2022 đều đạt và vượt": a long name, past a comma, met in the
                        # passive; not "9 chỉ tiêu đề ra của nhiệm kỳ trước, Xã đoàn … đã hoàn thành và vượt mức 8 chỉ tiêu")
                        r"|(?:(?!quyết tâm|phấn đấu|\bcần\b|\bsẽ\b|\bđể\b|nhằm|\bcó\b|trong đó)(?:(?:19|20)\d\d|[^.;:\d])){0,110}?"
                        + _MET_VERB.format(passive=r"(?:được\s+)?") + r"(?![^.;:\n\d]{0,20}\d))", re.I)
# "hơn 2000 đoàn viên": a four-digit count, not a year, when a quantity word or a counted noun says so
_QUANTITY_BEFORE = re.compile(r"(?:hơn|trên|gần|khoảng|xấp xỉ|gồm|với|thu hút|có)\s+$", re.I)
_COUNTED_AFTER = re.compile(r"\s+(?:lượt|người|cây|suất|phần quà|đoàn viên|thanh niên|học sinh|sinh viên|thiếu nhi|"
                            r"hộ\b|tình nguyện viên|hội viên|đội viên|chiến sĩ|chiến sỹ|em\b|ca\b|đơn vị máu|bộ\b|chiếc)", re.I)
_SHARED_NOUN = re.compile(r"\s*(?:và|hoặc|,)\s+(?:[^\s\d]+\s+){0,3}", re.I)
# cleaning a road is not building one: "dọn vệ sinh hơn 50 km đường giao thông"
_LIT = re.compile(r"(?:thắp sáng|chiếu sáng|lắp đặt[^,;.]{0,15}(?:điện|đèn))[^,;.]{0,20}$", re.I)
# What people took part in, read from the last activity the clause names before their number: volunteering
# ("chiến dịch", "Chủ nhật xanh") makes volunteer turns; propaganda, study, contests and festivals do not.
_FOR_THE_PARTY = re.compile(r"Đảng|đảng viên|ĐVUT|đoàn viên ưu tú|cảm tình Đảng", re.I)  # members put forward are for the Party
_JOB_AFTER = re.compile(r"[^;.]{0,50}?(?:việc làm|vào làm|làm việc|lao động|xuất khẩu lao động|tuyển dụng)", re.I)
_ADMITTED_AFTER = re.compile(r"[^;,.]{0,40}?\b(?:được\s+)?(?:vinh dự\s+)?(?:được\s+)?(?:đứng (?:vào|trong) hàng ngũ|"
                             r"kết nạp (?:vào )?(?:hàng ngũ (?:của )?)?Đảng|trở thành đảng viên)", re.I)
_LEAD_LINE = re.compile(r"[^\n]{60,}")  # the first line of the body long enough to be its lead, not a date stamp
_OTHER_ACTIVITY = re.compile(r"tuyên truyền|giáo dục|học tập|hội thi|cuộc thi|chuyên đề|tập huấn|lớp\b|sinh hoạt|văn nghệ|"
                             r"thể thao|diễn đàn|tọa đàm|hội trại|ngày hội|truyền thông|pháp luật|giao lưu|vay vốn|"
                             r"hành trình|về nguồn", re.I)
_VOLUNTEER_ACTIVITY = re.compile(r"tình nguyện|chiến dịch|công trình|ra quân|chủ nhật xanh|vệ sinh|an sinh|hiến máu|trồng|"
                                 r"xung kích|phần việc|môi trường|dọn dẹp|rác thải|thu gom|nạo vét|phát quang", re.I)


_CLAUSE_END = re.compile(r";|\.(?!\d)")  # "(trên 2.000 ngày công) tham gia …": a thousands dot ends no sentence


def _counts_before(span: str) -> bool:
    """Whether a span holds a count of something ("157 cuộc thi"), not only dates and years ("Sáng 31.5", "năm 2025")."""
    return any(not re.fullmatch(r"(?:19|20)\d\d", m.group(1)) and m.group(2)[0].islower()
               for m in re.finditer(r"(?<![\d.,/-])(\d+(?:[.,]\d+)*)\s+(\w+)", span))


def _next_sentence(text: str, pos: int) -> str:
    """The clause or sentence after the one that ends at pos, in its paragraph."""
    start = pos + 1 if pos < len(text) and text[pos] in ".;:" else pos
    if start >= len(text) or text[pos:pos + 1] == "\n":
        return ""
    end = text.find("\n", start)
    return text[start: min(end if end >= 0 else len(text), start + 200)]


def _to_clause_end(after: str) -> str:
    cut = _CLAUSE_END.search(after)
    return after[: cut.start()] if cut else after


def _distance(before: str, after: str, rx: re.Pattern) -> int:
    """How far from a count of people the nearest activity of a kind is named, before it in its clause or after it
    in its sentence (10**6: not named)."""
    before = before[before.rfind(";") + 1:]
    after = _to_clause_end(after)
    return min([len(before) - m.end() for m in rx.finditer(before)] + [m.start() for m in rx.finditer(after)],
               default=10**6)


def _took_part_in_volunteering(before: str, after: str, volunteer_page: bool = False, following: str = "") -> bool:
    """The activity nearest a count of people who took part is volunteer work (and not giving blood); or, when their
    clause names none, the first one the text goes on to name ("… thu hút hơn 20 đoàn viên tham gia. Các đoàn viên đã
    tiến hành dọn dẹp rác thải"); or, on a page about volunteering, none at all ("với sự tham gia của 30 ĐVTN")."""
    volunteer = _distance(before, after, _VOLUNTEER_ACTIVITY)
    other, blood = _distance(before, after, _OTHER_ACTIVITY), _distance(before, after, _BLOOD)
    if volunteer == other == blood == 10**6 and following:
        volunteer, other, blood = (_distance("", following, rx) for rx in (_VOLUNTEER_ACTIVITY, _OTHER_ACTIVITY, _BLOOD))
    if volunteer == other == blood == 10**6:
        return volunteer_page
    return volunteer < 10**6 and volunteer < other and volunteer < blood


# members and young people, who volunteer; pupils, households and the people served do not count as volunteer turns
_YOUTH_HEAD = re.compile(r"\s*(?:lượt\s+)?(?:đoàn viên|đvtn|hvtn|đv-tn|thanh niên|thanh thiếu niên|sinh viên|hội viên|bạn trẻ|bạn đoàn viên|"
                         r"cán bộ, đoàn viên|cán bộ đoàn|chiến sĩ|chiến sỹ)")
# "huy động 150 đội hình với hơn 4.800 ĐVTN": the members a team or campaign just counted brought ("với sự tham gia
# 150 cán bộ đoàn viên": the "của" is often left out)
_TOOK_PART_BEFORE = re.compile(r"(?:sự tham gia(?: của)?|thu hút(?: được)?|huy động(?: được)?|"
                               r"(?:đội hình|chiến dịch|đợt ra quân)[^;.]{0,60}?\bvới)\s*(?:hơn|trên|gần|khoảng|ít nhất)?\s*$", re.I)


_BLOOD = re.compile(r"hiến máu|hiến được", re.I)  # "tham gia hiến được hơn 2.500 đơn vị máu"
# "hiến máu tình nguyện" is giving blood, and "tình nguyện viên" names the people counted, not what they did
_ANY_ACTIVITY = re.compile(_OTHER_ACTIVITY.pattern + "|" + _VOLUNTEER_ACTIVITY.pattern.replace("|hiến máu", "").replace(
    "tình nguyện", "(?<!hiến máu )tình nguyện(?! viên)") + r"|khám|cấp phát|kết nạp|giới thiệu|tư vấn|hỗ trợ|tặng", re.I)


def _gave_blood(before: str, after: str, page_on_blood: bool = False) -> bool:
    """The activity nearest a count of people, before it in its clause or after it, is giving blood; or the clause
    names no activity at all on a page about a blood drive ("Tham gia chương trình có hơn 300 đoàn viên …")."""
    before = before[max(before.rfind(";"), before.rfind(". ")) + 1:]
    after = _to_clause_end(after)
    near_blood = min([len(before) - m.end() for m in _BLOOD.finditer(before)] + [m.start() for m in _BLOOD.finditer(after)],
                     default=None)
    near_other = min([len(before) - m.end() for m in _ANY_ACTIVITY.finditer(before)] +
                     [m.start() for m in _ANY_ACTIVITY.finditer(after)], default=10**6)
    if near_blood is None:
        return page_on_blood and near_other == 10**6
    return near_blood < near_other


def _attended_other_activity(before: str, after: str = "") -> bool:
    """The activity nearest a count of people, before it in its clause or after it ("hơn 35.000 lượt đoàn viên tham
    gia hơn 70 hoạt động giáo dục chính trị"), is not volunteering."""
    return _distance(before, after, _OTHER_ACTIVITY) < _distance(before, after, _VOLUNTEER_ACTIVITY)


_BUILT = re.compile(r"rải đá|rải nhựa|bê tông|làm mới|mở mới|nâng cấp|xây dựng|đổ", re.I)
_LIT_AFTER = re.compile(r"[^.;,]{0,40}?được (?:thắp sáng|chiếu sáng)", re.I)  # "142km đường … được thắp sáng"
_CLEANED = re.compile(r"(?:vệ sinh|dọn|quét|làm sạch|phát quang|thu gom|dọn dẹp)[^,;.]{0,20}$", re.I)
_ATTAIN_BEFORE = re.compile(r"(?:đạt|bằng|vượt|đạt tỷ lệ|đạt tỉ lệ|hoàn thành)(?:\s+(?:hơn|trên|gần|khoảng|xấp xỉ))?\s*$", re.I)
# "vượt chỉ tiêu đề ra 87,62%", "vượt kế hoạch 20%": the share by which a target was passed
_SURPLUS_OVER_TARGET = re.compile(r"\b(?:vượt|đạt)\s+(?:so với\s+)?(?:chỉ tiêu|kế hoạch|mục tiêu|KH\b)(?:\s+(?:đề ra|đặt ra|được giao|"
                                  r"giao|năm|nghị quyết))?\s*(?:hơn|trên|gần|khoảng)?\s*$", re.I)
# "vượt chỉ tiêu Tỉnh đoàn giao (450 đơn vị máu)", "vượt chỉ tiêu đề ra cấp huyện là 150 đơn vị máu", "hoàn thành chỉ
# tiêu 50.000 đơn vị máu": the count that names the target passed is that target's amount (a share after it, "vượt chỉ
# tiêu 17%", is how far it was passed; an act between, "hoàn thành chỉ tiêu thành lập mới hơn 30 CLB", is what was done)
_TARGET_NAMING = (r"(?:\s+(?:đề ra|đặt ra|được giao|giao|kế hoạch|sàn|mức|trên|dưới|là|của|cấp|huyện|tỉnh|xã|thành phố|"
                  r"tỉnh đoàn|huyện đoàn|thành đoàn|trung ương|đoàn|năm|(?:19|20)\d\d))")
# ("vượt chỉ tiêu 5 công trình" bare may be the surplus: after "vượt" the target must be named, "giao", "đề ra", "là")
_MET_TARGET_NAMED = re.compile(rf"(?:(?:đạt|hoàn thành)\s+(?:mốc\s+)?(?:chỉ tiêu|kế hoạch){_TARGET_NAMING}{{0,5}}|"
                               rf"vượt\s+(?:mốc\s+)?(?:chỉ tiêu|kế hoạch)(?:{_TARGET_NAMING}{{1,5}}|(?=\s*(?:là\s|\())))"
                               r"\s*(?:là\s+|\(\s*)?(?:từ\s+)?$")
_RESOLUTION = re.compile(r"[Đđ]ại hội|[Nn]ghị quyết|nhiệm kỳ")
# "Đại hội … đã đề ra chỉ tiêu xây dựng 1.000 căn nhà", "Đại hội đã đề ra một số chỉ tiêu trọng tâm: tư vấn …"
_CONGRESS_SET = re.compile(r"(?:[Đđ]ại hội|[Nn]ghị quyết)[^.;:]{0,120}?\b(?:đề ra|xác định|thông qua|đặt ra|biểu quyết)\b")
_A_YEAR = re.compile(r"\b(?:[Nn]ăm|[Tt]rong năm)\s+(?:19|20)\d\d\b(?!\s*[-–])")
# "đạt 169% chỉ tiêu", "hoàn thành 100% chỉ tiêu Nghị quyết Đại hội", "đạt trên 90% các chỉ tiêu kế hoạch", "Hoàn thành
# 90% khối lượng công việc": the share of a target, of the targets or of the work planned that was met
_ATTAIN_AFTER = re.compile(r"\s*(?:so với\s+)?(?:(?:các|số|tổng)\s+)?(?:kế hoạch|chỉ tiêu|KH\b|mục tiêu|khối lượng|\))", re.I)
# a scale word with no noun after it ("gần 2 tỷ.", "50 triệu gồm: …") and money named before it in the sentence
_NO_NOUN_AFTER = re.compile(r"\s*(?:$|[\n.,;:)(–-]|(?:gồm|cho|để|từ|và|trong|với)\b)", re.I)
_MONEY_NEAR = re.compile(r"trị giá|giá trị|kinh phí|số tiền|nguồn lực|nguồn vốn|\bvốn\b|tài trợ|ủng hộ|quyên góp|huy động|"
                         r"(?:triệu|tỷ|tỉ|nghìn) đồng", re.I)
_MONEY_AFTER = re.compile(r"\s*(?:đồng(?!\s+chí|\s+bào|\s+hành|\s+thời|\s+loạt)|đ\b|vnđ|vnd)", re.I)
# "trao tặng 50 triệu tiền mặt": millions of cash are đồng, the word unsaid
_CASH_AFTER = re.compile(r"\s*(?:tiền mặt|tiền)\b", re.I)
_MONEY_BEFORE = re.compile(r"(?:trị giá|giá trị|kinh phí|số tiền|huy động|vận động|tài trợ|vốn|dư nợ|ủng hộ|quyên góp|tổng nguồn lực|nguồn lực)[^.;]{0,40}$", re.I)
_KM_AFTER = re.compile(r"\s*km\b", re.I)
_GLUED_UNIT = re.compile(r"(?:km|kg|m2|m²|m3|ha|tấn|tạ|m|đ|vnđ)(?!\w)", re.I)  # "790.000.000đ" too
# weights, areas and lengths in other units: measures with unit "other" ("thu gom 34 tấn rác thải")
_ROAD_LENGTH_BEFORE = re.compile(r"(?:con đường|tuyến đường|đường giao thông|đường bê tông|tuyến hẻm|đường)[^.;]{0,60}?"
                                 r"(?:chiều dài|dài)\s*(?:là\s*)?(?:hơn|gần|trên|khoảng)?\s*$", re.I)
_NOT_A_ROAD_BUILT = re.compile(r"thắp sáng|chiếu sáng|đường điện|điện năng lượng|đèn|đường hoa|đường cờ|cây xanh|bích họa", re.I)
# "500m đường dây", "80m đường điện chiếu sáng": a power line, lit as a youth work, not a road built
_METRES_OF_LIT_LINE = re.compile(r"\s*(?:m|mét)\s+(?:đường|tuyến) (?:điện|dây điện|dây chiếu sáng)\b", re.I)
_METRES_OF_ROAD = re.compile(r"\s*(?:m|mét)\s+(?:đường(?! dây| điện)|tuyến đường|lộ|đường giao thông)\b", re.I)
_OTHER_UNIT_AFTER = re.compile(r"\s*(?:tấn|kg|ki-lô-gam|ha\b|hecta|héc-ta|héc ta|m2|m²|m3|mét|m\b|lít|tạ|ml\b|mililít)", re.I)
_PER_YEAR = re.compile(r"(?:hằng năm|hàng năm|mỗi năm|bình quân mỗi năm|trung bình mỗi năm)", re.I)


def _in_one_unit(before: str) -> bool:
    """Whether the figure lists what one gift holds ("mỗi phần quà gồm 2 triệu đồng tiền mặt và …"): the things a
    unit holds, not what was given."""
    m = _CONTENTS_OF_ONE.search(before[-220:])
    if not m:
        return False
    items = m.group("list")
    return items.count("(") >= items.count(")") and not re.search(r"trị giá|tổng|\bcho\b|\bvới\b|hỗ trợ|\btrao\b|\btặng\b",
                                                                   items, re.I)


def _per_year(before: str) -> bool:
    """"Mỗi năm kết nạp trên 500 đoàn viên mới": the figure is a yearly one. A "mỗi năm" heading a list governs its
    own item, not the items after a ";" ("Mỗi năm giới thiệu 300 thanh niên…; kết nạp trên 500 đoàn viên mới")."""
    last = None
    for last in _PER_YEAR.finditer(before):
        pass
    return last is not None and ";" not in before[last.end():]
# "mỗi cán bộ đoàn, đoàn viên, thanh thiếu nhi trồng ít nhất 01 cây xanh": the enumeration may hold commas,
# but not another number (that one would be what "mỗi" applies to).
_PER_PERSON = re.compile(r"mỗi (?:đoàn viên|thanh niên|hội viên|người|cán bộ|thanh thiếu nhi|bạn trẻ)[^;.\d]{0,90}$", re.I)
_PER_UNIT = re.compile(r"(?:mỗi|từng)\s+(?!năm)[^;.\d]{0,70}$", re.I)
_COVERAGE_NOUN = re.compile(
    r"\s*(?:các\s+)?(?:cơ sở đoàn|đoàn cơ sở|chi đoàn|đoàn cấp|đoàn thanh niên cấp|huyện|xã|các cấp bộ đoàn|cấp bộ đoàn|"
    r"đơn vị|liên đội|trường|tổ chức cơ sở|đoàn trực thuộc|cơ quan|địa phương|thôn|ấp|khu phố|tổ chức đoàn|"
    r"huyện, thị|đoàn xã|đoàn phường)", re.I)

_WORD = re.compile(r"[^\W\d_]", re.UNICODE)
# (an ellipsis ends a sentence even glued to the next one: "… gần 23 tỷ đồng...Năm học 2010-2011, …")
_SENT_SPLIT = re.compile(r"\n+|(?<=[.!?…])" + tense.ABBREVIATION_DOT + rf"\s+(?=[\"“(\-–•]*[{UPPER}0-9])|(?:(?<=\.\.\.)|(?<=…))(?=[{UPPER}])")
# "Chỉ tiêu 5: 270.000 cây xanh": a small plain number after "chỉ tiêu" is the list label; "đặt chỉ tiêu
# 50.000 lượt" is a figure
_TARGET_LABEL_BEFORE = re.compile(r"(?:chỉ tiêu|nhóm chỉ tiêu)\s*(?:số\s*|thứ\s*)?$", re.I)
_TARGET_LABEL_AFTER = re.compile(r"\s*(?:[:.)–-]|là\b|về\b|\()")


@dataclass
class _Ctx:
    text: str
    sentences: list[tuple[int, int]]
    starts: list[int]
    masks: list[tuple[int, int]]
    mask_starts: list[int]
    cues: tense.CueIndex

    def sentence_of(self, pos: int) -> tuple[int, int]:
        i = bisect_right(self.starts, pos) - 1
        return self.sentences[max(i, 0)]

    def masked(self, a: int, b: int) -> bool:
        i = bisect_right(self.mask_starts, a) - 1
        for j in (i, i + 1):
            if 0 <= j < len(self.masks):
                s, e = self.masks[j]
                if s < b and a < e:
                    return True
        return False


def _sentences(text: str, lo: int = 0, hi: int | None = None) -> list[tuple[int, int]]:
    hi = len(text) if hi is None else hi
    out, pos = [], lo
    for m in _SENT_SPLIT.finditer(text, lo, hi):
        if m.start() > pos:
            out.append((pos, m.start()))
        pos = m.end()
    if pos < hi:
        out.append((pos, hi))
    return out or [(lo, hi)]


_DAY_MONTH = re.compile(r"(?<![\d.,/])(\d{1,2})/(\d{1,2})(?![\d/])(?!\s*(?:chỉ tiêu|tiêu chí|nhiệm vụ|công trình|dự án|xã|huyện|đơn vị|cơ sở|chi đoàn|trường|ấp|thôn))")


def _context(text: str, cues: tense.CueIndex | None = None, regions: list[tuple[int, int]] | None = None) -> _Ctx:
    """Sentences and masked spans, found only in the stretches that hold figures (see
    structure.regions_of_interest): a number outside them does not exist."""
    regions = regions or [(0, len(text))]
    sentences = [s for lo, hi in regions for s in _sentences(text, lo, hi)]
    masks = [(m.start(), m.end()) for lo, hi in regions for m in _MASKS.finditer(text, lo, hi)]
    # "26/3" is a date only when it can be one; "13/13", "10/20" are fractions
    masks += [(m.start(), m.end()) for lo, hi in regions for m in _DAY_MONTH.finditer(text, lo, hi)
              if 1 <= int(m.group(1)) <= 31 and 1 <= int(m.group(2)) <= 12]
    masks += [(m.start(), m.end()) for lo, hi in regions for m in _LIST_NUMBER.finditer(text, lo, hi)]
    masks.sort()
    return _Ctx(text, sentences, [s for s, _ in sentences], masks, [s for s, _ in masks], cues or tense.CueIndex.build(text))


def _clause_bounds(text: str, sent: tuple[int, int], a: int, b: int) -> tuple[int, int]:
    s0, s1 = sent
    left = s0
    for m in tense.CLAUSE_SEP.finditer(text, max(s0, a - 160), a):
        left = m.end()
    right = min(s1, b + 200)
    for m in tense.CLAUSE_SEP.finditer(text, b, right):
        # a dash or colon inside a name in quotes ("“Nâng bước nông thôn - Thắp sáng đường quê”") ends no clause
        inside = text[b:m.start()]
        if inside.count("“") > inside.count("”") and m.group(0).strip() in ("-", "–", ":"):
            continue
        # "đoàn viên - thanh niên": a dash between lower-case words joins a pair, it ends no clause
        if m.group(0).strip() in ("-", "–") and text[m.start() - 1:m.start()].islower() and text[m.end():m.end() + 1].islower():
            continue
        right = m.start()
        break
    return left, right


# Words that start a new phrase after the noun: the quote stops before them.
_PHRASE_END = {"được", "của", "cho", "do", "trong", "tại", "với", "và", "để", "nhằm", "gắn", "tham", "hưởng", "thuộc",
               "trên", "theo", "từ", "đến", "đạt", "là", "có", "đã", "sẽ", "vào", "ở", "về", "nhân", "chào"}


def _quote_noun(noun: str, max_words: int = 5) -> str:
    out = []
    for w in noun.split():
        if out and w.lower() in _PHRASE_END:
            break
        out.append(w)
        if len(out) >= max_words:
            break
    return " ".join(out)


def _quoted_name(after: str) -> str:
    """"162 “Tuyến hẻm văn minh”": a count of things known by a name in quotes."""
    m = re.match(r"\s*([“\"][^”\"\n]{2,80}[”\"])", after)
    return m.group(1) if m else ""


def _noun_phrase(after: str, max_words: int = 8) -> str:
    words = []
    for w in after.split():
        if not _WORD.search(w[:1]) and not w[:1].isalpha():
            break
        clean = w.rstrip(",;.:)")
        words.append(clean)
        if clean != w or len(words) >= max_words:
            break
    return " ".join(words)


def extract_measures(text: str, reading: DocumentReading, cues: CueDictionary, versions: tuple[str, str],
                     weights: dict[str, float] | None = None, trace: list | None = None) -> list[Measure]:
    """Every measure of the text. `trace`, when given, receives (measure, tense features or None) pairs:
    what pipelines.extract.learned fits the tense weights on."""
    ctx = _context(text, reading.cues, reading.structure.regions)
    weights = weights or tense.DEFAULT_WEIGHTS
    candidates = [(m.start(), m.end(), m) for lo, hi in reading.structure.regions for m in NUMBER.finditer(text, lo, hi)]
    candidates += [(m.start(), m.end() if m.groupdict().get("ws") else m.start() + len(m.group("w")), m)
                   for m in reading.structure.word_numbers]
    candidates.sort(key=lambda c: c[0])
    out: list[Measure] = []
    prev_end_in_sentence: dict[int, int] = {}
    in_sentence: dict[int, list[Measure]] = {}
    for a, b, m in candidates:
        measure = _judge(ctx, a, b, m, reading, cues, versions, weights, prev_end_in_sentence, in_sentence, trace)
        if measure is not None:
            out.append(measure)
            in_sentence.setdefault(ctx.sentence_of(a)[0], []).append(measure)
    _headline_as_body(out, reading.title_end)
    return out


# what a headline's tense cannot tell, the body it summarises does
_HEADLINE_WEAK = {"document type", "clause (weak)", "paragraph", "section"}


def _headline_as_body(measures: list[Measure], title_end: int) -> None:
    """A headline is telegraphic ("Tháng Thanh niên năm 2026 có 17 hoạt động trọng tâm"): it drops đã, sẽ and đăng ký,
    and repeats a figure of the body, which says it in full ("các cấp bộ Đoàn đăng ký thực hiện 17 hoạt động …"). The
    headline's figure is what the body's is: a target when the body registers it, a result when the body reports it,
    and of the period the body's words give it ("1.000 căn nhà tình bạn" over "Đại hội … (nhiệm kỳ 2007 – 2012) đã đề
    ra chỉ tiêu xây dựng 1.000 căn nhà tình bạn")."""
    body = [m for m in measures if m.start >= title_end and m.kind in ("target", "result")]
    for h in measures:
        if h.start >= title_end or h.kind not in ("target", "result"):
            continue
        same = [m for m in body if m.unit == h.unit and m.value == h.value and m.value_max == h.value_max
                and m.indicator == h.indicator]
        if not same:
            continue
        if h.kind_basis in _HEADLINE_WEAK and same[0].kind != h.kind and all(m.kind == same[0].kind for m in same):
            h.kind, h.kind_basis = same[0].kind, "headline, as the body says it"
        dated = {m.period for m in same if m.kind == h.kind and m.period_basis != "document"}
        if h.period_basis == "document" and len(dated) == 1 and None not in dated:
            h.period, h.period_basis = dated.pop(), "headline, as the body says it"


# "… 26.400 công trình thanh niên, với tổng kinh phí là 444 tỉ đồng": money that is the value of the things just
# counted. Works and gifts have a value indicator; a lit road is built as a youth work ("công trình thanh niên Thắp
# sáng đường quê"), and children sponsored are given to; the value of houses, bridges or a single item stays `other`
# (as the shared labels have it) unless the text calls them "công trình"
_VALUE_OF = {"gifts": "gifts_value_vnd", "youth_works": "youth_works_value_vnd", "rural_lighting": "youth_works_value_vnd",
             "disadvantaged_children_supported": "gifts_value_vnd"}
# the things valued called a youth work: "bàn giao công trình thanh niên “Thắp sáng đường quê” … tổng kinh phí 30 triệu"
_CALLED_A_WORK = re.compile(r"công trình(?: thanh niên| măng non)?\s+[“\"]|công trình thanh niên", re.I)
_WORKS_VALUED = re.compile(r"(?:(?:trị giá|giá trị|kinh phí|chi phí)\s+(?:của\s+)?(?:các|những|toàn bộ)?\s*(?:công trình|phần việc)|"
                           # "kinh phí xây dựng 120 triệu đồng": what the building cost
                           r"(?:kinh phí|chi phí)\s+(?:xây dựng|xây mới|sửa chữa|làm)\b)[^.;\d]{0,40}$", re.I)
_VALUE_BEFORE = re.compile(r"(?:trị giá|giá trị|kinh phí|chi phí)[^.;]{0,25}$", re.I)
# what initiatives saved a firm: the nearest thing said to "làm lợi" is an initiative, not a youth work
_INITIATIVES_SAVED = re.compile(
    r"(?:sáng kiến|cải tiến|ý tưởng|giải pháp|đề tài)(?:(?!công trình|phần việc)[^.;])*làm lợi[^.;]{0,40}$|"
    # "Làm lợi cho doanh nghiệp gần 250 tỷ đồng": what a firm saved, unless its clause names the works that did it
    r"^(?:(?!công trình|phần việc)[^.;])*làm lợi cho (?:doanh nghiệp|công ty|đơn vị|tập đoàn)[^.;]{0,40}$", re.I)
_MOBILISED_BEFORE = re.compile(r"(?:nguồn lực|huy động|xã hội hóa|xã hội hoá|vận động|quyên góp)[^.;]{0,40}$", re.I)


def _judge(ctx: _Ctx, a: int, b: int, m: re.Match, reading: DocumentReading, cues: CueDictionary,
           versions: tuple[str, str], weights: dict[str, float], prev_end: dict[int, int],
           in_sentence: dict[int, list[Measure]], trace: list | None = None) -> Measure | None:
    text = ctx.text
    facts = reading.facts
    is_word = "w" in m.groupdict()
    if ctx.masked(a, b) or any(lo <= a < hi for lo, hi in reading.structure.other_posts):
        return None
    if _NOT_A_QUANTITY_BEFORE.search(text, max(0, a - 16), a) or _NOT_A_QUANTITY_AFTER.match(text, b) or \
            _VISITS_BEFORE.search(text, max(0, a - 30), a) or \
            _PHONE.fullmatch(text, a, b) or _PAGE_TOOLS_AFTER.match(text, b) or (
                _COUNTER_BEFORE.search(text, max(0, a - 12), a) and _COUNTER_AFTER.match(text, b)) or (
                # "6196 lượt xem" with no verb before it: the page's counter ("thu hút 3,6 tỷ lượt xem" is a result)
                _COUNTER_AFTER.match(text, b) and not m.groupdict().get("ascale") and
                not re.search(r"(?:thu hút|đạt|có|với|hơn|gần|trên|khoảng|tiếp cận)\s*$", text[max(0, a - 25):a], re.I)) or (
                _ADDRESS_BEFORE.search(text, max(0, a - 12), a) and re.match(r"\s+(?:(?:phố|đường)\s+)?[A-ZĐ]", text[b:b + 12])):
        return None  # a clock time, a phone number, a view counter, a street address, a dimension
    if (dm := _DOTTED_DAY_MONTH.fullmatch(text, a, b)) and 1 <= int(dm.group(1)) <= 31 and 1 <= int(dm.group(2)) <= 12 and \
            not _UNIT_AFTER_DATE.match(text, b):
        return None  # "dịp 30.4 và 1.5": a day and month written with a dot, not a number
    if (named := _NAMED_NUMBER.search(text, max(0, a - 30), a)) and \
            re.match(rf"\s+(?:và|,)\s+{re.escape(named.group(1))}\s+\d", text[b:b + 40]):
        return None  # "thôn Ra Man 1 và Ra Man 2": places numbered in their names
    if _HAMLET_NAMED.search(text, max(0, a - 40), a):
        return None  # "thôn An Thành 3", "ấp Phú Hòa 2": a hamlet's number is part of its name
    sent = ctx.sentence_of(a)
    c0, c1 = _clause_bounds(text, sent, a, b)
    before = text[max(c0, prev_end.get(sent[0], c0), a - 120):a]
    before_full = text[sent[0]:a]
    nxt = text[b:b + 1]
    # glued to letters on the right ("885Là") unless it is a unit ("06km")
    if not is_word and nxt and nxt.isalpha() and not _GLUED_UNIT.match(text, b):
        return None
    after = text[b:c1]
    # the noun phrase stops at the next number
    nm = re.search(r"\d", after)
    after_np = after[: nm.start()] if nm else after
    prev_end[sent[0]] = b

    if not is_word:
        pct = bool(m.group("pct"))
        a_txt, den, b_txt = m.group("a"), m.group("den"), m.group("b")
        ascale, bscale = m.group("ascale"), m.group("bscale")
        # a year, not a quantity
        plain = not pct and not ascale and den is None and b_txt is None
        if plain and re.fullmatch(r"(?:19|20)\d{2}", a_txt) and not (
                _QUANTITY_BEFORE.search(before[-12:]) or _COUNTED_AFTER.match(after)):
            return None
        if plain and "," in a_txt and not re.match(r"\s+\w|km\b", after):  # "2,528" view counters and the like
            return None
        if _BEFORE_NOT.search(before[-20:]):
            return None
        if m.group("rng") == "-" and not (pct or ascale or bscale) and re.fullmatch(r"\d{1,2}", a_txt) and \
                re.fullmatch(r"\d{1,2}", b_txt) and int(b_txt) < int(a_txt) <= 31 and int(b_txt) <= 12:
            return None  # "từ 30-6 đến ngày 4-7": a day and its month, not a span of counts (a span rises)
        if _ENGLISH_DATE.match(after):
            return None  # "Wed, 24 Sep 2025 18:04:44": a feed's time stamp
        if not pct and _LINE_LABEL.search(text[max(sent[0], a - 20):a]) and (  # "vượt chỉ tiêu 54%." is no label
                not _TARGET_LABEL_BEFORE.search(text[max(sent[0], a - 20):a])
                or (re.fullmatch(r"\d{1,2}", a_txt) and not ascale and _TARGET_LABEL_AFTER.match(text, b))):
            return None
        value = digits_value(a_txt) * scale_value(ascale or bscale) + sub_value(m.group("sub"), ascale)
        value_max = digits_value(b_txt) * scale_value(bscale or ascale) if b_txt else None
        of = digits_value(den) if den else None
        if pct:
            unit = "percent"
        elif _MONEY_AFTER.match(after) and (ascale or bscale or value >= 1000):
            unit = "vnd"
        elif (ascale or bscale) and (ascale or bscale).strip() in ("triệu", "tỷ", "tỉ") and _CASH_AFTER.match(after):
            unit = "vnd"
        elif (ascale or bscale) and (ascale or bscale).strip() in ("triệu", "tỷ", "tỉ") and _MONEY_BEFORE.search(before) \
                and not re.match(r"\s*(?:lượt|người|cây|suất|phần|đoàn viên|thanh niên|học sinh|ý tưởng)", after):
            unit = "vnd"
        elif (ascale or bscale) and (ascale or bscale).strip() in ("triệu", "tỷ", "tỉ") and _NO_NOUN_AFTER.match(after) \
                and (_MONEY_NEAR.search(text, max(sent[0], a - 120), a)):
            unit = "vnd"  # "Tổng nguồn lực … gần 2 tỷ", "150 triệu đồng cho 3 dự án, mỗi dự án 50 triệu gồm: …": money, unsaid
        elif _KM_AFTER.match(after):
            unit = "km"
        elif _OTHER_UNIT_AFTER.match(after) and not pct:
            unit = "other"
        else:
            unit = "count"
        number_text = text[a:b].rstrip()
        scaled = bool(ascale or bscale) and scale_value(ascale or bscale) >= 1e6
    else:
        pct, den, b_txt = False, None, None
        ws = m.groupdict().get("ws")
        value, value_max, of = float(word_value(m.group("w"))) * scale_value(ws), None, None
        scaled = bool(ws)
        unit = "vnd" if ws and _MONEY_AFTER.match(after) else "count"
        number_text = text[a:b]
        if _BEFORE_NOT.search(before[-12:]):
            return None

    # durations, anniversaries, ranks, delegates, awards, page furniture
    # ("10 triệu ngày tình nguyện": millions of days are days given, never a duration)
    if unit == "count" and _AFTER_NOT.match(after) and not (scaled and re.match(r"\s*ngày\b", after)):
        # "kết nạp Đảng được 18 đồng chí", "huy động 35 đồng chí ĐVTN": comrades an act counts are its figure
        # ("365 đồng chí đã được kết nạp vào Đảng": comrades admitted are the figure too)
        if not re.match(r"\s*năm\s+(?:liền|liên tiếp)", after) and not (
                (comrades := re.match(r"\s*đồng chí\b", after)) and (_COMRADES_COUNTED.search(before[-30:]) or
                                                                    _ADMITTED_AFTER.match(after, comrades.end()))):
            return None
    if unit == "count" and _UNITS_OF_THE_UNION.match(after) and not _FOUNDED_BEFORE.search(before[-30:]):
        return None  # "3 đoàn trường THPT", "13 cơ sở Hội", "7 nhân sự": the bodies and staff that took part, not work done
    if unit == "other" and _CAPACITY.match(text, b):
        return None  # "công suất lọc mỗi máy 20 lít/giờ", "trữ lượng … 10 m3/giờ": what a machine can do, not work done
    if unit == "vnd" and _MONEY_RATE.match(text, b):
        return None  # "thu nhập 100 triệu đồng/năm", "10.000 - 14.000 đồng/kg": an income or a price, no sum given or spent
    if unit == "count" and value <= 5 and _FRAMING_COUNT.match(after):
        return None  # "4 chiến dịch", "3 phong trào hành động cách mạng": the campaigns that frame the work, not work done
    if unit == "count" and re.match(r"\s*(?:lượt\s+)?thí sinh\b", after) and not _CANDIDATES_HELPED.search(before[-50:]) and \
            not _HELPED_AFTER.match(after) and not _CONTEST.search(text, max(sent[0], a - 80), a) and not _CONTEST.match(after):
        return None  # "2 điểm thi với tổng số 417 thí sinh": who sat the exam; the Union's work is the candidates it helped
    toll = _DISASTER_TOLL.search(text[sent[0]:a])
    if toll and _CAUSED_BY.search(text, max(sent[0], sent[0] + toll.start() - 20), sent[0] + toll.start()) and \
            _HELPED_BEFORE.search(text, sent[0], sent[0] + toll.start()):
        toll = None  # "hỗ trợ khắc phục những thiệt hại do bão lụt gây ra": the damage named as what the work answers
    if toll and not _HELPED_BEFORE.search(text, sent[0] + toll.end(), a) and not _HELPED_BEFORE.search(after[:30]):
        return None
    if unit == "count" and _HARMED.match(after) and not _HELPED_BEFORE.search(before[-40:]):
        return None  # "2 người tử vong", "1.256 hộ gia đình bị thiệt hại": what a disaster did, not what was done
    if unit == "count" and of is None and _TAKING_PART_OR_TIMES.match(after) and not (
            re.match(r"\s*đơn vị", after) and re.search(r"máu", before[-80:])):  # "hiến máu … gần 300 đơn vị": blood
        return None
    if unit in ("count",) and (_AWARD_NOUN.match(after) or (_AWARDED_TO.match(after) and re.search(r"\bcho\s*$", before))) \
            and not _NEW_MEMBERS.match(after) and _AWARD_SENTENCE.search(text, sent[0], sent[1]):
        # ("trao huy hiệu Đoàn và sổ đoàn viên cho 43 đoàn viên mới", "đeo Huy hiệu Đoàn cho 30 đoàn viên vừa được kết
        # nạp": members admitted, their badges no award)
        return None
    if unit == "count" and _COMMENDS_BEFORE.search(before[-25:]) and _COMMENDED_NOUN.match(after):
        return None  # "Tuyên dương 80 đảng viên trẻ": people commended, not work done
    if unit == "percent" and re.search(r"\bđại biểu\b", text[max(c0, a - 60):a]):
        return None  # "609 đại biểu nam (tỷ lệ 62,14%)": who the delegates are, not a result
    if unit == "percent" and _COMPARE_AFTER.match(after) and not _ATTAIN_BEFORE.search(before[-12:]):
        return None  # "tăng 15% so với cùng kỳ": a change, not a target or result
    noun = _noun_phrase(after_np) or _quoted_name(after)  # a name in quotes may hold a number ("Sinh viên 5 tốt")
    if value == 0:
        return None
    if unit == "count" and not noun and not (not is_word and (m.group("ascale") or m.group("bscale"))):
        return None  # a bare number: a list item, a cut-off number, a code
    if unit == "count" and den is None and _STOCK_NOUN.match(after) and (_RAISED_TOTAL.search(before[-80:]) or (
            not _RESULT_ACTION.search(before[-60:]) and not _PARTICIPATED.match(after) and not _UNDERWENT.match(after_np))):
        return None  # the stock of members or units, not something done ("nâng tổng số đoàn viên lên trên 215 ngàn")
    if unit == "count" and _RAISED_TOTAL.search(before[-80:]) and re.search(
            r"tổng số\s+(?:đoàn viên|hội viên|đội viên|đảng viên)\b", before[-80:], re.I):
        return None  # "nâng tổng số đoàn viên lên 2.263 người": the stock, counted in people
    if unit == "count" and re.match(r"\s*(?:đoàn viên|hội viên|đội viên)\s+(?:đang\s+)?(?:tham gia\s+)?sinh hoạt\b", after, re.I):
        return None  # "với 16.985 đoàn viên tham gia sinh hoạt tại 180 cơ sở đoàn": members on the roll
    if unit == "count" and (_YOUNG_PEOPLE.match(after) or _STOCK_NOUN.match(after)) and _HAS.search(text, sent[0], a) and \
            not _PARTICIPATED.match(after) and not re.match(r"[^.;:]{0,30}\b(?:được|đã|tham gia)\b", after) and \
            not _RESULT_ACTION.search(before[-40:]):
        return None  # "có 41 liên đội, với 20 nghìn thiếu niên, nhi đồng": who there is
    if unit == "count" and value < 1:
        return None  # "0.5 điểm": a share of a point, not a count of anything
    if unit in ("count", "percent") and (_POPULATION.match(after) or re.search(r"dân số[^.;:,]{0,25}$", before) or (
            unit == "percent" and re.search(r"tỉ lệ dân số|tỷ lệ dân số|% dân số", before[-80:]))):
        return None  # "gần 412.000 người trong độ tuổi thanh niên", "19% dân số": who lives there, not what was done
    # (near the figure: a long sentence that names "Ủy ban Hội LHTN xã" goes on to "giới thiệu việc làm cho khoảng 1.000
    # thanh niên")
    if unit == "count" and _PERSON_NOUN.match(after) and _ELECTED.search(text[max(sent[0], a - 120):min(sent[1], b + 60)]):
        return None  # members elected to a committee
    if unit == "count" and _PEOPLE_NOUN.match(after) and (_CEREMONY.search(text[sent[0]:a]) or _ATTENDED_AFTER.match(after)
                                                          or _CEREMONY_WITH.search(text, sent[0], a)) and \
            not re.search(r"lượt|tham gia (?:các |hoạt động|phong trào|chiến dịch)", after[:60]) and not _RESULT_ACTION.search(before[-40:]) \
            and not _VOLUNTEERS.match(after):
        return None
    if unit == "count" and _PEOPLE_NOUN.match(after) and _ATTENDING.match(after) and not re.match(r"\s*lượt\b", after) \
            and not _TAUGHT_BEFORE.search(before[-40:]) and not _counts_before(text[sent[0]:a]):
        # "thu hút hơn 600 đoàn viên, thanh niên tham dự": who attended, not work done (a class's are taught, and "157
        # cuộc thi, 48 hội thảo … với hơn 12.000 sinh viên tham dự" is the reach of the activities just counted)
        return None
    if unit == "count" and (_ONE_OF.match(after) or re.search(r"(?<![\d.,])1\s+trong\s+(?:số\s+)?$", before_full)):
        return None  # "1 trong 28 tập thể": a rank, and the whole it is ranked in
    if unit == "count" and _PLACES_NAMED.match(after):
        return None  # "nối 2 thôn Hin Lò và Làng Thoọc": places named, not counted
    if unit != "percent" and _in_one_unit(text[sent[0]:a]):
        return None
    earlier = in_sentence.get(sent[0], [])  # the measures of this sentence so far
    prev = earlier[-1] if earlier else None
    if unit == "count" and prev is not None and prev.value == value and prev.unit == "count" and \
            re.fullmatch(r"[^\d;:]{0,30}\bcho\s*", text[prev.end:a]):
        return None  # "2 suất quà cho 2 cựu chiến binh": the same count, told again as who received it
    if unit == "count" and re.match(r"\s*(?:được|đã)\s", after) and re.search(r"[A-ZĐ][^\W\d]*(?:\s+[^\W\d]+){0,2}\s+$", before) \
            and not re.search(r"(?:\bl[àa]|đạt|được|có|với|gồm|tổng|số|khoảng|hơn|trên|gần)\s+$", before, re.I):
        return None  # "Cầu Thủy lợi 3 được xây dựng": a number that ends a name
    if _CUT_OFF.match(text, b):
        return None  # a number cut off at the end of the text
    if unit == "count" and _BACK_REFERENCE.match(after):
        return None  # "2 em đó", "3 công trình trên": the figure told before, named again
    if unit == "count" and _REPRESENTED.search(before_full[-80:]) and not _VOLUNTEERS.match(after) and \
            not re.match(r"\s*lượt\b", after):  # "đại diện cho 60.000 lượt thanh niên …": turns are no stock of members
        return None
    if unit == "count" and _DELEGATES_AFTER.search(after):
        return None

    # qualifier
    qualifier = "exact"
    if value_max is not None:
        qualifier = "range"
    else:
        for rx, q in _QUAL:
            if rx.search(before[-30:]):
                qualifier = q
                break
        if qualifier == "exact" and _AT_LEAST_AFTER.search(after):
            qualifier = "at_least"
        if qualifier == "exact" and re.search(r"từ\s*$", before[-8:]) and not b_txt:
            qualifier = "exact"

    # kind: stated attainment and counts of targets by their words; target or result by tense
    kind = None
    indicator = None
    basis = "clause"
    if unit == "percent" and (
            (_ATTAIN_BEFORE.search(before[-14:]) and _ATTAIN_AFTER.match(after))
            or re.search(r"\(\s*(?:đạt\s*)?$", before[-8:]) and re.match(r"\s*\)", after)
            or re.search(r"vượt\s*$", before[-8:]) or _SURPLUS_OVER_TARGET.search(before[-45:])
            # "100% chỉ tiêu đạt và vượt so với Nghị quyết …", "100% chỉ tiêu công tác đoàn được hoàn thành": a share of
            # the targets
            or re.match(r"\s*(?:các\s+)?(?:nhóm\s+)?chỉ tiêu\b", after)
            # "sửa chữa trên 12,4km đường, đạt 248,6%": a share right after a figure is how far that figure went
            or (prev is not None and prev.unit != "percent" and re.fullmatch(r"[^;:.\d]{0,30},\s*(?:đạt|bằng)\s*", text[prev.end:a])
                and not re.match(r"\s*(?:so với|tổng số|số)", after))):
        kind = "attainment"
        if re.search(r"vượt\s*$", before[-8:]):
            qualifier = "exact"
    elif unit == "count" and _TARGET_COUNT_NOUN.match(after):
        met_before = _MET_BEFORE.search(before[-25:]) and not _TO_COMPLETE.search(before[-45:])
        if den is not None or met_before or _MET_AFTER.match(after):
            kind, indicator = "result", "targets_met"
            if of is None:
                of = value
            qualifier = "exact"
        else:
            kind, indicator = "target_count", "other"
    elif unit != "percent" and den is None and _MET_TARGET_NAMED.search(lowered(text), max(sent[0], a - 90), a):
        kind = "target"
    st = reading.structure
    clause_frame = st.clause_frame(c0, a, c1)
    section_frame = st.section_frame(a)
    feats = None
    if kind is None:
        feats = tense.features(text, ctx.cues, a, b, sent, (c0, c1), qualifier,
                               section_frame.tense if section_frame else 0, clause_frame.tense if clause_frame else 0,
                               facts.doc_type, reading.narrated, reading.doc_type_stated, reading.forthcoming,
                               reading.launch, reading.plan_text)
        kind, _score = tense.decide(feats, weights)
        basis = tense.basis(feats)
    if section_frame is None and clause_frame is None and a < reading.title_end:
        # "Gần 300 công trình …" as the headline of "Nhiệm kỳ 2017- 2022, Huyện Đoàn … thực hiện được 298 công trình":
        # a headline's figure is dated by the frame that opens the page's lead, if one does
        lead = _LEAD_LINE.search(text, reading.title_end)
        if lead:
            frame = reading.structure.section_frame(lead.end())
            section_frame = frame if frame is not None and lead.start() <= frame.start < lead.start() + 60 else None
    period, period_basis = periods.resolve(reading, kind, clause_frame, section_frame)
    if period_basis == "document" and reading.term and not _A_YEAR.search(text, sent[0], a) and (
            (kind == "target_count" and _RESOLUTION.search(text, sent[0], a)) or
            (kind == "target" and _CONGRESS_SET.search(text, sent[0], a))):
        # "Đại hội nhiệm kỳ 2025 - 2030 xác định 15 chỉ tiêu cơ bản", "Nghị quyết Đại hội … tập trung vào 11 chỉ tiêu":
        # the targets a congress set run for its term, whatever year the page is
        period, period_basis = periods.fmt(reading.term), "sentence"

    # scope
    scope = None
    near = text[max(c0, a - 100):a]
    if _PER_PERSON.search(near):
        scope = "per_person"
    elif _PER_UNIT.search(near):
        scope = "per_unit"
    elif unit == "count" and value <= 5 and re.search(r"100\s*%[^;:]{0,80}$", near):
        scope = "per_unit"  # "100% đoàn cấp huyện có ít nhất 1 công trình": one per unit, not one in all
    elif _per_year(before_full[-220:]) and period and "-" in period:
        scope = "per_year"

    if indicator is None:
        # the things this money is the value of: the last of the sentence's counts with a value indicator ("200 suất
        # quà … bao gồm 2 chăn bông cùng 1 áo ấm với tổng trị giá 50 triệu đồng"), else the last count
        counted = [e for e in earlier if e.unit in ("count", "km") and not re.search(r"[;:]", text[e.end:a])]
        valued = next((e for e in reversed(counted) if e.indicator in _VALUE_OF), counted[-1] if counted else None)
        if kind == "attainment" and prev is not None:
            indicator = prev.indicator if prev.unit != "percent" or prev.kind != "attainment" else "other"
        elif unit == "vnd" and _MOBILISED_BEFORE.search(before):
            indicator = "funds_mobilised_vnd"
        elif unit == "vnd" and _WORKS_VALUED.search(before):
            # "Tổng giá trị các phần việc gần 260 triệu đồng", "tổng giá trị công trình ước tính hơn 35 triệu đồng": the
            # value phrase names what it values, whatever counts came before
            indicator = "youth_works_value_vnd"
        elif unit == "vnd" and _VALUE_BEFORE.search(before) and valued is not None:
            # "… 15 suất học bổng và công trình “Vì mái trường xanh” trị giá mười triệu đồng": a work named after the
            # count is what the money is the value of
            indicator = ("youth_works_value_vnd" if _CALLED_A_WORK.search(text, valued.end, a) else None) or \
                _VALUE_OF.get(valued.indicator) or (
                "youth_works_value_vnd" if re.match(r"(?:công trình|phần việc)", valued.subject or "", re.I)
                or _CALLED_A_WORK.search(text, max(sent[0], a - 160), a) else "other")
        else:
            # "sửa chữa 26,4km và làm mới 12,33km đường giao thông": lengths in a row share the noun after the last
            noun_text = after if unit == "km" and not re.match(r"\s*km\s+(?:đường|tuyến)", after_np, re.I) else after_np
            if unit == "count" and _SHARED_NOUN.fullmatch(after_np) and len(after_np) < len(after):
                # "xây mới 37 và sửa chữa 124 nhà nhân ái": counts in a row share the noun after the last
                noun_text = re.sub(r"^[\d.,]+", "", after[len(after_np):])
            indicator = cues.best(before.lower(), noun_text.lower(), unit) or "other"
            if indicator in ("other", "disadvantaged_children_supported", "volunteer_turns") and unit == "count" and \
                    PEOPLE_HEAD.match(fold(after)) and (_GIFT_TO.search(before[-40:]) or _GIFT_RECEIVED.match(after)):
                # "thăm, tặng quà 10 gia đình chính sách", "trao học bổng cho 11 học sinh": the gifts, counted by who
                # received them (who are not volunteers, whatever campaign the sentence names; "85 sinh viên có hoàn
                # cảnh khó khăn … được nhận học bổng": told in the passive)
                indicator = "gifts"
            if unit == "count" and indicator in ("other", "gifts", "disadvantaged_children_supported") and \
                    _HOUSE_FOR.search(before[-100:]):
                indicator = "houses_built"  # "xây dựng nhà Nhân ái cho 02 hộ nghèo": one house to each, so the houses
            if unit == "count" and _MERIT_TITLE.match(after):
                indicator = "other"  # "ít nhất 25 “Sinh viên 5 tốt”": people known by a title of merit, not the noun in it
            if indicator == "cadre_training" and not _CADRES.search(after[:40]):
                indicator = "other"  # "tập huấn cho 160 hộ dân", "đào tạo nghề cho 16.500 người": training, but not of cadres
            if indicator == "other" and unit == "count" and _STARTING_UP.match(after):
                indicator = "startup_projects_supported"  # "Hỗ trợ 12.000 thanh niên khởi nghiệp": young people starting up
            if indicator == "trees_planted" and (_NOT_A_TREE.match(after) or (
                    _TENDED.search(before[-40:]) and not re.search(r"trồng", before[-40:], re.I))):
                indicator = "other"  # "370 cây bút bi" are pens; "chăm sóc 2.000 cây xanh" tends trees planted before
            if unit == "count" and indicator == "volunteer_turns" and _SERVED_PEOPLE.match(after) and \
                    not re.search(r"tham gia[^,;]{0,12}$", before):
                indicator = "other"  # "thủ tục hành chính cho gần 200 lượt người dân": the people served, not volunteers
            if indicator == "trees_planted" and _GIVEN.search(before[-40:]) and not re.search(r"trồng", text[c0:c1]):
                indicator = "other"  # "trao tặng 6.000 cây xanh": seedlings given, not trees planted
            if indicator == "party_referrals" and not _FOR_THE_PARTY.search(text[max(c0, a - 60): min(c1, b + 80)]):
                # "giới thiệu 187 thanh niên vào làm", "giới thiệu 90 thanh niên ưu tú học lớp cảm tình đoàn": put
                # forward for a job or for the Đoàn, not for the Party
                indicator = "job_referrals" if _JOB_AFTER.match(after) else "other"
            if indicator == "party_referrals" and _ADMITTED_AFTER.match(after) and \
                    not re.search(r"(?:giới thiệu|đề nghị)(?:(?!\bvà\b)[^,;]){0,20}$", before, re.I):
                indicator = "party_admissions"  # "360 đoàn viên ưu tú được đứng trong hàng ngũ của Đảng": admitted
            if indicator == "new_members_admitted" and re.match(r"\s*đoàn viên ưu tú|[^;.]{0,40}?\bvào Đảng", after):
                indicator = "party_admissions"  # "kết nạp cho 116 đoàn viên ưu tú vào Đảng": into the Party, not the Đoàn
            if indicator == "party_admissions" and re.search(r"(?:giới thiệu|đề nghị|xem xét)(?:(?!\bvà\b)[^,;]){0,20}$", before, re.I):
                indicator = "party_referrals"  # "giới thiệu 32 đoàn viên ưu tú kết nạp Đảng": put forward, not yet admitted
            if indicator in ("volunteer_turns", "other") and unit == "count" and PEOPLE_HEAD.match(fold(after)) and \
                    _gave_blood(before_full[-150:], text[b:c1][:80], "hiến máu" in (facts.title or "").lower()):
                indicator = "blood_donors"  # "23 đợt hiến máu, với hơn 10.000 đoàn viên tham gia": the donors
            if indicator == "disadvantaged_children_supported" and unit == "count" and _YOUTH_HEAD.match(fold(after)) and \
                    re.match(r"(?:[^.;:]|(?<=\d)\.(?=\d)){0,30}?\btham gia\b", text[b:c1]):
                # "5.140 đoàn viên thanh niên đã tham gia khắc phục nhà ở cho … gia đình có hoàn cảnh đặc biệt khó khăn":
                # the members who took part, not the children or families they helped
                indicator = "other"
            if indicator == "volunteer_turns" and _attended_other_activity(before_full[-200:], text[b:c1][:120]):
                indicator = "other"  # "6 ngày hội thu hút hơn 5.000 lượt thanh niên": people at an event, not volunteering
            elif indicator == "other" and unit == "count" and _YOUTH_HEAD.match(fold(after)) and (
                    _PARTICIPATED.match(text, b, c1) or _TOOK_PART_BEFORE.search(before_full[-60:])) and \
                    _took_part_in_volunteering(text[max(0, a - 200):a], text[b:c1][:120],
                                               bool(_VOLUNTEER_PAGE.search(text, 0, 400)), _next_sentence(text, c1)):
                # "Các hoạt động [trồng cây, dọn vệ sinh] đã thu hút hơn 6.000 đoàn viên, thanh niên tham gia": members
                # taking part in volunteer work, the nearest activity named, are volunteer turns
                indicator = "volunteer_turns"
            if unit == "other" and _METRES_OF_ROAD.match(after) and not _CLEANED.search(before[-40:]):
                indicator = "rural_roads_km"  # "bê tông hóa 1.560 m đường giao thông": a road's length, in metres
            elif unit == "other" and _METRES_OF_LIT_LINE.match(after):
                indicator = "rural_lighting"  # "80m đường điện chiếu sáng", as "7km đường điện" is
            elif indicator == "other" and (unit == "km" or (unit == "other" and re.match(r"\s*(?:m|mét)\b", after))) and \
                    _ROAD_LENGTH_BEFORE.search(before_full[-120:]) and not _CLEANED.search(before_full[-120:]) and \
                    not _NOT_A_ROAD_BUILT.search(before_full[-120:]):
                # "khởi công con đường em đến trường với chiều dài 2,5km": the length of the road the clause builds; a
                # lit line's or a flower road's length stays `other`, as the shared labels have it
                indicator = "rural_roads_km"
            if indicator == "rural_roads_km" and _CLEANED.search(before[-40:]) and not _BUILT.search(before[-40:]):
                indicator = "other"  # a road cleaned; "rải đá và phát quang 7,5 km": laid with stone, so built
            elif indicator == "rural_roads_km" and (_LIT.search(before[-40:]) or _LIT_AFTER.match(after)):
                indicator = "rural_lighting"  # "thắp sáng 24 km đường giao thông nông thôn": the road was lit, not built
            if unit == "vnd" and indicator == "youth_works_value_vnd" and _INITIATIVES_SAVED.search(before_full[-160:]):
                indicator = "other"  # "414 sáng kiến cải tiến kỹ thuật làm lợi trên 15,8 tỷ đồng": savings, no work's value
            if unit == "percent" and _COVERAGE_NOUN.match(after) and not (
                    indicator == "units_excellent_pct" and "xuất sắc" in after_np.lower()):
                indicator = "other"  # a share of units ("100% cơ sở Đoàn … triển khai"), not of members
    if unit == "vnd" and indicator in ("other", "youth_works_value_vnd") and kind != "attainment":
        # "tặng quà cho các gia đình chính sách … với tổng trị giá trên 450 triệu đồng": the value of what the clause
        # gives away, when it builds or mends nothing
        clause = before_full[max(before_full.rfind(";"), before_full.rfind(":")) + 1:]
        if _GIVES_AWAY.search(clause) and not _BUILDS.search(clause):
            indicator = "gifts_value_vnd"
    optional = scope in ("per_unit", "per_person") or (
        unit == "percent" and indicator == "other" and bool(_COVERAGE_NOUN.match(after)) and value == 100)
    if kind == "target_count" and re.match(r"\s*(?:khâu đột phá|đề án)", after):
        optional = True

    # the quote: qualifier + number + its noun phrase
    qstart = a
    for rx, _q in _QUAL:
        mm = rx.search(before[-30:])
        if mm:
            qstart = a - (len(before[-30:]) - mm.start())
            break
    np_words = _quote_noun(noun).split()
    qend = b
    if np_words:
        idx = text.find(np_words[-1], b)
        qend = idx + len(np_words[-1]) if 0 <= idx < b + 120 else b
    quote = text[qstart:qend].strip()

    org, org_level, org_province = attribute(reading, text, a, b, sent, c0, kind)
    stated = read_scope(text, a, b, (c0, c1), sent, kind,
                        headline=text[:reading.title_end] if period_basis == "document" else "")

    measure = Measure(
        kind=kind, indicator=indicator, value=value, unit=unit, qualifier=qualifier, value_max=value_max,
        of=of, scope=scope, level=stated.level, body=stated.body, occasion=stated.occasion, programme=stated.programme,
        period=period, org=org, org_level=org_level, org_province=org_province,
        org_province_new=reading.successor.get(org_province) if org_province else None,
        kind_basis=basis, period_basis=period_basis,
        subject=noun or None, quote=quote, start=a, end=b,
        text=text[sent[0]:sent[1]].strip(), number_text=number_text, optional=optional,
        extractor_version=versions[0], dictionary_version=versions[1],
    )
    if trace is not None:
        trace.append((measure, feats))
    return measure


# "cây" is also the classifier of pens, candles, poles and bridges
_NOT_A_TREE = re.compile(r"\s*cây\s+(?:bút|nến|đèn|cột|cầu|số|kem|gậy|đàn)\b", re.I)
_TENDED = re.compile(r"(?:chăm sóc|bảo vệ|cắt tỉa)\s*(?:hơn|trên|gần|khoảng)?\s*$", re.I)
# "741.212 lượt thí sinh và người nhà được hỗ trợ": candidates the work served, told in the passive
_HELPED_AFTER = re.compile(r"[^.;:\d]{0,40}?\bđược\s+(?:hỗ trợ|tiếp sức|giúp đỡ|phục vụ|đưa đón|tư vấn|hướng dẫn)\b", re.I)
_SERVED_PEOPLE = re.compile(r"\s*(?:lượt\s+)?(?:người dân|hộ dân|hộ\b|nhân dân|bà con|du khách|khách\b|thí sinh|bệnh nhân|người bệnh|"
                            r"người(?!\s+tham gia))", re.I)
_GIFT_TO = re.compile(r"(?:(?:tặng|trao|trao tặng|hỗ trợ)\s+(?:các\s+)?(?:quà|phần quà|suất quà|học bổng|suất học bổng)|học bổng)"
                      r"(?:\s+(?:tết|trung thu|khuyến học))?(?:\s+cho)?\s*(?:hơn|trên|gần|khoảng)?\s*$", re.I)
_GIFT_RECEIVED = re.compile(r"[^.;:\d]{0,70}?\b(?:được\s+(?:nhận|tặng|trao)|nhận)\s+(?:(?:các|những)\s+)?(?:suất\s+|phần\s+)?"
                            r"(?:quà|học bổng)\b", re.I)
_GIVES_AWAY = re.compile(r"\b(?:tặng quà|trao quà|phần quà|suất quà|món quà|học bổng|sổ tiết kiệm|xe đạp)\b", re.I)
_BUILDS = re.compile(r"\b(?:công trình|phần việc|xây|sửa chữa|làm mới|thắp sáng|đường|cầu|nhà|huy động|vận động|quyên góp|"
                     r"nguồn lực)\b", re.I)
_CADRES = re.compile(r"cán bộ|bí thư|ủy viên|uỷ viên|\bBCH\b|cấp ủy|cấp uỷ", re.I)
_VOLUNTEER_PAGE = re.compile(r"tình nguyện|chiến dịch|mùa hè xanh|ra quân|chủ nhật xanh|tiếp sức mùa thi|công trình thanh niên",
                             re.I)  # in the page's opening
_STARTING_UP = re.compile(r"\s*(?:đoàn viên,?\s*)?(?:thanh niên|ĐVTN|đoàn viên|hội viên)\s+khởi nghiệp", re.I)
_GIVEN = re.compile(r"(?:trao tặng|tặng|trao|cấp|hỗ trợ)\s*(?:hơn|trên|gần|khoảng)?\s*$", re.I)
_RESULT_ACTION = re.compile(r"kết nạp|giới thiệu|hỗ trợ|tập huấn|bồi dưỡng|thu hút|tham gia|tổ chức cho|cho\s*(?:hơn|trên|gần|khoảng)?\s*$|"
                            r"tuyên dương|khen thưởng|tặng|trao|vận động|huy động|thành lập|phát triển|tư vấn|đào tạo|"
                            r"xếp loại|đánh giá|quán triệt|học tập|đăng ký|được", re.I)
