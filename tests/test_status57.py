"""Round 57 (status57): a deed told as going on or past by its own words is
no plan of a future cue beside it (``extract/status.told_current``), and a
Persian deed closed by a subjunctive verb of its own ("به گفتگو بنشیند", "به
توافق برسند") after a cue of plan is still to come, however far the cue
stands (``context.SUBJUNCTIVE_CLOSERS``, ``nonevents.subjunctive``)."""

from __future__ import annotations

import pytest

from event_statuses import statuses

# (language, sentence, event type, status): the deed's own words tell it as
# going on or past, though a cue of plan of another clause stands near it
CURRENT = [
    (
        "ar",
        "تعقد الحكومة العراقية اليوم اجتماعا لمناقشة الخطط التي تنوي اتخاذها "
        "بعد مظاهرات الجمعة الماضي في بغداد.",
        "PROTEST",
        "reported",
    ),
    (
        "ar",
        "قال الوزير إن إيران تعتزم عبر المفاوضات الجارية مع أمريكا رفع العقوبات.",
        "CONSULT",
        "reported",
    ),
    (
        "fa",
        "وزیر خارجه ایران قصد دارد از طریق مذاکرات جاری با آمریکا تحریم‌ها را لغو کند.",
        "CONSULT",
        "reported",
    ),
    (
        "en",
        "Iran intends to use the ongoing talks with the United States to lift sanctions.",
        "CONSULT",
        "reported",
    ),
    (
        "en",
        "Iraq's government plans to punish those who joined the protests last week in Baghdad.",
        "PROTEST",
        "reported",
    ),
]

# the same sentences without those words: the cue still plans the deed, and
# a deed's own future is untouched
PLANNED = [
    (
        "ar",
        "تعقد الحكومة العراقية اليوم اجتماعا لمناقشة الخطط التي تنوي اتخاذها بعد مظاهرات في بغداد.",
        "PROTEST",
    ),
    ("ar", "قال الوزير إن إيران تعتزم عبر المفاوضات مع أمريكا رفع العقوبات.", "CONSULT"),
    ("ar", "من المقرر أن تبدأ إيران وعمان محادثات في مسقط الأسبوع المقبل.", "CONSULT"),
    ("fa", "وزیر خارجه ایران قصد دارد از طریق مذاکرات با آمریکا تحریم‌ها را لغو کند.", "CONSULT"),
    ("en", "Iran intends to use talks with the United States to lift sanctions.", "CONSULT"),
    (
        "en",
        "Iraq's government plans to punish those who joined the protests in Baghdad.",
        "PROTEST",
    ),
]


@pytest.mark.parametrize(("lang", "text", "etype", "status"), CURRENT)
def test_deed_told_current_is_not_planned_by_a_cue_beside_it(
    lang: str, text: str, etype: str, status: str
) -> None:
    assert statuses(text, lang, etype) == {status}


@pytest.mark.parametrize(("lang", "text", "etype"), PLANNED)
def test_without_such_words_the_cue_still_plans_it(lang: str, text: str, etype: str) -> None:
    assert statuses(text, lang, etype) == {"planned"}


def test_persian_talks_closed_by_a_subjunctive_far_from_their_cue_are_planned() -> None:
    """ "قرار است" stands far before the talks, a list with commas between:
    the subjunctive "بنشیند" closing them tells them still to come."""
    text = (
        "نخست وزیر اسرائیل قرار است امروز به ترتیب با وزیر دفاع، وزیر خارجه و "
        "مشاور امنیت ملی آمریکا به گفتگو بنشیند."
    )
    assert statuses(text, "fa", "CONSULT") == {"planned"}


def test_persian_agreement_to_be_reached_is_planned() -> None:
    text = "قرار است ایران و عربستان در نشست بغداد به توافق برسند."
    assert statuses(text, "fa", "AGREE") == {"planned"}


def test_persian_talks_held_stay_reported() -> None:
    """The past "نشست" closes them: told as held, whatever the list between."""
    text = (
        "نخست وزیر اسرائیل دیروز با وزیر دفاع، وزیر خارجه و مشاور امنیت ملی آمریکا به گفتگو نشست."
    )
    assert statuses(text, "fa", "CONSULT") == {"reported"}


@pytest.mark.parametrize(
    ("lang", "text", "etype"),
    [
        (
            "en",
            "Israel's prime minister is expected to hold talks with the US defence secretary, "
            "the secretary of state and the national security adviser today.",
            "CONSULT",
        ),
        ("en", "Iran and Saudi Arabia are expected to reach an agreement in Baghdad.", "AGREE"),
        ("ar", "من المتوقع أن تتوصل إيران والسعودية إلى اتفاق في بغداد.", "AGREE"),
    ],
)
def test_no_subjunctive_closer_in_arabic_or_english(lang: str, text: str, etype: str) -> None:
    """Arabic and English put the verb of the deed right after its cue of
    plan ("is expected to hold talks", "من المتوقع أن تتوصل"), with no
    verb-final subjunctive to read: they stay planned as before."""
    assert statuses(text, lang, etype) == {"planned"}


# Persian "عدم" (non-) negates the noun after it, never the deed before it.
def test_persian_protest_over_a_non_payment_is_not_negated() -> None:
    text = "کارگران شرکت نفت روز یکشنبه در اعتراض به عدم پرداخت حقوق مقابل استانداری تجمع کردند."
    assert statuses(text, "fa", "PROTEST") == {"reported"}


def test_persian_negated_light_verb_still_negates() -> None:
    assert statuses("وزیران خارجه ایران و عراق دیروز با هم دیدار نکردند.", "fa", "CONSULT") == {
        "negated"
    }


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "تجمع العمال أمام مقر الولاية احتجاجا على عدم صرف رواتبهم."),
        ("en", "Workers protested outside the governor's office over the non-payment of wages."),
    ],
)
def test_non_before_the_object_in_arabic_and_english(lang: str, text: str) -> None:
    """Arabic and English negate a deed before it, never after it: "عدم"
    and "non-" after the protest were never read as its negation there."""
    assert statuses(text, lang, "PROTEST") == {"reported"}
