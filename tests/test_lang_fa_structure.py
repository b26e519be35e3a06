"""Persian event types through sentence structure (round 4): refusals told
as unwillingness ("حاضر به … نشد", "حاضر نیست"), a preverb written joined
("سرباز زد"), "صورت/انجام پذیرفت" (took place) as no acceptance, a deed
confirmed ("… را تأیید کرد") as reported, and a support verb whose light verb
is negated ("… را تأیید نکرد") as no report of the deed, and a denied part
in an attack ("دست داشتن در حمله … را تکذیب کرد") as the attack, negated;
the passive of compound verbs ("مورد حمایت X قرار گرفت").

Every sentence was written for these tests; none comes from the corpus, the
dev set or the challenge sets. Arabic and English sentences of the same
meaning show the Persian data does not change the other languages.
"""

from __future__ import annotations

import pytest

from diplowatch.model import Document
from diplowatch.pipeline import process


def types(text: str, lang: str) -> set[str]:
    record = process(Document(doc_id="t", text=text, lang=lang, published="2024-04-23"))
    return {e.type for e in record.events}


FA_FOUND = [
    # unwilling to do a deed: a refusal, the deed not done
    ("REJECT", "رئیس جمهور ونزوئلا حاضر به مذاکره با دولت کلمبیا نشد."),
    ("REJECT", "نخست وزیر پاکستان حاضر به دیدار با رهبران مخالفان نشده است."),
    ("REJECT", "دولت ترکیه حاضر نشد قطعنامه پارلمان اروپا را بپذیرد."),
    ("REJECT", "آمریکا حاضر نیست تحریم‌های ونزوئلا را لغو کند."),
    # the preverb written joined
    ("REJECT", "دولت عراق از پذیرش پیشنهاد اتحادیه اروپا سرباز زد."),
    # a confirmed deed happened
    ("RETREAT", "وزارت دفاع آمریکا خروج نیروهای آمریکایی از سوریه را تأیید کرد."),
    ("CONSULT", "دیدار وزرای خارجه ایران و عمان در مسقط صورت پذیرفت."),
]

FA_NOT = [
    # not willing is no talks; "took place" is no acceptance
    ("CONSULT", "رئیس جمهور ونزوئلا حاضر به مذاکره با دولت کلمبیا نشد."),
    ("AGREE", "دیدار وزرای خارجه ایران و عمان در مسقط صورت پذیرفت."),
    ("AGREE", "نشست وزیران نفت عراق و کویت در بصره انجام پذیرفت."),
    # readiness is no refusal
    ("REJECT", "ایران حاضر به مذاکره با عربستان است."),
    # an agreement not confirmed is not reported
    ("AGREE", "دولت آلمان تاکنون توافق تجاری با مراکش را تأیید نکرده است."),
]


@pytest.mark.parametrize(("etype", "text"), FA_FOUND)
def test_fa_structure_found(etype: str, text: str) -> None:
    assert etype in types(text, "fa")


@pytest.mark.parametrize(("etype", "text"), FA_NOT)
def test_fa_structure_not(etype: str, text: str) -> None:
    assert etype not in types(text, "fa")


def test_fa_confirmed_agreement_is_reported() -> None:
    # the same sentence confirmed: the support verb carries the deed
    assert "AGREE" in types("دولت آلمان توافق تجاری با مراکش را تأیید کرد.", "fa")


CONTROLS = [
    ("ar", "REJECT", "رفض رئيس فنزويلا التفاوض مع حكومة كولومبيا."),
    ("ar", "CONSULT", "التقى وزير الخارجية الإيراني نظيره العماني في مسقط."),
    ("en", "REJECT", "Venezuela's president refused to negotiate with Colombia's government."),
    ("en", "CONSULT", "The foreign ministers of Iran and Oman met in Muscat."),
]


@pytest.mark.parametrize(("lang", "etype", "text"), CONTROLS)
def test_other_languages_unchanged(lang: str, etype: str, text: str) -> None:
    assert etype in types(text, lang)


def test_other_languages_no_refusal_from_readiness() -> None:
    assert "REJECT" not in types("Iran is ready to negotiate with Saudi Arabia.", "en")
    assert "REJECT" not in types("إيران مستعدة للتفاوض مع السعودية.", "ar")


def _statuses(text: str, lang: str) -> set[tuple[str, str]]:
    record = process(Document(doc_id="t", text=text, lang=lang, published="2024-04-23"))
    return {(e.type, e.status) for e in record.events}


@pytest.mark.parametrize(
    "text",
    [
        "دولت سوریه هر گونه دست داشتن در انفجار بندر بیروت را تکذیب کرد.",
        "عراق دست داشتن در حمله به سفارت ترکیه در بغداد را رد کرد.",
    ],
)
def test_fa_denied_part_in_attack(text: str) -> None:
    found = _statuses(text, "fa")
    assert ("ASSAULT", "negated") in found
    assert ("ASSAULT", "reported") not in found
    assert "REJECT" not in {t for t, _ in found}


def test_fa_accused_part_in_attack_is_no_denial() -> None:
    found = _statuses("ترکیه عراق را به دست داشتن در حمله به سفارت خود متهم کرد.", "fa")
    assert "ACCUSE" in {t for t, _ in found}
    assert "ASSAULT" not in {t for t, _ in found}


def test_denial_controls_other_languages() -> None:
    assert ("ASSAULT", "reported") not in _statuses(
        "Syria denied any role in the explosion at Beirut port.", "en"
    )
    assert "ACCUSE" in {t for t, _ in _statuses("اتهمت تركيا العراق بالهجوم على سفارتها.", "ar")}


FA_PASSIVE = [
    ("SUPPORT", "طرح صلح چین مورد حمایت دولت برزیل قرار گرفت."),
    ("ASSAULT", "چند روزنامه‌نگار در کابل از سوی طالبان مورد ضرب و شتم قرار گرفتند."),
    ("THREATEN", "دیپلمات‌های کانادایی در پکن مورد تهدید قرار گرفتند."),
    ("REJECT", "پیشنهاد روسیه از سوی آمریکا مورد رد قرار گرفت."),
]


@pytest.mark.parametrize(("etype", "text"), FA_PASSIVE)
def test_fa_passive_of_compound(etype: str, text: str) -> None:
    assert etype in types(text, "fa")


def test_fa_passive_noun_without_verb_is_description() -> None:
    assert "SUPPORT" not in types("گروه‌های مورد حمایت ایران در سوریه فعال هستند.", "fa")
    assert "AGREE" not in types("در مورد توافق هسته‌ای نظرات مختلفی مورد بررسی قرار گرفت.", "fa")


def test_passive_controls_other_languages() -> None:
    assert "SUPPORT" in types("Brazil's government backed China's peace plan.", "en")
    assert "THREATEN" in types("هددت الصين الدبلوماسيين الكنديين في بكين.", "ar")
