"""Review mends of rounds 74-75 (mendB76; every sentence written for these
tests).

1. Counted fighters are the dead only where a deed struck them: "أطلق 4
   جنود إسرائيليين الرصاص …، ونقل المصابين": the count before an active verb
   of force counts the shooters, the wounded are civilians
   (``context.COUNTED_STRUCK_BEFORE`` / ``COUNTED_STRUCK_AFTER``,
   ``extract/counted_dead.py``).
2. Armed men beside a hunger strike they break up are not its strikers
   (``agents.SELF_PROTEST_BREAKERS``, ``extract/armed_protest.py``).
3. Arms named as the means of a killing, chemical weapons, their use or a
   smuggling gang are no arms found and seized (``GUARD_NOT_OBJECTS``).
4. A decree vetoes a signing only as its signed object
   (``triggers.OBJECT_VETO_WORDS``, ``vetoes.object_vetoed``).
"""

from __future__ import annotations

import pytest

from diplowatch.model import Document
from diplowatch.pipeline import process


def _events(text: str, lang: str) -> list[dict]:
    """The events the pipeline gives for ``text``."""
    return process(Document("t", text, lang=lang)).to_dict()["events"]


def _agents(text: str, lang: str, etype: str) -> list[str | None]:
    """The agents of every actor of every ``etype`` event of ``text``."""
    return [a["agent"] for e in _events(text, lang) if e["type"] == etype for a in e["actors"]]


def _types(text: str, lang: str) -> set[str]:
    """The event types (with modes) ``text`` gives."""
    return {f"{e['type']}/{e['mode']}" for e in _events(text, lang)}


# 1. the fighters counted before an active verb of force did the deed
SHOOTERS_COUNTED = [
    ("ar", "أطلق 4 جنود إسرائيليين الرصاص على البلدة، ونقل المصابين إلى مستشفى جنين.", "ASSAULT"),
    ("fa", "۸ سرباز اسرائیلی به اردوگاه یورش بردند و زخمی‌ها را بازداشت کردند.", "COERCE"),
]


@pytest.mark.parametrize(("lang", "text", "etype"), SHOOTERS_COUNTED)
def test_counted_doers_leave_the_victims(lang: str, text: str, etype: str) -> None:
    agents = _agents(text, lang, etype)
    assert "CVL" in agents and "UAF" not in agents


STRUCK_COUNTED = [
    ("ar", "أسفرت الغارة عن مقتل 9 حوثيين، وما زالت فرق الإنقاذ تبحث عن القتلى."),
    ("fa", "۹ حوثی در حمله هوایی کشته شدند و جستجو برای کشته‌شدگان ادامه دارد."),
]


@pytest.mark.parametrize(("lang", "text"), STRUCK_COUNTED)
def test_struck_fighters_are_still_the_dead(lang: str, text: str) -> None:
    agents = _agents(text, lang, "ASSAULT")
    assert "REB" in agents and "CVL" not in agents


def test_counted_doers_en_guard() -> None:
    agents = _agents(
        "Six Israeli soldiers raided the camp and detained the victims.", "en", "COERCE"
    )
    assert "CVL" in agents


# 2. a hunger strike broken up by the armed men
BROKEN_STRIKES = [
    ("ar", "أنهت قوات الأمن المصرية إضرابا عن الطعام بدأه سجناء في سجن العقرب."),
    ("en", "Egyptian troops crushed a hunger strike in Borg el-Arab prison."),
]


@pytest.mark.parametrize(("lang", "text"), BROKEN_STRIKES)
def test_breakers_are_not_strikers(lang: str, text: str) -> None:
    agents = _agents(text, lang, "PROTEST")
    assert "CVL" in agents and "GOV" not in agents


ARMED_STRIKERS = [
    ("ar", "دخل ضابط الشرطة في إضراب عن الطعام احتجاجا على سجنه."),
    ("en", "The police officer went on hunger strike in his cell."),
    ("fa", "افسر پلیس در زندان دست به اعتصاب غذا زد."),
]


@pytest.mark.parametrize(("lang", "text"), ARMED_STRIKERS)
def test_armed_strikers_stay(lang: str, text: str) -> None:
    agents = _agents(text, lang, "PROTEST")
    assert "COP" in agents and "CVL" not in agents


# 3. arms that are no arms found
NOT_FOUND_ARMS = [
    ("ar", "عثرت الشرطة العراقية على جثة شاب قتل بسلاح ناري في البصرة."),
    ("ar", "كشف المحققون عن العثور على رفات لضحايا الأسلحة الكيميائية في حلب."),
    ("en", "Inspectors found chemical weapons had been used in the attack on Ghouta."),
    ("fa", "پلیس یک باند قاچاق اسلحه را در زاهدان کشف کرد."),
    ("fa", "کارشناسان استفاده از سلاح شیمیایی در حلب را کشف کردند."),
]


@pytest.mark.parametrize(("lang", "text"), NOT_FOUND_ARMS)
def test_no_arms_seized(lang: str, text: str) -> None:
    assert "COERCE/confiscate" not in _types(text, lang)


FOUND_ARMS = [
    ("ar", "عثرت الشرطة العراقية على أسلحة وذخائر في منزل المتهم."),
    ("en", "Police found weapons and ammunition in the suspect's car."),
    ("fa", "پلیس مقداری سلاح و مهمات در خودروی متهم کشف کرد."),
]


@pytest.mark.parametrize(("lang", "text"), FOUND_ARMS)
def test_arms_found_are_seized(lang: str, text: str) -> None:
    assert "COERCE/confiscate" in _types(text, lang)


# 4. a decree told beside a real agreement
AGREEMENTS_AFTER_DECREE = [
    ("ar", "وقعت الأردن ومصر اتفاقية تعاون بعد صدور المرسوم الرئاسي بتشكيل الحكومة."),
    (
        "fa",
        "ترکیه و عراق یک هفته پس از صدور فرمان رئیس جمهور ترکیه، یک تفاهم‌نامه تجاری امضا کردند.",
    ),
    ("en", "Jordan and Egypt signed a trade deal weeks after a royal decree named a new cabinet."),
]


@pytest.mark.parametrize(("lang", "text"), AGREEMENTS_AFTER_DECREE)
def test_agreement_beside_a_decree_stays(lang: str, text: str) -> None:
    assert any(t.startswith("AGREE/") for t in _types(text, lang))


DECREES_SIGNED = [
    ("ar", "وقع الرئيس الأمريكي مرسوما يحظر السفر."),
    ("fa", "رئیس جمهور آمریکا فرمان اجرایی جدیدی را امضا کرد."),
    ("en", "The president signed an executive order on Tuesday."),
]


@pytest.mark.parametrize(("lang", "text"), DECREES_SIGNED)
def test_decree_signed_is_no_agreement(lang: str, text: str) -> None:
    assert not any(t.startswith("AGREE/") for t in _types(text, lang))
