"""The branches of a state named by their power (round 67; sentences
written for these tests).

- Arabic writes the legislature and the executive in the plural too
  ("السلطات التشريعية", "السلطات التنفيذية"), as English does ("the
  legislative authorities", "the executive branch"): LEG and GOV, as the
  singular "السلطة التشريعية" already was;
- a plural head that carries two branches ("قوای مجریه و مقننه", "the
  executive and legislative branches") names both, the government and the
  parliament;
- bare "authorities" stay the government, never a legislature, and the
  Persian singular "قوه مجریه", mostly part of a title or a budget line in
  the corpus, is left unread;
- captives held by a foe ("الأسرى", "اسرای", "captives") who strike or
  protest, or for whom others protest, are against whoever holds them: no
  government of their own country is understood as whom the protest is
  against (``xx/agents.CAPTIVES_MODE``, ``extract/captives.py``); prisoners
  jailed by their own state still protest against its government.
"""

from __future__ import annotations

import pytest

from casts import found, run

# a sentence, its language, and the agent one of its events must have
BRANCHES: list[tuple[str, str, str]] = [
    ("طالب وزير التربية التونسي السلطات التشريعية بتجريم الاعتداءات على المدرسين.", "ar", "LEG"),
    # already read so (the bare "السلطات" is the government): a guard
    ("دعا النواب السلطات التنفيذية إلى الإسراع بتنفيذ مطالب المحتجين.", "ar", "GOV"),
    (
        "The minister urged the legislative authorities to criminalise attacks on teachers.",
        "en",
        "LEG",
    ),
    (
        "Iraq's president called on the executive and legislative branches to meet the demands.",
        "en",
        "LEG",
    ),
    ("Opposition lawmakers accused the executive branch of ignoring the court.", "en", "GOV"),
    ("رئیس جمهور از قوای مجریه و مقننه خواست برای حل بحران آب همکاری کنند.", "fa", "LEG"),
    ("رئیس جمهور از قوای مجریه و مقننه خواست برای حل بحران آب همکاری کنند.", "fa", "GOV"),
]


@pytest.mark.parametrize(("text", "lang", "agent"), BRANCHES)
def test_a_branch_named_by_its_power_is_its_agent(text: str, lang: str, agent: str) -> None:
    assert any(agent in agents for agents in found(text, lang).values()), found(text, lang)


# bare authorities who arrest or ask are no legislature
NOT_LEGISLATURES: list[tuple[str, str]] = [
    ("اعتقلت السلطات التونسية ثلاثة مهربين قرب الحدود الليبية.", "ar"),
    ("طالبت السلطات المصرية إسرائيل بتسليم المتهمين.", "ar"),
    ("The Egyptian authorities asked Israel to hand over the suspects.", "en"),
    ("مقامات ایران از عراق خواستند مرز را باز کند.", "fa"),
]


@pytest.mark.parametrize(("text", "lang"), NOT_LEGISLATURES)
def test_bare_authorities_are_no_legislature(text: str, lang: str) -> None:
    agents = found(text, lang)
    assert agents, f"no event in {text}"
    assert not any("LEG" in a for a in agents.values()), agents


def test_a_budget_line_of_the_executive_is_no_aid() -> None:
    text = "تنها ده درصد اعتبارات به نهادهای بیرون از قوه مجریه اختصاص دارد و سه درصد به قوه مقننه می‌رسد."
    assert "AID" not in {e.type for e in run(text, "fa").events}


# a protest by or for captives: the crowd, and no government of its country
CAPTIVES: list[tuple[str, str, str]] = [
    ("بدأ الأسرى الفلسطينيون إضرابا مفتوحا عن الطعام في سجن عوفر.", "ar", "PSE"),
    ("اعتصم عشرات الفلسطينيين في نابلس تضامنا مع الأسرى المضربين عن الطعام.", "ar", "PSE"),
    ("The Palestinian captives began an open hunger strike in Ofer prison.", "en", "PSE"),
    ("اسرای فلسطینی در زندان عوفر اعتصاب غذا کردند.", "fa", "PSE"),
]


@pytest.mark.parametrize(("text", "lang", "code"), CAPTIVES)
def test_captives_protest_no_government_of_their_own(text: str, lang: str, code: str) -> None:
    events = [e for e in run(text, lang).events if e.type == "PROTEST"]
    assert events, f"no protest in {text}"
    sides = {(a.code, a.agent) for e in events for a in e.actors}
    assert (code, "CVL") in sides, sides
    assert (code, "GOV") not in sides, sides


# prisoners jailed by their own state protest against its government
PRISONERS: list[tuple[str, str, str]] = [
    ("أضرب السجناء السياسيون في تونس عن الطعام احتجاجا على ظروف سجنهم.", "ar", "TUN"),
    ("Iranian political prisoners went on hunger strike in Evin prison.", "en", "IRN"),
    ("زندانیان سیاسی ایرانی در زندان اوین اعتصاب غذا کردند.", "fa", "IRN"),
]


@pytest.mark.parametrize(("text", "lang", "code"), PRISONERS)
def test_prisoners_of_their_own_state_protest_against_it(text: str, lang: str, code: str) -> None:
    sides = {
        (a.code, a.agent) for e in run(text, lang).events if e.type == "PROTEST" for a in e.actors
    }
    assert (code, "GOV") in sides, sides
