"""mendF109: ``extract/ring_members.py`` mended after the code read of
round 109 (diffread74).

F1: each members phrase scanned every mention of the document and rebuilt
the list, so a long document repeating a ring report grew quadratically;
now only the mentions that can touch the phrase are read (bisection).
F4: the clitics glued before a phrase were Arabic letters in extract code,
applied to Persian and English too; now they are Arabic data
(``RING_MEMBER_CLITICS``). F5: one cache holds all the ring data, so a test
that patches a field sees it after ``_tables.cache_clear()``.
The sentences are written for these tests.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest

import cost
import diplowatch.extract.document_scan as document_scan
from diplowatch.extract import ring_members as rm
from diplowatch.extract.mention import Mention
from diplowatch.lang import load
from diplowatch.model import Document
from diplowatch.pipeline import process

# A killing, then a ring dismantled and its members arrested: each report
# holds a ring and its members phrase.
REPORTS = {
    "ar": "قتل رجلان في شجار وفككت الشرطة عصابة لسرقة السيارات واعتقلت عناصر العصابة.",
    "fa": "دو نفر در تصادف کشته شدند و پلیس یک باند سرقت خودرو را متلاشی کرد و اعضای این باند را دستگیر کرد.",
    "en": "Two men died in a crash and police broke up a car theft ring and arrested members of the ring.",
}


def _ring_input(text: str, lang: str) -> tuple[str, list[Mention]]:
    """The normalised text and the mentions ``ring_members`` is given for ``text``."""
    seen: list[tuple[str, list[Mention]]] = []
    real = document_scan.ring_members

    def record(ntext: str, mentions: list[Mention], code: str) -> list[Mention]:
        seen.append((ntext, list(mentions)))
        return real(ntext, mentions, code)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(document_scan, "ring_members", record)
        process(Document(doc_id="t", text=text, lang=lang, published=None))
    return seen[0]


def _repeated(unit: tuple[str, list[Mention]], times: int) -> tuple[str, list[Mention]]:
    """One line of ``times`` copies of the report, its mentions shifted along."""
    ntext, mentions = unit
    step = len(ntext) + 1
    shifted = [
        replace(m, start=m.start + k * step, end=m.end + k * step)
        for k in range(times)
        for m in mentions
    ]
    return " ".join([ntext] * times), shifted


@pytest.mark.parametrize("lang", ["ar", "fa", "en"])
def test_a_long_ring_report_costs_in_proportion(lang: str) -> None:
    unit = _ring_input(REPORTS[lang], lang)
    small, large = _repeated(unit, 150), _repeated(unit, 1500)
    cost.assert_linear(lambda given: rm.ring_members(*given, lang), small, large, 10)


@pytest.mark.parametrize("lang", ["ar", "fa", "en"])
def test_the_repeated_report_reads_every_copy_as_one(lang: str) -> None:
    """The bisection reads what the whole list did: each copy's members are
    read as the one report's are."""
    unit = _ring_input(REPORTS[lang], lang)
    one = rm.ring_members(*unit, lang)
    ntext, mentions = _repeated(unit, 3)
    three = rm.ring_members(ntext, mentions, lang)
    step = len(unit[0]) + 1
    assert [(m.start % step, m.agent) for m in three] == [(m.start, m.agent) for m in one] * 3


def _people(text: str, lang: str) -> list[tuple[str, str | None]]:
    """The text and agent of each mention after ``ring_members``."""
    ntext, mentions = _ring_input(text, lang)
    return [(ntext[m.start : m.end], m.agent) for m in rm.ring_members(ntext, mentions, lang)]


@pytest.fixture
def fresh_tables() -> Iterator[None]:
    """The ring data read again after a test patches it, and again after."""
    rm._tables.cache_clear()
    yield
    rm._tables.cache_clear()


def test_the_clitics_are_arabic_data() -> None:
    assert set(load("ar", "agents").RING_MEMBER_CLITICS) >= {"و", "ل", "ب"}
    assert not hasattr(rm, "_CLITICS")


@pytest.mark.parametrize("lang", ["fa", "en"])
def test_persian_and_english_glue_no_clitic(lang: str) -> None:
    assert rm._tables(lang).clitics == frozenset({""})


AR_GLUED = "فككت الشرطة شبكة لتهريب البشر. وعناصر الشبكة فارون."
FA_GLUED = "پلیس یک شبکه قاچاق انسان را متلاشی کرد و واعضای این شبکه فراری هستند."
EN_GLUED = "Police broke up a people smuggling network and chased wmembers of the network."


def test_a_glued_arabic_conjunction_still_opens_the_phrase() -> None:
    assert ("عناصر الشبكه", "CRM") in _people(AR_GLUED, "ar")


@pytest.mark.parametrize(("lang", "text"), [("fa", FA_GLUED), ("en", EN_GLUED)])
def test_no_arabic_letter_glued_opens_another_language_s_phrase(lang: str, text: str) -> None:
    """ "و" glued to "اعضای" is no Persian spelling of "and the members" (nor
    "w" to "members" English): the Arabic clitics open only Arabic phrases."""
    assert not any(
        agent == "CRM" and len(words.split()) > 2 for words, agent in _people(text, lang)
    )


@pytest.mark.parametrize(
    ("lang", "clitics", "text", "before"),
    [("ar", (), AR_GLUED, True), ("fa", ("و",), FA_GLUED, False), ("en", ("w",), EN_GLUED, False)],
)
def test_a_patched_clitic_list_is_read_after_the_cache_is_cleared(
    lang: str,
    clitics: tuple[str, ...],
    text: str,
    before: bool,
    monkeypatch: pytest.MonkeyPatch,
    fresh_tables: None,
) -> None:
    def read() -> bool:
        return [agent for _, agent in _people(text, lang)].count("CRM") == 2

    assert read() is before
    monkeypatch.setattr(load(lang, "agents"), "RING_MEMBER_CLITICS", clitics, raising=False)
    rm._tables.cache_clear()
    assert read() is not before
