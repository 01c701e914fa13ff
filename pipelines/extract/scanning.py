"""Scanning a text for a big alternation of phrases, at the speed of `str.find`.

Python's regex engine tries a pattern at every position of the text. For the long lists of Vietnamese cue
phrases (tense cues, time frames, counted nouns) that costs about 40 ns a character per pattern, because their
first letters (c, n, t, đ …) start half the words of the language. Every match of such a pattern starts with one of
a few literal strings, which the pattern itself tells: `LiteralScan` reads them off the parsed pattern, finds them
with `str.find` (C speed), and tries the pattern only there. The matches are exactly those of `pattern.finditer`:
the same leftmost, non-overlapping matches, with the same look-behind context.

A pattern whose matches need not start with a literal (a `.` or a wide character class first) is scanned the usual
way; so is a case-insensitive one (`str.find` is case-sensitive: scan a lower-cased copy with a lower-case pattern).
A digit class is read as the ten ASCII digits; on the rare text holding another script's digits ("３", "٣"), which it
also matches, a pattern that starts with one is scanned the usual way.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from functools import lru_cache

from re import _constants as _C  # the parser's opcodes; stable since 3.11 (sre_constants before)
from re import _parser as _P

_STOP = (None, None)  # the end of a repeated item: what follows it cannot extend a literal start
_MAX_STARTS = 400
_DIGIT = "digit"  # the mark `_starts` leaves when it read a digit class as 0-9
_OTHER_DIGIT = re.compile(r"[^\D0-9]")  # a decimal digit of another script (a character class: a fast skip)


@lru_cache(maxsize=2)
def _has_other_digits(text: str) -> bool:
    # (~10 ns a character, and several scans of a page read digits: once a page)
    return _OTHER_DIGIT.search(text) is not None


def _starts(items: list, depth: int, marks: set[str] | None = None) -> set[str]:
    """Literal strings (at most `depth` characters) one of which begins every match of the parsed `items`; the
    empty string when some match may begin with no literal at all. A digit class read as 0-9 leaves a mark in `marks`."""
    marks = set() if marks is None else marks
    if depth == 0 or not items:
        return {""}
    op, av = items[0]
    rest = items[1:]
    if op is None:
        return {""}
    if op in (_C.ASSERT, _C.ASSERT_NOT, _C.AT):  # zero-width: the match starts after them
        return _starts(rest, depth, marks)
    if op is _C.LITERAL:
        return {chr(av) + s for s in _starts(rest, depth - 1, marks)}
    if op is _C.IN:
        chars: list[str] = []
        for o, a in av:
            if o is _C.LITERAL:
                chars.append(chr(a))
            elif o is _C.RANGE and a[1] - a[0] < 12:
                chars += [chr(c) for c in range(a[0], a[1] + 1)]
            elif o is _C.CATEGORY and a is _C.CATEGORY_DIGIT:
                chars += "0123456789"
                marks.add(_DIGIT)
            else:
                return {""}
        tails = _starts(rest, depth - 1, marks)
        return {c + s for c in chars for s in tails}
    if op is _C.SUBPATTERN:
        return _starts(list(av[3].data) + rest, depth, marks)
    if op is _C.BRANCH:
        out: set[str] = set()
        for alt in av[1]:
            out |= _starts(list(alt.data) + rest, depth, marks)
        return _shortest(out)
    if op in (_C.MAX_REPEAT, _C.MIN_REPEAT, _C.POSSESSIVE_REPEAT):
        lo, hi, sub = av
        if lo == hi == 1:
            return _starts(list(sub.data) + rest, depth, marks)
        once = _starts(list(sub.data) + [_STOP], depth, marks)
        return _shortest(once | _starts(rest, depth, marks)) if lo == 0 else once
    return {""}


def _shortest(starts: set[str]) -> set[str]:
    """The starts none of whose prefixes is also a start: "Xã" covers every "Xã Tân …". Kept so at every union, the
    sets stay small (a place's unit followed by its name's capitals would otherwise multiply into millions of
    strings: 11 s to import the organisations' patterns)."""
    out: set[str] = set()
    last = None
    for s in sorted(starts):
        if last is None or not s.startswith(last):
            out.add(s)
            last = s
    return out


def literal_starts(pattern: re.Pattern, depth: int = 8) -> list[str] | None:
    """The literal strings every match of `pattern` starts with (none a prefix of another), or None."""
    return _read_starts(pattern, depth)[0]


def _read_starts(pattern: re.Pattern, depth: int) -> tuple[list[str] | None, bool]:
    """(the literal starts or None, whether a digit class was read as 0-9 in them)"""
    if pattern.flags & re.IGNORECASE:
        return None, False
    marks: set[str] = set()
    try:
        starts = _starts(list(_P.parse(pattern.pattern, pattern.flags).data), depth, marks)
    except (AttributeError, TypeError, ValueError, RecursionError):  # a parser of another Python: scan the usual way
        return None, False
    if "" in starts:
        return None, False
    kept = sorted(s for s in starts if not any(s[:i] in starts for i in range(1, len(s))))
    return (kept, _DIGIT in marks) if len(kept) <= _MAX_STARTS else (None, False)


@lru_cache(maxsize=2)
def lowered(text: str) -> str:
    """The text in lower case with the same offsets, made once per page for every scan that folds case (the
    structure's frames, the tense cues, the spelled numbers); the text itself where a character's lower case is
    longer ("İ")."""
    low = text.lower()
    return low if len(low) == len(text) else text


class LiteralScan:
    """`pattern.finditer`, trying the pattern only where one of its literal starts occurs."""

    def __init__(self, pattern: re.Pattern, depth: int = 8):
        self.pattern = pattern
        self.starts, self.reads_digits = _read_starts(pattern, depth)

    def over(self, text: str, spans: list[tuple[int, int]] | None = None, page: str | None = None) -> "ScanOf":
        """The starts found once in `text` (or in the given stretches of it), for scanning many stretches; each
        stretch scanned later must lie within those given. `page`: the text that `text` re-cases (`lowered`,
        `prose_case`), which has the same digits in the same places, so a page is searched for other scripts' digits
        once whichever copy is scanned."""
        return ScanOf(self, text, spans, page)

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None, page: str | None = None) -> Iterator[re.Match]:
        endpos = len(text) if endpos is None else endpos
        return ScanOf(self, text, [(pos, endpos)], page).finditer(pos, endpos)


