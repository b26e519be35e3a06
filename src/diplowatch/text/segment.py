"""Sentence segmentation into half-open spans, in one linear scan.

The extractor runs on normalised text (lower-cased Latin, ASCII digits,
punctuation kept) and cites evidence by sentence, so spans must be offsets
into the string given, rules must not depend on letter case, and the cost
must stay linear: a regular expression jumps from one "interesting"
character (sentence-final mark, quote, newline) to the next, and only those
positions are examined.

Rules (language data in ``lang/<code>/punctuation.py``):

* Newlines end a sentence (news bodies put one paragraph per line) and
  close any open quotation, except a single line break inside a sentence
  (text wrapped at a fixed width, a crawl that kept the page's lines): the
  line before ends with no final mark and with a comma or a word that never
  ends a sentence (``LINE_END_CONTINUES``: "و", "را", "the"), or the next
  line opens with a word that never opens one (``LINE_START_CONTINUES``: a
  Persian light verb, "کرد", "شدند"). A blank line always ends a sentence.
* A wide run of spaces (``GAP_WIDTH`` or more in the original text, which
  normalisation shrinks to one: ``sentence_spans(..., gaps=)``) is a
  paragraph break flattened by a crawl and ends a sentence like a newline,
  so a headline or a caption does not run into the first sentence.
* A run of sentence-final marks (. ! ? ؟ ۔ …) ends a sentence, together with
  the closing quotes and brackets right after it, when it is followed by
  whitespace, the end of the text, an opening quote/bracket, or an
  Arabic-script letter (Arabic news often omits the space after a dot).
  A dot followed by a Latin letter or digit ("3.5", "U.S.-Iran", a URL)
  does not.
* A single dot after an abbreviation, an initial, a single letter ("د.",
  "J.") or a dotted acronym ("u.s", "ج.ا.ا") does not end a sentence; a single
  letter right after a number is an era mark ("2017م.") and does.
* Inside an open quotation («…», “…”, "…") marks do not end a sentence unless
  the quotation has run for more than ``QUOTE_MAX`` characters.
* The Arabic comma and semicolon never end a sentence, and a mark followed
  by a comma ("… ، و") ends none either. "2." opening a line is a list number.
* A piece with no letter or digit (a stray "?", a closing quote after a
  space) is joined to the sentence before it on the same line.
* Spans are trimmed of whitespace, empty spans dropped, and spans longer than
  ``MAX_SENTENCE`` are cut at the last comma (else space) before the limit.
"""

from __future__ import annotations

import re
from collections.abc import Container, Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from itertools import chain, repeat
from types import ModuleType

from diplowatch.lang import language, languages, load, merged
from diplowatch.text.alternation import Alternation
from diplowatch.text.normalize import Normalized, normalize_phrase
from diplowatch.text.punctuation import SOFT_BREAKS
from diplowatch.text.words import starts_with_word

QUOTE_MAX = 400
MAX_SENTENCE = 1000
GAP_WIDTH = 5  # spaces in a row that break a paragraph (3-4 are mostly wrapped lines)
MIN_PIECE = 200  # a long sentence is not cut into pieces shorter than this

_NEWLINES = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"  # what str.splitlines() splits on
_CLOSERS = "\u00bb\u201d\"')]}\u2019"
_OPEN_BRACKETS = "([{"
_ERA_BEFORE = re.compile(r"\d[ \u00a0]?\Z")
_CONTINUES = re.compile(r"[ \t\u00a0]*[,\u060c;\u061b]")  # "… ، and so on": not an end
_LIST_NUMBER = re.compile(r"\s*\d{1,3}\Z")  # "2." opening a numbered line
_HAS_WORD = re.compile(r"[^\W_]")
_ACRONYM_NEXT = re.compile(r"[^\W\d_]{1,3}\.")  # the next piece of "ای.بی.سی"
_LAST_WORD = re.compile(r"[^\W\d_]+\Z")
_LINE_SPACE = " \t\u00a0"
_LINE_OPENING = re.compile(f"[{_NEWLINES}][ \t\u00a0]*(?=[^\\W\\d_])")


