"""Round-11 recall of Arabic event types, with Persian and English beside it.

- A trigger noun in ة written with a possessive ("إدانته", "جولته",
  "مداهمتها") matches through its bound stem (``lexicon._bound_stem``,
  ``affixes.BOUND_STEM``, ``triggers.BOUND_NOUNS``); "زيارته" and "دعوته",
  whose owner is mostly outside the sentence, do not.
- Word families: the Maghrebi arrest "إيقاف" with people as its object,
  opening fire told by its verbal noun, shots named "أعيرة نارية" or
  "النيران", someone led away ("اقتاد"), protesters dispersed, the jussive
  "لم يزر", feminine and plural participles of condemnation, a tour named by
  its region.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

import casts
from casts import cast
from diplowatch.extract.lexicon import lexicon
from diplowatch.extract.scan import scan
from diplowatch.model import Record
from diplowatch.text.normalize import normalize


def run(text: str, lang: str) -> Record:
    return casts.run(text, lang, "2024-05-01")


def types(record: Record) -> set[str]:
    return {e.type for e in record.events}


def status(record: Record, etype: str) -> set[str]:
    return {e.status for e in record.events if e.type == etype}


def _event_words(word: str, lang: str) -> list[str]:
    """The event types the lexicon finds in one whole word."""
    text = normalize(word).text
    return [
        h.entry.value
        for h in scan(text, lexicon(lang))
        if h.layer == "event" and h.start == 0 and h.end == len(text) and h.entry.kind == "trigger"
    ]


@pytest.mark.parametrize(
    ("word", "etype"),
    [
        ("إدانتها", "ACCUSE"),
        ("وإدانته", "ACCUSE"),
        ("جولته", "CONSULT"),
        ("لمداهمتهم", "COERCE"),
        ("تهنئته", "SUPPORT"),
    ],
)
def test_a_bound_stem_takes_a_possessive(word: str, etype: str) -> None:
    assert etype in _event_words(word, "ar")


@pytest.mark.parametrize("word", ["جولت", "قمت", "زيارته", "دعوته"])
def test_a_bound_stem_needs_its_ending_and_a_listed_noun(word: str) -> None:
    assert _event_words(word, "ar") == []


@pytest.mark.parametrize(
    ("lang", "text", "etype", "source", "target"),
    [
        ("ar", "عبرت تونس عن إدانتها الشديدة للهجوم الإسرائيلي على جنين.", "ACCUSE", "TUN:", "ISR:"),
        # actors17: a shelling or a raid with a state's adjective is its armed forces
        ("ar", "أعرب الأردن عن إدانته للقصف التركي على العراق.", "ACCUSE", "JOR:", "TUR:MIL"),
        ("fa", "اردن محکومیت شدید خود را از حمله اسرائیل به جنین اعلام کرد.", "ACCUSE", "JOR:", "ISR:"),
        ("en", "Jordan expressed its strong condemnation of the Israeli raid on Jenin.", "ACCUSE", "JOR:", "ISR:MIL"),
    ],
)  # fmt: skip
def test_a_condemnation_with_its_owner_named(
    lang: str, text: str, etype: str, source: str, target: str
) -> None:
    got = cast(run(text, lang), etype)
    assert source in got
    assert target in got


@pytest.mark.parametrize(
    ("lang", "text", "host"),
    [
        ("ar", "بدأ وزير الداخلية الألماني جولته المغاربية التي تشمل الجزائر وتونس.", "DZA:"),
        ("ar", "يبدأ ولي العهد السعودي جولة خليجية تشمل الكويت وقطر.", "KWT:"),
        ("fa", "وزیر کشور آلمان سفر مغاربی خود را از الجزایر آغاز کرد.", "DZA:"),
        ("en", "The German interior minister started a Maghreb tour that takes him to Algeria and Tunisia.", "DZA:"),
    ],
)  # fmt: skip
def test_a_tour_named_by_its_region(lang: str, text: str, host: str) -> None:
    assert host in cast(run(text, lang), "CONSULT")


@pytest.mark.parametrize(
    ("lang", "text", "doer", "target"),
    [
        ("ar", "تمكنت الشرطة التونسية من إيقاف ثلاثة مهربين في سوسة.", "TUN:COP", "TUN:CRM"),
        ("ar", "وتم إيقاف 16 شخصا خلال الحملة الأمنية في صفاقس.", None, "TUN:CVL"),
        ("ar", "اقتادت قوات الاحتلال الإسرائيلي شابا فلسطينيا في نابلس.", "ISR:MIL", "PSE:CVL"),
        ("ar", "وتم اقتياد ناشط فلسطيني إلى مركز للشرطة الإسرائيلية في القدس.", None, "PSE:OPP"),
        ("ar", "فرقت الشرطة المغربية المتظاهرين في الرباط.", "MAR:COP", "MAR:CVL"),
        ("ar", "استخدمت الشرطة التونسية الغاز المسيل للدموع لتفريق المحتجين في القصرين.", "TUN:COP", "TUN:CVL"),
        ("fa", "پلیس تونس ۱۶ نفر را در سوسه دستگیر کرد.", "TUN:COP", "TUN:CVL"),
        ("fa", "پلیس مراکش معترضان را در رباط متفرق کرد.", "MAR:COP", "MAR:CVL"),
        ("en", "Israeli forces led away a Palestinian youth in Nablus.", "ISR:MIL", "PSE:CVL"),
        ("en", "Moroccan police dispersed the protesters in Rabat.", "MAR:COP", "MAR:CVL"),
    ],
)  # fmt: skip
def test_arrests_and_dispersals(lang: str, text: str, doer: str | None, target: str) -> None:
    got = cast(run(text, lang), "COERCE")
    assert target in got
    if doer:
        assert doer in got


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "قررت الحكومة التونسية إيقاف نقل الركاب إلى ليبيا."),
        ("ar", "تفرق المتظاهرون في تونس بعد ساعتين في هدوء."),
        ("ar", "وصلت فرق الإنقاذ التونسية إلى موقع الحادث."),
        ("fa", "معترضان در تهران پس از دو ساعت پراکنده شدند."),
        ("en", "The crowd in Tunis dispersed peacefully after two hours."),
    ],
)
def test_stopping_a_service_or_a_crowd_leaving_is_no_coercion(lang: str, text: str) -> None:
    assert "COERCE" not in types(run(text, lang))


@pytest.mark.parametrize(
    ("lang", "text", "doer", "target"),
    [
        ("ar", "قام مسلحون بفتح النار على حافلة للجيش المصري في سيناء.", "EGY:UAF", "EGY:MIL"),
        ("ar", "أطلق مسلح أعيرة نارية على دورية للشرطة المصرية في القاهرة.", "EGY:UAF", "EGY:COP"),
        # (with no place named, the police's country is only whom he shot at:
        # "-:UAF", tests/test_force_doers_targets13.py)
        ("fa", "یک مرد مسلح در قاهره به سوی گشت پلیس مصر تیراندازی کرد.", "EGY:UAF", "EGY:COP"),
        ("en", "A gunman fired shots at a police patrol in Cairo.", "EGY:UAF", "EGY:COP"),
    ],
)  # fmt: skip
def test_shots_fired(lang: str, text: str, doer: str, target: str) -> None:
    got = cast(run(text, lang), "ASSAULT")
    assert doer in got
    assert target in got


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "اتفقت روسيا وتركيا على وقف إطلاق النيران في إدلب."),
        ("ar", "استخدم الجيش المصري أشعة الليزر في التدريبات."),
        ("en", "The fog dispersed over London on Monday."),
    ],
)
def test_a_ceasefire_or_a_laser_is_no_attack_nor_visit(lang: str, text: str) -> None:
    got = types(run(text, lang))
    assert "ASSAULT" not in got
    assert "CONSULT" not in got


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "لم يزر الرئيس الأمريكي العراق منذ توليه منصبه."),
        ("fa", "رئیس جمهور آمریکا از عراق دیدار نکرد."),
        ("en", "The US president did not visit Iraq."),
    ],
)
def test_a_visit_denied_in_the_jussive_is_negated(lang: str, text: str) -> None:
    got = run(text, lang)
    assert status(got, "CONSULT") == {"negated"}
    assert "IRQ:" in cast(got, "CONSULT")


@pytest.mark.parametrize(
    ("lang", "text", "etype"),
    [
        ("ar", "خرج مئات الفلسطينيين في مسيرات منددة بالاستيطان الإسرائيلي.", "PROTEST"),
        ("ar", "نظم طلاب تونسيون وقفة احتجاجية مستنكرين قرار الحكومة التونسية.", "PROTEST"),
        ("en", "Hundreds of Palestinians marched in Ramallah, denouncing Israeli settlements.", "PROTEST"),
    ],
)  # fmt: skip
def test_condemning_participles_leave_the_protest(lang: str, text: str, etype: str) -> None:
    assert etype in types(run(text, lang))
