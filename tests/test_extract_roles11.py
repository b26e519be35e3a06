"""Who a title names (sentences written for these tests, in ar, fa and en):
a deputy prime minister is a minister, not the head of government; a
minister or ambassador named right after a head of state's name is his
guest, not a second title of his; "elect" between a title and a name is no
part of the name and keeps the holder his state's side; the newspaper or
channel a statement is given to takes no part in the deed."""

from __future__ import annotations

import pytest

from casts import cast, run


def roles(text: str, lang: str, etype: str) -> set[tuple[str, str | None]]:
    """(code, role) of every actor of the events of one type."""
    return {
        (a.code or "-", a.role) for e in run(text, lang).events if e.type == etype for a in e.actors
    }


# (lang, sentence, event type, the deputy's country)
DEPUTIES = [
    ("ar", "استقبل أمير الكويت نائب رئيس الوزراء البريطاني في قصر بيان.", "CONSULT", "GBR"),
    ("ar", "التقت نائبة رئيس الحكومة الإسبانية وزير الخارجية المغربي في الرباط.", "CONSULT", "ESP"),
    ("ar", "التقى نائب رئيس الوزراء العراقي فؤاد حسين السفير الروسي.", "CONSULT", "IRQ"),
    (
        "en",
        "The Kuwaiti emir received British Deputy Prime Minister Oliver Dowden.",
        "CONSULT",
        "GBR",
    ),
    (
        "en",
        "Spain's deputy prime minister met the Moroccan foreign minister in Rabat.",
        "CONSULT",
        "ESP",
    ),
    (
        "en",
        "China's vice premier held talks with the US treasury secretary in Zurich.",
        "CONSULT",
        "CHN",
    ),
    ("fa", "امیر کویت معاون نخست وزیر انگلیس را در کاخ بیان به حضور پذیرفت.", "CONSULT", "GBR"),
    ("fa", "معاون نخست‌وزیر اسپانیا با وزیر خارجه مراکش در رباط دیدار کرد.", "CONSULT", "ESP"),
]


@pytest.mark.parametrize(("lang", "text", "etype", "code"), DEPUTIES)
def test_deputy_prime_minister_is_a_minister(lang: str, text: str, etype: str, code: str) -> None:
    got = roles(text, lang, etype)
    assert (code, "minister") in got
    assert (code, "head_of_government") not in got


# (lang, sentence, the host's (code, role), the guest's (code, role))
GUESTS = [
    (
        "ar",
        "استقبل الرئيس الجزائري عبد المجيد تبون وزيرة الدفاع الفرنسية في الجزائر.",
        ("DZA", "head_of_state"),
        ("FRA", "minister"),
    ),
    (
        "ar",
        "استقبل رئيس الوزراء العراقي محمد شياع السوداني سفير الصين لدى بغداد.",
        ("IRQ", "head_of_government"),
        ("CHN", "ambassador"),
    ),
    (
        "ar",
        "استقبل الملك عبدالله الثاني نائب رئيس الوزراء العراقي في عمان.",
        ("JOR", "head_of_state"),
        ("IRQ", "minister"),
    ),
    # a sole office after the name was someone else's before: unchanged
    (
        "ar",
        "استقبل الرئيس التركي رجب طيب أردوغان وزير الخارجية الإيراني في أنقرة.",
        ("TUR", "head_of_state"),
        ("IRN", "foreign_minister"),
    ),
    (
        "en",
        "Algerian President Abdelmadjid Tebboune received the French defence minister in Algiers.",
        ("DZA", "head_of_state"),
        ("FRA", "minister"),
    ),
    (
        "fa",
        "رئیس جمهور ترکیه وزیر خارجه ایران را در آنکارا به حضور پذیرفت.",
        ("TUR", "head_of_state"),
        ("IRN", "foreign_minister"),
    ),
    (
        "fa",
        "رئیس جمهور الجزایر عبدالمجید تبون وزیر دفاع فرانسه را در الجزیره به حضور پذیرفت.",
        ("DZA", "head_of_state"),
        ("FRA", "minister"),
    ),
]


@pytest.mark.parametrize(("lang", "text", "host", "guest"), GUESTS)
def test_title_after_a_heads_name_is_his_guest(
    lang: str, text: str, host: tuple[str, str], guest: tuple[str, str]
) -> None:
    got = roles(text, lang, "CONSULT")
    assert host in got
    assert guest in got


# (lang, sentence, event type, code, name as written)
ELECT = [
    (
        "ar",
        "أجرى الملك سلمان مكالمة هاتفية بالرئيس اللبناني المنتخب ميشل عون هنأه فيها بفوزه.",
        "CONSULT",
        "LBN",
        "ميشل عون",
    ),
    ("ar", "هنأ الملك سلمان الرئيس البرازيلي المنتخب لولا دا سيلفا.", "SUPPORT", "BRA", None),
    (
        "en",
        "King Salman congratulated Brazil's President-elect Lula da Silva.",
        "SUPPORT",
        "BRA",
        None,
    ),
    (
        "en",
        "Egypt's foreign minister met Somalia's president elect Hassan Sheikh Mohamud in Cairo.",
        "CONSULT",
        "SOM",
        "Hassan Sheikh Mohamud",
    ),
    (
        "fa",
        "وزیر خارجه مصر با رئیس جمهور منتخب سومالی حسن شیخ محمود در قاهره دیدار کرد.",
        "CONSULT",
        "SOM",
        "حسن شیخ محمود",
    ),
]