@dataclass(frozen=True)
class _Rules:
    events: re.Pattern[str]
    abbreviations: frozenset[str]
    before_number: frozenset[str]
    single_letter: bool
    proclitic_titles: frozenset[str]  # "وم" and the like
    openers: str
    closers: str  # closing marks of QUOTE_PAIRS (excluding ASCII '"')
    finals: str
    line_end_continues: frozenset[str]  # words that never end a sentence
    line_start_continues: re.Pattern[str] | None  # words that never open one


def _both_forms(entries: Iterable[str]) -> frozenset[str]:
    """Entries as written (lower-cased) and normalised, to match either text."""
    forms: set[str] = set()
    for entry in entries:
        forms.add(entry.lower())
        forms.add(normalize_phrase(entry))
    return frozenset(forms)


def _word_alternation(words: Iterable[str]) -> re.Pattern[str] | None:
    """One pattern for whole words or phrases (longest first), or None."""
    ordered = sorted(set(words), key=len, reverse=True)
    if not ordered:
        return None
    return re.compile(f"(?:{'|'.join(map(re.escape, ordered))})(?![^\\W_])")


@cache
def _rules(lang: str) -> _Rules:
    own = load(lang, "punctuation")
    # Unknown language: be permissive and merge the data of every language.
    found = [own] if own is not None else [load(code, "punctuation") for code in languages()]
    modules: list[ModuleType] = [m for m in found if m is not None]
    # Abbreviations of Latin-script languages ("U.S.", "Dr.") appear in news
    # of every script, and cannot clash with the words of another script.
    latin = [load(code, "punctuation") for code in languages() if language(code).script == "Latn"]
    abbreviation_sources = [*modules, *(m for m in latin if m is not None)]
    finals = "".join(sorted({c for m in modules for c in m.SENTENCE_FINAL}))
    pairs = {o: c for m in modules for o, c in m.QUOTE_PAIRS.items()}
    quotes = "".join(sorted(set(pairs) | set(pairs.values())))
    # The leading look-ahead lets the regex engine skip uninteresting text with
    # a fast character-set scan instead of trying three branches everywhere.
    events = re.compile(
        f"(?=[{re.escape(_NEWLINES + finals + quotes)}])"
        f"(?:(?P<nl>[{_NEWLINES}])"
        f"|(?P<end>[{re.escape(finals)}]+)(?P<close>[{re.escape(_CLOSERS)}]*)"
        f"|(?P<quote>[{re.escape(quotes)}]))"
    )
    return _Rules(
        events=events,
        abbreviations=_both_forms(a for m in abbreviation_sources for a in m.ABBREVIATIONS),
        before_number=_both_forms(
            a for m in abbreviation_sources for a in m.ABBREVIATIONS_BEFORE_NUMBER
        ),
        single_letter=any(m.SINGLE_LETTER_ABBREVIATIONS for m in modules),
        proclitic_titles=_both_forms(
            p + t for m in modules for p in m.PROCLITICS for t in m.TITLE_LETTERS
        ),
        openers="".join(o for o in pairs if o != '"'),
        closers="".join(c for c in pairs.values() if c != '"'),
        finals=finals,
        line_end_continues=_both_forms(
            w for m in modules for w in getattr(m, "LINE_END_CONTINUES", ())
        ),
        line_start_continues=_word_alternation(
            _both_forms(w for m in modules for w in getattr(m, "LINE_START_CONTINUES", ()))
        ),
    )


def _is_arabic_letter(ch: str) -> bool:
    return ch.isalpha() and ("\u0600" <= ch <= "\u08ff" or "\ufb50" <= ch <= "\ufeff")


