"""A deployment is the forces' own (round 70; sentences written for these
tests).

- troops sent, police put on alert, a fleet that sails (MOBILIZE) are coded
  by the readers as the forces alone: the government, ruler or spokesman of
  the same state named beside its own forces ordered or told the move and is
  no side of it (``xx/agents.DEPLOYMENT_TYPES``, ``extract/forces_own.py``);
- a government named with no forces of its own keeps the event, a foreign
  official beside the forces stays another side, and other types (a
  condemnation of another state's exercises) keep the government.
"""

from __future__ import annotations

import pytest

from casts import cast, run

# a sentence, its language, and the whole cast of its MOBILIZE events
FORCES_ALONE: list[tuple[str, str, set[str]]] = [
    ("قالت المتحدثة إن السلطات ستنشر 4000 جندي من الجيش في شوارع لندن.", "ar", {"GBR:MIL"}),
    ("أمر رئيس الوزراء العراقي قوات الأمن برفع حالة التأهب.", "ar", {"IRQ:COP"}),
    ("أعلنت الحكومة الألمانية إرسال 300 جندي إلى أفغانستان.", "ar", {"DEU:MIL"}),
    ("استنفرت الجهات الأمنية للبحث عن الفارين بتوجيهات من أمير المنطقة.", "ar", {"-:COP"}),
    ("نخست‌وزیر عراق به نیروهای امنیتی دستور آماده باش داد.", "fa", {"IRQ:COP"}),
    (
        "سخنگوی وزارت دفاع آمریکا گفت دو هزار نظامی ارتش آمریکا در فرودگاه مستقر خواهند شد.",
        "fa",
        {"USA:MIL"},
    ),
    (
        "The British government will deploy 3,800 soldiers of the army on the streets of London.",
        "en",
        {"GBR:MIL"},
    ),
    ("The German government sent 300 soldiers to Afghanistan.", "en", {"DEU:MIL"}),
]


@pytest.mark.parametrize(("text", "lang", "expected"), FORCES_ALONE)
def test_a_deployment_is_the_forces_alone(text: str, lang: str, expected: set[str]) -> None:
    assert cast(run(text, lang), "MOBILIZE") == expected


# the government stays: no forces of its own named, a foreign official,
# or a type that is no deployment
KEPT: list[tuple[str, str, str, str]] = [
    ("The Russian government deployed troops in Syria.", "en", "MOBILIZE", "RUS:GOV"),
    (
        "أجرى الجيش الروسي مناورات قرب الحدود الأوكرانية بحضور وزير الدفاع الأوكراني.",
        "ar",
        "MOBILIZE",
        "UKR:GOV",
    ),
    ("The American government condemned the Russian army's exercises.", "en", "ACCUSE", "USA:GOV"),
    ("دولت آمریکا رزمایش ارتش روسیه را محکوم کرد.", "fa", "ACCUSE", "USA:GOV"),
    ("أدانت الحكومة الأمريكية مناورات الجيش الروسي.", "ar", "ACCUSE", "USA:GOV"),
]


@pytest.mark.parametrize(("text", "lang", "etype", "kept"), KEPT)
def test_a_government_with_no_forces_of_its_own_stays(
    text: str, lang: str, etype: str, kept: str
) -> None:
    assert kept in cast(run(text, lang), etype)


# troops counted after a verb of sending are the sender's, not the
# destination's (``context.SENT_COUNT_WORDS``, ``SENT_VERBS``)
SENT_COUNTED: list[tuple[str, str, str, str]] = [
    ("تستعد فرنسا إلى إرسال نحو ألف جندي إلى النيجر.", "ar", "FRA:MIL", "NER:MIL"),
    ("Britain is preparing to send about 1,000 soldiers to Libya.", "en", "GBR:MIL", "LBY:MIL"),
]


@pytest.mark.parametrize(("text", "lang", "own", "not_own"), SENT_COUNTED)
def test_counted_troops_are_the_senders(text: str, lang: str, own: str, not_own: str) -> None:
    troops = cast(run(text, lang), "MOBILIZE")
    assert own in troops and not_own not in troops, troops


# a count with no verb of sending between names no sender
NO_SENDER: list[tuple[str, str, str]] = [
    ("أدانت إيران الهجوم الذي قتل 5 جنود في العراق.", "ar", "IRN:MIL"),
    ("Iran condemned the attack that killed 5 soldiers in Iraq.", "en", "IRN:MIL"),
]


@pytest.mark.parametrize(("text", "lang", "absent"), NO_SENDER)
def test_a_count_alone_names_no_sender(text: str, lang: str, absent: str) -> None:
    events = run(text, lang).events
    assert events, f"no event in {text}"  # an empty output would pass by itself
    assert all(absent not in {f"{a.code or '-'}:{a.agent}" for a in e.actors} for e in events)


# civilians of the forces' own state beside a deployment are where or why it
# happens, no side (``xx/agents.DEPLOYMENT_BYSTANDERS``); another state's
# civilians stay the other side
BYSTANDERS: list[tuple[str, str, set[str]]] = [
    (
        "شهدت مدينة مانشستر البريطانية انتشارا أمنيا كثيفا للشرطة على خلفية توقيف رجل.",
        "ar",
        {"GBR:COP"},
    ),
    ("أثارت المناورات التي يجريها الجيش الأمريكي في تكساس مخاوف السكان.", "ar", {"USA:MIL"}),
    ("نشرت الشرطة المصرية مئات العناصر لحماية السياح في شرم الشيخ.", "ar", {"EGY:COP"}),
    ("نیروهای امنیتی پس از بازداشت یک مرد در لندن مستقر شدند.", "fa", {"GBR:COP"}),
    (
        "Egyptian police deployed hundreds of officers to protect tourists in Sharm el-Sheikh.",
        "en",
        {"EGY:COP"},
    ),
    ("نشرت الشرطة الإسرائيلية آلاف العناصر قرب السياح الفلسطينيين.", "ar", {"ISR:COP", "PSE:CVL"}),
    ("Turkish troops were deployed to protect Syrian civilians.", "en", {"TUR:MIL", "SYR:CVL"}),
]


@pytest.mark.parametrize(("text", "lang", "expected"), BYSTANDERS)
def test_own_civilians_are_no_side_of_a_deployment(
    text: str, lang: str, expected: set[str]
) -> None:
    assert cast(run(text, lang), "MOBILIZE") == expected
