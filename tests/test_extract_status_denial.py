"""Denials, conjoined future clauses and warnings (extract/status.py
``denied``, ``conjoined_after``, ``in_reach``): the clause a denial's "that"
opens tells a negated event; a future after "and" belongs to the later
clause; a future said before ", the group warned" is the warning's content.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from diplowatch.model import Document
from diplowatch.pipeline import process


def statuses(text: str, lang: str) -> dict[tuple[str, str], str]:
    """Status per (type, trigger) of the sentence's events."""
    record = process(Document("t", text, lang=lang)).to_dict()
    return {(e["type"], e["trigger"]): e["status"] for e in record["events"]}


def status_of_type(text: str, lang: str, etype: str) -> set[str]:
    return {s for (t, _), s in statuses(text, lang).items() if t == etype}


@pytest.mark.parametrize(
    ("lang", "text", "etype"),
    [
        ("en", "The army denied that its forces shelled the village near Idlib.", "ASSAULT"),
        ("en", "Moscow denied that Russian jets bombed a hospital in Aleppo.", "ASSAULT"),
        ("en", "The Turkish government denies that it arrested the journalists.", "COERCE"),
        ("en", "The Israeli army denied reports that it had killed five civilians.", "ASSAULT"),
        ("ar", "نفى الجيش السوري أنه قصف القرية قرب إدلب.", "ASSAULT"),
        ("ar", "نفت موسكو أن تكون طائراتها قد قصفت مستشفى في حلب.", "ASSAULT"),
        ("ar", "نفت الحكومة التركية أنها اعتقلت الصحفيين.", "COERCE"),
        ("fa", "ارتش تکذیب کرد که روستا را گلوله‌باران کرده است.", "ASSAULT"),
        ("fa", "دولت ترکیه انکار کرد که روزنامه‌نگاران را بازداشت کرده است.", "COERCE"),
        ("fa", "مسکو تکذیب کرد که جنگنده‌های روسی بیمارستانی را در حلب بمباران کرده‌اند.", "ASSAULT"),
    ],
)
def test_a_deed_in_the_clause_a_denial_opens_is_negated(lang: str, text: str, etype: str) -> None:
    assert status_of_type(text, lang, etype) == {"negated"}


@pytest.mark.parametrize(
    ("lang", "text", "etype"),
    [
        # another speaker's clause after the denial is no longer denied
        ("en", "Iran denied the charge, and the navy said it seized a tanker.", "COERCE"),
        ("ar", "نفت إيران الاتهام، وقالت البحرية إنها احتجزت ناقلة نفط.", "COERCE"),
        ("fa", "ایران این اتهام را تکذیب کرد. نیروی دریایی یک نفتکش را توقیف کرد.", "COERCE"),
    ],
)
def test_a_denial_does_not_reach_past_its_clause(lang: str, text: str, etype: str) -> None:
    assert status_of_type(text, lang, etype) == {"reported"}


def test_rejecting_that_in_persian_is_a_denial_not_a_rejection() -> None:
    text = "حماس رد کرد که نیروهایش به کاروان حمله کرده‌اند."
    found = statuses(text, "fa")
    assert "REJECT" not in {t for t, _ in found}
    assert status_of_type(text, "fa", "ASSAULT") == {"negated"}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Police arrested twelve protesters in Cairo and will release them tomorrow."),
        ("ar", "اعتقلت الشرطة المصرية عشرين متظاهراً في القاهرة، وسوف تفرج عنهم غداً."),
        ("fa", "پلیس مصر بیست معترض را در قاهره بازداشت کرد و فردا آنها را آزاد خواهد کرد."),
    ],
)
def test_a_future_after_and_belongs_to_the_later_clause(lang: str, text: str) -> None:
    assert status_of_type(text, lang, "COERCE") == {"reported"}
    assert status_of_type(text, lang, "CONCEDE") == {"planned"}


@pytest.mark.parametrize(
    ("lang", "text", "etype"),
    [
        # a noun joined by "and" keeps the future told after it
        ("en", "Talks between Iran and the United States will resume next week.", "CONSULT"),
        ("fa", "نشست وزیران خارجه ایران و ترکیه هفته آینده برگزار خواهد شد.", "CONSULT"),
        ("ar", "سيلتقي وزير الخارجية السعودي ونظيره الإيراني في بغداد الأسبوع المقبل.", "CONSULT"),
    ],
)
def test_a_future_across_a_joined_noun_phrase_stays_planned(
    lang: str, text: str, etype: str
) -> None:
    assert status_of_type(text, lang, etype) == {"planned"}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "If Israel attacks Lebanon, Hezbollah will respond, the group warned."),
        ("fa", "اگر اسرائیل به لبنان حمله کند، حزب‌الله پاسخ خواهد داد، این گروه هشدار داد."),
    ],
)
def test_a_warning_after_its_future_content_is_said_now(lang: str, text: str) -> None:
    found = statuses(text, lang)
    assert found and set(found.values()) == {"reported"}
    assert "ASSAULT" not in {t for t, _ in found}


def test_arabic_conditional_warning_reports_no_attack() -> None:
    text = "حذر حزب الله من أنه إذا هاجمت إسرائيل لبنان فإنه سيرد بقوة."
    found = statuses(text, "ar")
    assert "ASSAULT" not in {t for t, _ in found}
    assert status_of_type(text, "ar", "THREATEN") == {"reported"}
