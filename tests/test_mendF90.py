"""mendF90: mends of mendB89 after review 89, findings 5-7 (sentences
written for this mend; "main:" names what main c2024e92 reads)."""

from __future__ import annotations

import pytest

from event_statuses import statuses

# A negated verb of containing whose object is the deed, though a mention or
# a joining word stands between (``extract/lacked.py``, findings 5 and 6).
STILL_LACKING = [
    # main: RETREAT reported (a possessor "'s" before the deed)
    ("en", "The accord does not include Russia's pullout from the border area.", "RETREAT"),
    # main: RETREAT reported (a possessor phrase with "and" before "'")
    ("en", "The plan does not include Turkey and its partners' withdrawal from Iraq.", "RETREAT"),
    # main: RETREAT reported (a name closing the subject's construct)
    ("ar", "لم يتضمن اتفاق القاهرة انسحاب القوات الإسرائيلية من المعبر.", "RETREAT"),
    # main: CONCEDE reported (two objects joined by "and")
    ("en", "The accord does not include security guarantees and a swap of detainees.", "CONCEDE"),
    # main: RETREAT reported (two objects joined by "و")
    ("fa", "این طرح شامل تضمین‌های امنیتی و عقب‌نشینی نیروهای خارجی نمی‌شود.", "RETREAT"),
    # main: RETREAT reported (a relative inside the definite subject)
    ("ar", "لم تتضمن الوثيقة التي أعلنها الوسطاء اليوم انسحاب الجيش من المدينة.", "RETREAT"),
]


@pytest.mark.parametrize(("lang", "text", "etype"), STILL_LACKING)
def test_the_object_of_containing_stays_negated(lang: str, text: str, etype: str) -> None:
    assert statuses(text, lang, etype) == {"negated"}


# An added deed whose relative clause is not past, or whose past time belongs
# to a noun it governs, keeps the plan (``extract/added.py``, finding 7).
ADDED_PLANNED = [
    # main: the summit reported (a present relative, "تحتضنها")
    (
        "ar",
        "سيحضر ماكرون اجتماعا لحلف الأطلسي في لندن بالإضافة إلى القمة التي تحتضنها قطر.",
        "CONSULT",
    ),
    # main: the conference reported (a present relative, "تنظمه")
    (
        "ar",
        "سيحضر ماكرون اجتماعا لحلف الأطلسي في لندن بالإضافة إلى مؤتمر المانحين الذي تنظمه الكويت.",
        "CONSULT",
    ),
    # guard: planned on main too (another rule carries the plan)
    (
        "en",
        "Macron will attend a NATO meeting in London as well as the talks that Qatar hosts.",
        "CONSULT",
    ),
    # guard: planned on main too (a present relative, "برگزار می‌کند")
    (
        "fa",
        "نخست وزیر در نشست وزیران دارایی عرب شرکت خواهد کرد و همچنین کنفرانسی که قطر برگزار می‌کند",
        "CONSULT",
    ),
    # main: the summit reported (the past time is the treaty's, a noun of its topic)
    (
        "ar",
        "سيحضر ماكرون اجتماعا لحلف الأطلسي في لندن بالإضافة إلى قمة لبحث الاتفاق الموقع"
        " الشهر الماضي.",
        "CONSULT",
    ),
]


@pytest.mark.parametrize(("lang", "text", "etype"), ADDED_PLANNED)
def test_an_added_deed_not_told_apart_stays_planned(lang: str, text: str, etype: str) -> None:
    assert statuses(text, lang, etype) == {"planned"}


# Guards: an added deed with a past relative or its own past time stays done.
ADDED_DONE = [
    ("ar", "سيحضر ماكرون اجتماعا لحلف الأطلسي في لندن بالإضافة إلى القمة التي احتضنتها قطر."),
    ("ar", "سيحضر ماكرون اجتماعا لحلف الأطلسي في لندن بالإضافة إلى القمة التي عقدت أمس."),
    ("fa", "ماکرون در نشست ناتو در لندن شرکت خواهد کرد و همچنین اجلاسی که قطر میزبانی کرد."),
]


@pytest.mark.parametrize(("lang", "text"), ADDED_DONE)
def test_an_added_deed_done_stays_reported(lang: str, text: str) -> None:
    assert statuses(text, lang, "CONSULT") == {"planned", "reported"}
