"""Target or result: the tense of a figure, from its own clause first, then its sentence and paragraph, then
the time frame it sits in (pipelines.extract.structure), then the kind of document.

Vietnamese marks tense with words, not verb forms. Planning words (phấn đấu, chỉ tiêu, sẽ, dự kiến, đăng ký,
mục tiêu) make a target; reporting words (đã, vừa, kết quả, thu hút, "trồng được", trao tặng, khánh thành)
a result. Many sentences carry neither ("trồng hơn 12.000 cây xanh", "ra mắt 5 đội hình"): a review
states what was done without "đã", a plan lists what is to be done without "sẽ". Then the frame ("Nhiệm kỳ
qua, …", "Nhiệm kỳ 2025 - 2030, …") and the document decide.

Each signal is a feature; the decision is a weighted sum (positive: target). The weights are hand-set
defaults that `pipelines.extract.learned` can refit from labelled documents.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from .scanning import LiteralScan, lowered

# "sẽ" (will), but not the second syllable of "sạch sẽ" (clean: "10 ĐVTN đã dọn sạch sẽ, … 400m tuyến đường hoa")
_WILL = r"(?<!sạch )\bsẽ\b"
# Strong planning words. "chỉ tiêu" after đạt/vượt/hoàn thành is a result ("vượt chỉ tiêu"), handled below.
# "ra quân thực hiện", "tập trung thực hiện / triển khai" are not among them: they tell of work under way, and
# reports use them as often as plans ("đã ra quân thực hiện 152 công trình").
# ("khí thế và quyết tâm của tuổi trẻ": the resolve shown, a noun, no tense)
_TARGET = (r"phấn đấu|chỉ tiêu|mục tiêu|" + _WILL + r"|dự kiến|dự định|đề ra|đặt ra|xác lập(?! kỷ lục)|quyết tâm(?! của\b)|hướng tới|kế hoạch|"
           r"đăng ký|đăng kí|cam kết|phát động|cần phải|cần đạt|phải đạt|yêu cầu|nhiệm kỳ tới|năm tới|"
           r"giai đoạn tới|thời gian tới|sắp tới|thi đua thực hiện|giao chỉ tiêu|đặt chỉ tiêu")
# Strong reporting words.
_RESULT = (r"\bđã\b|\bvừa\b|kết quả|đạt được|thu hút|qua đó|tổng cộng|tính đến|đến nay|hiện nay|ghi nhận|khánh thành|"
           r"bàn giao|trao tặng|\btrao\b|\btặng\b|(?<!không )hoàn thành(?! xuất sắc| tốt| nhiệm vụ| tốt và xuất sắc)|nổi bật|điển hình|thu được|thu về|thu nhận|huy động được|"
           r"tổ chức được|trồng được|xây dựng được|thực hiện được|giới thiệu được|kết nạp được|hỗ trợ được|vận động được|"
           r"làm mới được|sửa chữa được|duy trì được|năm qua|vừa qua|nhiệm kỳ qua|trong dịp|nhân dịp|dịp này|"
           r"tại chương trình|tại buổi lễ|tại lễ|ngay sau|sau \d+|đạt và vượt|vượt chỉ tiêu|vượt kế hoạch|"
           r"đạt chỉ tiêu|đồng loạt ra quân|"
           # "hiến máu được 150 đơn vị": a verb's "được" right before its figure is what was achieved
           r"được(?=\s+(?:hơn\s+|gần\s+|trên\s+|khoảng\s+|tổng cộng\s+)?\d)")
_WEAK_RESULT = r"\bđược\b|\bđạt\b|\bcó\b|với"
# result cues that are acts, which a plan lists too, not markers of the past
_ACTS = {"trao tặng", "trao", "tặng", "bàn giao", "khánh thành", "thu hút"}
_PLANNABLE_ACTS = _ACTS | {"hoàn thành", "thu được", "thu về"}  # "Dự kiến thu về 800 đơn vị máu"
# a list introduced as targets set ("phấn đấu hoàn thành 12 chỉ tiêu cơ bản như:"), unless the introducer says they
# were met ("đã … đạt và vượt 10/12 chỉ tiêu, tiêu biểu như …")
_TARGETS_LISTED = re.compile(r"(?:phấn đấu|" + _WILL + r"|dự kiến|xác định|xác lập(?! kỷ lục)|đề ra|đặt ra)[^.;:]{0,80}?"
                             r"(?:chỉ tiêu|mục tiêu|nhiệm vụ|phần việc|công trình|hoạt động)[^.;:]{0,60}$|"
                             # "Nhiệm kỳ 2025 – 2030, Đoàn phường … phấn đấu: …; thu hút 1.500 lượt …": the word of intent
                             # itself introduces the list
                             r"(?:phấn đấu|quyết tâm|" + _WILL + r"|dự kiến)(?:\s+[^\s.;:]+){0,3}\s*$|"
                             # "hướng tới mục tiêu: Thu hút 100.000 lượt …", "xây dựng 10 chỉ tiêu cơ bản như: …": the
                             # targets named by their noun introduce the list themselves
                             r"(?<!\w)(?:chỉ tiêu|mục tiêu)[^.;:]{0,60}$", re.I)
# (but "đã được Thành đoàn Hà Nội xác định, bao gồm:" tells that the targets were set, not met)
_DONE_BEFORE_LIST = re.compile(r"\bđã\b(?!\s+(?:được\s+)?(?:[^\s.;:]+\s+){0,5}?(?:xác định|đề ra|đặt ra|ban hành|thông qua|giao)\b)"
                               r"|\bđạt\b|vượt|kết quả", re.I)
# words of intent that govern the verbs after them; "phát động" or "kế hoạch" name a plan without governing its acts
_INTENT = re.compile(r"phấn đấu|" + _WILL + r"|dự kiến|dự định|quyết tâm|đăng ký|đăng kí|cam kết|hướng tới|mục tiêu|chỉ tiêu|"
                     r"thời gian tới|năm tới|sắp tới|giai đoạn tới|nhiệm kỳ tới")  # "Trong thời gian tới … trao 25 suất quà"
# the words of intent whose reach runs to the end of the sentence ("mục tiêu", "hướng tới", "cam kết" also name an aim or
# a pledge a done deed served or signed: "Nhằm mục tiêu …, Đoàn trao 50 suất quà", "ký cam kết …; tặng quà 10 trẻ em")
_SENTENCE_INTENT = re.compile(r"phấn đấu|" + _WILL + r"|dự kiến|dự định|quyết tâm|thời gian tới|sắp tới|năm tới|giai đoạn tới|nhiệm kỳ tới")


def _first_letters(*alternations: str) -> str:
    """The letters an alternation of plain lower-case phrases can start with, for a lookahead class."""
    out = set()
    for alternation in alternations:
        for alt in alternation.split("|"):
            alt = alt.replace("(?<!không )", "").replace("\\b", "").lstrip("(?:")
            if alt and alt[0].isalpha():  # the pieces of a lookahead's own alternation add letters at worst
                out.add(alt[0])
    return "".join(sorted(re.escape(c) for c in out))


# The cues are lower case and scanned on a lower-cased copy of the text; the lookahead on their first letters
# lets the engine skip every other position without trying the alternatives (Unicode case folding inside the
# engine is what makes an IGNORECASE scan slow).
_CUES = re.compile(rf"(?=[{_first_letters(_TARGET, _RESULT, _WEAK_RESULT)}])(?<!\w)"
                   rf"(?:(?P<t>{_TARGET})|(?P<r>{_RESULT})|(?P<w>{_WEAK_RESULT}))")
_CUE_SCAN = LiteralScan(_CUES)
# "do tổ chức Đoàn phát động", "đã phát động", "được giao chỉ tiêu": a plan that someone else made
_PLAN_OF_OTHERS = re.compile(r"(?:\bđã|\bdo|\bđược|\bvừa)(?:\s+[^\s.;:]+){0,5}\s+$")
# "đã đăng ký, triển khai thực hiện 232 công trình", "Toàn tỉnh đăng ký, đảm nhận 10.311 công trình": registered and
# carried out, a tally of works taken on, not a pledge
_REGISTERED_AND_DONE = re.compile(r"\s*(?:,|và)\s*(?:tổ chức\s+)?(?:triển khai|thực hiện|đảm nhận)\b")
# a launch the sentence answers or follows (on lower-cased text)
_LAUNCH_BEHIND = re.compile(r"(?:\blễ|\bqua|\bsau|\btừ|hưởng ứng)\s+(?:(?:đợt|lễ|cuộc|buổi|lời)\s+)?$")
_PLANNING_VERB = re.compile(r"\s+(?:chính thức\s+)?(?:phát động|xác lập|đề ra|đặt ra|xác định|ban hành|thông qua|giao)\b")
# "Tiêu biểu là …:", "Nổi bật là …:": a list of what was done
_RESULT_LIST = re.compile(r"(?:[Tt]iêu biểu|[Nn]ổi bật|[Đđ]iển hình)\s+(?:là|như)\b|"
                          r"[Kk]ết quả(?:\s+(?:là|nổi bật|cụ thể|đáng chú ý))?(?:\s+(?:như|gồm))?\s*[:,]")
# "Theo kế hoạch, từ ngày 11 đến 13-3, Tỉnh đoàn … tiếp tục trao 310 suất quà": a sentence that opens "according to
# the plan" tells what is planned (but "đạt 100% theo kế hoạch" measures a result against one)
_AS_PLANNED = re.compile(r"(?:^|[.;:!?\n]\s*)theo\s+$")
_MET = re.compile(r"(?:đạt|vượt|hoàn thành|so với|theo|của|thực hiện|kết quả)\s+(?:\S+\s+){0,2}$")
# "chỉ tiêu" plans when it is being set or introduces what follows ("một số chỉ tiêu trọng tâm, như: …")
_TARGET_MET_BEFORE = re.compile(r"(?:đạt|vượt|hoàn thành)\s+(?:\S+\s+){0,3}?(?:chỉ tiêu|kế hoạch|mục tiêu|nhiệm vụ)(?:\s+(?:\S+\s+){0,4})?\s*$")
_INTENT_TO_MEET = re.compile(r"(?:phấn đấu|quyết tâm|" + _WILL + r"|cần|phải|để|nhằm)\s+(?:\S+\s+){0,1}(?:đạt|vượt|hoàn thành)\s")
_SETS_TARGET = re.compile(r"(?:xác định|xác lập|đề ra|đặt|giao|thông qua|phấn đấu|với|là|có các|một số|những)\s+(?:\S+\s+){0,2}$")
_INTRODUCES = re.compile(r"[^.;\n]{0,50}?(?::|\bnhư\b|\bgồm\b|\blà\b|\bcụ thể\b|\bsau\b|\d)")
_TARGET_LABEL = re.compile(r"\s*[-–•+*]?\s*(?:[Cc]hỉ tiêu|CHỈ TIÊU|[Mm]ục tiêu)(?:\s+(?:số\s+)?\d{1,2})?\s*[:.)–-]")
# "trở lên" after a level ("đoàn cơ sở trở lên", "cấp huyện trở lên") is "and above", not a bound to reach
# ("Trồng mới 150.000 cây xanh là chỉ tiêu mà tuổi trẻ Gia Lai đặt ra …": the figure named as a target)
_FUTURE_AFTER = re.compile(_WILL + r"|phấn đấu|dự kiến|\blà\s+(?:một trong (?:những|các)\s+)?(?:chỉ tiêu|mục tiêu)\b|(?<!sở )(?<!huyện )(?<!tỉnh )(?<!xã )(?<!trên )trở lên|(?<!đã )được (?:triển khai|tổ chức) (?:trong|vào) (?:năm|thời gian) tới", re.I)
# "Tin tưởng rằng 90 đoàn viên thanh niên được kết nạp trong dịp này sẽ thực hiện tốt …": the figure heads the subject
# of a future predicate; its own act is the participle, done on the occasion told
_DONE_THIS_TIME = re.compile(r"[^.;:\d\n]{0,40}?\bđược\s+[^.;:\d\n]{0,30}?\b(?:trong|tại|vào|ở)\s+"
                             r"(?:dịp|đợt|lần|buổi|lễ|ngày hội)\s+(?:này|đó|hôm nay)\b[^.;:\d\n]{0,20}?" + _WILL, re.I)
# "270.000 cây xanh được đoàn viên, thanh niên tham gia trồng mới", "35 dự án … được tổ chức Đoàn các cấp hỗ trợ": the
# passive with the Union as its agent is the formula targets are set in; reports put the verb first ("trồng mới 156.835")
_UNION_AGENT_AFTER = re.compile(r"[^.;:\d\n]{0,60}?\bđược\s+(?:các\s+)?(?:đoàn viên|thanh niên|tổ chức (?:Đoàn|Hội)|"
                                r"cấp bộ Đoàn|Đoàn các cấp|cơ sở Đoàn)\b")
# "xây dựng 1.170 bến đò ngang an toàn, vượt chỉ tiêu đề ra 17%": a figure said to pass its target was done
_RESULT_AFTER = re.compile(r"^\s*(?:\S+\s+){0,6}?(?:đã được|đã|vừa được)\b|^[^.;:]{0,80}?,\s*(?:vượt|đạt)\s+(?:\d+(?:,\d+)?\s*%\s+)?"
                           r"(?:so với\s+)?(?:chỉ tiêu|kế hoạch)", re.I)
# "vượt mốc chỉ tiêu sàn 45.000 đơn vị máu", "đặt mục tiêu trồng mới 270.000 cây xanh", "chỉ tiêu mức trên là 50.000
# đơn vị", "thực hiện đề án xây dựng 2.500 “Nhà nhân ái”": the figure a target noun or a scheme names is that target's
# amount, whatever the sentence says of it (but "vượt chỉ tiêu 17%", "hoàn thành chỉ tiêu thành lập mới hơn 30 CLB" tell
# how far a target was met). A scheme as a cue of its own would date the sentence: "trong khuôn khổ Đề án …, trồng
# 1.000 cây xanh" reports what was done under it.
_NAMED_TARGET = re.compile(r"(?<!vượt )(?<!đạt )(?<!hoàn thành )(?<!\w)(?:chỉ tiêu|mục tiêu|đề án)"
                           r"(?:\s+(?!và\b|đạt\b|vượt\b|với\b|có\b|đề ra\b|được\b|đã\b)[^\s\d.;:,]+){0,5}?\s+"
                           r"(?:là\s+|từ\s+)?(?:hơn\s+|trên\s+|ít nhất\s+|khoảng\s+|tối thiểu\s+)?$")
_ITEM_LINE = re.compile(r"[ \t]*(?:[-–+•*]|\d{1,2}[.)]|[a-đ]\))\s")
_YEARLY = re.compile(r"\b(?:[Hh]ằng năm|[Hh]àng năm|[Mm]ỗi năm)\b")
# "TP. HCM", "Q. Bình Tân", "TS. Nguyễn …": an abbreviation's dot ends no sentence or clause (look-behinds that read the
# dot itself)
ABBREVIATION_DOT = r"(?<!TP\.)(?<!Tp\.)(?<!\bQ\.)(?<!\bP\.)(?<!\bH\.)(?<!TX\.)(?<!TS\.)(?<!GS\.)(?<!ThS\.)(?<!Th\.S\.)"
# a spaced dash ends a clause, but not inside a span of years ("nhiệm kỳ 2022 – 2027")
# (each look-behind after the character it guards: the engine tries this pattern at every character, and runs them
# only at a dot or a space)
CLAUSE_SEP = re.compile(r"[;:\n]|\." + ABBREVIATION_DOT + r"\s|\s(?<!\d{4}\s)[-–]\s(?!\d{4})")

# the words that add a paragraph to the one before it ("Ngoài ra, …", "Bên cạnh đó, …", "Đồng thời, …")
_GOES_ON = re.compile(r"[\s\-–•+]*(?:Ngoài ra|Bên cạnh đó|Đồng thời|Cùng với đó|Song song với đó|Thêm vào đó)\b")
FEATURES = ("near_t", "near_r", "named_t", "act_t", "list_t", "list_r", "sent_t", "sent_r", "para_t", "para_r", "weak_r", "after_t", "after_r", "bound",
            "frame_t", "frame_r", "clause_frame_t", "clause_frame_r", "doc_plan", "doc_result", "doc_news",
            "doc_congress", "doc_event", "doc_stated_plan", "doc_stated_result", "range_q", "item_plan", "yearly", "doc_coming", "doc_launch", "doc_plan_text", "bias")
DEFAULT_WEIGHTS = {
    "near_t": 4.0, "near_r": -4.0, "named_t": 4.0, "act_t": 3.0, "list_t": 3.5, "list_r": -3.5, "sent_t": 2.5, "sent_r": -2.5, "para_t": 1.0, "para_r": -1.0, "weak_r": -0.75,
    "after_t": 3.0, "after_r": -2.0, "bound": 5.0, "frame_t": 2.0, "frame_r": -2.0, "clause_frame_t": 3.0,
    "clause_frame_r": -3.0, "doc_plan": 1.0, "doc_result": -1.0, "doc_news": -0.5, "doc_congress": 0.0, "doc_event": -1.0,
    "doc_stated_plan": 2.0, "doc_stated_result": -2.0, "range_q": 1.0, "item_plan": 1.0, "yearly": 1.0, "doc_coming": 1.0, "doc_launch": 1.0, "doc_plan_text": 1.0, "bias": 0.0,
}


# a short name in quotes: "mô hình “Đèn học quyết tâm”", "phong trào “Kế hoạch nhỏ”": a title, capitalised, no figure
_QUOTED_NAME = re.compile(r"[“\"]\s*([A-ZĐÀ-Ỹ][^”\"\n\d.;:!?]{2,60}?)\s*[”\"]")
_QUOTED_NAME_SCAN = LiteralScan(_QUOTED_NAME)


def _named_spans(text: str, low: str) -> list[tuple[int, int]]:
    """Where the page writes a quoted name, in quotes or, further on, without them ("… 250 đèn học quyết tâm, 03 công
    trình …"): a tense word inside a name ("quyết tâm", "kế hoạch") is the name's, not the sentence's."""
    spans: list[tuple[int, int]] = []
    names = set()
    for m in _QUOTED_NAME_SCAN.finditer(text):
        if len(m.group(1).split()) <= 8:
            names.add(low[m.start(1):m.end(1)])
    for name in names:
        if not _CUE_SCAN.pattern.search(name):
            continue
        i = low.find(name)
        while i >= 0:
            spans.append((i, i + len(name)))
            i = low.find(name, i + 1)
    return spans


@dataclass
class CueIndex:
    """Every tense cue of a text, found once (the cues are lower case; the scan runs on a lower-cased copy)."""

    pos: list[int]
    end: list[int]
    sign: list[int]  # +1 target, -1 result, -2 weak result

    @classmethod
    def build(cls, text: str, regions: list[tuple[int, int]] | None = None) -> "CueIndex":
        low = lowered(text)
        pos, end, sign = [], [], []
        cues = _CUE_SCAN.over(low, regions, page=text)
        names = _named_spans(text, low)
        for m in (m for lo, hi in (regions or [(0, len(text))]) for m in cues.finditer(lo, hi)):
            if names and any(a <= m.start() and m.end() <= b for a, b in names):
                continue
            g = m.lastgroup
            s = +1 if g == "t" else -1 if g == "r" else -2
            if s == 1:
                before = low[max(0, m.start() - 40): m.start()]
                if m.group(0) in ("chỉ tiêu", "kế hoạch") and _MET.search(before) and not _AS_PLANNED.search(before):
                    continue  # "vượt chỉ tiêu", "đạt 100% theo kế hoạch", "chỉ tiêu của …": not a plan being made
                if m.group(0) == "chỉ tiêu" and not (_SETS_TARGET.search(before) or _INTRODUCES.match(low, m.end())):
                    continue  # "Về chỉ tiêu xây dựng nông thôn mới, …", "các chỉ tiêu đều đạt": targets spoken of
                if m.group(0) in ("đề ra", "đặt ra") and _TARGET_MET_BEFORE.search(before) and not _INTENT_TO_MEET.search(before):
                    continue  # "vượt chỉ tiêu đề ra 87,62%", "hoàn thành chỉ tiêu đặt ra": a target passed, not one being set
                if m.group(0) in ("phát động", "đăng ký", "kế hoạch", "cam kết") and _PLAN_OF_OTHERS.search(before) \
                        and not (m.group(0) == "phát động" and re.search(r"(?:đã|vừa)\s+$", before)):
                    continue
            if s == 1 and m.group(0) in ("đăng ký", "đăng kí") and _REGISTERED_AND_DONE.match(low, m.end()):
                s = -1
            if s == 1 and m.group(0) == "kế hoạch" and low.startswith(" nhỏ", m.end()):
                continue  # "phong trào Kế hoạch nhỏ": the Pioneers' scrap-collecting drive, not a plan
            if s == -1 and m.group(0) in ("nổi bật", "điển hình") and \
                    re.search(r"(?:chỉ tiêu|mục tiêu|nhiệm vụ)[^.;:]{0,30}$", low[max(0, m.start() - 50): m.start()]):
                continue  # "xác định 12 chỉ tiêu cụ thể, nổi bật như: …": the notable ones among targets
            if s != -2 and before_word(low, m.start()) == "việc":
                continue  # "Nổi bật là việc đăng ký …": an act spoken of, not a tense
            if s == 1 and m.group(0) == "phát động" and _LAUNCH_BEHIND.search(low, max(0, m.start() - 30), m.start()):
                continue  # "Sau lễ phát động, …", "Qua phát động …, hơn 600 sinh viên đã đăng ký", "Hưởng ứng đợt phát
                # động …, hơn 60 ĐTN … đã tham gia hiến máu": the launch named as what came before, not a plan being made
            if s == -1 and m.group(0) in ("đã", "vừa") and _PLANNING_VERB.match(low, m.end()):
                continue  # "vừa phát động … 20 công trình", "đã đề ra 10 chỉ tiêu": a plan was made; its figures are targets
            pos.append(m.start())
            end.append(m.end())
            sign.append(s)
        return cls(pos, end, sign)

    def nearest(self, lo: int, hi: int, strong: bool = True) -> int:
        """Sign of the last cue ending in [lo, hi): strong ones (+1/-1), or weak ones (-2) when strong=False."""
        i = bisect_right(self.end, hi) - 1
        while i >= 0 and self.pos[i] >= lo:
            s = self.sign[i]
            if strong and s in (1, -1):
                return s
            if not strong and s == -2:
                return s
            i -= 1
        return 0

    def nearest_at(self, lo: int, hi: int) -> tuple[int, int, int]:
        """(sign, start, end) of the last strong cue ending in [lo, hi); (0, -1, -1) if none."""
        i = bisect_right(self.end, hi) - 1
        while i >= 0 and self.pos[i] >= lo:
            if self.sign[i] in (1, -1):
                return self.sign[i], self.pos[i], self.end[i]
            i -= 1
        return 0, -1, -1

    def first(self, lo: int, hi: int) -> int:
        """Sign of the first strong cue starting in [lo, hi)."""
        return self.first_at(lo, hi)[0]

    def first_at(self, lo: int, hi: int) -> tuple[int, int, int]:
        """(sign, start, end) of the first strong cue starting in [lo, hi); (0, -1, -1) if none."""
        i = bisect_left(self.pos, lo)
        while i < len(self.pos) and self.pos[i] < hi:
            if self.sign[i] in (1, -1):
                return self.sign[i], self.pos[i], self.end[i]
            i += 1
        return 0, -1, -1


def before_word(low: str, pos: int) -> str:
    m = re.search(r"(\w+)\s+$", low[max(0, pos - 12): pos])
    return m.group(1) if m else ""


def _opens_as_planned(text: str, at: int, end: int) -> bool:
    """"Theo kế hoạch, …" opening a sentence: the plan governs the acts the sentence goes on to list."""
    return text[at:end].lower() == "kế hoạch" and bool(_AS_PLANNED.search(text[max(0, at - 12):at].lower()))


def _list_above(text: str, line_start: int) -> tuple[int, int]:
    """(the colon, the start of its line) of the introducer of the list whose item opens on this line: "Đại hội …
    quyết nghị phương hướng, chỉ tiêu phấn đấu:" above "100% đội viên, nhi đồng thực hiện tốt …", the items in
    between short lines of their own; (-1, line_start) when the line is no list's item."""
    end = line_start - 1
    for _ in range(15):
        if end <= 0:
            break
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end].strip()
        if line.endswith(":"):
            return start + text[start:end].rstrip().rfind(":"), start
        if len(line.split()) > 60:
            break  # a paragraph, not an item
        end = start - 1
    return -1, line_start