def _dot_is_abbreviation(text: str, pos: int, rules: _Rules) -> bool:
    """Whether the single dot at ``pos`` closes an abbreviation or initial."""
    begin = pos
    lowest = max(0, pos - 40)
    while begin > lowest and (text[begin - 1].isalpha() or text[begin - 1] == "."):
        begin -= 1
    while begin < pos and text[begin] == ".":
        begin += 1
    if begin == pos:
        return False
    token = text[begin:pos].lower()
    after = pos + 1
    while after < len(text) and text[after] in " \u00a0":
        after += 1
    if token in rules.abbreviations or token in rules.proclitic_titles:
        return True
    if token in rules.before_number and after < len(text) and text[after].isdigit():
        return True
    parts = token.split(".")
    if len(parts[-1]) <= 3 and _ACRONYM_NEXT.match(text, pos + 1):
        return True  # inside a dotted chain ("ای.|بی.سی", "ه.|ش.")
    if rules.single_letter and all(len(p) == 1 for p in parts):
        # A letter glued to or just after a number is an era mark (2017م.,
        # 1401 ه.ش.), which may end a sentence.
        return _ERA_BEFORE.search(text, max(0, begin - 2), begin) is None
    # The end of a dotted chain of short pieces: "e.g", "ph.d", "ای.بی.سی".
    return len(parts) > 1 and all(len(p) <= 3 for p in parts)


def _line_continues(text: str, pos: int, rules: _Rules, lower: Container[int]) -> int:
    """Where the sentence goes on when the line break at ``pos`` is inside it
    (see the module docstring), else -1. Looks at most a word either side;
    ``lower`` holds the positions of letters that were lower case before
    normalisation."""
    n = len(text)
    after = pos + 1
    if text[pos] == "\r" and after < n and text[after] == "\n":
        after += 1
    while after < n and text[after] in _LINE_SPACE:
        after += 1
    if after >= n or text[after] in _NEWLINES:
        return -1  # a blank line, or nothing after: a paragraph ends
    before = pos
    while before > 0 and text[before - 1] in _LINE_SPACE:
        before -= 1
    if before == 0 or text[before - 1] in _NEWLINES:
        return -1
    last = text[before - 1]
    if last in rules.finals or last in _CLOSERS or last in rules.closers or last == ":":
        return -1
    if last in ",\u060c":
        return after
    word = _LAST_WORD.search(text, max(0, before - 30), before)
    if word is not None and word.group() in rules.line_end_continues:
        return after
    if after in lower:
        return after
    opener = rules.line_start_continues
    if opener is not None and opener.match(text, after):
        return after
    return -1


def _boundaries(
    text: str, rules: _Rules, gaps: Iterable[int] = (), lower: Container[int] = ()
) -> list[int]:
    """Positions where a sentence ends (exclusive), in increasing order, in
    one pass over the marks (so the cost stays linear); each kind's rules are
    in the helpers below. ``gaps``: paragraph breaks that are no newline
    (wide runs of spaces, see ``sentence_spans``), in increasing order."""
    state = _Cutting(text, rules, gaps, lower)
    for m in rules.events.finditer(text):
        state.gaps_before(m.start())
        kind = m.lastgroup
        if kind == "nl":
            state.newline(m)
        elif kind == "quote":
            state.quote(m)
        else:
            state.final_marks(m)
    state.gaps_before(len(text) + 1)  # the paragraph gaps after the last mark
    return state.cuts


class _Cutting:
    """One pass of ``_boundaries``: the cuts so far, open quotations, pending gaps."""

    def __init__(
        self, text: str, rules: _Rules, gaps: Iterable[int], lower: Container[int]
    ) -> None:
        self.text, self.rules, self.lower = text, rules, lower
        self.cuts: list[int] = []
        self.last_cut = 0
        self.depth = 0  # open quotations
        self.opened_at = 0  # where the outermost open quotation started
        self.joined_to = -1  # a line break inside a sentence runs to here
        self.pending_gaps = chain(gaps, repeat(len(text) + 1))  # then "no gap" for ever
        self.gap = next(self.pending_gaps)

    def gaps_before(self, pos: int) -> None:
        """Paragraph gaps before ``pos`` end the sentences they fall in."""
        if self.gap < pos:
            self.gap, cut_to = _cut_gaps(self.cuts, self.pending_gaps, self.gap, pos, self.last_cut)
            if cut_to != self.last_cut:
                self.last_cut, self.depth = cut_to, 0

    def newline(self, m: re.Match[str]) -> None:
        """A newline ends a sentence unless the sentence goes on past it."""
        if m.start() < self.joined_to:
            return
        goes_on = _line_continues(self.text, m.start(), self.rules, self.lower)
        if goes_on >= 0:
            self.joined_to = goes_on
            return
        self.cuts.append(m.start())
        self.last_cut = m.end()
        self.depth = 0

    def quote(self, m: re.Match[str]) -> None:
        """A quotation mark opens or closes a quotation."""
        self.depth, self.opened_at = _quote_depth(
            self.text, m.start(), self.rules, self.depth, self.opened_at
        )

    def final_marks(self, m: re.Match[str]) -> None:
        """A run of sentence-final marks, with the closers that follow it, may end a sentence."""
        if self.depth:
            self.depth = _after_closers(m.group("close"), self.depth, self.rules)
        if _run_ends_sentence(self.text, m, self.rules, self.last_cut, self.depth, self.opened_at):
            self.cuts.append(m.end())
            self.last_cut = m.end()


