"""The document as the sentence steps read it (``DocumentState``) and what its one
scan found (``DocumentActors``).

Its own module because every step of ``events`` and the rules split out of it
read the same document: money and dates are found lazily here, once per
sentence text, and the reference year once per document. Kept apart from the
steps, the modules that read a document need not import ``events``.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from diplowatch.dates.mentions import find_dates
from diplowatch.event_types import having
from diplowatch.extract.actors import Mention
from diplowatch.extract.counts import people_numbers
from diplowatch.extract.lexicon import Lexicon
from diplowatch.extract.money import find_money
from diplowatch.extract.scan import Hit
from diplowatch.extract.sentence import Sentence
from diplowatch.extract.when import dated_ahead, event_date, latest_year
from diplowatch.text.normalize import Normalized

REACTIONS = having("reaction")
# Cues of saying: a date before one dates the saying ("said on 20 June that …").
SAYING_CUES = frozenset({"reporting", "attribution", "complementizer"})


@dataclass
class DocumentState:
    """One document as the sentence steps read it: its text, its language's
    lexicon and rules, its main pair, the date its dates are read against,
    and the sums and dates found so far.

    Money and dates are looked for only in sentences that need them (those
    with an event or right after one): most sentences of a long article have
    neither, and these finders are the costliest step. What they find is kept
    per sentence text: boilerplate and repeated sentences (the same paragraph
    in a page twice) are read once.
    """

    text: str
    norm: Normalized
    lang: str
    lex: Lexicon
    ctx: Any
    pair: tuple[str, ...] = ()
    anchor: date | None = None
    _money: dict[str, list] = field(default_factory=dict)
    _dates: dict[str, list] = field(default_factory=dict)
    _latest: list[int | None] = field(default_factory=list)  # ``ref_year``, once read
    # the normalised text, kept as a field: the steps read it ~300 times a document
    ntext: str = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.ntext = self.norm.text

    @property
    def ref_year(self) -> int | None:
        """The publication year; without a publication date, the latest year
        the article names, read on first use (most documents' sentences need
        no year: the article is not searched for one)."""
        if self.anchor:
            return self.anchor.year
        if not self._latest:
            self._latest.append(_latest_year(self.ntext, self.lang))
        return self._latest[0]

    def _ref_year(self) -> int | None:
        """``ref_year``, as the dates' lazy year hint asks it."""
        return self.ref_year

    def money_in(self, s: Sentence) -> list:
        """The sums of sentence ``s``, in document coordinates."""
        if s.money is None:
            stext = self.ntext[s.start : s.end]
            if stext not in self._money:
                self._money[stext] = find_money(stext, self.lang)
            s.money = [_shift(m, s.start) for m in self._money[stext]]
        return s.money

    def counted_in(self, s: Sentence) -> list[tuple[int, int]]:
        """Spans of the numbers of sentence ``s`` that count people ("2000
        protesters", "۱۴۰۰ نفر"), in document coordinates: no years."""
        if s.counted is None:
            taken = [(d.start, d.end) for d in self.dates_in(s)]
            s.counted = people_numbers(
                self.ntext, s.start, s.end, s.cues, self.lang, s.people, taken
            )
        return s.counted

    def dates_in(self, s: Sentence) -> list:
        """The day-precise dates of sentence ``s``, in document coordinates."""
        if s.dates is None:
            stext = self.ntext[s.start : s.end]
            if stext not in self._dates:
                # Without a publication date, year-less dates take the
                # latest year the article names, read only where one stands
                # (speed83: most dated sentences hold none)
                hint = None if self.anchor else self._ref_year
                found = find_dates(stext, self.lang, self.anchor, year_hint=hint)
                self._dates[stext] = [d for d in found if d.precision == "day"]
            s.dates = [_shift(d, s.start) for d in self._dates[stext]]
        return s.dates

    def date_of(self, s: Sentence, trigger: Hit, status: str) -> str | None:
        return event_date(
            self.dates_in(s), trigger.start, status, self.anchor, self.ntext, self.lang
        )

    def dated_ahead(self, s: Sentence, trigger: Hit) -> bool:
        """Whether the trigger's own date lies after the publication date
        (``when.dated_ahead``). Never a reaction's: a date after a call or a
        threat is what is called for or threatened ("called for a rally on
        30 June")."""
        if trigger.entry.value in REACTIONS or self.anchor is None:
            return False  # the sentence's dates are not read for it (speed74a)
        dates = self.dates_in(s)
        if not dates:
            return False  # most sentences: no date, nothing more to look at
        if not dated_ahead(dates, trigger.start, self.anchor, self.ntext, self.lang):
            return False  # what stands between is looked at only for a date ahead
        sayings = (c.start for c in s.cues if c.entry.kind in SAYING_CUES)
        others = tuple(start for start in s.named if start != trigger.start) + tuple(sayings)
        return dated_ahead(dates, trigger.start, self.anchor, self.ntext, self.lang, others)

    def text_of(self, start: int, end: int) -> str:
        """The original text of a span of the normalised text."""
        a, b = self.norm.span_to_original(start, end)
        return self.text[a:b]


@dataclass
class DocumentActors:
    """What the document's one scan found, with its actor mentions read."""

    layers: dict[str, list[Hit]]
    actor_hits: list[Hit]
    mentions: list[Mention]
    home: str  # the country the article is written from ("" when nothing tells)
    dateline: str  # where agents named with no country act
    # "the country" alone ("سراسر کشور"): the home country, for the agents
    # of its noun phrase (``home_country.home_places``)
    home_spans: tuple[tuple[int, int, str], ...] = ()


def _shift(item: Any, offset: int) -> Any:
    """A finder's match moved from sentence to document coordinates."""
    return replace(item, start=item.start + offset, end=item.end + offset)


def _latest_year(ntext: str, lang: str) -> int | None:
    return latest_year(ntext[:20000], lang, 1990, 2100)