# "… hỗ trợ, giúp đỡ ít nhất 2.300 thiếu nhi có hoàn cảnh khó khăn và xây dựng mới 20 điểm sinh hoạt": an act in a
# sentence whose earlier figure is a floor ("ít nhất", "tối thiểu") is one of the same list of targets (of 41 labelled
# figures after such a floor, 36 are targets)
_BOUND_BEFORE = re.compile(r"\b(?:ít nhất|tối thiểu)\s+\d(?:[^.!?\n]|\.(?=\d))*$")


def _is_act(word: str) -> bool:
    return word in _PLANNABLE_ACTS or word.endswith("được")


def _intended(text: str, cues: CueIndex, lo: int, at: int) -> bool:
    """Whether the act at `at` falls under a word of intent earlier in its sentence with only other acts between:
    "Đoàn Thanh niên tỉnh phấn đấu xây dựng 15 điểm vui chơi, khởi công và bàn giao 10 ngôi nhà, bàn giao 3 cây cầu;
    tổ chức 2 đợt khám bệnh": acts have no tense of their own, so the intent carries through the sentence's list."""
    i = bisect_right(cues.end, at) - 1
    while i >= 0 and cues.pos[i] >= lo:
        if cues.sign[i] in (1, -1):
            word = text[cues.pos[i]:cues.end[i]].lower()
            # (a launch or a plan named on the way, "… phát động chương trình tặng 1.000 lá cờ", governs nothing)
            if (cues.sign[i] < 0 and _is_act(word)) or word in ("phát động", "kế hoạch"):
                i -= 1
                continue
            return cues.sign[i] > 0 and bool(_SENTENCE_INTENT.fullmatch(word))
        i -= 1
    return False