def _cut_gaps(
    cuts: list[int], pending: Iterator[int], gap: int, before: int, last_cut: int
) -> tuple[int, int]:
    """Cut at ``gap`` and the next ``pending`` gaps that stand before
    ``before`` (a crawl flattened a paragraph break there); returns the first
    gap not reached and the last cut. A gap at or before the last cut
    cuts nothing: the sentence there has ended already."""
    while gap < before:
        if gap > last_cut:
            cuts.append(gap)
            last_cut = gap
        gap = next(pending)
    return gap, last_cut


def _quote_depth(text: str, pos: int, rules: _Rules, depth: int, opened_at: int) -> tuple[int, int]:
    """The open quotations and where the outermost opened, after the
    quotation mark at ``pos``. An ASCII '"' opens after a space, a bracket
    or an opening mark and closes elsewhere, since it is written both ways."""
    ch = text[pos]
    if ch == '"':
        prev = text[pos - 1] if pos else " "
        is_open = prev.isspace() or prev in _OPEN_BRACKETS or prev in rules.openers
    else:
        is_open = ch in rules.openers
    if is_open:
        if depth == 0:
            opened_at = pos
        depth += 1
    elif depth:
        depth -= 1
    return depth, opened_at


def _after_closers(closers: str, depth: int, rules: _Rules) -> int:
    """The open quotations left once the closing marks after a final mark
    ("…." » or ".\"") have closed theirs."""
    for ch in closers:
        if depth and (ch == '"' or ch in rules.closers):
            depth -= 1
    return depth


def _run_ends_sentence(
    text: str, m: re.Match[str], rules: _Rules, last_cut: int, depth: int, opened_at: int
) -> bool:
    """Whether the run of final marks ``m`` (and its closers) ends a
    sentence: not when a Latin letter or a digit follows ("3.5", "U.S."),
    nor a comma, nor after an abbreviation or a list number, nor inside a
    quotation shorter than ``QUOTE_MAX`` (see the module docstring)."""
    start, run_end = m.span("end")
    end = m.end()
    after = text[end] if end < len(text) else ""
    if (
        after
        and not after.isspace()
        and not _is_arabic_letter(after)
        and after not in rules.openers
        and after != '"'
        and after not in _OPEN_BRACKETS
    ):
        return False
    if _CONTINUES.match(text, end):
        return False
    if run_end - start == 1 and text[start] == ".":
        if _dot_is_abbreviation(text, start, rules):
            return False
        if start - last_cut <= 8 and _LIST_NUMBER.match(text, last_cut, start):
            return False
    return not (depth and start - opened_at <= QUOTE_MAX)


@dataclass(frozen=True)
class Layout:
    """What normalisation hides of the original text that says where
    sentences end (positions in the normalised text, ``layout_of``)."""

    gaps: tuple[int, ...] = ()  # increasing: wide runs of spaces, shrunk to one
    lower_starts: frozenset[int] = frozenset()  # lines opening with a lower-case letter


def layout_of(original: str, norm: Normalized) -> Layout:
    """The ``Layout`` of ``norm``, the normalisation of ``original``."""
    return Layout(tuple(_paragraph_gaps(original, norm)), _lower_starts(original, norm))


