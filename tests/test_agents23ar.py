"""Round 23, Arabic agents. Sentences written for these tests, the same event
told in Arabic, Persian and English.

1. Officers' ranks before a name are the army's (MIL), as "العقيد" and
   "General" were: Arabic staff ranks and admirals ("الفريق الركن",
   "الأدميرال"), English "Colonel", "Brigadier", "Admiral". Bare "اللواء" and
   "العميد" stay out: they are police ranks too.
2. "عبد الأمير", "عبد الملك", "Abdul-Amir": a man's given name, "servant
   of the prince / king", names no prince or king (``NOT_AGENTS``).
3. A person's office, his name, then a bare country adjective glued to the
   conjunction ("الرئيسان الأوغندي يويري موسيفيني والكيني أوهورو كيناتا"):
   the adjective stands for the same office of the second state
   (``mention_lists._name_between``).
"""

from __future__ import annotations

import pytest

from casts import cast, run

# (lang, sentence, type, the cast of that type's events)
OFFICERS = [
    (
        "ar",
        "التقى الفريق الركن العراقي أحمد الساعدي وزير الدفاع التركي في أنقرة.",
        "CONSULT",
        {"IRQ:MIL", "TUR:GOV"},
    ),
    (
        "fa",
        "سرلشکر عراقی احمد الساعدی با وزیر دفاع ترکیه در آنکارا دیدار کرد.",
        "CONSULT",
        {"IRQ:MIL", "TUR:GOV"},
    ),
    (
        "en",
        "Iraqi Brigadier Ahmed al-Saadi met the Turkish defence minister in Ankara.",
        "CONSULT",
        {"IRQ:MIL", "TUR:GOV"},
    ),
    (
        "en",
        "Iraqi Colonel Ahmed al-Saadi met the Turkish defence minister in Ankara.",
        "CONSULT",
        {"IRQ:MIL", "TUR:GOV"},
    ),
    (
        "ar",
        "التقى الأدميرال الأمريكي جون سميث وزير الدفاع التركي في أنقرة.",
        "CONSULT",
        {"USA:MIL", "TUR:GOV"},
    ),
    (
        "fa",
        "دریادار آمریکایی جان اسمیت با وزیر دفاع ترکیه در آنکارا دیدار کرد.",
        "CONSULT",
        {"USA:MIL", "TUR:GOV"},
    ),
    (
        "en",
        "US Admiral John Smith met the Turkish defence minister in Ankara.",
        "CONSULT",
        {"USA:MIL", "TUR:GOV"},
    ),
]


@pytest.mark.parametrize(("lang", "text", "etype", "actors"), OFFICERS)
def test_an_officers_rank_is_the_army(lang: str, text: str, etype: str, actors: set[str]) -> None:
    assert cast(run(text, lang), etype) == actors


SERVANT_NAMES = [
    ("ar", "انتقد عبد الملك الساعدي الحكومة العراقية في بغداد."),
    ("ar", "اتهم عبد الأمير الساعدي الحكومة العراقية بالفساد."),
    ("fa", "عبدالامیر الساعدی دولت عراق را به فساد متهم کرد."),
    ("en", "Abdul-Amir al-Saadi accused the Iraqi government of corruption."),
    ("en", "Abdul Amir al-Saadi accused the Iraqi government of corruption."),
]


@pytest.mark.parametrize(("lang", "text"), SERVANT_NAMES)
def test_a_servant_of_the_prince_is_no_prince(lang: str, text: str) -> None:
    record = run(text, lang)
    actors = [a for e in record.events for a in e.actors]
    assert not any(
        a.role == "head_of_state" or (a.agent == "GOV" and a.code is None) for a in actors
    )


