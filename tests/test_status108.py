"""status108: an Arabic past passive auxiliary right before the deed's noun
("وتم إلقاء القبض", "جرت محادثات") tells the deed done, and a condition
cue in an earlier quoted sentence does not hold it open (sentences written
for this round; "main:" names what main b4ce345d reads)."""

from __future__ import annotations

import pytest

from diplowatch.extract.status import _WORD_BEFORE
from diplowatch.lang.ar import status as ar_status
from event_statuses import statuses

# The auxiliary tells the deed done; a future cue of another clause or of
# an earlier quoted sentence plans something else.
DONE = [
    # main: planned (the comma's clause before holds "الشهر المقبل")
    (
        "ar",
        "وقالت وزارة الداخلية الإيرانية إن الشبكة كانت تعد لهجوم على سفارة أجنبية الشهر المقبل، "
        "وتم توقيف اثنين من أعضائها.",
        "COERCE",
    ),
    # main: planned
    (
        "ar",
        "وأعلنت الشرطة الإيرانية أن عصابة تهريب كانت تنوي نقل شحنة أسلحة الأسبوع القادم، "
        "وقد تم اعتقال زعيمها في مشهد.",
        "COERCE",
    ),
    # main: planned (a quoted sentence before holds the plan and "التخطيط",
    # a cue of condition, with a full stop between)
    (
        "ar",
        'وقال المتحدث باسم الشرطة الإيرانية إن "التخطيط جرى لاستهداف مراكز تجارية في مشهد '
        'الأسبوع المقبل. وتم توقيف ثلاثة مشتبه بهم".',
        "COERCE",
    ),
    # guards: read reported on main already
    (
        "ar",
        "وأكد وزير الخارجية المصري أنه تم توقيع اتفاق مع الجزائر على أن يدخل حيز التنفيذ العام المقبل.",
        "AGREE",
    ),
    ("ar", "وقال وزير الخارجية المصري إنه جرى بحث الأزمة الليبية مع نظيره الجزائري.", "CONSULT"),
    (
        "fa",
        "وزیر کشور ایران گفت: «این گروه قصد داشت هفته آینده حملاتی انجام دهد. "
        "پلیس ایران اعضای آن را بازداشت کرد.»",
        "COERCE",
    ),
    ("fa", "پلیس ایران سه تروریست را در مشهد بازداشت کرد.", "COERCE"),
]

# Not the rule's: a future or present auxiliary is another word ("سيتم",
# "يتم"), a negation or a condition before "تم" still holds; Persian and
# English write no such auxiliary before the noun.
NOT_DONE = [
    (
        "ar",
        "وقالت الشرطة الإيرانية إنه سيتم إلقاء القبض على أعضاء الخلية خلال الأيام القادمة.",
        "COERCE",
        "planned",
    ),
    (
        "ar",
        "وقالت الشرطة الإيرانية إنه يتم إلقاء القبض على أعضاء الخلية الأسبوع المقبل.",
        "COERCE",
        "planned",
    ),
    (
        "ar",
        "وقالت الشرطة الإيرانية إنه لم يتم إلقاء القبض على أعضاء الخلية حتى الآن.",
        "COERCE",
        "negated",
    ),
    (
        "ar",
        "وقالت الحكومة المصرية إنه في حال تم الإفراج عن الصيادين المصريين من قبل السلطات الليبية "
        "فستعيد فتح المعبر.",
        "CONCEDE",
        "planned",
    ),
    (
        "ar",
        "ومن المنتظر أن يجري وزير الخارجية المصري محادثات مع نظيره الجزائري الأسبوع المقبل.",
        "CONSULT",
        "planned",
    ),
    ("fa", "پلیس ایران فردا متهمان را بازداشت خواهد کرد.", "COERCE", "planned"),
    (
        "en",
        "The Egyptian foreign minister will meet his Jordanian counterpart in Amman next week.",
        "CONSULT",
        "planned",
    ),
]


@pytest.mark.parametrize(("lang", "text", "etype"), DONE)
def test_a_deed_after_a_past_auxiliary_is_reported(lang: str, text: str, etype: str) -> None:
    assert statuses(text, lang, etype) == {"reported"}


@pytest.mark.parametrize(("lang", "text", "etype", "status"), NOT_DONE)
def test_no_past_auxiliary_of_its_own_keeps_the_status(
    lang: str, text: str, etype: str, status: str
) -> None:
    assert statuses(text, lang, etype) == {status}


def test_talks_that_took_place_beside_a_planned_meeting_are_reported() -> None:
    # main: planned only ("من المقرر" reached the talks after "جرت")
    text = (
        "ومن المقرر أن يلتقي وزير الخارجية المصري نظيره الأردني غدا، "
        "كما جرت محادثات بين الوفدين المصري والأردني في عمان."
    )
    assert "reported" in statuses(text, "ar", "CONSULT")