def _lower_starts(original: str, norm: Normalized) -> frozenset[int]:
    """Normalised positions of the first letters of lines that were lower
    case in ``original`` ("… the foreign minister / met his counterpart")."""
    text = norm.text
    found = set()
    for m in _LINE_OPENING.finditer(text):
        pos = m.end()
        if pos < len(text) and original[norm.to_original(pos)].islower():
            found.add(pos)
    return frozenset(found)


def _paragraph_gaps(original: str, norm: Normalized) -> list[int]:
    """Positions in ``norm.text`` of runs of ``GAP_WIDTH`` or more spaces in
    ``original`` (a paragraph break a crawl flattened), which normalisation
    shrank to one space; read off the normalisation's map, not the text."""
    gaps: list[int] = []
    previous = 0
    for pos, shift in zip(norm.breaks, norm.shifts, strict=True):
        removed, previous = shift - previous, shift
        kept = pos - 1  # the space the run was shrunk to
        if removed + 1 < GAP_WIDTH or kept < 0 or norm.text[kept] not in _LINE_SPACE:
            continue
        start = norm.to_original(kept)
        run = original[start : start + removed + 1]
        if run.strip(_LINE_SPACE) == "":
            gaps.append(kept)
    return gaps


# A dateline opening a line: "PLACE, date (OUTLET) -", "تهران (پانا) -", or two
# or three dash-separated pieces of one to three words each ended by a dash
# or colon ("تهران- ایرنا-", "واس - جدة:", "خالد الشهري- سبق- الرياض:").
_PIECE = "[^\\s\\-\u2013\u2014/:\u060c,.()\"'\u00ab\u00bb]+(?:[ \u00a0][^\\s\\-\u2013\u2014/:\u060c,.()\"'\u00ab\u00bb]+){0,2}"
_DASH = "[ \t\u00a0]*[-\u2013\u2014][ \t\u00a0]*"
_DATELINE = re.compile(
    "(?m)^[ \t\u00a0]*(?:"
    "[^\n()\\-\u2013\u2014:]{1,40}\\([^()\n]{1,30}\\)[ \t\u00a0]*[-\u2013\u2014:]"
    f"|{_PIECE}(?:(?:{_DASH}|[ \t\u00a0]*/[ \t\u00a0]*){_PIECE}){{1,2}}[ \t\u00a0]*[-\u2013\u2014:]"
    # "TABRIZ, Iran -", "KARAJ, Iran, Dec 2 -": a city, its country, a date
    f"|{_PIECE}(?:[ \t\u00a0]*[,\u060c][ \t\u00a0]*{_PIECE}){{1,2}}{_DASH}"
    ")"
)


def dateline_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the datelines that open lines of ``text`` (place, date and
    outlet before the first sentence: "LONDON (Reuters) -", "TABRIZ, Iran -",
    "تهران- ایرنا-", "واس - جدة:"): what they name is where and by whom the news was
    written, never a side of what the sentence tells."""
    return [m.span() for m in _DATELINE.finditer(text)]


def _split_long(text: str, start: int, end: int) -> list[tuple[int, int]]:
    pieces: list[tuple[int, int]] = []
    while end - start > MAX_SENTENCE:
        limit = start + MAX_SENTENCE
        cut = max(text.rfind(c, start + MIN_PIECE, limit) for c in SOFT_BREAKS) + 1
        if cut <= 0:
            space = max(
                text.rfind(" ", start + MIN_PIECE, limit),
                text.rfind("\t", start + MIN_PIECE, limit),
            )
            cut = space if space > 0 else limit
        pieces.append((start, cut))
        start = cut
        while start < end and text[start].isspace():
            start += 1
    pieces.append((start, end))
    return [(a, b) for a, b in pieces if b > a]


_NEWLINE = re.compile(f"[{_NEWLINES}]")


def _has_newline(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds a line break: one search, not a
    ``find`` per kind of break (asked for every piece of an article)."""
    return _NEWLINE.search(text, start, end) is not None


