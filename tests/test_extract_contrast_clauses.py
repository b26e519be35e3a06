"""Contrast clauses ("while", "در حالی که", "بينما"): each clause names its
own participants (context.CONTRAST_BREAKS). Before, the main clause's subject
took part in the "while" clause's deed (Persian: "… دیدار کرد در حالیکه
اسرائیل به غزه حمله کرد" gave the attack to the ministers) and the other
clause's actors became the main event's target. Also Persian activity nouns
("ماهیگیری", fishing) are no people (agents.NOT_AGENTS).

Every sentence was written for these tests; none comes from the corpus, the
dev set or the challenge sets.
"""

from __future__ import annotations

import pytest

from diplowatch.model import Document
from diplowatch.pipeline import process


def events(text: str, lang: str) -> dict[str, set[str]]:
    record = process(Document(doc_id="t", text=text, lang=lang, published="2024-04-23"))
    out: dict[str, set[str]] = {}
    for e in record.events:
        out.setdefault(e.type, set()).update(a.code or "" for a in e.actors)
    return out


CASES = [
    # (lang, text, type, codes expected exactly)
    # the split form: the main verb between "در حالی" and "که"
    (
        "fa",
        "اظهارات وزیر خارجه یونان در حالی بیان شد که ترکیه از اتحادیه اروپا کمک خواسته است.",
        "REQUEST",
        {"TUR", "EU"},
    ),
    (
        "fa",
        "سخنان رئیس جمهور فرانسه در حالی مطرح می‌شود که روسیه اوکراین را تهدید کرده است.",
        "THREATEN",
        {"RUS", "UKR"},
    ),
    (
        "fa",
        "وزیر خارجه ترکیه با همتای سوری خود دیدار کرد در حالیکه اسرائیل به غزه حمله کرد.",
        "ASSAULT",
        {"ISR", "PSE"},
    ),
    (
        "fa",
        "وزیر خارجه ترکیه با همتای سوری خود دیدار کرد در حالیکه اسرائیل به غزه حمله کرد.",
        "CONSULT",
        {"TUR", "SYR"},
    ),
    (
        "fa",
        "ایران تحریم‌های جدید را محکوم کرد در حالی که روسیه از آمریکا انتقاد کرد.",
        "ACCUSE",
        {"IRN", "RUS", "USA"},
    ),
    ("fa", "عربستان از این توافق استقبال کرد، در حالی‌که ایران آن را رد کرد.", "REJECT", {"IRN"}),
    ("fa", "عربستان از این توافق استقبال کرد، در حالی‌که ایران آن را رد کرد.", "SUPPORT", {"SAU"}),
    (
        "en",
        "The Turkish foreign minister met his Syrian counterpart while Israel attacked Gaza.",
        "ASSAULT",
        {"ISR", "PSE"},
    ),
    ("en", "Saudi Arabia welcomed the agreement, while Iran rejected it.", "REJECT", {"IRN"}),
    # accuse34: Iran's condemnation with no one named is its own, as in Persian
    (
        "en",
        "Iran condemned the new sanctions while Russia criticized the United States.",
        "ACCUSE",
        {"IRN", "RUS", "USA"},
    ),
    (
        "ar",
        "التقى وزير الخارجية التركي نظيره السوري بينما هاجمت إسرائيل غزة.",
        "ASSAULT",
        {"ISR", "PSE"},
    ),
    ("ar", "رحبت السعودية بالاتفاق، في حين رفضته إيران.", "REJECT", {"IRN"}),
    (
        "ar",
        "أدانت إيران العقوبات الجديدة بينما انتقدت روسيا الولايات المتحدة.",
        "ACCUSE",
        {"IRN", "RUS", "USA"},
    ),
]


@pytest.mark.parametrize(("lang", "text", "etype", "codes"), CASES)
def test_each_clause_its_own_participants(
    lang: str, text: str, etype: str, codes: set[str]
) -> None:
    assert events(text, lang).get(etype) == codes


def test_fa_main_clause_keeps_its_target_without_the_other_clause() -> None:
    """The condemnation names only Iran: Russia and the US are the other
    clause's (the event is told apart from the criticism)."""
    record = process(
        Document(
            doc_id="t",
            text="ایران تحریم‌های جدید را محکوم کرد در حالی که روسیه از آمریکا انتقاد کرد.",
            lang="fa",
            published="2024-04-23",
        )
    )
    condemned = [e for e in record.events if e.trigger and "محکوم" in e.trigger]
    assert [{a.code for a in e.actors} for e in condemned] == [{"IRN"}]


# a "while" with no subject of its own keeps the main clause's subject
SUBJECTLESS = [
    # a comma inside a Persian contrast clause (no verb before it) ends nothing
    (
        "fa",
        "این در حالیست که مقامات نظامی سودان روز دوشنبه، معترضان را به مرگ تهدید کردند.",
        "THREATEN",
        {"SDN"},
    ),
    (
        "fa",
        "نیروهای اسرائیلی به روستای فلسطینی یورش بردند در حالی که ده فلسطینی را بازداشت کردند.",
        "COERCE",
        {"ISR", "PSE"},
    ),
    (
        "ar",
        "اقتحمت القوات الإسرائيلية المسجد الأقصى، في حين اعتقلت عشرة فلسطينيين.",
        "COERCE",
        {"ISR", "PSE"},
    ),
    (
        "fa",
        "صدها معترض اسرائیلی در حالی که پرچم فلسطین را در دست داشتند، در برابر پارلمان تجمع کردند.",
        "PROTEST",
        None,
    ),
    ("en", "Egypt's president met the Qatari emir while visiting Doha.", "CONSULT", {"EGY", "QAT"}),
    ("fa", "رئیس جمهور مصر با امیر قطر دیدار کرد.", "CONSULT", {"EGY", "QAT"}),
    ("ar", "التقى الرئيس المصري أمير قطر في الدوحة.", "CONSULT", {"EGY", "QAT"}),
]


@pytest.mark.parametrize(("lang", "text", "etype", "codes"), SUBJECTLESS)
def test_no_contrast_no_change(lang: str, text: str, etype: str, codes: set[str] | None) -> None:
    found = events(text, lang).get(etype)
    if codes is None:
        # the protesters of an inner "while" clause are still the rally's
        assert found is not None and "ISR" in found
    else:
        assert found == codes


def agents(text: str, lang: str) -> set[str]:
    record = process(Document(doc_id="t", text=text, lang=lang, published="2024-04-23"))
    return {a.agent or "" for e in record.events for a in e.actors}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fa", "گارد ساحلی ایران ماهیگیری در آب‌های کویت را متوقف کرد."),
        ("fa", "گارد ساحلی ایران صیادی در آب‌های کویت را متوقف کرد."),
    ],
)
def test_fishing_is_no_fishermen(lang: str, text: str) -> None:
    assert "CVL" not in agents(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fa", "گارد ساحلی ایران ماهیگیران کویتی را بازداشت کرد."),
        ("ar", "اعتقل خفر السواحل الإيراني صيادين كويتيين."),
        ("en", "The Iranian coast guard detained Kuwaiti fishermen."),
    ],
)
def test_fishermen_still_people(lang: str, text: str) -> None:
    assert "CVL" in agents(text, lang)