@pytest.mark.parametrize(("lang", "text", "etype", "code", "name"), ELECT)
def test_elect_is_no_part_of_the_name_and_keeps_gov(
    lang: str, text: str, etype: str, code: str, name: str | None
) -> None:
    actors = [a for e in run(text, lang).events if e.type == etype for a in e.actors]
    elect = [a for a in actors if a.code == code]
    assert elect and all(a.agent == "GOV" for a in elect)  # the challenge gold's reading
    names = {a.name for a in elect if a.name}
    assert not any(w in n for n in names for w in ("المنتخب", "منتخب", "elect"))
    if name is not None:
        assert name in names


# (lang, sentence, event type, the speaker's cast, the addressee's cast)
TOLD = [
    (
        "ar",
        "وانتقد زعيم المعارضة في حديث لصحيفة الشروق قرار الحكومة التونسية.",
        "ACCUSE",
        None,
        "TUN:GOV",
    ),
    (
        "ar",
        "ودعا رئيس حزب النهضة في تصريح لإذاعة موزاييك الحكومة إلى الحوار.",
        "REQUEST",
        "TUN:PTY",
        "TUN:GOV",
    ),
    (
        "ar",
        "واتهم رئيس البرلمان الليبي في حوار مع قناة الجزيرة المجلس الرئاسي بتهريب الأموال.",
        "ACCUSE",
        "LBY:LEG",
        "LBY:GOV",
    ),
    (
        "ar",
        "ودعا الأمين العام لحزب العمال في تصريح لمراسل إذاعة شمس رئيس الحكومة إلى الاستقالة.",
        "REQUEST",
        None,
        "-:GOV",
    ),
    # controls: the same shape in fa and en lists no medium either
    (
        "en",
        "Jordan's foreign minister told Al Arabiya that Israel was shelling civilians in Gaza.",
        "ASSAULT",
        None,
        "ISR:",
    ),
    (
        "fa",
        "وزیر خارجه اردن در گفتگو با شبکه العربیه گفت اسرائیل غیرنظامیان غزه را بمباران می‌کند.",
        "ASSAULT",
        None,
        "ISR:",
    ),
]


@pytest.mark.parametrize(("lang", "text", "etype", "speaker", "addressee"), TOLD)
def test_medium_told_is_no_party(
    lang: str, text: str, etype: str, speaker: str | None, addressee: str
) -> None:
    got = cast(run(text, lang), etype)
    assert addressee in got
    if speaker is not None:
        assert speaker in got
    assert not any(c.endswith(":MED") for c in got)


def test_correspondent_of_a_deed_is_still_media() -> None:
    """Only the medium a statement is given to is a bystander: journalists
    attacked or arrested are the target (ar; no statement word before)."""
    got = cast(run("اعتقلت الشرطة التركية مراسل قناة الجزيرة في إسطنبول.", "ar"), "COERCE")
    assert any(c.endswith(":MED") for c in got)


# (lang, sentence, the former holder's code and name, the partner's (code, role))
FORMER = [
    (
        "ar",
        "التقى الرئيس الأمريكي السابق باراك أوباما رئيس الوزراء الكندي في أوتاوا.",
        ("USA", "باراك أوباما"),
        ("CAN", "head_of_government"),
    ),
    (
        "ar",
        "التقى الرئيس الفرنسي الأسبق نيكولا ساركوزي الرئيس التونسي في قرطاج.",
        ("FRA", "نيكولا ساركوزي"),
        ("TUN", "head_of_state"),
    ),
    (
        "en",
        "Former US President Barack Obama met the Canadian prime minister in Ottawa.",
        ("USA", "Barack Obama"),
        ("CAN", "head_of_government"),
    ),
]


@pytest.mark.parametrize(("lang", "text", "former", "partner"), FORMER)
def test_former_holder_is_one_actor_beside_his_partner(
    lang: str, text: str, former: tuple[str, str], partner: tuple[str, str]
) -> None:
    actors = [a for e in run(text, lang).events if e.type == "CONSULT" for a in e.actors]
    mine = [a for a in actors if a.code == former[0]]
    assert len(mine) == 1 and mine[0].former and mine[0].agent is None
    assert mine[0].name == former[1]
    assert partner in {(a.code, a.role) for a in actors}


def test_former_holder_is_no_state_voice_fa() -> None:
    """fa control: a former president keeps no GOV agent."""
    text = "رئیس جمهور سابق آمریکا باراک اوباما با نخست وزیر کانادا در اتاوا دیدار کرد."
    actors = [a for e in run(text, "fa").events for a in e.actors if a.code == "USA"]
    assert actors and all(a.agent is None for a in actors)


# (lang, sentence, event type, the host's code): the title is his own
OWN_TITLE = [
    (
        "ar",
        "استقبل الأمير محمد بن نايف وزير الداخلية السعودي وفدا من البرلمان البريطاني في جدة.",
        "CONSULT",
        "SAU",
    ),
    (
        "ar",
        "التقى الأمير محمد بن سلمان وزير الدفاع رئيس الأركان الأمريكي في الرياض.",
        "CONSULT",
        "SAU",
    ),
    (
        "en",
        "Prince Mohammed bin Nayef, the Saudi interior minister, met a British delegation in Jeddah.",
        "CONSULT",
        "SAU",
    ),
    (
        "fa",
        "شاهزاده محمد بن سلمان وزیر دفاع عربستان با رئیس ستاد ارتش آمریکا در ریاض دیدار کرد.",
        "CONSULT",
        "SAU",
    ),
]


@pytest.mark.parametrize(("lang", "text", "etype", "code"), OWN_TITLE)
def test_title_of_his_own_country_after_the_name_is_his(
    lang: str, text: str, etype: str, code: str
) -> None:
    actors = [a for e in run(text, lang).events if e.type == etype for a in e.actors]
    assert len([a for a in actors if a.code == code]) == 1