def _trimmed_pieces(text: str, cuts: list[int]) -> Iterator[tuple[int, int]]:
    """The pieces of ``text`` between consecutive cuts (the first from 0),
    without the white space around them; blank pieces are skipped."""
    prev = 0
    for cut in cuts:
        start, end = prev, cut
        prev = cut
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            yield start, end


def sentence_spans(text: str, lang: str, layout: Layout | None = None) -> list[tuple[int, int]]:
    """Half-open ``(start, end)`` spans of the sentences of ``text``.

    ``lang`` picks the abbreviation and punctuation data ("ar", "fa", "en";
    anything else merges all three). ``layout`` tells what normalisation
    hid of the original (``layout_of``): paragraph breaks that were wide
    runs of spaces, and lines that opened with a lower-case letter.
    """
    layout = layout or Layout()
    cuts = [*_boundaries(text, _rules(lang), layout.gaps, layout.lower_starts), len(text)]
    gathered = _Gathering(text)
    for start, end in _trimmed_pieces(text, cuts):
        gathered.piece(start, end)
    return gathered.spans


class _Gathering:
    """The sentences of ``sentence_spans`` so far, and a marks-only piece waiting for one."""

    def __init__(self, text: str) -> None:
        """Start with no sentence and no piece waiting."""
        self.text = text
        self.spans: list[tuple[int, int]] = []
        self.last_end = 0  # end of the previous non-blank piece
        self.pending = -1  # start of a marks-only piece waiting for the next sentence
        self.span_on_line = False  # no line break since the end of spans[-1]

    def piece(self, start: int, end: int) -> None:
        """Take the next trimmed piece: a sentence, or marks joined to a sentence on its line."""
        # A piece holds a line break only where the break is inside a
        # sentence, so only the gap since the previous piece needs looking
        # at: linear overall.
        if _has_newline(self.text, self.last_end, start):
            self.span_on_line = False
            self.pending = -1
        self.last_end = end
        if not _HAS_WORD.search(self.text, start, end):
            # Only marks (a stray "?", a closing quote after a space, "***"):
            # they belong to the sentence before them on the same line, else
            # to the one after them on the same line, else to nothing.
            if self.span_on_line:
                start = self.spans.pop()[0]
            else:
                if self.pending < 0:
                    self.pending = start
                return
        elif self.pending >= 0:
            start = self.pending
        self.pending = -1
        if end - start > MAX_SENTENCE:
            self.spans.extend(_split_long(self.text, start, end))
        else:
            self.spans.append((start, end))
        self.span_on_line = True


# -- evidence: one sentence, cut at clause boundaries, never boilerplate ------

#: An evidence span longer than this is narrowed to the clauses of its event.
EVIDENCE_MAX = 400
# Where a run-on "sentence" may be cut: commas, semicolons and colons, spaced
# dashes, bars, slashes and bullets used as separators, runs of spaces, a
# final mark glued to the next word (paragraph breaks lost in a crawl:
# ".*"), and the end of a date or number glued to the next word.
# Written as two patterns that each open with the class of the characters
# they can start with, so that the engine leaps to them (one alternation
# with look-behind branches was tried at every position of every cited
# sentence): the marks that are cuts themselves, each branch checking the
# character it opened with by a look-behind; and the places where a final
# mark or a digit is glued to what follows, read as that character.
_MARK_CUT = re.compile(
    r"[,\u060c;\u061b:|*\u2022\u00b7/\s]"
    r"(?:(?<=[,\u060c;\u061b:])(?=\s|\Z)|(?<=[\u060c\u061b])|(?<=\s)[-\u2013\u2014]\s"
    r"|(?<=[|*\u2022\u00b7])|(?<=/)(?<!\d/)|(?<=/)(?!\d)|(?<=\s)\s{2,}"
    r"|(?<=\d[/.-]\d\d\s)\s*)"
)
_GLUED_CUT = re.compile(r"[.!?\u061f](?=[^\s\d.!?\u061f])|\d(?=[\u0600-\u06ff])")
# Links, handles and addresses: never evidence, wherever they stand.
_LINK = re.compile(r"\S*(?:https?:|www\.|pic\.twitter|@\w|\.(?:com|ir|net|org)\b)\S*")
# What every link, handle or address holds: a clause without any of these
# is not searched for one (most are not; the search tries every position).
_LINK_MARKS = ("http", "www.", "pic.twitter", "@", ".com", ".ir", ".net", ".org")
# The marks as one pattern of literals, searched in place: the engine leaps to
# their first letters (no slice of the clause, no test per mark; speed70a).
_LINK_MARK = re.compile("|".join(map(re.escape, _LINK_MARKS)))
# A clause of bare digits that is a date, a time or a long number (a news code).
_METADATA = re.compile(r"\d+[/.-]\d+[/.-]\d+|\d{1,2}:\d\d|\d{5,}")
_PIECE_TRIM = (
    " \t.,:;!?-\u2013\u2014|\u2022\u00b7\u00bb\u00ab>/\\*_=~\u2026\u060c\u061b\u061f\"'()[]"
)


