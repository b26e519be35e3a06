"""precision78ar: a state named as a whole beside its own civilians struck
by an attack is where it struck, not the attacker (sentences written for
this test in ar, fa and en)."""

from __future__ import annotations

import pytest

from diplowatch.extract.place_doer import own_people_doer_out
from diplowatch.model import Actor, Document
from diplowatch.pipeline import process


def _events(text: str, lang: str, etype: str) -> list[list[str]]:
    """The actors (``CODE:AGENT``) of each event of ``etype`` read in ``text``."""
    events = process(Document("t", text, lang=lang)).to_dict()["events"]
    return [
        [f"{a['code']}:{a['agent']}" for a in e["actors"]] for e in events if e["type"] == etype
    ]


@pytest.mark.parametrize(
    ("lang", "text", "code"),
    [
        (
            "ar",
            "أدان الرئيس الاعتداء الإرهابي الذي استهدف مدينة ليون الفرنسية خلال"
            " الاحتفالات بالعيد الوطني لفرنسا والذي أسفر عن مقتل 12 شخصا.",
            "FRA",
        ),
        ("ar", 'رفعت ألمانيا حالة التأهب عقب هجوم "ميونيخ" الذي أودى بحياة 9 أشخاص.', "DEU"),
        (
            "fa",
            "در جریان ناآرامی‌های ماه گذشته در شهرهای مختلف عراق، دست‌کم ده‌ها نفر"
            " جان خود را از دست دادند.",
            "IRQ",
        ),
        ("fa", "انفجار بزرگ بیروت پایتخت لبنان موجب مرگ ده ها نفر شد.", "LBN"),
        ("en", "France was hit by an attack that killed 84 French civilians in Nice.", "FRA"),
    ],
)
def test_place_state_is_no_attacker(lang: str, text: str, code: str) -> None:
    """The state is where the attack struck its people: no state as a whole
    among the attack's sides, its civilians stay struck."""
    found = _events(text, lang, "ASSAULT")
    assert found
    for actors in found:
        assert f"{code}:None" not in actors
    assert any(f"{code}:CVL" in actors for actors in found)


@pytest.mark.parametrize(
    ("lang", "text", "code"),
    [
        ("ar", "نفذت إيران حكم الإعدام على 12 شخصا.", "IRN"),
        ("fa", "ایران دوازده نفر را اعدام کرد.", "IRN"),
        ("en", "France executed two men.", "FRA"),
    ],
)
def test_state_execution_keeps_the_state(lang: str, text: str, code: str) -> None:
    """An execution is the state's own deed on its people: the state stays."""
    found = _events(text, lang, "ASSAULT")
    assert any(actors[:1] == [f"{code}:None"] for actors in found)


@pytest.mark.parametrize(
    ("lang", "text", "doer"),
    [
        ("ar", "قصفت روسيا المدنيين السوريين في إدلب.", "RUS:None"),
        ("en", "The bombing in Belgium killed 30 Belgian civilians.", "BEL:UAF"),
    ],
)
def test_other_doers_stay(lang: str, text: str, doer: str) -> None:
    """A state striking another's civilians, or attackers understood, stay."""
    found = _events(text, lang, "ASSAULT")
    assert any(actors[:1] == [doer] for actors in found)


def test_own_people_doer_out_rule() -> None:
    """The rule alone: only an attack, only a state as a whole first, only
    beside its own civilians, never an execution."""
    state, own = Actor("FRA"), Actor("FRA", agent="CVL")
    assert own_people_doer_out("ASSAULT", "attack", [state, own]) == [own]
    assert own_people_doer_out("ASSAULT", "execute", [state, own]) == [state, own]
    assert own_people_doer_out("COERCE", "arrest", [state, own]) == [state, own]
    other = Actor("SYR", agent="CVL")
    assert own_people_doer_out("ASSAULT", "attack", [state, other]) == [state, other]
    named = Actor("FRA", role="head_of_state", name="X")
    assert own_people_doer_out("ASSAULT", "attack", [named, own]) == [named, own]
    police = Actor("FRA", agent="COP")
    assert own_people_doer_out("ASSAULT", "attack", [police, own]) == [police, own]


# A launching told as a purpose ("لشن", "to launch") is still to come.


def _statuses(text: str, lang: str, etype: str) -> list[str]:
    """The status of each event of ``etype`` read in ``text``."""
    events = process(Document("t", text, lang=lang)).to_dict()["events"]
    return [e["status"] for e in events if e["type"] == etype]


@pytest.mark.parametrize(
    "text",
    [
        # mendA79: after a verb of motion alone "لشن" is no plan ("غادر
        # مسلحون سوريا … لشن هجمات" left: as often the attack launched)
        "فككت الشرطة خلية إرهابية خططت لشن هجمات على مصنع في المدينة.",
        "تستعد روسيا لشن هجوم جديد في شرق أوكرانيا.",
    ],
)
def test_launch_as_purpose_is_planned(text: str) -> None:
    """The attack aimed at has not happened: planned, never reported."""
    found = _statuses(text, "ar", "ASSAULT")
    assert found
    assert set(found) == {"planned"}


@pytest.mark.parametrize(
    "text",
    [
        "Some militants left Syria last week to launch attacks in France.",
        "Police dismantled a cell that plotted to launch attacks on a factory.",
    ],
)
def test_english_launch_as_purpose_is_not_reported(text: str) -> None:
    """English reads the infinitive of purpose as no attack told."""
    assert "reported" not in _statuses(text, "en", "ASSAULT")


@pytest.mark.xfail(strict=True, reason="Persian 'برای انجام' also opens planned protests: left")
def test_persian_carry_out_as_purpose_is_not_reported() -> None:
    """Persian names the aim with "برای انجام"; not read (a gap)."""
    text = "چند تروریست برای انجام حملات در فرانسه وارد اروپا شدند."
    assert "reported" not in _statuses(text, "fa", "ASSAULT")


@pytest.mark.parametrize(
    ("lang", "text", "etype"),
    [
        ("ar", "شن الجيش غارات على مواقع المسلحين.", "ASSAULT"),
        ("ar", "وأعلن الجيش شن ضربات جوية على قرية، حيث كانت الحركة تستعد لشن هجوم.", "ASSAULT"),
        ("ar", "فككت الشرطة خلية إرهابية خططت لشن هجمات على مصنع في المدينة.", "COERCE"),
        ("ar", "دعا زعيم التنظيم أنصاره لشن هجمات في أوروبا.", "REQUEST"),
        ("fa", "ارتش به مواضع تروریست‌ها حمله کرد.", "ASSAULT"),
        ("en", "The army launched air strikes on militant positions.", "ASSAULT"),
    ],
)
def test_deeds_before_the_purpose_stay_reported(lang: str, text: str, etype: str) -> None:
    """A launching told, a dismantling and a call before "لشن" stay done:
    the purpose plans what follows it only."""
    assert "reported" in _statuses(text, lang, etype)
