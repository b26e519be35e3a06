"""speakers79ar: a state inside a news agency's name is the medium's, no
side of the deed it reports; an office only a state holds takes no
organisation of the article's pair (sentences written for this test in ar,
fa and en)."""

from __future__ import annotations

import pytest

from diplowatch.extract.actors import Mention
from diplowatch.extract.sources import medium_name_owners
from diplowatch.model import Document
from diplowatch.pipeline import process


def _actors(text: str, lang: str) -> list[list[tuple[str | None, str | None, str | None]]]:
    """The actors (code, agent, role) of each event read in ``text``."""
    events = process(Document("t", text, lang=lang)).to_dict()["events"]
    return [[(a["code"], a["agent"], a["role"]) for a in e["actors"]] for e in events]


def _bare(text: str, lang: str, code: str) -> bool:
    """Whether some event has the state ``code`` as a whole among its sides."""
    return any(a == (code, None, None) for actors in _actors(text, lang) for a in actors)


@pytest.mark.parametrize(
    ("lang", "text", "code"),
    [
        (
            "ar",
            "وأضاف المسؤول في تصريح لوكالة تونس افريقيا للأنباء انه تم حجز كمية من"
            " الأسلحة والذخيرة.",
            "TUN",
        ),
        ("fa", "دبیرکل حزب به خبرگزاری تونس گفت که حزب بودجه را رد می‌کند.", "TUN"),
        # already so before this round: a guard
        ("en", "The news agency of Iraq reported that gunmen killed five civilians.", "IRQ"),
    ],
)
def test_agency_state_is_no_side(lang: str, text: str, code: str) -> None:
    """The state named in the agency's name only tells whose medium speaks."""
    assert not _bare(text, lang, code)


@pytest.mark.parametrize(
    ("lang", "text", "actor"),
    [
        # the agency's state is still the home of the police it reports on
        ("ar", "قالت وكالة أنباء البحرين إن الشرطة اعتقلت خمسة متظاهرين.", ("BHR", "COP", None)),
        (
            "ar",
            "وقالت وكالة الجمهورية الإسلامية الإيرانية للأنباء إن سفنا تابعة للبحرية ستشارك"
            " في مناورات قرب الساحل.",
            ("IRN", "MIL", None),
        ),
        # named again as a whole, the state stays a side
        (
            "ar",
            "ذكرت وكالة أنباء البحرين أن البحرين قطعت علاقاتها الدبلوماسية مع قطر.",
            ("BHR", None, None),
        ),
        (
            "fa",
            "خبرگزاری رسمی الجزایر گزارش داد که پلیس پنج معترض را بازداشت کرد.",
            ("DZA", "COP", None),
        ),
        ("fa", "الجزایر روابط دیپلماتیک خود را با قطر قطع کرد.", ("DZA", None, None)),
        ("en", "Iraq and Iran held talks in Baghdad on Monday.", ("IRQ", None, None)),
    ],
)
def test_state_kept_elsewhere(
    lang: str, text: str, actor: tuple[str | None, str | None, str | None]
) -> None:
    """Precision guard: the rule reads only a state right after the head of a
    medium's name; a state named otherwise keeps its part."""
    assert any(actor in actors for actors in _actors(text, lang))


def _mention(text: str, word: str, kind: str = "state") -> Mention:
    """A strong mention of ``word`` in ``text``."""
    start = text.index(word)
    return Mention(start, start + len(word), "TUN", kind, True)


def test_medium_name_owners_reads_the_head_before() -> None:
    """One word or two of the head before the state weaken it to a topic; a
    state after any other word stays strong, and an adjective is not read."""
    heads = frozenset({"لوكالة", "وكالة أنباء"})
    text = "قال لوكالة تونس إن وكالة أنباء تونس ذكرت أن تونس وقعت مع الإمارات"
    first = _mention(text, "تونس")
    second = Mention(
        text.index("تونس", first.end), text.index("تونس", first.end) + 4, "TUN", "state", True
    )
    third = Mention(text.rindex("تونس"), text.rindex("تونس") + 4, "TUN", "state", True)
    adjective = _mention(text, "الإمارات", "state_adj")
    medium_name_owners([first, second, third, adjective], text, heads)
    assert (first.strong, first.topic) == (False, True)
    assert (second.strong, second.topic) == (False, True)
    assert (third.strong, third.topic) == (True, False)
    assert adjective.strong


def test_state_office_takes_no_organisation_of_the_pair() -> None:
    """An article about Tunisia and the IMF: the head of government its
    sentence names with no country is not the IMF's."""
    text = (
        "تستأنف تونس وصندوق النقد الدولي المفاوضات حول قرض جديد الأسبوع المقبل."
        " وتطالب تونس صندوق النقد الدولي بصرف القسط الثاني من القرض. وقال المتحدث في"
        " تصريح لوكالة تونس افريقيا للأنباء إن رئيس الحكومة التقى ممثلي النقابات أمس."
    )
    heads = [a for actors in _actors(text, "ar") for a in actors if a[2] == "head_of_government"]
    assert heads
    assert all(code != "IMF" for code, _, _ in heads)