SECOND_OFFICE = [
    (
        "ar",
        "التقى الرئيسان الأوغندي يويري موسيفيني والكيني أوهورو كيناتا في القاهرة.",
        "CONSULT",
        {"UGA:GOV", "KEN:GOV"},
    ),
    (
        "ar",
        "التقى الرئيسان المصري سامي حسن والسوداني محمد عمر في الخرطوم.",
        "CONSULT",
        {"EGY:GOV", "SDN:GOV"},
    ),
    (
        "ar",
        "بحث وزيرا الخارجية المصري سامي حسن والأردني محمد عمر الأزمة السورية في عمان.",
        "CONSULT",
        {"EGY:GOV", "JOR:GOV"},
    ),
    (
        "fa",
        "رئیس‌جمهور اوگاندا یووری موسونی و رئیس‌جمهور کنیا اوهورو کنیاتا در قاهره دیدار کردند.",
        "CONSULT",
        {"UGA:GOV", "KEN:GOV"},
    ),
    (
        "en",
        "Ugandan President Yoweri Museveni and Kenyan President Uhuru Kenyatta met in Cairo.",
        "CONSULT",
        {"UGA:GOV", "KEN:GOV"},
    ),
    (
        "en",
        "The Egyptian and Jordanian foreign ministers, Sami Hassan and Mohammed Omar, "
        "discussed the Syrian crisis in Amman.",
        "CONSULT",
        {"EGY:GOV", "JOR:GOV"},
    ),
]


@pytest.mark.parametrize(("lang", "text", "etype", "actors"), SECOND_OFFICE)
def test_a_second_adjective_after_a_name_shares_the_office(
    lang: str, text: str, etype: str, actors: set[str]
) -> None:
    assert cast(run(text, lang), etype) == actors


# 4. Policemen who continue their own protest ("احتجاجاتهم", "their
#    protests", "اعتراضات خود") are its crowd: no civilians are understood
#    beside them, and the government is understood as the one protested
#    against, as for any crowd (``armed_protest``).
OWN_PROTEST = [
    (
        "ar",
        "واصل رجال الشرطة البلجيكية الاثنين احتجاجاتهم على الأجور في بروكسل.",
        "PROTEST",
        {"BEL:COP", "BEL:GOV"},
    ),
    (
        "fa",
        "ماموران پلیس بلژیک روز دوشنبه به اعتراضات خود علیه دستمزدها در بروکسل ادامه دادند.",
        "PROTEST",
        {"BEL:COP", "BEL:GOV"},
    ),
    (
        "en",
        "Belgian police officers continued their protests over pay in Brussels on Monday.",
        "PROTEST",
        {"BEL:COP", "BEL:GOV"},
    ),
    (
        "ar",
        "تظاهر رجال الشرطة أمام مقر الحكومة في بروكسل للمطالبة بزيادة الأجور.",
        "PROTEST",
        {"BEL:COP", "BEL:GOV"},
    ),
]


@pytest.mark.parametrize(("lang", "text", "etype", "actors"), OWN_PROTEST)
def test_policemen_protesting_their_own_protest(
    lang: str, text: str, etype: str, actors: set[str]
) -> None:
    assert cast(run(text, lang), etype) == actors


def test_police_who_crush_a_protest_are_not_its_crowd() -> None:
    """A deed of force before the protest's word: the police did it to the
    protest ("قمعت الشرطة احتجاجاتهم"), whoever owns it."""
    record = run("قمعت الشرطة البلجيكية احتجاجاتهم بالقوة في بروكسل.", "ar")
    assert "BEL:CVL" in cast(record, "PROTEST")


# 5. People named by a noun of no kind and described by an agent noun of
#    armed men right after it ("خمسة أشخاص متشددين", "پنج فرد تروریست",
#    "five extremists") are one actor of the describing agent
#    (``titles.typed_by_next``).
TYPED_PEOPLE = [
    (
        "ar",
        "اعتقلت الشرطة التونسية خمسة أشخاص متشددين في سوسة.",
        "COERCE",
        {"TUN:COP", "TUN:REB"},
    ),
    (
        "ar",
        "اعتقلت الشرطة التونسية ثلاثة مشتبه بهم متطرفين في سوسة.",
        "COERCE",
        {"TUN:COP", "TUN:REB"},
    ),
    (
        "fa",
        "پلیس تونس پنج فرد تروریست را در سوسه بازداشت کرد.",
        "COERCE",
        {"TUN:COP", "TUN:REB"},
    ),
    (
        "en",
        "Tunisian police arrested five extremists in Sousse.",
        "COERCE",
        {"TUN:COP", "TUN:REB"},
    ),
]


@pytest.mark.parametrize(("lang", "text", "etype", "actors"), TYPED_PEOPLE)
def test_people_typed_by_the_noun_after_them(
    lang: str, text: str, etype: str, actors: set[str]
) -> None:
    assert cast(run(text, lang), etype) == actors


