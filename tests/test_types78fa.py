"""An operation clearing a place of armed men is an attack (round 78,
types78fa; every sentence written for these tests).

"عملیات پاکسازی از وجود طالبان", "a clearing operation against
militants": troops sweeping a town of insurgents fight them (PLOVER
ASSAULT, a military offensive). The operation is read only with the armed
men named near it (``lang/fa/triggers.py`` and ``lang/en/triggers.py``
``_CLEARED_OF``): a clearing also removes pollution, mines or rubble, and
the bare Persian noun names a duty as often as a deed. Arabic "تطهير …
من الميليشيات" was measured and not kept (its corpus uses were advice,
plans, or took allies as the two sides); its fighting is read by the words
around it, and its other senses (a purge, sewage works) stay no attack.
"""

from __future__ import annotations

import pytest

from diplowatch.model import Document
from diplowatch.pipeline import process


def _types(text: str, lang: str) -> set[str]:
    """The event types the text gives."""
    return {e["type"] for e in process(Document("t", text, lang=lang)).to_dict()["events"]}


CLEARED = [
    ("fa", "کماندوهای افغان عملیات پاکسازی از وجود طالبان در شهر قندوز را آغاز کرده‌اند."),
    ("fa", "ارتش عراق عملیات پاکسازی منطقه طارمیه از عناصر تروریستی داعش را آغاز کرد."),
    ("en", "Afghan commandos launched a clearing operation against Taliban fighters in Kunduz."),
    # mendC79: read only by the "cleared the city of" phrase (no event before it),
    # with a nationality adjective between "of" and the armed men
    ("en", "Soldiers cleared the city of Kurdish rebels on Sunday."),
    # a guard that already held before types78fa ("fighting" is read): kept
    # so the clearing phrase does not lose it
    ("en", "Iraqi troops cleared the town of militants after three days of fighting."),
    # Arabic fighting is told by its own words, the clearing beside them (a
    # guard that already held: there is no Arabic clearing rule)
    ("ar", "شن الجيش العراقي هجوما لتطهير قضاء الطارمية من مسلحي داعش."),
]

NOT_CLEARED = [
    ("fa", "شهرداری بندرعباس عملیات پاکسازی آلودگی‌های نفتی ساحل را آغاز کرد."),
    ("fa", "آمریکا و ویتنام پروژه پاکسازی سموم شیمیایی از پایگاه هوایی داناگ را آغاز کردند."),
    ("fa", "وزیر خارجه ترکیه گفت پاکسازی اردوگاه مخمور از شبه نظامیان کرد وظیفه دولت عراق است."),
    ("en", "Engineers began a clearing operation to remove mines from the farmland."),
    ("en", "Volunteers cleared the town of rubble after the earthquake."),
    # mendC79: armed men named further on are not what was cleared (these two
    # gave an attack with the five-word reach of round 78)
    ("en", "Volunteers cleared the town of wreckage left by rebels last winter."),
    (
        "en",
        "Municipal crews cleared the city of rubble left behind by militants in the old quarter.",
    ),
    # the three Arabic cases are guards that already held: there is no Arabic
    # clearing rule, and they keep one from being added without its senses
    ("ar", "أعلنت وزارة البيئة إنشاء محطة تطهير جديدة لمعالجة المياه في سوسة."),
    ("ar", "فصلت الحكومة آلاف الموظفين في إطار عملية تطهير أعقبت المحاولة الانقلابية."),
    ("ar", "قال الوزير إن تطهير المحافظة من المسلحين مسؤولية الحكومة المركزية."),
]


@pytest.mark.parametrize(("lang", "text"), CLEARED)
def test_a_clearing_of_armed_men_is_an_attack(lang: str, text: str) -> None:
    assert "ASSAULT" in _types(text, lang)


@pytest.mark.parametrize(("lang", "text"), NOT_CLEARED)
def test_other_clearings_are_no_attack(lang: str, text: str) -> None:
    assert "ASSAULT" not in _types(text, lang)
