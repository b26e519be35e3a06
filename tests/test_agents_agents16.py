"""The right country for an agent (round 16, agents16).

1. A charge names what the accused did with or for a state ("arrested
   for spying for Israel"): neither the police nor the accused are that
   state's; they belong to the scene or the dateline, or stay without a
   country (``charges.charged_states``, ``countries._charge_between``).
2. The sponsor of an armed group ("militias backed by Iran", "گروه‌های
   مورد حمایت ترکیه") is not the group's country; the group takes the
   place it fights in, or none (``context.SPONSOR_OPENERS``).
3. The coalition "led by the Kingdom" (``بقيادة المملكة``) is Saudi
   Arabia's, not the country the war is fought in; "the United Kingdom"
   written out stays Britain. A body right before one of its own agent
   ("جنگنده‌های ائتلاف به رهبری عربستان", the coalition's jets) takes
   that one's country, not the place it strikes.

All sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from casts import cast, run


def _cast(text: str, lang: str, etype: str) -> set[str]:
    return cast(run(text, lang, "2019-05-01"), etype)


# --- 1. the state of a charge -------------------------------------------

CHARGES = [
    ("ar", "اعتقلت الشرطة رجلا بتهمة التجسس لصالح إسرائيل.", "COERCE", {"-:COP"}),
    ("ar", "قضت المحكمة بسجن مواطن بتهمة التخابر مع إيران.", "COERCE", {"-:JUD"}),
    (
        "ar",
        "اعتقلت السلطات الإيرانية رجلين بتهمة التجسس لصالح إسرائيل.",
        "COERCE",
        {"IRN:GOV", "IRN:CVL"},
    ),
    ("fa", "پلیس یک مرد را به اتهام جاسوسی برای اسرائیل بازداشت کرد.", "COERCE", {"-:COP"}),
    ("fa", "دادگاه یک مرد را به اتهام همکاری با آمریکا به زندان محکوم کرد.", "COERCE", {"-:JUD"}),
    ("en", "Police arrested a man on charges of spying for Israel.", "COERCE", {"-:COP"}),
]


@pytest.mark.parametrize(("lang", "text", "etype", "expected"), CHARGES)
def test_the_state_of_a_charge_gives_no_agent_its_country(lang, text, etype, expected):
    assert _cast(text, lang, etype) == expected


# --- 2. the sponsor of an armed group -----------------------------------

SPONSORS = [
    (
        "fa",
        "گروه‌های مسلح مورد حمایت ترکیه روستایی را در شمال سوریه گلوله‌باران کردند.",
        "ASSAULT",
        {"SYR:REB"},
    ),
    (
        "fa",
        "شبه‌نظامیان مورد حمایت ایران به یک پایگاه نظامی در عراق حمله کردند.",
        "ASSAULT",
        {"IRQ:REB"},
    ),
    ("fa", "شورشیان وابسته به ترکیه به مواضع کردها حمله کردند.", "ASSAULT", {"-:REB"}),
    # with no country of its own the backed group is still the doer
    (
        "fa",
        "منابع امنیتی گفتند احتمالا نیروهای مورد حمایت ایران یک نفتکش را در آب‌های "
        "نزدیک سواحل امارات تصرف کرده‌اند.",
        "COERCE",
        {"-:MIL"},
    ),
    ("ar", "قصفت الفصائل المدعومة من تركيا قرية في ريف حلب.", "ASSAULT", {"SYR:REB"}),
    ("ar", "هاجمت ميليشيات مدعومة من إيران قاعدة عسكرية.", "ASSAULT", {"-:REB"}),
    ("en", "Rebels backed by Turkey shelled a village near Aleppo.", "ASSAULT", {"SYR:REB"}),
]


@pytest.mark.parametrize(("lang", "text", "etype", "expected"), SPONSORS)
def test_a_sponsor_is_not_the_armed_groups_country(lang, text, etype, expected):
    assert _cast(text, lang, etype) == expected


# --- 3. the coalition led by the Kingdom --------------------------------

COALITIONS = [
    (
        "ar",
        "شنت طائرات التحالف العربي بقيادة المملكة غارات على مواقع الحوثيين في صعدة.",
        "ASSAULT",
        {"SAU:MIL", "YEM:REB"},
    ),
    (
        "ar",
        "قصفت قوات التحالف بقيادة المملكة مواقع الحوثيين في الحديدة.",
        "ASSAULT",
        {"SAU:MIL", "YEM:REB"},
    ),
    (
        "ar",
        "شنت طائرات التحالف بقيادة المملكة المتحدة غارات على مواقع في العراق.",
        "ASSAULT",
        {"GBR:MIL", "IRQ:"},
    ),
    (
        "fa",
        "جنگنده‌های ائتلاف به رهبری عربستان مواضع حوثی‌ها را در صعده بمباران کردند.",
        "ASSAULT",
        {"SAU:MIL", "YEM:REB"},
    ),
    (
        "en",
        "Jets of the Saudi-led coalition bombed Houthi positions in Saada.",
        "ASSAULT",
        {"SAU:MIL", "YEM:REB"},
    ),
]


@pytest.mark.parametrize(("lang", "text", "etype", "expected"), COALITIONS)
def test_the_coalition_led_by_the_kingdom_is_saudi(lang, text, etype, expected):
    assert _cast(text, lang, etype) == expected
