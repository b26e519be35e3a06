"""Mends of round 105 (mendA105), sentences written for these tests.

F1: after a comma and "الذي/التي", a preposition carrying a pronoun for the
text between the verb and a side ("الذي دعت فيه فرنسا روسيا"), or a second
side right after the first ("الذي اتهمت ألمانيا روسيا"), tells that the
clause has its own subject: the issuer of the text is no side of it
(``extract/authored_clause.py``, ``context.AUTHORED_CLAUSE_RESUMPTIVES``).
Persian and English say the same with "که در آن …" and "in which …"; the
rule stays out there too.
"""

from __future__ import annotations

import pytest

from casts import casts_in_order

# the clause's own subject is the doer (main on ar: the issuer first)
OWN_SUBJECT = [
    # main: [EU:, FRA:]
    (
        "ar",
        "أشار المندوب إلى بيان الاتحاد الأوروبي، الذي دعت فيه فرنسا روسيا إلى سحب قواتها.",
        "REQUEST",
        ["FRA:", "RUS:MIL"],
    ),
    # main: [UN:, GBR:]
    (
        "ar",
        "انتقدت الصين قرار مجلس الأمن، الذي طالبت به بريطانيا إيران بوقف التجارب الصاروخية.",
        "REQUEST",
        ["GBR:", "IRN:"],
    ),
    # main: [EU:, DEU:]
    (
        "ar",
        "أشار السفير إلى تقرير الاتحاد الأوروبي، الذي اتهمت ألمانيا روسيا بخرق الهدنة.",
        "ACCUSE",
        ["DEU:", "RUS:"],
    ),
    (
        "fa",
        "وزیر به گزارش اتحادیه عرب اشاره کرد که در آن مصر اسرائیل را به بمباران غیرنظامیان متهم کرده است.",
        "ACCUSE",
        ["EGY:", "ISR:"],
    ),
    (
        "en",
        "The envoy welcomed the European Union statement, in which France urged Russia to withdraw its forces.",
        "REQUEST",
        ["FRA:", "RUS:MIL"],
    ),
]


@pytest.mark.parametrize(("lang", "text", "etype", "cast"), OWN_SUBJECT)
def test_clause_with_its_own_subject(lang: str, text: str, etype: str, cast: list[str]) -> None:
    assert cast in casts_in_order(text, lang, etype)


# the issuer still blames where the clause has no subject of its own
ISSUER_STAYS = [
    (
        "ar",
        "أشار السفير الإسرائيلي إلى بيان مجموعة السبع، الذي حمل إيران مسؤولية الهجوم على الناقلة.",
        "ACCUSE",
        ["G7:", "IRN:"],
    ),
    (
        "fa",
        "سفیر چین از بیانیه گروه هفت، که ایران را مسئول حمله به نفتکش دانسته، استقبال کرد.",
        "ACCUSE",
        ["G7:", "IRN:"],
    ),
    (
        "en",
        "The envoy welcomed the G7 statement, which held Iran responsible for the tanker attack.",
        "ACCUSE",
        ["G7:", "IRN:"],
    ),
]


@pytest.mark.parametrize(("lang", "text", "etype", "cast"), ISSUER_STAYS)
def test_issuer_still_blames(lang: str, text: str, etype: str, cast: list[str]) -> None:
    assert cast in casts_in_order(text, lang, etype)


def test_a_list_of_objects_is_no_subject() -> None:
    """A list after the verb ("إيران وروسيا") is no subject: the issuer stays the doer."""
    text = "رحب المندوب بقرار مجلس الأمن، الذي دعا إيران وروسيا إلى ضبط النفس."
    assert ["UN:", "IRN:"] in casts_in_order(text, "ar", "REQUEST")


# F2: the media that did something to the thing ("که رسانه‌ها آن را محکوم
# کردند") are its side; only the media that named it ("که رسانه‌ها آن را با
# عنوان …", "از آن به عنوان …") take no part (fa ``NOT_AGENTS``)
MEDIA_ACT = [
    # main: [-:GOV] (the media dropped)
    (
        "fa",
        "دولت قانون تازه‌ای را تصویب کرد که رسانه‌ها آن را محکوم کردند.",
        "ACCUSE",
        ["-:MED", "-:GOV"],
    ),
    # main: [-:COP, -:MED] (the pressed reporters read as the condemned)
    (
        "fa",
        "پلیس فشارهایی بر روزنامه‌نگاران وارد کرد که رسانه‌ها آن را محکوم کردند.",
        "ACCUSE",
        ["-:MED", "-:COP"],
    ),
]


@pytest.mark.parametrize(("lang", "text", "etype", "cast"), MEDIA_ACT)
def test_media_that_act_are_a_side(lang: str, text: str, etype: str, cast: list[str]) -> None:
    assert casts_in_order(text, lang, etype) == [cast]


MEDIA_NAME = [
    # main: [-:COP, -:MED]
    (
        "fa",
        "پلیس در پرونده‌ای که رسانه‌ها از آن به عنوان پرونده نفتی یاد می‌کنند، وزیر سابق را بازداشت کرد.",
    ),
    (
        "fa",
        "پلیس در پرونده‌ای که رسانه‌ها آن را با عنوان پرونده نفتی می‌شناسند، وزیر سابق را بازداشت کرد.",
    ),
    ("ar", "اعتقلت الشرطة الوزير السابق في القضية المعروفة إعلاميا بقضية النفط."),
    ("en", "Police arrested the former minister in the case known in the media as the oil affair."),
]