def test_people_of_no_kind_stay_civilians() -> None:
    record = run("اعتقلت الشرطة التونسية خمسة أشخاص في سوسة.", "ar")
    assert cast(record, "COERCE") == {"TUN:COP", "TUN:CVL"}


# 6. A state named alone as the subject of a clause its own government body
#    or official reports ("قالت وزارة الخارجية المصرية إن مصر تدعم …") is
#    its government, as when it speaks "in a ministry statement"
#    (``spoken_through.state_reported_by_body``).
REPORTED_STATE = [
    (
        "ar",
        "قالت وزارة الخارجية المصرية إن مصر تدعم الحكومة الليبية.",
        "SUPPORT",
        {"EGY:GOV", "LBY:GOV"},
    ),
    (
        "ar",
        "وذكرت وزارة الخارجية، في بيان، أن مصر تدعم الحكومة الليبية.",
        "SUPPORT",
        {"EGY:GOV", "LBY:GOV"},
    ),
    (
        "fa",
        "وزارت خارجه مصر اعلام کرد که مصر از دولت لیبی حمایت می‌کند.",
        "SUPPORT",
        {"EGY:GOV", "LBY:GOV"},
    ),
    (
        "en",
        "The Egyptian foreign ministry said that Egypt supports the Libyan government.",
        "SUPPORT",
        {"EGY:GOV", "LBY:GOV"},
    ),
]


@pytest.mark.parametrize(("lang", "text", "etype", "actors"), REPORTED_STATE)
def test_a_state_its_own_ministry_reports_is_its_government(
    lang: str, text: str, etype: str, actors: set[str]
) -> None:
    assert cast(run(text, lang), etype) == actors


def test_another_state_in_the_clause_stays_whole() -> None:
    record = run("قالت الحكومة المصرية إن تركيا تدعم الحكومة الليبية.", "ar")
    assert "TUR:" in cast(record, "SUPPORT")


# 7. The head of a department, centre, club or branch ("رئيس قسم الجراحة",
#    "رئيس مركز الدراسات") heads no state: bare "رئيس" is read as a head of
#    state, so these phrases are blocked whole (``NOT_AGENTS``).
DEPARTMENT_HEADS = [
    ("ar", "انتقد رئيس قسم الجراحة بالمستشفى وزير الصحة التونسي."),
    ("ar", "انتقد رئيس مركز الدراسات الاستراتيجية وزير الداخلية التونسي بشدة."),
    ("fa", "رئیس بخش جراحی بیمارستان از وزیر بهداشت تونس انتقاد کرد."),
    (
        "en",
        "The head of the hospital's surgery department criticised the Tunisian health minister.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), DEPARTMENT_HEADS)
def test_a_department_head_heads_no_state(lang: str, text: str) -> None:
    actors = [a for e in run(text, lang).events for a in e.actors]
    assert not any(
        a.role == "head_of_state" or (a.agent == "GOV" and a.code is None) for a in actors
    )


# 8. A delegation "of businessmen" or "of the opposition" in the accusative
#    ("استقبل وفدا من رجال الأعمال") is of those members' agent, not the
#    state's envoys (``OWNED_NOUNS``).
DELEGATIONS = [
    ("ar", "التقى الرئيس التونسي وفدا من رجال الأعمال.", "CONSULT", {"GOV", "BUS"}),
    ("fa", "رئیس جمهور تونس با هیئتی از بازرگانان دیدار کرد.", "CONSULT", {"GOV", "BUS"}),
    ("en", "The Tunisian president met a delegation of businessmen.", "CONSULT", {"GOV", "BUS"}),
    ("ar", "التقى رئيس البرلمان التونسي وفدا من أحزاب المعارضة.", "CONSULT", {"LEG", "OPP"}),
    (
        "en",
        "The Tunisian parliament speaker met a delegation of opposition parties.",
        "CONSULT",
        {"LEG", "OPP"},
    ),
]


@pytest.mark.parametrize(("lang", "text", "etype", "agents"), DELEGATIONS)
def test_a_delegation_of_members_is_theirs(
    lang: str, text: str, etype: str, agents: set[str]
) -> None:
    record = run(text, lang)
    assert {a.agent for e in record.events if e.type == etype for a in e.actors} == agents
