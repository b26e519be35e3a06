"""mendD108 (review108c): the Arabic past auxiliary before the deed's noun
tells nothing done inside a future perfect or a condition, nor across a
full stop of an abbreviation; an aim cue plans only a withdrawal or a
release, not a finite verb, not the thing secured, not after failure
(sentences written for this mend; "status108:" names what the branch
read before it)."""

from __future__ import annotations

import pytest

from diplowatch.extract.status import _stop_between
from event_statuses import statuses

# status108: reported (the auxiliary read as done).
HELD_OPEN = [
    # F1, a future perfect: head + "قد" + auxiliary
    ("ar", "ومع نهاية الشهر القادم سيكون قد تم انسحاب القوات الروسية من سوريا.", "RETREAT"),
    ("ar", "ومع نهاية الشهر القادم ستكون قد تمت المصادقة على الاتفاق بين الأردن والعراق.", "AGREE"),
    (
        "ar",
        "ويرجح المسؤولون أن تكون قد جرت مفاوضات بين قطر وحركة طالبان قبل نهاية الأسبوع القادم.",
        "CONSULT",
    ),
    (
        "ar",
        "ومن المنتظر أن يكون قد تم توقيع الاتفاق بين الأردن والعراق مع حلول الشهر القادم.",
        "AGREE",
    ),
    # F2, a condition opening the clause of the auxiliary
    (
        "ar",
        "إن تم توقيع الاتفاق بين الأردن والعراق فسيتم فتح الحدود بين البلدين.",
        "AGREE",
    ),
    (
        "ar",
        "متى تم الإفراج عن الرهائن المحتجزين في غزة ستبدأ المفاوضات بين الطرفين.",
        "CONCEDE",
    ),
]

# The auxiliary still tells the deed done: "بعد أن", "أنه قد", "وأن".
STILL_DONE = [
    ("ar", "وبعد أن تم توقيع الاتفاق بين الأردن والعراق زار الملك الأردني بغداد.", "AGREE"),
    ("ar", "وقالت الشرطة العراقية إنه قد تم اعتقال ثلاثة مسلحين في البصرة.", "COERCE"),
    (
        "ar",
        "وأكد المتحدث أن الاجتماع كان مثمرا وأن تم توقيع اتفاق بين الأردن والعراق.",
        "AGREE",
    ),
]


@pytest.mark.parametrize(("lang", "text", "etype"), HELD_OPEN)
def test_a_future_perfect_or_condition_holds_the_auxiliary_open(
    lang: str, text: str, etype: str
) -> None:
    assert "reported" not in statuses(text, lang, etype)


@pytest.mark.parametrize(("lang", "text", "etype"), STILL_DONE)
def test_the_auxiliary_outside_them_still_tells_done(lang: str, text: str, etype: str) -> None:
    assert statuses(text, lang, etype) == {"reported"}


# F4: a full stop after a one-letter word or a dotted abbreviation inside a
# quotation ends no sentence, so a condition cue before it still holds
# (whole sentences with such a stop read no event here: tested on the span).
@pytest.mark.parametrize(
    ("text", "stop"),
    [
        ("قال د. ظريف", False),
        ("قالت ج.ا. إيران", False),
        ("the U.S. troops", False),
        ("الأسبوع المقبل. وتم", True),
        ("next week. Troops", True),
    ],
)
def test_an_abbreviation_stop_ends_no_sentence(text: str, stop: bool) -> None:
    assert _stop_between(text, 0, len(text)) is stop


# status108: planned (the aim cue reached the main verb, the thing secured,
# a sum provided, a failed attempt).
NO_AIM = [
    # F5, a finite verb after a sentence-initial purpose phrase
    ("ar", "لتأمين المعبر انسحبت القوات الإسرائيلية من رفح.", "RETREAT"),
    ("ar", "لتأمين الانتخابات نشرت الحكومة العراقية آلاف الجنود في بغداد.", "MOBILIZE"),
    ("fa", "ترکیه و سوریه برای تضمین آرامش مرزها توافق می‌کنند.", "AGREE"),
    # F6, the deed is the thing kept safe or going on
    ("ar", "وانتشر الجيش اللبناني لتأمين الاحتجاجات التي شهدتها بيروت أمس.", "PROTEST"),
    (
        "ar",
        "واعتقلت الشرطة الأردنية عشرة أشخاص لضمان سلامة زيارة الرئيس الفرنسي إلى عمان.",
        "CONSULT",
    ),
    ("fa", "پلیس عراق برای تامین امنیت راهپیمایی دیروز در بغداد مستقر شد.", "PROTEST"),
    # F7, "تامین" = provide
    ("fa", "ایران برای تامین کمک‌های پزشکی به لبنان ۲۰ میلیون دلار اختصاص داد.", "AID"),
    # F8, failure before the cue
    ("en", "Britain failed to secure the release of the two journalists held by Iran.", "CONCEDE"),
    ("en", "Qatar tried in vain to secure the release of the prisoners held by Iran.", "CONCEDE"),
]

# Still aims: a withdrawal or a release named as one, beside a second aim.
STILL_AIMED = [
    ("ar", "وأرسلت فرنسا طائرات لضمان الأمن وانسحاب رعاياها من السودان.", "RETREAT"),
    ("fa", "ایتالیا برای تضمین خروج نیروهایش از عراق هواپیما فرستاد.", "RETREAT"),
    ("en", "Qatar sent envoys to Tehran to secure the release of the detained sailors.", "CONCEDE"),
]


@pytest.mark.parametrize(("lang", "text", "etype"), NO_AIM)
def test_no_aim_is_read_in_them(lang: str, text: str, etype: str) -> None:
    assert "planned" not in statuses(text, lang, etype)


@pytest.mark.parametrize(("lang", "text", "etype"), STILL_AIMED)
def test_a_withdrawal_or_release_named_as_aim_stays_planned(
    lang: str, text: str, etype: str
) -> None:
    assert statuses(text, lang, etype) == {"planned"}
