"""Two capitals joined after a talks noun are the talks' two sides (round 88,
sidesfa88; every sentence written for these tests).

A capital after a talks noun is where the talks are held ("مذاکرات وین"),
so until round 88 "رایزنی‌های تهران با مسکو" kept Russia alone: the first
capital was read as the venue. Joined by a word of pairing
(``context.VENUE_PAIR_JOINERS``) to a second capital, it names its state
(``extract/venue_pairs``). A capital joined to a state, or the talks held
somewhere with a state, keep the venue.
"""

from __future__ import annotations

import pytest

from casts import cast, run

# (language, sentence, the talks' sides). main read each with the first
# capital as the venue: one side (fa, en: the second state alone, which
# the en and ar one-sided talks then dropped as no event).
JOINED_CAPITALS: list[tuple[str, str, set[str]]] = [
    ("fa", "رایزنی‌های تهران با مسکو درباره سوریه هفته آینده ادامه می‌یابد.", {"IRN:", "RUS:"}),
    ("fa", "مذاکرات آنکارا با بغداد بر سر آب دجله به نتیجه نرسید.", {"TUR:", "IRQ:"}),
    ("fa", "گفت‌وگوهای مسکو با کی‌یف در مینسک دوباره آغاز شد.", {"RUS:", "UKR:"}),
    ("ar", "تعثرت مفاوضات أنقرة وبغداد حول مياه دجلة.", {"TUR:", "IRQ:"}),
    ("ar", "استؤنفت محادثات القاهرة مع الخرطوم بشأن سد النهضة.", {"EGY:", "SDN:"}),
    ("en", "The Ankara talks with Baghdad over the Tigris stalled.", {"TUR:", "IRQ:"}),
]


@pytest.mark.parametrize(("lang", "text", "sides"), JOINED_CAPITALS)
def test_two_joined_capitals_are_the_talks_sides(lang: str, text: str, sides: set[str]) -> None:
    assert cast(run(text, lang), "CONSULT") == sides


# Guards, read right on main too: a capital after a talks noun with a state
# or a person as the partner, or with no partner, stays the venue; two
# capitals joined with no talks noun before them were already both sides.
VENUE_KEPT: list[tuple[str, str, set[str]]] = [
    ("fa", "دور تازه مذاکرات وین با آمریکا به تعویق افتاد.", {"USA:"}),
    ("fa", "نشست دوحه با حضور نمایندگان طالبان و آمریکا برگزار شد.", {"AFG:REB", "USA:"}),
    ("fa", "دیدار تهران با آنکارا هفته آینده انجام می‌شود.", {"IRN:", "TUR:"}),
    ("ar", "استؤنفت مفاوضات فيينا مع إيران بعد توقف.", set()),
    ("en", "The Vienna talks with Iran resumed after a pause.", set()),
]


@pytest.mark.parametrize(("lang", "text", "sides"), VENUE_KEPT)
def test_a_venue_with_a_state_or_none_stays_the_venue(
    lang: str, text: str, sides: set[str]
) -> None:
    assert cast(run(text, lang), "CONSULT") == sides


# A state in the genitive of a noun of its standing ("امنیت", "روابط", "أمن")
# right after a preposition of topic is what the talks are about
# (``context.ABOUT_TOPIC_HEADS``, ``countries._about_topic``). main read it
# as a strong side, which pushed out the partner written as a people's name
# ("با روس‌ها", "مع الروس") and left the talks one-sided or with the topic.
ABOUT_STANDING: list[tuple[str, str, set[str]]] = [
    ("fa", "ترکیه با روس‌ها درباره امنیت عراق گفتگو کرد.", {"TUR:", "RUS:"}),
    ("fa", "مصر با ایتالیایی‌ها در مورد منافع لیبی رایزنی کرد.", {"EGY:", "ITA:"}),
    ("ar", "تباحثت تركيا مع الروس حول أمن العراق.", {"TUR:", "RUS:"}),
]


@pytest.mark.parametrize(("lang", "text", "sides"), ABOUT_STANDING)
def test_a_state_whose_standing_is_talked_about_is_the_topic(
    lang: str, text: str, sides: set[str]
) -> None:
    assert cast(run(text, lang), "CONSULT") == sides


# Guards, read right on main too: the noun alone keeps its state a side
# ("عراق از امنیت سوریه حمایت کرد": Syria is whom Iraq backs); English puts
# the state before the noun ("about Iraq's security") and reads the people
# form as the partner; a state right after the preposition was a topic already.
STANDING_KEPT: list[tuple[str, str, str, set[str]]] = [
    ("fa", "عراق از امنیت سوریه حمایت کرد.", "SUPPORT", {"IRQ:", "SYR:"}),
    ("fa", "ترکیه با روسیه درباره سوریه گفتگو کرد.", "CONSULT", {"TUR:", "RUS:"}),
    ("ar", "ناقش الأردن مع مصر حول سوريا.", "CONSULT", {"JOR:", "EGY:"}),
    (
        "en",
        "Turkey held talks with the Russians about Iraq's security.",
        "CONSULT",
        {"TUR:", "RUS:CVL"},
    ),
]


@pytest.mark.parametrize(("lang", "text", "etype", "sides"), STANDING_KEPT)
def test_a_standing_noun_alone_or_a_bare_topic_reads_as_before(
    lang: str, text: str, etype: str, sides: set[str]
) -> None:
    assert cast(run(text, lang), etype) == sides