@pytest.mark.parametrize(("lang", "text"), MEDIA_NAME)
def test_media_that_name_a_case_are_no_side(lang: str, text: str) -> None:
    casts = casts_in_order(text, lang, "COERCE")
    assert casts and all("-:MED" not in c for c in casts)


# F9: what the comments now say ``sources._announced`` does: a medium or a
# rights group named as the announcer is dropped, any other announcer stays
# as it is (the army telling its own deed is its doer); pass on main too
NGO_ANNOUNCES = [
    ("ar", "وفقا لما أعلنته منظمة العفو الدولية، اعتقلت الشرطة الإيرانية خمسة ناشطين في طهران."),
    ("fa", "طبق اعلام سازمان عفو بین‌الملل، پلیس ایران پنج فعال را در تهران بازداشت کرد."),
    (
        "en",
        "As announced by Amnesty International, Iranian police arrested five activists in Tehran.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), NGO_ANNOUNCES)
def test_a_rights_group_announcing_is_no_side(lang: str, text: str) -> None:
    casts = casts_in_order(text, lang, "COERCE")
    assert casts and all(c[0] == "IRN:COP" and "-:NGO" not in c for c in casts)


ARMY_ANNOUNCES = [
    ("fa", "بنا بر اعلام ارتش اسرائیل، سربازان این ارتش پنج فلسطینی را در الخلیل بازداشت کردند."),
    ("en", "As announced by the Israeli army, its soldiers arrested five Palestinians in Hebron."),
]


@pytest.mark.parametrize(("lang", "text"), ARMY_ANNOUNCES)
def test_an_army_announcing_its_deed_stays(lang: str, text: str) -> None:
    assert ["ISR:MIL", "PSE:CVL"] in casts_in_order(text, lang, "COERCE")


# F4: English names the issuer after the noun with a link and an article
# ("the statement of the G7"): the article after the link is read off too;
# ar and fa name it in the construct state and read it already (guards)
OWNER_AFTER_LINK = [
    # main: [IRN:] (the G7 left out)
    (
        "en",
        "The Chinese ambassador welcomed the statement of the G7, which held Iran responsible for the attack.",
        ["G7:", "IRN:"],
    ),
    # main: no ACCUSE
    (
        "en",
        "The Chinese minister praised the statement by the European Union, which accused Russia of breaking the truce.",
        ["EU:", "RUS:"],
    ),
    # main: [SAU:]
    (
        "en",
        "The Chinese minister praised the report from the United Nations, which accused Saudi Arabia of killing children.",
        ["UN:", "SAU:"],
    ),
    (
        "ar",
        "أشاد السفير الصيني ببيان مجموعة السبع، الذي حمل إيران مسؤولية الهجوم.",
        ["G7:", "IRN:"],
    ),
    (
        "fa",
        "سفیر چین از بیانیه گروه هفت، که ایران را مسئول حمله دانسته، استقبال کرد.",
        ["G7:", "IRN:"],
    ),
]


@pytest.mark.parametrize(("lang", "text", "cast"), OWNER_AFTER_LINK)
def test_issuer_after_link_and_article(lang: str, text: str, cast: list[str]) -> None:
    assert cast in casts_in_order(text, lang, "ACCUSE")


def test_a_clause_with_its_own_subject_after_the_link_stays() -> None:
    """A clause with its own subject ("which the United States issued"): no ACCUSE by the EU."""
    text = "The Chinese minister praised the statement of the European Union, which the United States issued against Iran."
    assert all(c[:1] != ["EU:"] for c in casts_in_order(text, "en", "ACCUSE"))


# F5: the main verb right after a Persian relative clause on an issued text
# speaks of the text: its target is the issuer, not the clause's object
# (``authored_clause.outside_authored_clause``); en and ar put the main verb
# before the clause (guards)
MAIN_VERB_ON_THE_TEXT = [
    # main: [RUS:GOV, ISR:]
    (
        "fa",
        "نماینده روسیه از قطعنامه شورای امنیت که اسرائیل را به نقض حقوق بشر متهم کرده انتقاد کرد.",
        ["RUS:GOV", "UN:"],
    ),
    # main: [TUR:GOV, GRC:]
    (
        "fa",
        "نماینده ترکیه از گزارش سازمان ملل که یونان را به آزار پناهجویان متهم کرده انتقاد کرد.",
        ["TUR:GOV", "UN:"],
    ),
    (
        "en",
        "The Russian envoy criticised the Security Council resolution, which accused Israel of violating human rights.",
        ["RUS:GOV", "UN:"],
    ),
    ("ar", "انتقد المندوب الروسي بشدة قرار مجلس الأمن الأخير.", ["RUS:", "UN:"]),
]


@pytest.mark.parametrize(("lang", "text", "cast"), MAIN_VERB_ON_THE_TEXT)
def test_main_verb_after_the_clause_targets_the_issuer(
    lang: str, text: str, cast: list[str]
) -> None:
    casts = casts_in_order(text, lang, "ACCUSE")
    assert cast in casts
    assert all(c[0] != cast[0] or c[1:] == cast[1:] for c in casts)