class ScanOf:
    def __init__(self, scan: LiteralScan, text: str, spans: list[tuple[int, int]] | None = None, page: str | None = None):
        self.scan, self.text = scan, text
        self.candidates: list[int] | None = None
        if scan.starts is None or (scan.reads_digits and _has_other_digits(text if page is None else page)):
            return
        merged: list[list[int]] = []
        for lo, hi in sorted(spans) if spans is not None else [(0, len(text))]:
            if merged and lo <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], hi)
            else:
                merged.append([lo, hi])
        found: list[int] = []
        find = text.find
        # (a stretch shorter than three characters for each literal start is cheaper to give the engine whole: each
        # `find` costs ~0.3 µs however short the stretch, the engine ~0.1 µs a character of it)
        short = 3 * len(scan.starts)
        self.direct = [(lo, hi) for lo, hi in merged if hi - lo < short]
        self.direct_starts = [lo for lo, _ in self.direct]
        for lo, hi in merged:
            if hi - lo < short:
                continue
            for s in scan.starts:
                i = find(s, lo, hi)
                while i >= 0:
                    found.append(i)
                    i = find(s, i + 1, hi)
        found.sort()
        self.candidates = found

    def _direct(self, pos: int) -> bool:
        """Whether `pos` lies in a stretch left to the engine (one too short to be worth finding starts in)."""
        i = bisect_right(self.direct_starts, pos) - 1
        return i >= 0 and pos < self.direct[i][1]

    def search(self, pos: int, endpos: int) -> re.Match | None:
        """The first match starting at or after `pos`, as `pattern.search(text, pos, endpos)`."""
        if self.candidates is None or self._direct(pos):
            return self.scan.pattern.search(self.text, pos, endpos)
        cands, match, text = self.candidates, self.scan.pattern.match, self.text
        for i in range(bisect_left(cands, pos), len(cands)):
            if cands[i] >= endpos:
                break
            if (m := match(text, cands[i], endpos)) is not None:
                return m
        return None

    def finditer(self, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match]:
        text = self.text
        endpos = len(text) if endpos is None else min(endpos, len(text))
        if self.candidates is None or self._direct(pos):
            yield from self.scan.pattern.finditer(text, pos, endpos)
            return
        match = self.scan.pattern.match
        cands = self.candidates
        i = bisect_left(cands, pos)
        last = pos
        while i < len(cands) and (c := cands[i]) < endpos:
            i += 1
            if c < last:
                continue
            m = match(text, c, endpos)
            if m is not None:
                yield m
                last = m.end() if m.end() > c else c + 1
