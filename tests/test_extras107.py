"""extras107: a capital or town behind "in" a few words after a noun of
talks ("محادثات السلام في أستانا", "مذاکرات کنونی در وین", "the peace talks
in Astana"; ``context.VENUE_PLACE_PREPOSITIONS``, ``VENUE_TALKS_NOUNS``) is
where the talks are held: its state is no home of the agents the sentence
names (``held_in.talks_held_in``). A visit "to" a capital keeps its host, the
sides named as states stay, and agents at a place named with no talks noun
keep its country. Every sentence written for these tests.
"""

from __future__ import annotations

import pytest

from casts import casts_in_order

# (language, sentence, event type, the venue's code, the actors of the first
# event of that type). Read wrong on main: each gave the venue's country to
# an agent with none (KAZ:OPP, AUT:GOV/LEG).
VENUES: list[tuple[str, str, str, str, list[str]]] = [
    (
        "ar",
        "اجتمع ممثلو المعارضة مع ممثلي النظام السوري خلال جولة المحادثات في أستانا.",
        "CONSULT",
        "KAZ",
        ["-:OPP", "SYR:GOV"],
    ),
    (
        "ar",
        "أبلغ وزير الخارجية الإيراني النواب بتفاصيل المفاوضات الجارية في فيينا.",
        "CONSULT",
        "AUT",
        ["IRN:GOV", "-:LEG"],
    ),
    (
        "fa",
        "وزیر خارجه در آخرین گزارش به مجلس درباره خروج آمریکا از توافق و مذاکرات کنونی"
        " در وین به نمایندگان مجلس توضیح داد.",
        "CONSULT",
        "AUT",
        ["-:GOV", "USA:"],
    ),
    (
        "en",
        "The opposition delegation met the Syrian government delegation at the peace talks"
        " in Astana.",
        "CONSULT",
        "KAZ",
        ["-:OPP", "SYR:GOV"],
    ),
]


@pytest.mark.parametrize(("lang", "text", "etype", "venue", "actors"), VENUES)
def test_talks_venue_is_no_home(
    lang: str, text: str, etype: str, venue: str, actors: list[str]
) -> None:
    events = casts_in_order(text, lang, etype)
    assert events, f"no {etype} in {text}"
    assert events[0] == actors
    assert all(not a.startswith(f"{venue}:") for e in events for a in e)


# "The side stays" (pass on main too): a visit to a capital keeps its host;
# states named as sides of talks held in one's capital stay; police at a
# rally in a capital, or at talks, are still that state's (no talks noun
# before the place, or the agents' country is read from the place itself).
STAYS: list[tuple[str, str, str, list[str]]] = [
    (
        "ar",
        "وصل وزير الخارجية العراقي إلى طهران لإجراء محادثات مع المسؤولين.",
        "CONSULT",
        ["IRQ:GOV", "IRN:"],
    ),
    ("fa", "وزیر خارجه عراق برای انجام مذاکرات به تهران سفر کرد.", "CONSULT", ["IRQ:GOV", "IRN:"]),
    (
        "en",
        "The Iraqi foreign minister travelled to Tehran for talks with officials.",
        "CONSULT",
        ["IRQ:GOV", "IRN:"],
    ),
    ("ar", "أجرت إيران وروسيا محادثات في موسكو.", "CONSULT", ["IRN:", "RUS:"]),
    ("fa", "ایران و روسیه در مسکو مذاکره کردند.", "CONSULT", ["IRN:", "RUS:"]),
    ("en", "Iran and Russia held talks in Moscow.", "CONSULT", ["IRN:", "RUS:"]),
    (
        "ar",
        "اعتقلت الشرطة عشرة متظاهرين خلال الاحتجاجات في طهران.",
        "COERCE",
        ["IRN:COP", "IRN:CVL"],
    ),
    (
        "fa",
        "پلیس ده معترض را در جریان تجمع در تهران بازداشت کرد.",
        "COERCE",
        ["IRN:COP", "IRN:CVL"],
    ),
    (
        "en",
        "Police arrested ten protesters during a rally in Tehran.",
        "COERCE",
        ["IRN:COP", "IRN:CVL"],
    ),
    (
        "fa",
        "پلیس در حاشیه مذاکرات در وین ده معترض را بازداشت کرد.",
        "COERCE",
        ["AUT:COP", "AUT:CVL"],
    ),
]


@pytest.mark.parametrize(("lang", "text", "etype", "actors"), STAYS)
def test_side_or_home_stays(lang: str, text: str, etype: str, actors: list[str]) -> None:
    events = casts_in_order(text, lang, etype)
    assert events, f"no {etype} in {text}"
    assert events[0] == actors


# The UN that mediates talks held in a town stays their side (ar, en, fa).
MEDIATED: list[tuple[str, str]] = [
    ("ar", "توسطت الأمم المتحدة في محادثات بين الحكومة والمعارضة في جنيف."),
    ("en", "The UN mediated talks between the government and the opposition in Geneva."),
    ("fa", "سازمان ملل میان دولت و مخالفان در ژنو میانجیگری کرد."),
]


@pytest.mark.parametrize(("lang", "text"), MEDIATED)
def test_mediator_stays(lang: str, text: str) -> None:
    events = casts_in_order(text, lang, "CONSULT")
    assert events, f"no CONSULT in {text}"
    assert all("UN:" in e for e in events)
