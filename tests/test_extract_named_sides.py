"""Deeds named inside another event and comments on others' deals.

A deal's or meeting's noun followed by the two sides it names ("the agreement
between X and Y", "توافق X و Y", "الاتفاق بين X و Y") has those sides only:
whoever comments on it is no party (``context.SIDES_MARKERS``). Who asks that
a deed's doers be held to account, tried or punished is no party to that deed
(``status.ONLOOKER_CUES``). Sentences written for these tests.
"""

from __future__ import annotations

import pytest

import casts
from casts import cast
from diplowatch.model import Record


def run(text: str, lang: str) -> Record:
    return casts.run(text, lang, "2024-05-01")


@pytest.mark.parametrize(
    ("lang", "text", "etype", "parties", "outsider"),
    [
        ("en", "An Egyptian MP welcomed the agreement between Ethiopia and Sudan.",
         "AGREE", {"ETH:", "SDN:"}, "EGY:LEG"),
        ("en", "China welcomed the accord between Iran and Saudi Arabia.",
         "AGREE", {"IRN:", "SAU:"}, "CHN:"),
        ("fa", "یک نماینده مجلس مصر از توافق اتیوپی و سودان استقبال کرد.",
         "AGREE", {"ETH:", "SDN:"}, "EGY:LEG"),
        ("fa", "نماینده مجلس ایران توافق آمریکا و عراق را خیانت خواند.",
         "AGREE", {"USA:", "IRQ:"}, "IRN:LEG"),
        ("fa", "روسیه از توافق ارمنستان و آذربایجان استقبال کرد.",
         "AGREE", {"ARM:", "AZE:"}, "RUS:"),
        ("fa", "عربستان از توافق آتش‌بس میان اسرائیل و حماس استقبال کرد.",
         "AGREE", {"ISR:", "PSE:REB"}, "SAU:"),
        ("fa", "یک مقام ترکیه یادداشت تفاهم یونان و مصر را رد کرد.",
         "AGREE", {"GRC:", "EGY:"}, "TUR:GOV"),
        ("ar", "أشادت السعودية باتفاق وقف إطلاق النار بين إسرائيل وحماس.",
         "AGREE", {"ISR:", "PSE:REB"}, "SAU:"),
        ("ar", "أدان نائب إيراني اللقاء بين مسؤولين إسرائيليين وبحرينيين.",
         "CONSULT", set(), "IRN:LEG"),
    ],
)  # fmt: skip
def test_commenter_is_no_side_of_a_deal_that_names_its_sides(
    lang: str, text: str, etype: str, parties: set[str], outsider: str
) -> None:
    record = run(text, lang)
    got = cast(record, etype)
    assert parties <= got
    assert outsider not in got and outsider.split(":")[0] + ":" not in got


@pytest.mark.parametrize(
    ("lang", "text", "commenter"),
    [
        ("en", "An Egyptian MP welcomed the agreement between Ethiopia and Sudan.", "EGY:LEG"),
        ("fa", "یک تحلیلگر اردنی توافق اسرائیل و امارات را محکوم کرد.", "JOR:"),
    ],
)
def test_commenter_keeps_his_own_reaction(lang: str, text: str, commenter: str) -> None:
    record = run(text, lang)
    reactions = {a for t in ("SUPPORT", "ACCUSE") for a in cast(record, t)}
    assert commenter in reactions


@pytest.mark.parametrize(
    ("lang", "text", "etype", "parties"),
    [
        # one side and its apposition is no pair of sides
        ("fa", "رئیس جمهور آمریکا گفت ادامه خروج به همکاری طالبان، حاکمان جدید، بستگی دارد.",
         "COOPERATE", None),
        # a deal that names its partner after 'with' keeps its doer
        ("en", "Iran signed an agreement with Iraq on electricity.", "AGREE", {"IRN:", "IRQ:"}),
        ("ar", "وقعت مصر اتفاقية مع السودان لتبادل الكهرباء.", "AGREE", {"EGY:", "SDN:"}),
        ("fa", "ایران با عراق توافق کرد.", "AGREE", {"IRN:", "IRQ:"}),
    ],
)  # fmt: skip
def test_sides_rule_needs_two_states_named_after_the_noun(
    lang: str, text: str, etype: str, parties: set[str] | None
) -> None:
    got = cast(run(text, lang), etype)
    if parties is None:
        assert "USA:GOV" not in got or len({p.split(":")[0] for p in got}) < 3
    else:
        assert parties <= got


@pytest.mark.parametrize(
    ("lang", "text", "asker"),
    [
        ("ar", "طالبت منظمة العفو الدولية بمحاسبة المسؤولين عن قتل المتظاهرين في بغداد.", "-:NGO"),
        ("ar", "طالب البرلمان العراقي بمحاسبة الميليشيات التي اعتدت على المتظاهرين.", "IRQ:LEG"),
        ("ar", "دعت الحكومة الأردنية إلى معاقبة مرتكبي قتل الصحفيين.", "JOR:GOV"),
        ("ar", "طالبت منظمة العفو الدولية بالتحقيق في قتل الشرطة للمتظاهرين.", "-:NGO"),
        ("fa", "عفو بین‌الملل خواستار محاکمه عاملان کشتار معترضان شد.", "-:NGO"),
        ("fa", "دولت فرانسه خواستار مجازات عاملان حمله به خبرنگاران شد.", "FRA:GOV"),
        ("en", "Amnesty International called for accountability for those who killed protesters.",
         "-:NGO"),
        ("en", "The French government demanded the trial of the men who attacked journalists.",
         "FRA:GOV"),
    ],
)  # fmt: skip
def test_who_asks_for_accountability_is_no_doer(lang: str, text: str, asker: str) -> None:
    record = run(text, lang)
    assert asker not in cast(record, "ASSAULT")
    assert asker in cast(record, "REQUEST")


@pytest.mark.parametrize(
    ("lang", "text", "doer"),
    [
        # a deed told after 'without trial' keeps its doer
        ("fa", "طالبان سربازان ارتش را بدون محاکمه کشتند.", "AFG:GOV"),  # Taliban rule in 2024
        ("ar", "قتلت قوات الأمن المتظاهرين دون محاكمة.", ":COP"),
        ("en", "Security forces killed the protesters without trial.", ":COP"),
    ],
)
def test_trial_word_alone_keeps_the_doer(lang: str, text: str, doer: str) -> None:
    got = cast(run(text, lang), "ASSAULT")
    assert any(p.endswith(doer) or p == doer for p in got)
