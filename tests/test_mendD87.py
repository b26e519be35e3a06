"""Round 87, mending postponed86 (mendD87, REVIEW86 findings 1-5; every
sentence written for these tests).

A put-off to a new date leaves the deed planned; a bare put-off negates it;
a denied put-off is none; a put-off told as the deed's history (in its
relative clause, after "but") leaves the deed's own status; postponed
sanctions are not imposed; words with another sense ("أرجاء" throughout,
"أجلت" evacuated, "pushed back" repelled) are no put-off. Main (round 86)
read every NEW row below wrong (negated, or SANCTION reported).
"""

from __future__ import annotations

import pytest

from event_statuses import statuses

# main: negated (a new date is set: the deed is still to come)
NEW_DATE = [
    (
        "en",
        "Talks between the Omani and Yemeni envoys were postponed until next Thursday.",
        "CONSULT",
    ),
    ("en", "The summit between Kenya and Uganda was put off to April 20.", "CONSULT"),
    ("ar", "أرجئ اللقاء بين وزيري خارجية مصر والأردن إلى الأسبوع المقبل.", "CONSULT"),
    ("ar", "تأجلت المفاوضات بين تركيا واليونان حتى يوم الأحد المقبل.", "CONSULT"),
    ("fa", "دیدار وزیران خارجه ترکیه و یونان به هفته آینده موکول شد.", "CONSULT"),
    ("fa", "نشست وزیران نفت عمان و کویت به روز شنبه موکول شد.", "CONSULT"),
]


@pytest.mark.parametrize(("lang", "text", "etype"), NEW_DATE)
def test_a_put_off_to_a_new_date_is_planned(lang: str, text: str, etype: str) -> None:
    assert statuses(text, lang, etype) == {"planned"}


# main: negated (the put-off is the deed's past, or denied)
NOT_NEGATED = [
    (
        "en",
        "The visit of the Kenyan president to Uganda, which had been postponed twice, took place on Sunday.",
        "CONSULT",
        "reported",
    ),
    (
        "fa",
        "مذاکرات ترکیه و یونان که به تعویق افتاده بود، دیروز در آتن برگزار شد.",
        "CONSULT",
        "reported",
    ),
    ("fa", "نشست وزیران خارجه ترکیه و یونان به تعویق نیفتاد.", "CONSULT", "reported"),
    (
        "ar",
        "لم يتم تأجيل المفاوضات بين تركيا واليونان وستعقد غدا كما هو مقرر.",
        "CONSULT",
        "planned",
    ),
]


@pytest.mark.parametrize(("lang", "text", "etype", "status"), NOT_NEGATED)
def test_a_past_or_denied_put_off_does_not_negate(
    lang: str, text: str, etype: str, status: str
) -> None:
    assert statuses(text, lang, etype) == {status}


# main: SANCTION reported (the sanctions were put off, not imposed)
SANCTIONS_PUT_OFF = [
    ("en", "Britain postponed sanctions on Venezuela.", "SANCTION"),
    ("ar", "أرجأت بريطانيا فرض عقوبات على فنزويلا.", "SANCTION"),
]


@pytest.mark.parametrize(("lang", "text", "etype"), SANCTIONS_PUT_OFF)
def test_postponed_sanctions_are_not_imposed(lang: str, text: str, etype: str) -> None:
    assert "reported" not in statuses(text, lang, etype)


# main: negated (the word has another sense here)
OTHER_SENSE = [
    ("ar", "اندلعت احتجاجات في كافة أرجاء فنزويلا ضد الحكومة.", "PROTEST"),
    ("ar", "أجلت القوات البريطانية رعاياها من ليبيا بعد اشتباكات عنيفة في طرابلس.", "ASSAULT"),
    ("en", "Kenyan troops pushed back an attack by Shabaab fighters near the border.", "ASSAULT"),
]


@pytest.mark.parametrize(("lang", "text", "etype"), OTHER_SENSE)
def test_another_sense_is_no_put_off(lang: str, text: str, etype: str) -> None:
    assert "negated" not in statuses(text, lang, etype)


# guards main reads right and must keep
KEPT = [
    ("en", "The visit of the Kenyan president to Uganda was postponed.", "CONSULT", "negated"),
    ("en", "The talks between Kenya and Uganda were postponed indefinitely.", "CONSULT", "negated"),
    ("ar", "قررت النقابة تأجيل الإضراب العام في الأردن.", "PROTEST", "negated"),
    ("ar", "أرجئ اللقاء بين وزيري خارجية مصر والأردن إلى أجل غير مسمى.", "CONSULT", "negated"),
    ("fa", "سفر وزیر خارجه ترکیه به یونان به تعویق افتاد.", "CONSULT", "negated"),
    (
        "fa",
        "دیدار وزیران خارجه ترکیه و یونان که قرار بود امروز برگزار شود به تعویق افتاد.",
        "CONSULT",
        "negated",
    ),
]


@pytest.mark.parametrize(("lang", "text", "etype", "status"), KEPT)
def test_bare_put_offs_still_negate(lang: str, text: str, etype: str, status: str) -> None:
    assert statuses(text, lang, etype) == {status}


@pytest.mark.xfail(
    strict=True,
    reason="a put-off participle before the deed noun ('held postponed talks') is not yet read as history",
)
def test_held_postponed_talks_are_reported() -> None:
    assert statuses(
        "Kenya and Uganda held postponed talks in Nairobi on Sunday.", "en", "CONSULT"
    ) == {"reported"}
