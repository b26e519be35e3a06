"""A meeting or summit attended by a list of titled, named leaders keeps every
leader of the list (round 101, sides101; every sentence written for these
tests).

A titled person's name was no side of its own (the title holds the actor),
so the name stood between the first title and the conjunction of the next
item, and so did an honorific before a name ("الشيخ", "Sheikh") or, in
Persian, the next leader's title written after the comma ("…، رئیس‌جمهور
روسیه …"): the list broke after its first item and a joint event kept two
leaders (``split_sides.split`` joins only the first two groups) or was read
as one leader meeting each of the others in turn. The names now mark where
each item ends (``split_sides._named_groups``; ``coordination._after_repeat``
and ``_titled_next``; ``context.HOLDER_NAME_LEADS``).
"""

from __future__ import annotations

import pytest

from casts import casts_in_order

# (language, sentence, event type, the codes of its one event). main cut
# each list to two leaders, or read pairs of the first with each other.
LISTED: list[tuple[str, str, str, set[str]]] = [
    (
        "ar",
        "شارك في القمة أمير قطر الشيخ تميم بن حمد وأمير الكويت الشيخ صباح الأحمد"
        " والرئيس السوداني عمر البشير.",
        "CONSULT",
        {"QAT", "KWT", "SDN"},
    ),
    (
        "ar",
        "شارك في القمة ملك الأردن عبد الله الثاني والرئيس المصري عبد الفتاح السيسي"
        " والرئيس العراقي برهم صالح.",
        "CONSULT",
        {"JOR", "EGY", "IRQ"},
    ),
    (
        "ar",
        "حضر القمة الرئيس الفلسطيني محمود عباس والرئيس التونسي الباجي قائد السبسي"
        " والرئيس السوداني عمر البشير.",
        "CONSULT",
        {"PSE", "TUN", "SDN"},
    ),
    (
        "fa",
        "در این اجلاس امیر قطر شیخ تمیم بن حمد، امیر کویت شیخ صباح الاحمد و"
        " رئیس‌جمهور سودان عمر البشیر حضور داشتند.",
        "CONSULT",
        {"QAT", "KWT", "SDN"},
    ),
    (
        "fa",
        "در این نشست رئیس‌جمهور ایران حسن روحانی، رئیس‌جمهور روسیه ولادیمیر پوتین و"
        " رئیس‌جمهور ترکیه رجب طیب اردوغان شرکت کردند.",
        "CONSULT",
        {"IRN", "RUS", "TUR"},
    ),
    (
        "en",
        "The summit was attended by the Emir of Qatar Sheikh Tamim bin Hamad, the Emir"
        " of Kuwait Sheikh Sabah al-Ahmad and Sudanese President Omar al-Bashir.",
        "CONSULT",
        {"QAT", "KWT", "SDN"},
    ),
    (
        "fa",
        "اجلاس با حضور امیر قطر شیخ تمیم بن حمد، رئیس‌جمهور مصر عبدالفتاح السیسی و"
        " رئیس‌جمهور عراق برهم صالح برگزار شد.",
        "CONSULT",
        {"QAT", "EGY", "IRQ"},
    ),
    (
        "en",
        "Iranian President Hassan Rouhani, Russian President Vladimir Putin and Turkish"
        " President Recep Tayyip Erdogan met in Ankara.",
        "CONSULT",
        {"IRN", "RUS", "TUR"},
    ),
    (
        "en",
        "The summit was held in the presence of Qatar's Emir Sheikh Tamim bin Hamad,"
        " Egyptian President Abdel Fattah al-Sisi and Iraqi President Barham Salih.",
        "CONSULT",
        {"QAT", "EGY", "IRQ"},
    ),
]


def _codes(text: str, lang: str, etype: str) -> list[set[str]]:
    return [{c.split(":")[0] for c in event} for event in casts_in_order(text, lang, etype)]


@pytest.mark.parametrize(("lang", "text", "etype", "codes"), LISTED)
def test_every_named_leader_of_a_list_takes_part(
    lang: str, text: str, etype: str, codes: set[str]
) -> None:
    assert _codes(text, lang, etype) == [codes]


# Guards, read right on main too: a list of titles with no names; two named
# leaders, one acting on the other (no list: the honorific and title words
# join nothing across a directed deed's subject and object); named co-doers
# of a threat each threaten; a Persian named minister, a comma and another
# minister's title marked as the object of an invitation (the comma and
# title go on with a list only among the sides of a joint event).
KEPT: list[tuple[str, str, str, list[list[str]]]] = [
    (
        "ar",
        "حضر القمة أمير قطر والرئيس المصري والملك الأردني والرئيس العراقي.",
        "CONSULT",
        [["QAT", "EGY", "JOR", "IRQ"]],
    ),
    (
        "ar",
        "انتقد الرئيس الأمريكي جو بايدن الرئيس الروسي فلاديمير بوتين.",
        "ACCUSE",
        [["USA", "RUS"]],
    ),
    (
        "ar",
        "هدد الرئيس الأمريكي جو بايدن والرئيس الفرنسي إيمانويل ماكرون إيران بعقوبات جديدة.",
        "THREATEN",
        [["USA", "IRN"], ["FRA", "IRN"]],
    ),
    (
        "fa",
        "وزیر امور خارجه ایران محمد جواد ظریف، وزیر امور خارجه روسیه سرگئی لاوروف را"
        " به تهران دعوت کرد.",
        "REQUEST",
        [["IRN", "RUS"]],
    ),
    (
        "fa",
        "حسن روحانی، رئیس‌جمهور ایران، با ولادیمیر پوتین دیدار کرد.",
        "CONSULT",
        [["IRN", "RUS"]],
    ),
    (
        "en",
        "US President Joe Biden criticised Russian President Vladimir Putin.",
        "ACCUSE",
        [["USA", "RUS"]],
    ),
    (
        "en",
        "US President Joe Biden and French President Emmanuel Macron threatened Iran with"
        " new sanctions.",
        "THREATEN",
        [["USA", "IRN"], ["FRA", "IRN"]],
    ),
]


@pytest.mark.parametrize(("lang", "text", "etype", "events"), KEPT)
def test_no_list_is_made_of_other_sides(
    lang: str, text: str, etype: str, events: list[list[str]]
) -> None:
    got = [[c.split(":")[0] for c in event] for event in casts_in_order(text, lang, etype)]
    assert got == events
