"""Events the sentence does not report as happening now: an old year or a
history cue in the trigger's clause, and (Arabic) a condition ("إذا", "لو")."""

from __future__ import annotations

import pytest

from diplowatch.model import Document
from diplowatch.pipeline import process

PUBLISHED = "2021-03-01"


def _types(text: str, lang: str) -> list[str]:
    record = process(Document("t", text, lang=lang, published=PUBLISHED))
    return [e["type"] for e in record.to_dict()["events"]]


@pytest.mark.parametrize(
    ("lang", "past", "now", "etype"),
    [
        # an old year after the trigger in its clause
        (
            "ar",
            "شن الجيش الإسرائيلي غارة على غزة في عام 2009 وقتل عشرة أشخاص.",
            "شن الجيش الإسرائيلي غارة على غزة يوم الاثنين.",
            "ASSAULT",
        ),
        (
            "fa",
            "ایران و عراق توافق‌نامه همکاری را در سال ۲۰۱۰ امضا کردند.",
            "ایران و عراق روز دوشنبه توافق‌نامه همکاری امضا کردند.",
            "AGREE",
        ),
        (
            "en",
            "Iraq and Iran signed a cooperation agreement in 2009.",
            "Iraq and Iran signed a cooperation agreement on Monday.",
            "AGREE",
        ),
        # an old year before the trigger in its clause
        (
            "ar",
            "في عام 2010 وقعت مصر وليبيا اتفاقية للتعاون الأمني.",
            "وقعت مصر وليبيا اتفاقية للتعاون الأمني يوم الأحد.",
            "AGREE",
        ),
        (
            "fa",
            "در سال ۲۰۱۰ ایران و عراق توافق‌نامه همکاری امضا کردند.",
            "ایران و عراق روز دوشنبه توافق‌نامه همکاری امضا کردند.",
            "AGREE",
        ),
        (
            "en",
            "In 2010, Egypt and Libya signed a security agreement.",
            "Egypt and Libya signed a security agreement on Sunday.",
            "AGREE",
        ),
        # an Arabic history cue (a past decade) after the trigger
        (
            "ar",
            "قدمت السعودية مساعدات إلى مصر في السبعينات.",
            "قدمت السعودية مساعدات إلى مصر يوم الخميس.",
            "AID",
        ),
    ],
)
def test_old_year_or_history_cue_tells_history(lang: str, past: str, now: str, etype: str) -> None:
    assert etype not in _types(past, lang)
    assert etype in _types(now, lang)


@pytest.mark.parametrize(
    "text",
    [
        "وقال الوزير إن بلاده سترد إذا قصفت إسرائيل المنشآت الإيرانية.",
        "وقال الوزير إن بلاده سترد لو قصفت إسرائيل المنشآت الإيرانية.",
        "وقال الوزير إن بلاده سترد في حال قصفت إسرائيل المنشآت الإيرانية.",
    ],
)
def test_arabic_condition_is_no_report(text: str) -> None:
    assert "ASSAULT" not in _types(text, "ar")
    assert "ASSAULT" in _types("قصفت إسرائيل المنشآت الإيرانية يوم السبت.", "ar")


@pytest.mark.parametrize(
    ("lang", "text", "etype"),
    [
        ("fa", "اگر اسرائیل به تأسیسات ایران حمله کند، ایران پاسخ خواهد داد.", "ASSAULT"),
        ("en", "Iran will respond if Israel bombs its facilities.", "ASSAULT"),
        ("en", "In the event of an attack on its ships, Iran will close the strait.", "ASSAULT"),
    ],
)
def test_condition_in_other_languages_stays_unreported(lang: str, text: str, etype: str) -> None:
    assert etype not in _types(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "etype"),
    [
        # the old year dates another clause ("that …"): the accusation stands
        ("ar", "اتهمت إيران إسرائيل يوم الاثنين وقالت إن المحادثات فشلت.", "ACCUSE"),
        # a recent year (the article's or the one before) is no history
        ("ar", "وقعت مصر وليبيا اتفاقية للتعاون الأمني في عام 2020.", "AGREE"),
        ("fa", "ایران و عراق توافق‌نامه همکاری را در سال ۲۰۲۱ امضا کردند.", "AGREE"),
        ("en", "Egypt and Libya signed a security agreement in 2021.", "AGREE"),
    ],
)
def test_recent_or_other_clause_keeps_event(lang: str, text: str, etype: str) -> None:
    assert etype in _types(text, lang)