@dataclass(frozen=True)
class _Boilerplate:
    exact: frozenset[str]
    prefixes: frozenset[str]
    patterns: Alternation | None


@cache
def _boilerplate() -> _Boilerplate:
    """Every language's crawl-residue phrases (``lang/<code>/boilerplate.py``)."""
    exact = {normalize_phrase(x).strip(_PIECE_TRIM) for x in merged("boilerplate", "EXACT")}
    prefixes = {normalize_phrase(x).strip(_PIECE_TRIM) for x in merged("boilerplate", "PREFIXES")}
    patterns = [normalize_phrase(p) for p in merged("boilerplate", "PATTERNS")]
    compiled = Alternation(patterns) if patterns else None
    return _Boilerplate(frozenset(exact), frozenset(p for p in prefixes if p), compiled)


def _wall_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of ``text[start:end]`` that are no prose: links, handles, site phrases."""
    if _LINK_MARK.search(text, start, end) is not None:
        spans = [m.span() for m in _LINK.finditer(text, start, end)]
    else:
        spans = []
    rules = _boilerplate()
    if rules.patterns is not None:
        spans += [
            m.span() for m in rules.patterns.finditer(text, start, end) if m.end() > m.start()
        ]
    return spans


def _is_wall(piece: str) -> bool:
    """A clause that is a site label, or a bare date, time or news code."""
    key = " ".join(piece.split()).strip(_PIECE_TRIM)
    if not key:
        return False  # punctuation only: neither prose nor residue
    # most clauses open with a letter: no generator over their characters
    if not key[0].isalpha() and not any(ch.isalpha() for ch in key):
        return _METADATA.search(key) is not None
    rules = _boilerplate()
    return key in rules.exact or starts_with_word(key, rules.prefixes)


def clause_pieces(text: str, start: int, end: int) -> list[tuple[int, int, bool]]:
    """The clause pieces ``evidence_span`` cuts ``text[start:end]`` into,
    each with "is no prose": a sentence with several events is cut once."""
    return _clauses(text, start, end)


def _clause_cuts(text: str, start: int, end: int) -> set[int]:
    """Where ``text[start:end]`` is cut into clauses: its ends, after a
    comma, semicolon or colon, around the other marks (``_MARK_CUT``), and
    between a final mark or digit and the word glued to it, unless a mark's
    cut starts there. These are the cuts of the one alternation they were
    written as (its empty branches matched only where no mark's began)."""
    cuts = {start, end}
    marks = set()
    for m in _MARK_CUT.finditer(text, start, end):
        a, b = m.span()
        marks.add(a)
        cuts.add(b if text[a] in ",\u060c;\u061b:" else a)
        cuts.add(b)
    # the glued character may stand right before ``start``: the place is ``start``
    for m in _GLUED_CUT.finditer(text, max(0, start - 1), end):
        if m.end() not in marks:
            cuts.add(m.end())
    return cuts


def _clauses(text: str, start: int, end: int) -> list[tuple[int, int, bool]]:
    """Clause pieces of ``text[start:end]`` (trimmed), each with "is no prose"."""
    walls = _wall_spans(text, start, end)
    cuts = _clause_cuts(text, start, end)
    for a, b in walls:
        cuts.update((max(start, a), min(end, b)))
    points = sorted(cuts)
    out = []
    for a, b in zip(points, points[1:], strict=False):
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b <= a:
            continue
        inside = any(wa <= a and b <= wb for wa, wb in walls)
        out.append((a, b, inside or _is_wall(text[a:b])))
    return out


def evidence_span(
    text: str,
    start: int,
    end: int,
    anchors: Iterable[int],
    clauses: list[tuple[int, int, bool]] | None = None,
) -> tuple[int, int]:
    """The part of sentence ``text[start:end]`` to cite for an event.

    ``anchors`` are positions of the trigger (first) and the event's actors.
    The whole sentence is kept when it is at most ``EVIDENCE_MAX`` long and
    holds no boilerplate; otherwise it is cut into clauses, and the evidence
    is the trigger's clause grown towards the actors' and then outwards,
    never across a clause of boilerplate (a link, a site label, a news code)
    and never beyond ``EVIDENCE_MAX``; a single clause still too long is cut
    at spaces around the trigger. ``clauses``: the sentence's
    (``clause_pieces``), when its events have read them already.
    """
    points = [p for p in anchors if start <= p <= end]
    if not points:
        return start, end
    if clauses is None:
        clauses = _clauses(text, start, end)
    if not clauses or (end - start <= EVIDENCE_MAX and not any(w for _, _, w in clauses)):
        return start, end
    pieces = [(a, b) for a, b, _ in clauses]
    walls = [w for _, _, w in clauses]
    core = _index(pieces, points[0])
    walls[core] = False  # the event's own clause is cited whatever it is
    lo, hi = _grown(pieces, walls, core, points)
    # A separator left at an edge ("| …", "… —") is no part of the clause.
    while lo < core and not _HAS_WORD.search(text, *pieces[lo]):
        lo += 1
    while hi > core and not _HAS_WORD.search(text, *pieces[hi]):
        hi -= 1
    a, b = pieces[lo][0], pieces[hi][1]
    if b - a > EVIDENCE_MAX:
        a, b = _around(text, a, b, points[0])
    return a, b


def _grown(
    pieces: list[tuple[int, int]], walls: list[bool], core: int, points: list[int]
) -> tuple[int, int]:
    """The clauses cited (first and last index): the trigger's clause
    ``core`` grown towards the actors' (nearest first) and then outwards,
    never across a wall and never beyond ``EVIDENCE_MAX``."""
    lo = hi = core
    for pos in sorted(points[1:], key=lambda p: abs(p - points[0])):
        i = _index(pieces, pos)
        a, b = min(lo, i), max(hi, i)
        if not any(walls[a : b + 1]) and pieces[b][1] - pieces[a][0] <= EVIDENCE_MAX:
            lo, hi = a, b
    grown = True
    while grown:
        grown = False
        for i in (hi + 1, lo - 1):
            if 0 <= i < len(pieces) and not walls[i]:
                a, b = min(lo, i), max(hi, i)
                if pieces[b][1] - pieces[a][0] <= EVIDENCE_MAX:
                    lo, hi, grown = a, b, True
    return lo, hi


def _index(pieces: list[tuple[int, int]], pos: int) -> int:
    """The piece holding ``pos`` (or the next one, from a gap between pieces)."""
    for i, (_, b) in enumerate(pieces):
        if pos < b:
            return i
    return len(pieces) - 1


def _around(text: str, start: int, end: int, pos: int) -> tuple[int, int]:
    """At most ``EVIDENCE_MAX`` characters of ``text[start:end]`` around ``pos``, cut at spaces."""
    half = EVIDENCE_MAX // 2
    a = max(start, min(pos - half, end - EVIDENCE_MAX))
    b = min(end, a + EVIDENCE_MAX)
    if a > start:
        space = text.find(" ", a, pos)
        a = space + 1 if space >= 0 else a
    if b < end:
        space = text.rfind(" ", pos, b)
        b = space if space > pos else b
    return a, b
