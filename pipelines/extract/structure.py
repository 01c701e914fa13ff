"""The time a text speaks of, read from its structure rather than from single sentences.

A Youth Union page is written in frames: "Nhiệm kỳ qua, …" recounts the past term, "Giai đoạn 2022 - 2025,
…" a period now closed, "Nhiệm kỳ 2025 - 2030, Đoàn xã tập trung …" the term ahead, "Năm 2021, với chủ đề
…" a year, "6 tháng cuối năm …" what is still to come. A frame set at the head of a sentence or paragraph
governs what follows until another frame replaces it; a heading ("KẾT QUẢ NỔI BẬT", "Phương hướng nhiệm
vụ năm 2024") does the same. Each frame has a tense (past: results; future: targets; 0: either) and, when
the words allow, a period.

"Now" for a document is its publication date when known (a dateline, a crawler's "date 2025-10-25", a
manifest row), else an anniversary it celebrates ("kỷ niệm 95 năm Ngày thành lập Đoàn" is 2026), else the
latest year it names.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from .numbers import word_numbers
from .scanning import LiteralScan, literal_starts, lowered

_Y = r"(?:19|20)\d{2}"
_SPAN = rf"(?P<a>{_Y})\s*(?:[-–—]|,?\s*(?:đến|tới)(?:\s+hết)?)\s*(?:năm\s+)?(?P<b>{_Y})"

# Founding dates of the bodies whose anniversaries documents celebrate: "kỷ niệm 95 năm Ngày thành lập Đoàn"
# is 1931 + 95 = 2026.
# (the year, and the month of the day: 26/3/1931, 15/5/1941, 15/10/1956, 3/2/1930, 19/5/1890, 30/4/1975, 2/9/1945,
# 27/7/1947)
_FOUNDED = (
    (re.compile(r"thành lập Đoàn|Ngày thành lập Đoàn|truyền thống Đoàn|thành lập ĐTN|thành lập Đoàn TNCS", re.I), 1931, 3),
    (re.compile(r"thành lập Đội|Đội TNTP|Đội Thiếu niên", re.I), 1941, 5),
    (re.compile(r"Hội Liên hiệp [Tt]hanh niên|Hội LHTN|truyền thống Hội|thành lập Hội", re.I), 1956, 10),
    (re.compile(r"thành lập Đảng|Đảng Cộng sản Việt Nam", re.I), 1930, 2),
    (re.compile(r"ngày sinh (?:của )?(?:Chủ tịch Hồ Chí Minh|Bác Hồ|Bác)", re.I), 1890, 5),
    (re.compile(r"giải phóng (?:hoàn toàn )?miền Nam", re.I), 1975, 4),
    (re.compile(r"Quốc khánh|Cách mạng Tháng Tám", re.I), 1945, 9),
    (re.compile(r"Thương binh\s*[-–,]?\s*Liệt sĩ|Thương binh\s*[-–,]?\s*Liệt sỹ", re.I), 1947, 7),
)
# A page copied from a PDF or a print layout breaks its lines mid-sentence ("thu hút trên 180.600 lượt\nđoàn viên, thanh
# niên tham gia"). A line break between a lower-case letter (or a comma) and a lower-case letter is such a wrap: it is
# read as a space. One character for one, so every offset still points into the text as given.
# (the pattern opens with the line break itself, so the engine jumps from one to the next)
_LINE_BREAK = re.compile(r"\n(?=[^\W\d_])")


def join_soft_wraps(text: str) -> str:
    if "\n" not in text:
        return text

    def wrap(m: re.Match) -> str:
        at = m.start()
        if not at or not text[m.end()].islower():
            return "\n"
        last = text[at - 1]
        if last == "," or last.islower():
            return " "
        # a number cut from its noun ("trồng khoảng 2.000\ncây hoàng yến", "tổng số 3.254\nđoàn viên"): a wrap when
        # its line is one of prose (four words or more), not a date stamp or a counter on a line of its own
        if last.isdigit():
            line = text[text.rfind("\n", 0, at) + 1: at]
            return " " if line.count(" ") >= 4 and re.search(r"[^\W\d_]{2,}\s+\S+$", line) else "\n"
        return "\n"

    return _LINE_BREAK.sub(wrap, text)


_ANNIVERSARY = re.compile(r"(?:kỷ niệm|kỉ niệm|chào mừng|hướng tới)\s+(?:lần thứ\s+)?(?P<n>\d{2,3})\s+năm\s+(?P<what>[^.;:\n]{3,60})", re.I)
# a stamp its words name (in lower case: the scan runs on a lower-cased head, as case-blind matching is slow)
_NAMED_DATE = (rf"(?:ngày đăng|cập nhật(?: lúc| ngày)?|đăng lúc|đăng ngày|xuất bản|thứ\s+\w+|chủ nhật)\s*[:,\-–]?\s*"
               rf"(?:\d{{1,2}}[:h]\d{{2}}(?::\d{{2}})?\s*,?\s*(?:ngày\s*)?)?(?P<d>\d{{1,2}})[/-](?P<m>\d{{1,2}})[/-](?P<y>{_Y})")
_NAMED_DATE_LOWER = re.compile(_NAMED_DATE)
_PUBLISHED = (
    re.compile(rf"(?:^|\n)\s*date\s+(?P<y>{_Y})-(?P<m>\d{{2}})(?:-(?P<d>\d{{2}}))?"),
    re.compile(_NAMED_DATE, re.I),
    # a time stamp beside a date is a publication time: "21:20 10/01/2024", "(12:42 25/06/2020)", "11:40, 03/11/2025"
    re.compile(rf"\d{{1,2}}:\d{{2}}(?::\d{{2}})?\s*,?\s*(?P<d>\d{{1,2}})[/-](?P<m>\d{{1,2}})[/-](?P<y>{_Y})"),
    re.compile(rf"(?P<d>\d{{1,2}})[/-](?P<m>\d{{1,2}})[/-](?P<y>{_Y})\s*[-|,]?\s*\d{{1,2}}:\d{{2}}"),
    # an ISO time stamp as content systems print it: "2023-12-24 08:59:00.0"
    re.compile(rf"(?:^|\n)[ \t|]*(?P<y>{_Y})-(?P<m>\d{{2}})-(?P<d>\d{{2}})[ T]\d{{1,2}}:\d{{2}}"),
    # a dateline alone on its line: "17/11/2016", "| 23-02-2019 |"
    re.compile(rf"(?:^|\n)[ \t|]*(?P<d>\d{{1,2}})[/-](?P<m>\d{{1,2}})[/-](?P<y>{_Y})[ \t|]*(?=\n|$)"),
)

_HEADING_PAST = re.compile(r"kết quả|đạt được|thành tích|nhìn lại|tổng kết|sơ kết|đánh giá|đạt và vượt|vượt chỉ tiêu|"
                           r"hoàn thành|dấu ấn", re.I)
_HEADING_FUTURE = re.compile(r"phương hướng|nhiệm vụ|mục tiêu|chỉ tiêu|kế hoạch|giải pháp|định hướng|chương trình công tác", re.I)

# Frame phrases. Each names a time; _frame() decides its tense and period.
# Scanned on a lower-cased copy of the text (same offsets): every alternative is lower case, and the lookahead
# on the letters they start with lets the engine skip all other positions.
_FRAME = re.compile(
    rf"(?=[nghtcmkysqđx\d])(?<!\w)(?:"
    # "từ đầu năm 2019 đến nay": from that year to the page's own
    rf"(?P<since>từ\s+(?:đầu\s+|cuối\s+)?(?:năm\s+)?(?P<fy>{_Y})\s+(?:đến|tới)\s+nay)"
    # (a numbered phase: "Giai đoạn 1 (2022 - 2025):", "giai đoạn II (2026 - 2030)"; a span opened by an event's
    # year: "Từ khi thành lập năm 2013, đến năm 2018")
    # (a term by its number: "trong nhiệm kỳ V (2004-2009) đã có …")
    # ("những năm trước đây, người dân … phải đi vòng": the years before, not last year)
    rf"|(?P<span>(?:nhiệm kỳ(?:\s+[ivxlc]{{1,5}}(?=\s*\())?|giai đoạn(?:\s+(?:[1-5]|i{{1,3}}|iv|v)(?![\d\w]))?|năm học|niên khóa|niên khoá|thời kỳ|"
    rf"từ(?:\s+(?:khi|lúc|ngày)\s+[^\d,.;:\n]{{2,30}}?)?(?:\s+năm)?|năm)"
    rf"\s+(?:mới\s+)?(?:\(\s*)?{_SPAN})"
    # a phase given in months: "giai đoạn tháng 6.2021 - 5.2022"
    rf"|(?P<mspan>(?:giai đoạn|từ)\s+(?:tháng\s+)?\d{{1,2}}[./](?P<ma>{_Y})\s*(?:[-–—]|đến)\s*(?:tháng\s+)?\d{{1,2}}[./](?P<mb>{_Y}))"
    rf"|(?P<rel_past>(?:nhiệm kỳ|giai đoạn|thời gian|năm học|năm|nửa nhiệm kỳ|nửa đầu nhiệm kỳ|chặng đường|những năm|"
    rf"(?:hơn\s+|gần\s+|trong\s+)?(?:\d+|hai|ba|bốn|năm|mười)\s+năm)\s+(?:vừa\s+)?qua|nhiệm kỳ trước|(?<!những )(?<!các )(?<!nhiều )(?<!mấy )(?<!\d )năm trước)"
    rf"|(?P<rel_next>(?:nhiệm kỳ|giai đoạn|năm|thời gian|năm học)\s+(?:tới|sắp tới|mới|tiếp theo)|từ nay đến(?: cuối)?(?: năm)?"
    rf"|6 tháng cuối năm|sáu tháng cuối năm|những tháng cuối năm)"
    rf"|(?P<half>(?:6|sáu) tháng đầu năm(?:\s+(?P<hy>{_Y}))?)"
    # "Trong nhiệm kỳ, toàn Đoàn … đã giới thiệu được 336 đoàn viên ưu tú": the term the page is about
    rf"|(?P<the_term>trong nhiệm kỳ(?=\s*[,:]))"
    rf"|(?P<quarter>quý\s+(?:i{{1,3}}|iv|[1-4])(?:\s*(?:/|năm)\s*(?P<qy>{_Y}))?)"
    rf"|(?P<ym>tháng thanh niên(?:\s+năm)?\s+(?P<ymy>{_Y}))"
    # a season's campaign names its year: "hè 2025", "Chiến dịch Xuân tình nguyện 2026", "Tình nguyện mùa đông 2023"
    rf"|(?P<summer>(?:hè|mùa hè|mùa đông|xuân tình nguyện|xuân)\s+(?:năm\s+)?(?P<sy>{_Y}))"
    rf"|(?P<deadline>(?:đến|tới|trước) (?:hết )?năm\s+(?P<dy>{_Y}))"
    rf"|(?P<this>năm nay)"
    rf"|(?P<year>(?:(?:trong|cả|tính riêng|riêng)\s+)?năm\s+(?P<yy>{_Y})))")
_YEARS_SPELT = re.compile(rf"\s*\(\s*(?:từ\s+)?(?:năm\s+)?{_Y}(?:\s*(?:[-–—,]|đến|và)\s*(?:năm\s+)?{_Y})+\s*\)")
_TERMS = re.compile(rf"(?<!\w)(?=[ng])(?:nhiệm kỳ(?:\s+[ivxlc]{{1,5}}(?=\s*\())?|giai đoạn)\s+(?:\(\s*)?{_SPAN}")
_FRAME_SCAN, _TERMS_SCAN = LiteralScan(_FRAME), LiteralScan(_TERMS)
# "… phục vụ dự án cao tốc Bắc - Nam phía đông giai đoạn 2021 - 2025": a project's phase names the project, it is no
# term of the page's body (on a lower-cased text)
_PROGRAMME_BEFORE = re.compile(r"(?:dự án|đề án|chương trình|kế hoạch|chiến lược|quy hoạch)\b[^,;:.\n]{0,80}$")
# A frame at the head of a sentence governs what follows; elsewhere it only dates its own clause.
# (list markers: "- ", "(a) ", "a) ", "2) ")
_HEAD_LEAD = re.compile(r"(?:^|[.!?;:…\n]\s*|[-–•+*]\s*|(?:\(|(?<![^\s]))\w{1,3}\)\s*[-–]?\s*)(?:\w+\s+){0,4}$|[,”]\s*$")
# "Trong nhiệm kỳ 2022 – 2027 đoàn thanh niên phấn đấu …": a time that opens its paragraph governs it, comma or not
_OPENS_PARAGRAPH = re.compile(r"(?:^|\n)[ \t]*(?:(?:Trong|Trong suốt|Qua|Trải qua|Sau|Từ)\s+)?$")
_COMMENDED = re.compile(r"bằng khen|giấy khen|khen thưởng|tuyên dương|biểu dương|thành tích xuất sắc", re.I)
_GREETING_BEFORE = re.compile(r"(?:[Cc]húc mừng|[Mm]ừng|[Đđ]ón|[Cc]hào|[Vv]ui)\s+$")
_COMPARE_BEFORE = re.compile(r"(?:so với|so cùng kỳ|cùng kỳ|hơn|bằng|như)\s*(?:cùng kỳ\s*)?$", re.I)
# "Chiến lược phát triển thanh niên giai đoạn 2021 - 2030", "Đại hội … lần thứ XV, nhiệm kỳ 2025 - 2030",
# "Bằng khen … giai đoạn 2016 - 2020": the span names a programme, a body or an award, not the time a
# figure belongs to
# (but a congress that acts on the span sets it: "Đại hội … thông qua các chỉ tiêu trọng tâm nhiệm kỳ 2025 – 2030")
_CONGRESS_NAMED = r"[Đđ]ại hội(?![^.;:\n]*\b(?:thông qua|đề ra|xác định|đặt ra|biểu quyết|thảo luận)\b)"
# "Tình nguyện mùa đông năm 2025 – Xuân tình nguyện năm 2026": one campaign across the new year
WINTER_SPRING = re.compile(r"[Mm]ùa [Đđ]ông[^.\n]{0,30}?((?:19|20)\d\d)[^.\n]{0,40}?[Xx]uân[^.\n]{0,30}?((?:19|20)\d\d)")
_NAMING_BEFORE = re.compile(_CONGRESS_NAMED + r"[^.;:\n]{0,90}$|(?:[Cc]hiến lược|[Cc]hương trình|[Đđ]ề án|[Kk]ế hoạch|[Nn]ghị quyết|[Cc]hỉ thị|[Qq]uyết định|"
                            r"[Cc]uộc vận động|[Pp]hong trào|" + _CONGRESS_NAMED + r"|[Bb]an [Cc]hấp hành|BCH|khóa [IVXLC]+|khoá [IVXLC]+|"
                            r"[Bb]ằng khen|[Kk]ỷ niệm chương|lần thứ [IVXLC\d]+|[Dd]ự án|[Bb]áo cáo|[Vv]ăn kiện|"
                            # ("Hỗ trợ huyện Hòa Vang xây dựng nông thôn mới giai đoạn 2023-2025 (…) tổng trị giá 850 triệu
                            # đồng" at a 2024 launch: the national programme's span)
                            r"nông thôn mới(?: nâng cao| kiểu mẫu)?\s*$)[^,;:.\n]{0,90}$"
                            r"|(?:lần thứ|khóa|khoá)\s+[IVXLC\d]+\s*,?\s*\(?\s*$"
                            # "nghe báo cáo những kết quả … thanh thiếu nhi, nhiệm kỳ 2017-2022": the report's title runs on
                            # past its comma
                            r"|(?<![Tt]heo )(?:[Bb]áo cáo|[Vv]ăn kiện|[Dd]ự thảo)\s+\w[^;:.\n]{0,90}$"
                            # "cựu học sinh trường THPT Vĩnh Linh niên khóa 1991 – 1994 đã tặng …": the alumni's class
                            r"|[Cc]ựu (?:học sinh|sinh viên|học viên)[^;:.\n]{0,60}$")


@dataclass(frozen=True)
class Frame:
    start: int
    end: int
    tense: int  # -1 past (results), +1 future (targets), 0 either
    period: tuple[int, int] | None
    cue: str
    governs: bool  # heads a sentence or paragraph: governs until the next governing frame
    rel: str | None = None  # a time named relative to the document: past_term, this_term, next_term,
    #                         the_term (bare "trong nhiệm kỳ"), past_year, past_school_year, next_year, this_year,
    #                         years:N (the N years to now), past, future


@dataclass
class Structure:
    text: str
    published: tuple[int, int, int | None] | None = None  # (year, month, day)
    anniversary_year: int | None = None
    now: int | None = None  # the document's "this year"
    now_known: bool = False  # from a publication date or an anniversary, not guessed from the years named
    terms: list[tuple[int, int]] = field(default_factory=list)  # explicit "nhiệm kỳ A - B" spans, in order
    frames: list[Frame] = field(default_factory=list)
    governing: list[Frame] = field(default_factory=list)
    regions: list[tuple[int, int]] = field(default_factory=list)  # see regions_of_interest
    word_numbers: list = field(default_factory=list)  # spelled numbers found on the way ("chín chỉ tiêu")
    other_posts: list[tuple[int, int]] = field(default_factory=list)  # the site's list of its other posts (see other_posts)
    _gov_starts: list[int] = field(default_factory=list)
    _frame_starts: list[int] = field(default_factory=list)

    def section_frame(self, pos: int) -> Frame | None:
        """The governing frame in force at a position. A paragraph after it that names a later time ("Giai đoạn
        2022–2025, … đã thực hiện 437 công trình" then "…, giai đoạn 2025-2030 VRG sẽ xây dựng …" and "Đại hội đề ra
        10 chỉ tiêu …: thực hiện 500 công trình"): the text has moved on to that time, even where its frame names it in
        passing rather than at the head of a sentence."""
        i = bisect_right(self._gov_starts, pos) - 1
        if i < 0:
            return None
        g = self.governing[i]
        if not (g.tense < 0 and (g.period or g.rel)):
            return g
        for j in range(bisect_right(self._frame_starts, pos - 1) - 1, -1, -1):
            f = self.frames[j]
            if f.start <= g.end:
                break
            # (after a past named only by its words, "Nhiệm kỳ qua, …", a time to come: "các chỉ tiêu nhiệm kỳ 2025 – 2030")
            # (after "Trong 20 năm qua, …", the year the page is written: "Trong khuôn khổ chiến dịch tình nguyện hè 2013,
            # …" tells this year's campaign, not the twenty years')
            if not (f.period and (f.tense > 0 or (g.rel or "").startswith("years:") and f.period == (self.now, self.now)
                                  if g.period is None else
                                  f.tense >= 0 and f.period[0] >= g.period[1] and f.period[1] > g.period[1])):
                continue
            # the first time its paragraph names, outside quotes: "Đề án “… giai đoạn 2022-2027”" names a programme,
            # and "tổng kết … năm 2023, triển khai nhiệm vụ năm 2024" still speaks of 2023
            par = self.text.rfind("\n", g.end, f.start) + 1
            if par and not any(e.period and par <= e.start < f.start for e in self.frames[max(0, j - 8):j]) and \
                    self.text.count("“", par, f.start) <= self.text.count("”", par, f.start) + self.text.count('"', par, f.start):
                return f
        return g

    def clause_frame(self, lo: int, pos: int, hi: int | None = None) -> Frame | None:
        """The nearest frame inside [lo, pos) (the number's own clause before it), else one in (pos, hi)."""
        i = bisect_right(self._frame_starts, pos - 1) - 1
        while i >= 0 and self.frames[i].start >= lo:
            f = self.frames[i]
            if f.end <= pos:
                return f
            i -= 1
        if hi is not None:  # "trồng 5.000 cây xanh trong năm 2024": a time right after the figure
            j = bisect_right(self._frame_starts, pos)
            if j < len(self.frames) and self.frames[j].start < min(hi, pos + 40):
                return self.frames[j]
        return None


_DIGITS = re.compile(r"\d+")
_SENTENCE_END = re.compile(r"[.!?…]\s|\n")


def _paragraph_starts(text: str):
    pos = 0
    while pos < len(text):
        if text[pos] != "\n":
            yield pos
        nxt = text.find("\n", pos)
        if nxt < 0:
            return
        pos = nxt + 1


def regions_of_interest(text: str) -> tuple[list[tuple[int, int]], list[re.Match]]:
    """The stretches of text a figure's reading can depend on: every sentence holding a number with the ~700
    characters before it (its sentence, paragraph and the bodies named there), the opening (title, dateline,
    the body that speaks) and the foot (a byline). Long pages are mostly prose without figures; scanning only
    these stretches keeps the work proportional to the figures (a 2,000-character news item is read whole).
    Also returns the spelled numbers it found, for the measures to reuse."""
    n = len(text)
    out = [(0, min(n, 1500))]
    # figures: digits, or numbers spelled before a count of targets ("chín chỉ tiêu")
    words = word_numbers(text)
    spelled = [m.start() for m in words]
    closed = False  # whether the last stretch ends where a sentence ends (the opening's 1,500th character need not)
    pos, w = 0, 0
    while True:
        # the next figure from pos; a run of digits found from inside itself is not a figure's start
        d = _DIGITS.search(text, pos)
        while d is not None and d.start() > 0 and text[d.start() - 1].isdecimal():
            d = _DIGITS.search(text, d.end())
        while w < len(spelled) and spelled[w] < pos:
            w += 1
        if d is None and w == len(spelled):
            break
        if d is not None and (w == len(spelled) or d.start() < spelled[w]):
            p, pos = d.start(), d.end()
        else:
            p, pos = spelled[w], spelled[w] + 1
        if p < out[-1][1] and closed:
            pos = max(pos, out[-1][1])  # every figure inside a closed stretch is read with it
            continue
        e = _SENTENCE_END.search(text, p + 1)
        hi = e.end() if e else n
        lo = max(0, p - 700)
        if lo <= out[-1][1]:
            closed = hi >= out[-1][1]
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
            closed = True
    if out[-1][1] < n - 600:
        out.append((n - 600, n))
    else:
        out[-1] = (out[-1][0], n)
    return out, words


def published_date(text: str) -> tuple[int, int, int | None] | None:
    """The page's publication stamp: one its words name ("Cập nhật: 13:48 ngày 08/07/2017", a crawler's "date
    2025-10-25") before any other; else the earliest date stamp in its head. A site's header may print today's
    date above an old article ("Thứ năm, 25/04/2024 … Cập nhật: … 08/07/2017")."""
    head = text[:1500]
    low = head.lower()
    best = None
    for rank, rx in enumerate(_PUBLISHED):
        if rank == 1 and len(low) == len(head):
            rx, source = _NAMED_DATE_LOWER, low
        else:
            source = head
        for m in rx.finditer(source):
            y, mo = int(m.group("y")), int(m.group("m"))
            d = int(m.group("d")) if m.group("d") else None
            if not (1 <= mo <= 12 and (d is None or 1 <= d <= 31)):
                continue
            named = rank == 0 or (rank == 1 and _NAMED_STAMP.search(m.group(0)))
            # named stamps by their place; unnamed ones by their date: a site's clock prints today, after the article
            key = (0, m.start()) if named else (1, (y, mo, d or 0))
            if best is None or key < best[0]:
                best = (key, (y, mo, d))
            if rank != 1:
                break  # the first of each kind; stamps of kind 1 are weighed by whether they are named
    return best[1] if best else None


_DAY_WORD = r"(?:[Nn]gày|[Ss]áng|[Cc]hiều|[Tt]ối|[Tt]rưa)"
_HELD_ON = re.compile(_DAY_WORD + r"\s+(?:ngày\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*(?P<y>(?:19|20)\d\d)\b")
# the month of a day an event was held, with or without its year ("Sáng 19/12", "ngày 13, 14/01/2024")
HELD_MONTH = re.compile(_DAY_WORD + r"\s+(?:\d{1,2}\s*(?:,|và|-|–)\s*)?\d{1,2}[/.-](\d{1,2})(?!\d)")
# an instrument's number, which its date follows: "Quyết định số 2453/QĐ- UBND, ", "Kế hoạch số 12-KH/TĐTN "
_INSTRUMENT_BEFORE = re.compile(r"(?:\bsố\s+\d+[\w/.-]*|/\s*(?:QĐ|KH|NQ|CV|CT|HD|HĐ|TB|BC|TTr)\b[\w/\s-]{0,20}?)\s*,?\s*$")
_NAMED_STAMP = re.compile(r"Ngày đăng|Cập nhật|Đăng lúc|Đăng ngày|Xuất bản", re.I)


# "kỷ niệm 110 năm ngày sinh của anh (20-10-1914 – 20-10-2024)": an anniversary that writes out its own years
_ANNIVERSARY_SPAN = re.compile(rf"[^()\n]{{0,60}}\(\s*(?:\d{{1,2}}[-/.]){{0,2}}(?P<a>{_Y})\s*[-–—]\s*(?:(?:\d{{1,2}}[-/.])?(?P<bm>\d{{1,2}})[-/.])?"
                            rf"(?P<b>{_Y})\s*\)")


_ANNIVERSARY_FROM = re.compile(rf"[^()\n]{{0,60}}\(\s*(?:\d{{1,2}}[-/.](?:(?P<am>\d{{1,2}})[-/.])?)?(?P<a>{_Y})\s*\)")
# "kỷ niệm 60 năm ngày thành lập Đoàn TNCS Hồ Chí Minh tỉnh Điện Biên": a local body's founding, not the national one's
_LOCAL_BODY = re.compile(r"(?:Đoàn|Đội|Hội)(?:\s+(?:TNCS|Thanh niên|thanh niên|Cộng sản|cộng sản|Hồ Chí Minh|LHTN|Việt Nam))*"
                         r"\s+(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|trường|Trường|Khối|khối)\b")


# the phrases an anniversary opens with, for a quick look before the case-blind (and so slow) scan
_ANNIVERSARY_STARTS = literal_starts(re.compile(_ANNIVERSARY.pattern))


# "Sáng 9/12, … hướng đến kỷ niệm 20 năm thành phố Cần Thơ trực thuộc T.Ư (01/01/2004 - 01/01/2024)": looking forward
_AHEAD = re.compile(r"(?:hướng tới|hướng đến|tiến tới)\s+$")


# the Union's age told as its history: "ôn lại truyền thống 85 năm xây dựng và trưởng thành của Đoàn TNCS Hồ Chí Minh"
_AGE = re.compile(r"(?P<n>\d{2,3})\s+năm\s+(?:xây dựng và trưởng thành|hình thành và phát triển)\s+của\s+(?P<what>[^.;:\n]{3,60})")


def _age_year(head: str) -> int | None:
    low = head.lower()
    if "năm xây dựng" not in low and "năm hình thành" not in low:
        return None
    for m in _AGE.finditer(head):
        what = "thành lập " + m.group("what")
        if _LOCAL_BODY.search(m.group("what")):
            continue
        for rx, founded, _month in _FOUNDED:
            if rx.search(what) and 1990 <= founded + int(m.group("n")) <= 2100:
                return founded + int(m.group("n"))
    return None


def anniversary_year(text: str) -> int | None:
    """The year of the first anniversary the head of a page names; the year before it when the page looks forward to
    it ("hướng tới …") from a day later in the calendar than the anniversary's ("Sáng 9/12, … hướng tới kỷ niệm 95 năm
    Ngày thành lập Đảng": December before the February anniversary)."""
    head = text[:4000]
    low = head.lower()
    if not any(s in low for s in _ANNIVERSARY_STARTS):
        return _age_year(head)
    for m in _ANNIVERSARY.finditer(head):
        n = int(m.group("n"))
        year = month = None
        for rx, founded, founded_month in _FOUNDED if not _LOCAL_BODY.search(m.group("what")) else ():
            if rx.search(m.group("what")) and 1990 <= founded + n <= 2100:
                year, month = founded + n, founded_month
                break
        else:
            span = _ANNIVERSARY_SPAN.match(text, m.start("what"))
            since = _ANNIVERSARY_FROM.match(text, m.start("what"))
            if span and int(span.group("b")) - int(span.group("a")) == n:
                year = int(span.group("b"))
                month = int(span.group("bm")) if span.group("bm") else None
            elif since and 1990 <= int(since.group("a")) + n <= 2100:
                # "kỷ niệm 100 năm ngày sinh của ông (23/11/1922)": the day it began, and the years since
                year = int(since.group("a")) + n
                month = int(since.group("am")) if since.group("am") else None
        if year is None:
            continue
        held = HELD_MONTH.search(head, 0, 800)
        if month and held and int(held.group(1)) > month and _AHEAD.search(low, max(0, m.start() - 15), m.start()):
            return year - 1
        return year
    return _age_year(head)


# "Tết Nguyên đán Giáp Thìn", "Xuân Quý Mão": the lunar year names its solar year by the sexagenary cycle (the stem is
# the year's last digit, the branch its place in twelve), so a Tết page that prints no number is still dated (a name
# with its year after it, "Xuân Mậu Thân 1968", is history)
_STEMS = {"canh": 0, "tân": 1, "nhâm": 2, "quý": 3, "giáp": 4, "ất": 5, "bính": 6, "đinh": 7, "mậu": 8, "kỷ": 9}
_BRANCHES = {"thân": 0, "dậu": 1, "tuất": 2, "hợi": 3, "tý": 4, "sửu": 5, "dần": 6, "mão": 7, "mẹo": 7, "thìn": 8,
             "tỵ": 9, "tị": 9, "ngọ": 10, "mùi": 11}
_LUNAR_YEAR = re.compile(r"(?:[Tt]ết(?:\s+[Nn]guyên\s+[Đđ]án)?|[Xx]uân|[Nn]ăm)\s+(?P<stem>" + "|".join(s.capitalize() for s in _STEMS)
                         + r")\s+(?P<branch>" + "|".join(b.capitalize() for b in _BRANCHES) + r")(?!\w)(?!\s*\(?\s*(?:19|20)\d\d)")


# ("cuộc Tổng tiến công và nổi dậy Xuân Mậu Thân": a battle's spring, not the page's)
_HISTORY_BEFORE = re.compile(r"tiến công|nổi dậy|chiến thắng|lịch sử", re.I)


def lunar_year(text: str) -> int | None:
    """The solar year (1990-2049) of the first lunar year the head of a page names."""
    m = next((m for m in _LUNAR_YEAR.finditer(text, 0, 3000)
              if not _HISTORY_BEFORE.search(text, max(0, m.start() - 40), m.start())), None)
    if not m:
        return None
    stem, branch = _STEMS[m.group("stem").lower()], _BRANCHES[m.group("branch").lower()]
    return next(y for y in range(1990, 2050) if y % 10 == stem and y % 12 == branch)


def parse_published(value: str | None) -> tuple[int, int, int | None] | None:
    """A manifest's "2025-10-25", "2025-10" or "25/10/2025"."""
    if not value:
        return None
    m = re.match(rf"\s*({_Y})-(\d{{1,2}})(?:-(\d{{1,2}}))?", value)
    if m:
        return int(m.group(1)), int(m.group(2)), int(m.group(3)) if m.group(3) else None
    m = re.match(rf"\s*(\d{{1,2}})/(\d{{1,2}})/({_Y})", value)
    if m:
        return int(m.group(3)), int(m.group(2)), int(m.group(1))
    return None


# a date in a page's address: "/2022/12/30/", "/202212/", "-20230410…html", "/2023-04-10"
_URL_DATE = re.compile(rf"/({_Y})/(0[1-9]|1[0-2])/(?:([0-2]\d|3[01])/)?|/({_Y})(0[1-9]|1[0-2])/|"
                       rf"[/-]({_Y})(0[1-9]|1[0-2])([0-2]\d|3[01])\d{{0,10}}(?=\.html?|/|-|$)|"
                       rf"/({_Y})-(0[1-9]|1[0-2])-([0-2]\d|3[01])")
# thanhnien.vn numbers its articles by the second they were filed: "-185240620170730261.htm" is 2024-06-20 17:07:30
_URL_FILED = re.compile(r"thanhnien\.vn/.*-185(\d\d)(0[1-9]|1[0-2])([0-2]\d|3[01])\d{9}\.html?$")
# a year in the address's words, which are the headline's ("…-chien-dich-he-tinh-nguyen-nam-2016.aspx"): what a page
# whose excerpt lost its headline is about, when its text names no year
_URL_YEAR = re.compile(rf"[/-](?:nam|thang-thanh-nien|he|mua-he-xanh|nhiem-ky)-({_Y})(?=[-./]|$)")


def url_date(url: str | None) -> tuple[int, int, int | None] | None:
    """The publication date a page's address carries (most sites file pages by month), or None."""
    if (f := _URL_FILED.search(url or "")):
        return 2000 + int(f.group(1)), int(f.group(2)), int(f.group(3))
    m = _URL_DATE.search(url or "")
    if not m:
        return None
    g = [x for x in m.groups() if x is not None]
    return int(g[0]), int(g[1]), int(g[2]) if len(g) > 2 else None


def url_year(url: str | None) -> int | None:
    """The year the address's words name ("…-nam-2016.aspx"), or None."""
    m = _URL_YEAR.search(url or "")
    return int(m.group(1)) if m else None


def iso_date(date: tuple[int, int, int | None]) -> str:
    """(2022, 12, 30) -> "2022-12-30"; (2022, 12, None) -> "2022-12"."""
    return f"{date[0]}-{date[1]:02d}" + (f"-{date[2]:02d}" if date[2] else "")


def read_structure(text: str, published: tuple[int, int, int | None] | None = None,
                   url: str | None = None) -> Structure:
    st = Structure(text)
    st.regions, st.word_numbers = regions_of_interest(text)
    # a date the user gives, else the page's own dateline, else the one its address files it under
    st.published = published or published_date(text) or url_date(url)
    st.anniversary_year = anniversary_year(text)
    low = lowered(text)
    terms = _TERMS_SCAN.over(low, st.regions, page=text)
    st.terms = [(int(m.group("a")), int(m.group("b"))) for lo, hi in st.regions for m in terms.finditer(lo, hi)
                if 0 < int(m.group("b")) - int(m.group("a")) <= 6 and not (
                    low.startswith("giai", m.start()) and _PROGRAMME_BEFORE.search(low, max(0, m.start() - 90), m.start()))]
    # "ngày 16/9/2020, … chào mừng 90 năm ngày thành lập Đoàn": the day an event was held dates the page before the
    # anniversary it looks forward to
    # (the date of an instrument the page cites, "… theo Quyết định số 2453/QĐ- UBND, ngày 27/10/2021", only bounds the
    # page from below: an anniversary it celebrates, "kỷ niệm 93 năm ngày thành lập Đoàn", dates it better)
    held_on = list(_HELD_ON.finditer(text, 0, 800))
    held = next((m for m in held_on if not _INSTRUMENT_BEFORE.search(text, max(0, m.start() - 60), m.start())), None)
    if held is None and held_on and not st.anniversary_year:
        held = held_on[0]
    held_year = int(held.group("y")) if held else None
    lunar = None if st.published or held_year or st.anniversary_year else lunar_year(text)
    st.other_posts = other_posts(text)
    others = st.other_posts + [(m.start(), m.end()) for m in SITE_CLOCK.finditer(text, 0, 600)]
    bare = text
    for lo, hi in others:
        bare = bare[:lo] + " " * (hi - lo) + bare[hi:]
    st.now = st.published[0] if st.published else held_year or st.anniversary_year or lunar or _latest_year(bare) or \
        url_year(url)
    st.now_known = bool(st.published or held_year or st.anniversary_year or lunar)
    frames = []
    # frames where figures are, and at the head of every paragraph (a frame there may govern figures further on)
    spans = list(st.regions)
    region_starts = [lo for lo, _ in st.regions]
    for par in _paragraph_starts(text):
        i = bisect_right(region_starts, par) - 1
        if i < 0 or par >= st.regions[i][1]:
            spans.append((par, par + 90))
    seen = set()
    frame_phrases = _FRAME_SCAN.over(low, spans, page=text)
    for lo, hi in spans:
        for m in frame_phrases.finditer(lo, hi):
            if m.start() in seen:
                continue
            seen.add(m.start())
            f = _frame(st, text, m)
            if f is not None and not any(lo <= f.start < hi for lo, hi in others):
                frames.append(f)
    frames += _headings(text)
    frames.sort(key=lambda f: f.start)
    st.frames = frames
    st._frame_starts = [f.start for f in frames]
    st.governing = [f for f in frames if f.governs]
    st._gov_starts = [f.start for f in st.governing]
    return st


# a site's clock above its article: a weekday and a date in words on a line of their own, with no time of posting
# ("Thứ Bảy, Ngày 27 tháng 4 năm 2024" above a report of May 2022, "Thứ Năm, Tháng Chín 21, 2023" above one of March
# 2022, "Thứ Sáu, 29 Tháng Ba, 2024" above one of a January with no year); a stamp prints its time ("… năm 2024 - 10:36")
SITE_CLOCK = re.compile(rf"^[ \t]*(?:[Tt]hứ\s+\w+|[Cc]hủ\s+[Nn]hật)\s*,\s*(?:[Nn]gày\s+\d{{1,2}}\s+tháng\s+\d{{1,2}}\s+năm|"
                         rf"[Tt]háng\s+[^\W\d]+(?:\s+[^\W\d]+)?\s+\d{{1,2}}\s*,|\d{{1,2}}\s+[Tt]háng\s+[^\W\d]+(?:\s+[^\W\d]+)?\s*,)"
                         rf"\s+{_Y}[ \t]*$", re.M)
_OTHER_POSTS = re.compile(r"^[-•*][ \t]+[^\n]{10,300}?\([ \t]*\d{1,2}[-/.]\d{1,2}(?:[-/.]\d{2,4})?(?:[ \t]+\d{1,2}:\d{2})?[ \t]*\)[ \t]*$",
                          re.M)
_OTHER_POSTS_HEADING = re.compile(
    r"^[ \t]*(?:Related posts|Tin cùng chuyên mục|Tin (?:bài )?liên quan|Bài (?:viết )?liên quan|Các bài khác|Các tin khác|"
    r"Tin khác|Tin mới cập nhật|Tin mới hơn|Tin cũ hơn|Các tin (?:đã đưa|cũ hơn|mới hơn)|Tin đã đưa|Xem thêm|Đọc thêm|"
    r"Tin mới nhất|Tin nổi bật|Tin tức liên quan|Bài viết khác|Tin xem nhiều|Đọc nhiều|Tin cùng loại|Bài cùng chuyên mục|"
    r"Tin bài khác)[ \t]*:?[ \t]*$", re.M | re.I)
_HEADLINE_ITEM = re.compile(r"[ \t]*[-–•][ \t]+\S[^\n]*")
_ITEM_ENDS_SENTENCE = re.compile(r"[.;,:!?…][\s\"”']*$")


def other_posts(text: str) -> list[tuple[int, int]]:
    """The site's list of its other posts: their headlines' figures, years and times are not this page's.
    Lines of a headline and its date ("- Tiểu đoàn 45: Khánh thành nhà đồng đội - ( 26-11-24 02:00 )"), and a run of
    three or more dashed lines closing the page that no line introduced (the line before is no item and ends a sentence,
    not with a colon) and that end no sentence themselves ("- Quỹ Thiện tâm tặng 500 suất quà Tết cho hộ nghèo"): a list of
    results the page reports is introduced ("Kết quả như sau:") or punctuated as sentences."""
    spans = [(m.start(), m.end()) for m in _OTHER_POSTS.finditer(text)]
    end = len(text.rstrip())
    items: list[tuple[int, int]] = []
    while end > 0:
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        if not _HEADLINE_ITEM.fullmatch(line) or _ITEM_ENDS_SENTENCE.search(line):
            break
        items.append((start, end))
        end = start - 1
    before = text[:items[-1][0]].rstrip() if items else ""
    last_line = before[before.rfind("\n") + 1:]
    # (the tail of a longer list, "- Trao hơn 100 phần quà … gia đình chính sách." before it, is the page's own)
    if len(items) >= 3 and not before.endswith(":") and not _HEADLINE_ITEM.fullmatch(last_line):
        spans += items
    # a heading that names the list ("Related posts:", "Tin liên quan") and only headlines after it to the end
    for m in _OTHER_POSTS_HEADING.finditer(text):
        rest = [line for line in text[m.end():].split("\n") if line.strip()]
        if rest and all(len(line) <= 160 and not _ITEM_ENDS_SENTENCE.search(line) for line in rest):
            spans.append((m.start(), len(text)))
            break
    return sorted(spans)


# (each pattern opens with a digit or a literal, so the engine skips to the next candidate; what must not come
# before a figure is checked after, which finds the same: a character inside a run of digits always fails it)
_YEAR_SPAN = re.compile(rf"({_Y})\s*[-–—]\s*{_Y}")
_DEADLINE_YEAR = re.compile(rf"(?:đến|tới|vào|trước)\s+(?:hết\s+)?năm\s+{_Y}")  # on lower-cased text
_LONE_YEAR = re.compile(rf"{_Y}(?![\d/])")
# "từ năm 2003 đến nay": the year a run began; "now" is later, by how much the words do not say
_SINCE_YEAR = re.compile(rf"(?:từ|kể từ)\s+(?:năm\s+)?{_Y}\s*(?:,\s*)?(?:đến|tới|cho đến|cho tới)\s+(?:nay|hiện nay|bây giờ)\b")
# "anh Y Giáp M’lô (SN 1987, Bí thư Chi đoàn …)", "em Nguyễn Văn An, sinh năm 2002": when a person was born, never when
# the page was written
_BIRTH_YEAR = re.compile(rf"(?:\bsn|\bsinh năm|\bnăm sinh)\s*:?\s*{_Y}(?![\d/])")  # on lower-cased text
_DATE_YEAR = re.compile(rf"\d{{1,2}}[/.]\d{{1,2}}[/.]({_Y})(?![\d/])")
_MONTH_YEAR = re.compile(rf"tháng\s+(?:0?[1-9]|1[0-2])[/.-]({_Y})(?![\d/])")  # on lower-cased text


def _after(text: str, m: re.Match, chars: str) -> bool:
    """Whether the match opens the text or follows a character that is neither a digit nor one of `chars`."""
    return m.start() == 0 or not (text[m.start() - 1].isdecimal() or text[m.start() - 1] in chars)


def _opens_word(text: str, m: re.Match) -> bool:
    """`\\b` before the match: it opens the text or follows a character that is no letter, digit or "_"."""
    return m.start() == 0 or not (text[m.start() - 1].isalnum() or text[m.start() - 1] == "_")


def _latest_year(text: str) -> int | None:
    """The latest year named, where the end of a span ("nhiệm kỳ 2025 - 2030") does not count: a congress is
    held in the first year of its term."""
    head = _YEAR_SPAN.sub(r"\1", text[:3000]).lower()
    head = _SINCE_YEAR.sub(" ", _BIRTH_YEAR.sub(" ", _DEADLINE_YEAR.sub(" ", head)))  # a deadline, a birth, a start: not "now"
    years = [int(m.group(0)) for m in _LONE_YEAR.finditer(head) if _after(head, m, "/.-")]
    # and the year of a full date ("Ngày 1/3/2020, Thành đoàn … tổ chức …")
    years += [int(m.group(1)) for m in _DATE_YEAR.finditer(head) if _after(head, m, "/.")]
    # and of a month ("Những ngày cuối tháng 10 đầu tháng 11/2025")
    years += [int(m.group(1)) for m in _MONTH_YEAR.finditer(head) if _opens_word(head, m)]
    years = [y for y in years if 1990 <= y <= 2035]  # (a year before 1990 is history: "ngày sinh của ông (23/11/1922)")
    return max(years) if years else None


def _frame(st: Structure, text: str, m: re.Match) -> Frame | None:
    before = text[max(0, m.start() - 40): m.start()]
    if _COMPARE_BEFORE.search(before):
        return None  # "tăng 9,56% so với năm 2021": a comparison, not a time the text speaks of
    governs = bool(_HEAD_LEAD.search(before)) and _comma_follows(text, m.end()) or bool(_OPENS_PARAGRAPH.search(before))
    if governs:
        # "trao bằng khen cho 08 tập thể có thành tích xuất sắc trong … “Tình nguyện mùa đông” năm 2016, …": the time of
        # what was commended, not the time the page is about
        s0 = max(text.rfind(". ", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
        governs = not _COMMENDED.search(text, s0, m.start())
    now = st.now
    cue = text[m.start():m.end()]
    if m.group("mspan"):
        a, b = int(m.group("ma")), int(m.group("mb"))
        return Frame(m.start(), m.end(), 0, (a, b), cue, governs) if 0 <= b - a <= 2 else None
    if m.group("since"):
        a = int(m.group("fy"))
        # a programme run "từ năm 1998 đến nay" covers those years; a stretch as long as the movement's own history
        # ("từ năm 1931 đến nay") dates nothing
        # ("từ đầu năm 2019 đến nay" on a page of 2019: that year so far)
        return Frame(m.start(), m.end(), -1, (a, now) if now and 0 <= now - a <= 30 else None, cue, governs)
    if m.group("span"):
        a, b = int(m.group("a")), int(m.group("b"))
        # a term or school year runs up to 6 years; a stretch of a movement's history ("Trong giai đoạn 2012 - 2019",
        # "Từ 2002 - 2016") may run longer
        longest = 20 if re.match(r"giai đoạn|từ|thời kỳ", cue, re.I) else 6
        if not 0 < b - a <= longest or _NAMING_BEFORE.search(text[max(0, m.start() - 100): m.start()]):
            return None
        school_year = b - a == 1 and re.match(r"năm học|niên kh", cue, re.I)
        if now is None or (school_year and not st.now_known) or (
                a >= now and not st.now_known and not cue.lower().startswith("nhiệm kỳ")) or (
                b - a > 6 and b >= now and not st.now_known):
            # "năm học 2021-2022" with no date: this school year or the last; a "giai đoạn" from the latest year
            # named, on a page with no date, may be under way or over: its words decide. A "nhiệm kỳ" from the
            # latest year named is the term a congress opens.
            tense = 0
        elif b <= now and a < now:
            tense = -1
        elif a >= now and not st.now_known and governs and re.match(r"[^.\n]{0,150}?\b(?:đã|đạt được|mang lại|nổi bật là|kết quả)\b", text[m.end():]):
            # "Trong nhiệm kỳ 2017-2022, các cấp bộ đoàn … đã …", "Nhiệm kỳ 2013-2018, Hội … mang lại hiệu quả cao, nổi bật
            # là …" on a page with no date: the term told as done
            tense = -1
        elif a >= now:
            tense = 1
        else:
            tense = 0  # a term under way: mid-term reviews recount it, plans aim at its end
        return Frame(m.start(), m.end(), tense, (a, b), cue, governs)
    if m.group("rel_past"):
        low = cue.lower()
        n = re.search(r"(\d+|hai|ba|bốn|năm|mười)\s+năm", low)
        if re.match(r"nửa", low):
            rel = "this_term"
        elif low.startswith("năm học"):
            # "Năm học vừa qua, Đoàn trường … với trên 1.500 đơn vị máu": the school year the page reports on
            return Frame(m.start(), m.end(), -1, None, cue, governs or _HEAD_LEAD.search(before) is not None,
                         "past_school_year")
        elif low.startswith("nhiệm kỳ"):
            rel = "past_term"
        elif n and not low.startswith("năm"):
            words = {"hai": 2, "ba": 3, "bốn": 4, "năm": 5, "mười": 10}
            years = words.get(n.group(1)) or int(n.group(1))
            if years > 20:
                return None  # "qua 87 năm xây dựng và trưởng thành": the Union's age, not a time figures cover
            rel = f"years:{years}"
        elif low.startswith("năm"):
            rel = "past_year"
        else:
            rel = "past"
        # "Trong 2 năm qua (2012, 2013), …", "5 năm qua (2017-2022)": the years it spells out, whatever it counts
        spelt = _YEARS_SPELT.match(text, m.end())
        years = sorted(int(y) for y in re.findall(_Y, spelt.group(0))) if spelt else []
        period = (years[0], years[-1]) if years and (now is None or years[-1] <= now) and years[-1] - years[0] <= 20 else None
        return Frame(m.start(), m.end(), -1, period, cue, governs or _HEAD_LEAD.search(before) is not None, rel)
    if m.group("rel_next"):
        low = cue.lower()
        if low.startswith("năm mới") and _GREETING_BEFORE.search(text, max(0, m.start() - 25), m.start()):
            return None  # "Chúc mừng năm mới 2019!!!" on a site's banner, "vui xuân đón năm mới": a greeting, no time
        rel = ("next_term" if low.startswith("nhiệm kỳ") else "next_year" if low.startswith(("năm ", "năm học")) else
               "this_year" if "cuối năm" in low else "future")
        tense = 1
        return Frame(m.start(), m.end(), tense, None, cue, governs or _HEAD_LEAD.search(before) is not None, rel)
    if m.group("the_term"):
        return Frame(m.start(), m.end(), 0, None, cue, governs, "the_term")
    if m.group("half"):
        y = int(m.group("hy")) if m.group("hy") else now
        return Frame(m.start(), m.end(), 0, (y, y) if y else None, cue, governs)
    if m.group("quarter"):
        y = int(m.group("qy")) if m.group("qy") else now
        return Frame(m.start(), m.end(), 0, (y, y) if y else None, cue, governs)
    if (m.group("ym") or m.group("summer") or m.group("year")) and any(
            w.start() <= m.start() < w.end() for w in WINTER_SPRING.finditer(text, max(0, m.start() - 90), m.end() + 90)):
        return None  # a year in a winter-spring campaign's name: the page's date decides which (facts._periods)
    if m.group("ym") or m.group("summer"):
        y = int(m.group("ymy") or m.group("sy"))
        return Frame(m.start(), m.end(), _tense_of_year(y, now), (y, y), cue, governs)
    if m.group("deadline"):
        # "Tới năm 2022, hỗ trợ ít nhất 1.000 dự án" in a 2019 plan: from now to that year
        y = int(m.group("dy"))
        return Frame(m.start(), m.end(), 1, (now, y) if now and 0 < y - now <= 10 else None, cue, governs, "future")
    if m.group("this"):
        return Frame(m.start(), m.end(), 0, None, cue, governs, "this_year")
    if m.group("year"):
        y = int(m.group("yy"))
        if now and y < now - 10:
            return None  # "Cuộc chiến đấu bảo vệ biên giới phía Bắc năm 1979": history, not the time of a figure
        return Frame(m.start(), m.end(), _tense_of_year(y, now), (y, y), cue, governs)
    return None


def _tense_of_year(y: int, now: int | None) -> int:
    if now is None or y == now:
        return 0
    return -1 if y < now else 1


def _comma_follows(text: str, end: int) -> bool:
    """A topical time phrase is set off by a comma ("Nhiệm kỳ qua, …") or starts a heading line."""
    # (a year's theme runs longer: "Năm 2024 với chủ đề công tác Năm thanh niên tình nguyện, …")
    m = re.match(r"(?:\s+(?:với|có) chủ đề[^,.;:\n]{0,90}?|[^,.;:\n]{0,45}?)(?:,|:|\n|$)", text[end:end + 140])
    return bool(m)


_HEADING_OPENS = re.compile(r"(?:(?:Các|Một số|Những|Hệ thống)\s+)?(?:chỉ tiêu|mục tiêu|nhiệm vụ|phương hướng|kết quả)\b", re.I)


def _headings(text: str) -> list[Frame]:
    out = []
    for m in re.finditer(r"(?m)^[ \t]*(?:[IVX]+\.|\d\.|[A-D]\.)?[ \t]*([^\n]{3,90})$", text):
        line = m.group(1).strip()
        # (a heading that opens with what it holds runs longer: "Các chỉ tiêu cơ bản của công tác đoàn và phong trào
        # thanh niên năm 2020")
        longest = 16 if _HEADING_OPENS.match(line) else 12
        if line.endswith((".", ";", ",")) or len(line.split()) > longest or re.search(r"\d{3}(?<!(?:19|20)\d\d)(?!\d)", line):
            continue
        past, future = _HEADING_PAST.search(line), _HEADING_FUTURE.search(line)
        if past and future:  # "… đạt và vượt chỉ tiêu": what comes first in the line says it
            future = None if past.start() < future.start() else future
            past = None if future else past
        if bool(past) != bool(future):
            out.append(Frame(m.start(), m.start(), -1 if past else 1, None, line[:40], True))
    return out