@pytest.mark.parametrize(
    ("lang", "maybe", "done", "etype"),
    [
        # Arabic "قد" before an imperfect: may happen; before a perfect: has happened
        (
            "ar",
            "قد تستهدف إسرائيل المنشآت الإيرانية.",
            "قد وقعت مصر والأردن اتفاقية للتعاون.",
            None,
        ),
        ("ar", "قد يقصف الجيش الإسرائيلي غزة.", "قصف الجيش الإسرائيلي غزة.", "ASSAULT"),
        # a Persian subjunctive light verb (no "می"): meant or possible
        ("fa", "اسرائیل تلاش می‌کند به ایران حمله کند.", "اسرائیل به ایران حمله کرد.", "ASSAULT"),
        ("fa", "آمریکا می‌خواهد ایران را تحریم کند.", "آمریکا ایران را تحریم کرد.", "SANCTION"),
        # English modals are read by the syntax module
        (
            "en",
            "Israel may attack Iranian facilities.",
            "Israel attacked Iranian facilities.",
            "ASSAULT",
        ),
    ],
)
def test_mood_of_the_verb_tells_what_may_happen(
    lang: str, maybe: str, done: str, etype: str | None
) -> None:
    if etype is None:  # the pair holds its own control: "قد" + perfect stays
        assert "ASSAULT" not in _types(maybe, lang)
        assert "AGREE" in _types(done, lang)
        return
    assert etype not in _types(maybe, lang)
    assert etype in _types(done, lang)


def test_persian_subjunctive_with_a_plan_is_planned_and_managed_to_is_done() -> None:
    text = "قرار است وزیران خارجه ایران و عراق دیدار کنند."
    record = process(Document("t", text, lang="fa", published=PUBLISHED)).to_dict()
    assert [(e["type"], e["status"]) for e in record["events"]] == [("CONSULT", "planned")]
    # after a past "could" / "managed to" the subjunctive is what was done
    assert "ASSAULT" in _types("ارتش ایران توانست به مواضع داعش حمله کند.", "fa")


@pytest.mark.parametrize(
    ("lang", "unreal", "real", "etype"),
    [
        # a wish or a hope
        (
            "ar",
            "نأمل أن توقع مصر والأردن اتفاقية للتعاون.",
            "وقعت مصر والأردن اتفاقية للتعاون.",
            "AGREE",
        ),
        ("ar", "أتمنى أن تلتقي مصر وإيران قريبا.", "التقت مصر وإيران في القاهرة.", "CONSULT"),
        (
            "en",
            "We hope Egypt and Jordan will sign an agreement.",
            "Egypt and Jordan signed an agreement.",
            "AGREE",
        ),
        (
            "fa",
            "امیدواریم ایران و عراق توافق‌نامه را امضا کنند.",
            "ایران و عراق توافق‌نامه را امضا کردند.",
            "AGREE",
        ),
        # a statement of principle
        (
            "ar",
            "وقال الوزير المصري إننا نرفض العنف بكل أشكاله.",
            "أدانت مصر الهجوم الإسرائيلي على غزة.",
            None,
        ),
        (
            "en",
            "Egypt condemns terrorism in all its forms.",
            "Egypt condemned the Israeli attack on Gaza.",
            None,
        ),
        (
            "fa",
            "ایران تروریسم را در همه اشکال آن محکوم می کند.",
            "ایران حمله اسرائیل به غزه را محکوم کرد.",
            None,
        ),
        # an anniversary is of an old event; a protest held on one stays
        (
            "ar",
            "أحيت مصر الذكرى السبعين لقصف إسرائيل مدرسة بحر البقر.",
            "تظاهر الآلاف في القاهرة في ذكرى الثورة.",
            "ASSAULT",
        ),
        (
            "en",
            "Iran marked the anniversary of the attack on its embassy by Israel.",
            "Thousands protested in Tehran on the anniversary of the revolution.",
            "ASSAULT",
        ),
        (
            "fa",
            "ایران سالگرد حمله اسرائیل به سفارت خود را گرامی داشت.",
            "در سالگرد انقلاب هزاران نفر در تهران تظاهرات کردند.",
            "ASSAULT",
        ),
    ],
)
def test_wishes_principles_and_anniversaries_report_no_event(
    lang: str, unreal: str, real: str, etype: str | None
) -> None:
    assert _types(unreal, lang) == []
    found = _types(real, lang)
    if etype == "ASSAULT":  # the control is a protest on an anniversary
        assert "PROTEST" in found
    elif etype is None:  # a condemnation of a named deed stays
        assert found
    else:
        assert etype in found


@pytest.mark.parametrize(
    ("lang", "name", "named", "said", "etype"),
    [
        (
            "ar",
            "قال زعيم حزب «الدعوة والتضامن» إن الحكومة فشلت.",
            "REQUEST",
            'أعلنت الحركة أن مصر والأردن "وقعتا اتفاقية للتعاون".',
            "AGREE",
        ),
        (
            "en",
            'The leader of the "Solidarity and Cooperation" party met the Iraqi prime minister.',
            "SUPPORT",
            'The party said Iraq and Iran "signed an agreement".',
            "AGREE",
        ),
        (
            "fa",
            "رئیس جنبش «گفتگو و همکاری» گفت دولت شکست خورده است.",
            "CONSULT",
            "حزب گفت ایران و عراق «توافق‌نامه همکاری امضا کردند».",
            "AGREE",
        ),
    ],
)
def test_trigger_in_a_quoted_name_is_no_event(
    lang: str, name: str, named: str, said: str, etype: str
) -> None:
    """A trigger word in quotation marks next to a name's head (party,
    movement, operation) names a group; a quoted saying keeps its event."""
    assert named not in _types(name, lang)
    assert etype in _types(said, lang)