def test_the_auxiliaries_are_whole_past_words() -> None:
    words = set(ar_status.OWN_PAST_BEFORE)
    assert {"تم", "وتم", "جرت"} <= words
    assert not words & {"سيتم", "يتم", "ستتم", "عقد"}


# The word before the deed is read whole (mendG108, diffread73 F12: through
# ``process``): "تم" after "قد", "جرت" after two spaces tell the deed done,
# "يختتم" ends in "تم" but is no auxiliary, so the plan holds.
@pytest.mark.parametrize(
    ("text", "etype", "status"),
    [
        ("وقالت الشرطة العراقية إنه قد تم اعتقال ثلاثة مسلحين في البصرة.", "COERCE", "reported"),
        (
            "ومن المقرر أن يلتقي وزير الخارجية المصري نظيره الأردني غدا، "
            "كما جرت  محادثات بين الوفدين المصري والأردني في عمان.",
            "CONSULT",
            "reported",
        ),
        (
            "ومن المقرر أن يختتم وزير الخارجية المصري محادثات مع نظيره الأردني "
            "في عمان الأسبوع المقبل.",
            "CONSULT",
            "planned",
        ),
    ],
)
def test_the_word_before_is_read_whole(text: str, etype: str, status: str) -> None:
    assert status in statuses(text, "ar", etype)
    if status == "planned":
        assert "reported" not in statuses(text, "ar", etype)


def test_a_word_cut_by_the_window_is_not_read() -> None:
    text = "ختم إلقاء"
    assert _WORD_BEFORE.search(text, 1, 4) is None


# A deed right after a verb of securing in a purpose phrase is an aim:
# planned (``extract/aimed.py``, ``status.AIM_CUES``).
AIMED = [
    # main: reported
    (
        "fa",
        "وزارت دفاع ایتالیا گفت برای تضمین خروج نیروهای ایتالیایی از عراق دو هواپیمای باری "
        "به بغداد می‌فرستد.",
        "RETREAT",
    ),
    # main: reported (an aim told beside a deed done: the plane was sent)
    (
        "fa",
        "وزارت دفاع ایتالیا برای تامین سوخت و خروج نیروهای ایتالیایی از عراق دو هواپیما "
        "به بغداد فرستاد.",
        "RETREAT",
    ),
    # main: reported
    (
        "ar",
        "وأعلنت بريطانيا أنها أرسلت 600 جندي إلى كابول لضمان انسحاب دبلوماسييها من أفغانستان بأمان.",
        "RETREAT",
    ),
    # main: reported
    (
        "ar",
        "وأرسلت قطر وفدا إلى كابول لضمان الإفراج عن الرهائن الأمريكيين المحتجزين لدى طالبان.",
        "CONCEDE",
    ),
    # main: reported
    (
        "en",
        "Qatar sent a delegation to Kabul to secure the release of the American hostages "
        "held by the Taliban.",
        "CONCEDE",
    ),
    # main: reported
    (
        "en",
        "Qatar sent envoys to Kabul in order to secure the release of two American prisoners.",
        "CONCEDE",
    ),
]

# Not an aim: the main clause's deed farther from the cue, a deed with a
# past verb of its own, a deed before the cue, success or help before it.
NOT_AIMED = [
    (
        "fa",
        "دولت آلمان برای تامین امنیت سفارت خود در کابل ۵۰۰ نیروی نظامی به افغانستان اعزام کرد.",
        "MOBILIZE",
    ),
    ("fa", "وزیر خارجه ایران برای تامین منافع ملی با همتای ترک خود دیدار کرد.", "CONSULT"),
    ("fa", "ایران و عراق برای تضمین امنیت مرزها توافق کردند.", "AGREE"),
    (
        "ar",
        "وقال وزير الخارجية القطري إن بلاده أجرت محادثات مع طالبان لضمان أمن المطار.",
        "CONSULT",
    ),
    (
        "en",
        "The Taliban released two American prisoners to ensure the talks with Washington continue.",
        "CONCEDE",
    ),
    (
        "en",
        "Qatar helped to secure the release of the American hostages held by the Taliban.",
        "CONCEDE",
    ),
    (
        "en",
        "Qatar managed to secure the release of two American prisoners held by the Taliban.",
        "CONCEDE",
    ),
]


@pytest.mark.parametrize(("lang", "text", "etype"), AIMED)
def test_a_deed_named_as_an_aim_is_planned(lang: str, text: str, etype: str) -> None:
    assert statuses(text, lang, etype) == {"planned"}


@pytest.mark.parametrize(("lang", "text", "etype"), NOT_AIMED)
def test_a_deed_that_is_no_aim_stays_reported(lang: str, text: str, etype: str) -> None:
    assert statuses(text, lang, etype) == {"reported"}