def clause_start(text: str, sent_start: int, pos: int) -> int:
    left = sent_start
    for m in CLAUSE_SEP.finditer(text, max(sent_start, pos - 200), pos):
        left = m.end()
    return left


def features(text: str, cues: CueIndex, a: int, b: int, sent: tuple[int, int], clause: tuple[int, int],
             qualifier: str, section_tense: int, clause_tense: int, doc_type: str,
             narrated: bool = False, doc_type_stated: bool = False, forthcoming: bool = False,
             launch: bool = False, plan_text: bool = False) -> dict[str, float]:
    """The signals for the figure at text[a:b]."""
    s0, s1 = sent
    c0, c1 = clause
    par = text.rfind("\n", 0, s0) + 1
    f = dict.fromkeys(FEATURES, 0.0)
    colon = text.rfind(":", s0, c0)
    lo = s0  # where the list's introducer may start
    if colon < 0 and (s0 == 0 or text[s0 - 1] == "\n"):
        colon, lo = _list_above(text, s0)
    # "thanh niên Tuyên Quang phấn đấu hoàn thành 12 chỉ tiêu cơ bản như: …", "tuổi trẻ Khối xác định thực hiện một
    # số chỉ tiêu quan trọng, như: …": a list of targets set, whose items' acts are planned
    planned_list = colon >= 0 and bool(_TARGETS_LISTED.search(text, max(lo, colon - 200), colon)) and \
        not _DONE_BEFORE_LIST.search(text, max(lo, colon - 200), colon)
    # "Chỉ tiêu 2: Trao 2.670 suất quà …": an item under a target's label is a target whatever its verb
    near, act = (1, 0) if _TARGET_LABEL.match(text, s0) else (cues.nearest_at(c0, a)[0], 0)
    if near < 0:
        _s, cue_at, cue_end = cues.nearest_at(c0, a)
        plan, plan_at, plan_end = cues.nearest_at(c0, cue_at)
        cue_text = text[cue_at:cue_end].lower()
        # "phấn đấu hỗ trợ ít nhất 8.000 bộ học cụ, trao 650 suất học bổng", "sẽ hoàn thành … như làm 12.000m đường",
        # "sẽ hỗ trợ được 20.000 thanh niên": an act, or what a verb "được", has no tense of its own; a list of targets
        # it stands in, or a word of intent just before it in the clause, makes it planned
        # (and an item of a plan's numbered list under a future frame: "9. Mỗi Đoàn cấp huyện xây dựng mới được 02 điểm")
        plan_item = doc_type.startswith("plan") and section_tense > 0 and bool(_ITEM_LINE.match(text, par))
        intent_in_clause = plan > 0 and (_INTENT.fullmatch(text[plan_at:plan_end].lower()) or _opens_as_planned(text, plan_at, plan_end)) \
            and not re.search(r";|\.\s", text[plan_end:cue_at]) and cue_at - plan_end <= 80
        if _is_act(cue_text) and intent_in_clause:
            near = 1  # "phấn đấu hỗ trợ …, trao 650 suất học bổng": the clause's word of intent is its tense; the act has none
        elif _is_act(cue_text) and (planned_list or plan_item or _intended(text, cues, s0, cue_at) or
                                    _BOUND_BEFORE.search(text, s0, cue_at)):
            near, act = 0, 1
    list_cue = 0
    if planned_list:
        list_cue = 1
    elif colon >= 0:
        # the list's tense: its first item's own words, else its introducer's (an item on a line of its own: the
        # introducer's alone)
        first_end = text.find(";", colon, c0)
        list_cue, cue_at, cue_end = cues.first_at(colon, first_end if first_end >= 0 else c0) if lo == s0 else (0, 0, 0)
        intro = max(lo, colon - 200)
        rl = _RESULT_LIST.search(text, lo, colon + 1)
        # "xác định 12 chỉ tiêu cụ thể, nổi bật như: …": the notable ones among targets, not among results
        if rl and re.search(r"(?:chỉ tiêu|mục tiêu|nhiệm vụ)[^.;:]{0,30}$", text[max(lo, rl.start() - 50):rl.start()]):
            rl = None
        if rl and rl.group(0).lower().startswith("kết quả"):
            list_cue = -1  # "… với nhiều kết quả nổi bật như: Phát động trồng 7.750 cây xanh; …": results, whatever the verbs
            if near > 0 and not _SENTENCE_INTENT.fullmatch(text[cues.nearest_at(c0, a)[1]:cues.nearest_at(c0, a)[2]].lower()):
                near = 0  # (a plan named among them, "Phát động", is one of the results; a word of intent is not)
        elif not list_cue:
            list_cue = -1 if rl else cues.nearest(intro, colon)
        elif list_cue < 0 and text[cue_at:cue_end].lower() in _ACTS and cues.nearest(intro, colon) > 0:
            # "phấn đấu thực hiện … như: bàn giao 01 cầu dân sinh; …": a planned list's first act is planned too
            list_cue = 1
    if _NAMED_TARGET.search(text[max(c0, a - 80):a].lower()):
        f["named_t"] = 1.0
    if act:
        f["act_t"] = 1.0
        if planned_list:
            f["list_t"] = 1.0  # "xác lập nhiều chỉ tiêu … như: …; thăm, tặng quà 15 ký túc xá; …": an act, and an item
    elif near:
        f["near_t" if near > 0 else "near_r"] = 1.0
    elif list_cue:
        # an item of a list its introducer dates: "xây dựng 10 chỉ tiêu cơ bản như: …; Thăm tặng quà …; Kết nạp …"
        f["list_t" if list_cue > 0 else "list_r"] = 1.0
    else:
        sent_cue, cue_at, cue_end = cues.nearest_at(s0, c0)
        if sent_cue < 0 and _is_act(text[cue_at:cue_end].lower()) and _intended(text, cues, s0, cue_at):
            sent_cue = 1
        elif not sent_cue and _BOUND_BEFORE.search(text, s0, a):
            sent_cue = 1
        if sent_cue:
            f["sent_t" if sent_cue > 0 else "sent_r"] = 1.0
        else:
            if par == s0 and _GOES_ON.match(text, s0):
                # "… hoạt động … sẽ thực hiện với 12 đầu mục công việc …" ¶ "Ngoài ra, đoàn còn thực hiện công trình …, lắp
                # 40 trụ điện": a paragraph that opens by adding to the last goes on in the tense that governs it, its
                # first word of tense (its acts, "trao tặng", follow it)
                end = par
                while end > 0 and text[end - 1].isspace():
                    end -= 1
                para_cue = cues.first(text.rfind("\n", 0, end) + 1, end)
            else:
                para_cue = cues.nearest(max(par, s0 - 400), s0)
            if para_cue:
                f["para_t" if para_cue > 0 else "para_r"] = 1.0
    if cues.nearest(max(c0, a - 14), a, strong=False) and not f["near_t"] and not f["sent_t"]:
        f["weak_r"] = 1.0
    rest = text[b:c1]
    if _DONE_THIS_TIME.match(rest):
        f["after_r"] = 1.0
    elif _FUTURE_AFTER.search(rest):
        f["after_t"] = 1.0
    elif _RESULT_AFTER.match(rest):
        f["after_r"] = 1.0
    elif _UNION_AGENT_AFTER.match(text, b, min(len(text), b + 120)) and not cues.nearest(c0, a) and \
            qualifier in ("exact", "at_least"):  # "Hơn 19 ngàn ý tưởng … được đoàn viên đề xuất": a tally, not a target
        f["after_t"] = 1.0
    if qualifier in ("at_least", "at_most"):
        f["bound"] = 1.0
    elif qualifier == "range":
        f["range_q"] = 1.0  # "kết nạp từ 750 - 800 đoàn viên mới": a span set as a target more often than one reported
    if doc_type.startswith("plan") and _ITEM_LINE.match(text, par):
        f["item_plan"] = 1.0  # "- Xây dựng 30 tuyến hẻm …": an item of a plan's bulleted or numbered list
    if _YEARLY.search(text, max(c0, a - 60), a):
        f["yearly"] = 1.0  # "Hằng năm, 100% Hội LHTN …": a standing commitment
    if clause_tense:
        f["clause_frame_t" if clause_tense > 0 else "clause_frame_r"] = 1.0
    elif section_tense:
        f["frame_t" if section_tense > 0 else "frame_r"] = 1.0
    if doc_type_stated and doc_type.startswith(("plan", "result")) and doc_type != "result_term":
        # a kind of page the user states is known, not guessed: its weight is set, never fitted (the labelled corpora
        # are read without a manifest, and the kind read from a page is often wrong: launches read as plans)
        f["doc_stated_plan" if doc_type.startswith("plan") else "doc_stated_result"] = 1.0
    elif doc_type == "result_term":
        f["doc_congress"] = 1.0  # a congress page: the past term's results and the next term's targets
    elif doc_type.startswith("plan"):
        f["doc_plan"] = 1.0
    elif doc_type.startswith("result"):
        f["doc_result"] = 1.0
    else:
        f["doc_news"] = 1.0
    if narrated:
        f["doc_event"] = 1.0  # a page telling of a day's event: what it lists was done that day
    elif forthcoming:
        f["doc_coming"] = 1.0  # a page announcing an event to come ("… sẽ ra quân ngày 14-6"): what it lists is planned
    if launch:
        f["doc_launch"] = 1.0  # a campaign's launch: its day is past, its works ahead
    if plan_text:
        f["doc_plan_text"] = 1.0  # a plan's own text, not news of a plan (the page read as a plan is often a launch)
    f["bias"] = 1.0
    return f


def decide(f: dict[str, float], weights: dict[str, float]) -> tuple[str, float]:
    score = sum(weights.get(k, 0.0) * v for k, v in f.items())
    return ("target" if score > 0 else "result"), score


def basis(f: dict[str, float]) -> str:
    """The strongest signal behind a decision, in words a curator can check."""
    for keys, words in ((("near_t", "near_r", "named_t", "act_t", "after_t", "after_r"), "clause"), (("clause_frame_t", "clause_frame_r"), "clause period"),
                        (("list_t", "list_r"), "list"),
                        (("sent_t", "sent_r"), "sentence"), (("frame_t", "frame_r"), "section"), (("para_t", "para_r"), "paragraph"),
                        (("bound",), "qualifier"), (("weak_r",), "clause (weak)")):
        if any(f.get(k) for k in keys):
            return words
    return "document type"
