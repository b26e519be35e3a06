"""Persian readings left by earlier rounds, round 72 (sentences written for these tests).

(1) Hosting: "the host country" ("کشور میزبان", "host country") names a
state, no hosting done; a verb-final hosting verb's crowd of guests may
stand before its object marker "را" with an adverbial phrase between ("…
پناهجوی افغان را طی چهل سال گذشته میزبانی کرده است"), and families who
fled are a crowd too. A head of state hosted stays a meeting.
(3) Civilians right after a preposition of opposition in a reaction
sentence ("خشونت علیه معترضان را محکوم کرد", "العنف ضد المتظاهرين",
"violence against protesters") take no country from the reactor's lone
state; an adjective of their own still gives them theirs.
"""

from __future__ import annotations

import pytest

from casts import run


def _types(text: str, lang: str) -> set[str]:
    return {e.type for e in run(text, lang).events}


def _actors(text: str, lang: str, etype: str) -> set[tuple[str | None, str | None]]:
    return {(a.code, a.agent) for e in run(text, lang).events if e.type == etype for a in e.actors}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "این نیروی دریایی شامل پرسنلی از کشور میزبان، کویت، و همچنین فرانسه، ایتالیا و ژاپن است.",
            "fa",
        ),
        (
            "کشور دیگری که در بازسازی عراق مشارکت داشته، ترکیه است که بیش از ۵۰ هزار پناهنده عراقی"
            " را از مدت ها پیش میزبانی کرده است.",
            "fa",
        ),
        ("اسپانیا طی روزهای گذشته از 30 وکیل، قاضی و خانواده‌های آنها میزبانی کرده است.", "fa"),
        ("The naval force includes personnel from the host country, Qatar, and from France.", "en"),
        ("Pakistan has hosted three million Afghan refugees for decades.", "en"),
        ("تستضيف تركيا منذ سنوات ملايين اللاجئين السوريين.", "ar"),
    ],
)
def test_hosting_no_meeting(text: str, lang: str) -> None:
    # a hosting read as a visit turns into MOBILIZE when a force is near
    assert not {"CONSULT", "MOBILIZE"} & _types(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        (
            "ایران هیئت عربستان را هفته گذشته در تهران میزبانی کرد.",
            "fa",
            {("IRN", None), ("SAU", "GOV")},
        ),
        (
            "رئیس جمهور فرانسه صدراعظم آلمان را در پاریس میزبانی کرد.",
            "fa",
            {("FRA", "GOV"), ("DEU", "GOV")},
        ),
        (
            "وزیر خارجه ایتالیا روز دوشنبه در رم میزبان وزیر خارجه قطر بود.",
            "fa",
            {("ITA", "GOV"), ("QAT", "GOV")},
        ),
        ("Erdogan hosted the Iranian president in Ankara.", "en", {("TUR", "GOV"), ("IRN", "GOV")}),
        ("استضاف الرئيس المصري نظيره الفرنسي في القاهرة.", "ar", {("EGY", "GOV"), ("FRA", "GOV")}),
    ],
)
def test_hosting_a_guest_stays_a_meeting(
    text: str, lang: str, want: set[tuple[str | None, str | None]]
) -> None:
    assert want <= _actors(text, lang, "CONSULT")


@pytest.mark.parametrize(
    ("text", "lang", "accuser"),
    [
        ("یک سناتور آمریکایی خشونت علیه معترضان را محکوم کرد.", "fa", "USA"),
        ("وزارت خارجه آلمان خشونت علیه معترضان را محکوم کرد.", "fa", "DEU"),
        ("US Senator Marco Rubio condemned the violence against protesters.", "en", "USA"),
        ("أدانت الخارجية الأمريكية العنف ضد المتظاهرين.", "ar", "USA"),
    ],
)
def test_protesters_not_of_the_condemner(text: str, lang: str, accuser: str) -> None:
    found = _actors(text, lang, "ACCUSE")
    assert (None, "CVL") in found
    assert (accuser, "CVL") not in found


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        # an adjective of their own keeps their country
        ("وزارت خارجه فرانسه خشونت علیه معترضان ایرانی را محکوم کرد.", "fa", ("IRN", "CVL")),
        (
            "The French foreign ministry condemned the violence against Iranian protesters.",
            "en",
            ("IRN", "CVL"),
        ),
        ("أدانت الخارجية الفرنسية العنف ضد المتظاهرين الإيرانيين.", "ar", ("IRN", "CVL")),
        # not civilians: the state's own police stay its own
        ("وزیر کشور فرانسه خشونت علیه پلیس را محکوم کرد.", "fa", ("FRA", "COP")),
    ],
)
def test_own_country_kept(text: str, lang: str, want: tuple[str, str]) -> None:
    assert want in _actors(text, lang, "ACCUSE")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("ارتش خسارت زیادی به شورشیان وارد کرد.", "fa"),
        ("به گفته مقامات، حملات شورشیان در قندهار دفع شد و ضربات سختی به آنها وارد شد.", "fa"),
        ("The army inflicted heavy losses on the rebels.", "en"),
        ("ألحق الجيش خسائر فادحة بالمتمردين.", "ar"),
    ],
)
def test_harm_inflicted_is_no_entry(text: str, lang: str) -> None:
    assert "MOBILIZE" not in _types(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "etype"),
    [
        ("نیروهای ارتش پس از درگیری وارد شهر شدند.", "fa", "MOBILIZE"),
        ("وزیر خارجه قطر به همراه هیئتی وارد مسکو شد.", "fa", "CONSULT"),
        ("The United States deployed 3,000 troops to Kuwait.", "en", "MOBILIZE"),
    ],
)
def test_entering_kept(text: str, lang: str, etype: str) -> None:
    assert etype in _types(text, lang)
