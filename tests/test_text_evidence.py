"""Evidence is one sentence, never a run-on page and never boilerplate (issue 13 point 5).

Sentences written for these tests in Arabic, Persian and English.
"""

from __future__ import annotations

import pytest

from diplowatch.model import Document
from diplowatch.pipeline import process
from diplowatch.text.normalize import normalize
from diplowatch.text.segment import EVIDENCE_MAX, evidence_span

EN_FILLER = [
    "while officials in both capitals recalled decades of uneasy contacts",
    "and several analysts in the region warned about rising shipping costs",
    "though the talks had been postponed twice because of the weather",
    "as business groups waited for clearer rules on customs and visas",
    "while the two delegations also toured a new container terminal",
    "and a joint committee was asked to report back before the winter",
    "though no date was given for the next round of consultations",
]
AR_FILLER = [
    "في حين أشار مسؤولون في العاصمتين إلى تاريخ طويل من الاتصالات",
    "وحذر محللون في المنطقة من ارتفاع تكاليف الشحن البحري",
    "بعد أن تأجلت المحادثات مرتين بسبب سوء الأحوال الجوية",
    "بينما انتظرت غرف التجارة قواعد أوضح بشأن الجمارك والتأشيرات",
    "كما زار الوفدان ميناء جديدا للحاويات على الساحل",
    "وطلب من لجنة مشتركة رفع تقرير قبل حلول فصل الشتاء",
    "دون تحديد موعد للجولة المقبلة من المشاورات",
    "وسط ترقب لنتائج الزيارة في الأسواق المالية للبلدين",
    "مع إشادة واسعة بدور السفارتين في تنظيم اللقاءات",
]
FA_FILLER = [
    "در حالی که مقام‌های دو پایتخت از سابقه طولانی تماس‌ها یاد کردند",
    "و چند تحلیلگر منطقه درباره افزایش هزینه حمل دریایی هشدار دادند",
    "هرچند این گفتگوها دو بار به دلیل وضع هوا به تعویق افتاده بود",
    "و اتاق‌های بازرگانی منتظر قواعد روشن‌تر درباره گمرک و روادید ماندند",
    "و دو هیئت از یک پایانه تازه کانتینری در ساحل بازدید کردند",
    "و از یک کمیته مشترک خواسته شد پیش از زمستان گزارش دهد",
    "بی آنکه زمانی برای دور بعدی رایزنی‌ها اعلام شود",
    "در حالی که بازارهای مالی دو کشور نتیجه سفر را دنبال می‌کردند",
    "و از نقش دو سفارت در برگزاری دیدارها قدردانی شد",
]
CORE = {
    "en": ("the foreign ministers of Jordan and Japan signed a trade agreement in Amman", "signed"),
    "ar": ("وقع وزيرا خارجية الأردن واليابان اتفاقية تجارية في عمان", "وقع"),
    "fa": ("وزیران خارجه اردن و ژاپن یک موافقت‌نامه تجاری را در امان امضا کردند", "امضا"),
}
COMMA = {"en": ", ", "ar": "، ", "fa": "، "}


def run_on(lang: str) -> tuple[str, str]:
    """A sentence of 600+ characters: filler clauses around the event's clause."""
    filler = {"en": EN_FILLER, "ar": AR_FILLER, "fa": FA_FILLER}[lang]
    core, trigger = CORE[lang]
    parts = [*filler[:4], core, *filler[4:]]
    text = COMMA[lang].join(parts) + "."
    assert len(text) > EVIDENCE_MAX + 100, len(text)
    return text, trigger


def cite(text: str, words: list[str]) -> str:
    """The evidence ``evidence_span`` gives for the sentence ``text`` (one sentence)."""
    norm = normalize(text)
    anchors = []
    for word in words:
        at = norm.text.find(normalize(word).text.lower())
        assert at >= 0, word
        anchors += [at, at + len(normalize(word).text)]
    a, b = evidence_span(norm.text, 0, len(norm.text), anchors)
    start, end = norm.span_to_original(a, b)
    return text[start:end]


@pytest.mark.parametrize("lang", ["ar", "fa", "en"])
def test_a_run_on_sentence_is_cut_at_clause_boundaries(lang: str) -> None:
    text, trigger = run_on(lang)
    evidence = cite(text, [trigger])
    assert CORE[lang][0] in evidence, "the event's own clause is cited whole"
    assert len(normalize(evidence).text) <= EVIDENCE_MAX
    before = text[: text.index(evidence)].rstrip()
    assert before == "" or before.endswith(COMMA[lang].strip()), "cut at a clause boundary"
    after = text[text.index(evidence) + len(evidence) :].lstrip()
    assert after == "" or evidence.endswith((",", "،", ".")) or after.startswith(("،", ","))


@pytest.mark.parametrize("lang", ["ar", "fa", "en"])
def test_a_plain_sentence_is_cited_whole(lang: str) -> None:
    core, trigger = CORE[lang]
    sentence = core[0].upper() + core[1:] + "."
    assert cite(sentence, [trigger]) == sentence


@pytest.mark.parametrize(
    ("sentence", "trigger", "cited"),
    [
        (
            "کد خبر: ۱۲۳۴۵۶ تاریخ انتشار: ۱۴۰۳/۰۲/۰۳ وزیر امور خارجه ایران با همتای عراقی خود دیدار کرد.",
            "دیدار",
            "وزیر امور خارجه ایران با همتای عراقی خود دیدار کرد.",
        ),
        (
            "اقرأ أيضا | التقى وزير الخارجية الأردني نظيره الياباني في عمان.",
            "التقى",
            "التقى وزير الخارجية الأردني نظيره الياباني في عمان.",
        ),
        (
            "Full text at https://ministry.example.invalid/statements/77 — the two ministers "
            "signed the accord in Amman.",
            "signed",
            "the two ministers signed the accord in Amman.",
        ),
        (
            "pic.twitter.com/aB3xYz — Embassy News (@embassy_news) the ambassador met the "
            "minister of trade.",
            "met",
            "the ambassador met the minister of trade.",
        ),
    ],
)
def test_boilerplate_is_never_inside_the_evidence(sentence: str, trigger: str, cited: str) -> None:
    assert cite(sentence, [trigger]) == cited


def test_the_actors_clauses_are_kept_with_the_trigger() -> None:
    text, _ = run_on("en")
    evidence = cite(text, ["signed", "Jordan", "Japan"])
    assert "Jordan" in evidence and "Japan" in evidence and "signed" in evidence


def test_extraction_cites_one_clause_group_of_a_run_on_page() -> None:
    text, _ = run_on("en")
    record = process(Document("run-on", text[0].upper() + text[1:], lang="en"))
    assert record.events, "the agreement is found"
    for event in record.events:
        assert event.evidence is not None
        assert len(event.evidence.text) <= EVIDENCE_MAX
        assert record.events[0].evidence.text in text[0].upper() + text[1:]
        assert "signed" in event.evidence.text
