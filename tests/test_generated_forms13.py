"""Inflected forms of known nouns and verbs, generated from the listed ones
(round 13): Arabic nouns for people with a possessive ("حكومته", "شرطتها"),
in the dual ("كنيستين") and in the sound plural's construct ("مسلحو الحركة");
Persian compounds written glued ("شبهنظامیان"), the Arabic plural of loan
nouns ("فعالین", "مسؤولین"), the plurals of nouns counted in the singular
("نظامیها") and the future of every compound verb ("تماس خواهد گرفت").
And the words those forms would be confused with: "بحوزته" (in his
possession), "وزارته" (his ministry, not "and visited him"), "القسوة"
(cruelty), "مردان" (men at large). Sentences written for these tests."""

from __future__ import annotations

import pytest

from casts import cast, found, run
from diplowatch.extract.lexicon import lexicon
from diplowatch.extract.scan import resolve, scan
from diplowatch.text.normalize import normalize


def agents_in(text: str, lang: str) -> set[str]:
    """The agent values the lexicon finds in ``text``."""
    ntext = normalize(text).text
    chosen = resolve(scan(ntext, lexicon(lang)))
    return {h.entry.value for hits in chosen.values() for h in hits if h.entry.kind == "agent"}


@pytest.mark.parametrize(
    ("text", "lang", "etype", "actor"),
    [
        ("قال رئيس الوزراء العراقي إن حكومته رفضت المقترح التركي.", "ar", "REJECT", "IRQ:GOV"),
        ("قالت مصر إن شرطتها اعتقلت عشرة متظاهرين.", "ar", "COERCE", "EGY:COP"),
        ("هاجم مسلحو الحركة قرية في شمال نيجيريا.", "ar", "ASSAULT", "NGA:UAF"),
        ("استهدف هجوم انتحاري كنيستين في القاهرة.", "ar", "ASSAULT", "EGY:REL"),
        ("شبهنظامیان به یک روستا در شمال عراق حمله کردند.", "fa", "ASSAULT", "IRQ:REB"),
        ("پلیس ترکیه فعالین مدنی را در استانبول بازداشت کرد.", "fa", "COERCE", "TUR:OPP"),
        ("مسؤولین عراقی از طرح ترکیه انتقاد کردند.", "fa", "ACCUSE", "IRQ:GOV"),
        ("ارتش سوریه نظامیها را به حلب اعزام کرد.", "fa", "MOBILIZE", "SYR:MIL"),
        # English lists its forms whole: the same events, no new rule
        ("Iraq's prime minister said his government rejected the plan.", "en", "REJECT", "IRQ:GOV"),
        ("Turkish police detained civic activists in Istanbul.", "en", "COERCE", "TUR:OPP"),
    ],
)
def test_inflected_nouns_for_people(text: str, lang: str, etype: str, actor: str) -> None:
    assert actor in cast(run(text, lang), etype)


@pytest.mark.parametrize(
    ("text", "lang", "etype"),
    [
        ("ترکیه با عراق تماس خواهد گرفت.", "fa", "CONSULT"),
        ("دانشجویان در تهران شعار خواهند داد.", "fa", "PROTEST"),
        ("ارتش عراق کنترل شهر را به دست خواهد گرفت.", "fa", "ASSAULT"),
        ("ایران تحریم‌ها را کاهش خواهد داد.", "fa", "CONCEDE"),
        ("Students in Tehran will protest against the plan.", "en", "PROTEST"),
    ],
)
def test_future_of_compound_verbs_is_planned(text: str, lang: str, etype: str) -> None:
    events = [e for e in run(text, lang).events if e.type == etype]
    assert events and all(e.status == "planned" for e in events)


def test_present_tense_is_not_generated() -> None:
    # habits and general truths: "the committee hands over the vaccines
    # every week" is no event
    assert "CONSULT" not in found("کمیته هر هفته واکسن را تحویل می دهد.", "fa")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("ضبطت الشرطة مخدرات بحوزته في المطار.", "ar"),  # in his possession
        ("تغمده الله بواسع رحمته وأسكنه فسيح جناته.", "ar"),  # his gardens
        ("انتقد القسوة في المعاملة.", "ar"),  # cruelty, no priest
        ("مردان در این شهر زندگی می کنند.", "fa"),  # men at large
        ("He spoke with cruelty about the seminar.", "en"),  # a seminary is REL
    ],
)
def test_look_alike_words_are_no_agents(text: str, lang: str) -> None:
    assert agents_in(text, lang) <= {"COP"}


def test_his_ministry_is_no_visit() -> None:
    # "وزارته" also reads "و" + "زار" + "ته" (and visited him)
    assert "CONSULT" not in found("وقال الوزير الكويتي إن وزارته تدرس الملف.", "ar")
    assert "CONSULT" in found("زار الوزير الكويتي بغداد أمس.", "ar")
    assert "CONSULT" not in found("The Kuwaiti minister said his ministry studies the file.", "en")
