"""Round 17 (farecall17b): Persian types told with other wording.

A deed judged unacceptable with a bare copula ("اقدام آمریکا غیرقابل قبول
است", "قابل قبول نیست"; English "was unacceptable") is criticism (ACCUSE),
as the verbs of calling ("غیرقابل قبول خواند") already read; "غیرقابل قبول
نیست" and "would be unacceptable" criticise nothing. A compound verb made
with "به عمل آوردن"/"به عمل آمدن" in formal Persian ("قدردانی به عمل آورد")
is the compound in "کرد"; the welcome of a guest ("از وزیر استقبال به عمل
آمد") backs nothing. Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from casts import cast, run

UNACCEPTABLE = [
    (
        "سخنگوی وزارت خارجه ایران گفت اقدام تازه آمریکا در منطقه غیرقابل قبول است.",
        "fa",
        "IRN",
        "USA",
    ),
    ("وزیر خارجه آلمان گفت ادامه شهرک‌سازی اسرائیل قابل قبول نیست.", "fa", "DEU", "ISR"),
    ("وزیر خارجه ترکیه گفت دخالت آمریکا در سوریه غیر قابل قبول بود.", "fa", "TUR", "USA"),
    (
        "Iran's foreign ministry said the Israeli strike on Syria was unacceptable.",
        "en",
        "IRN",
        "ISR",
    ),
    (
        "The German foreign minister said Israel's settlement expansion is totally unacceptable.",
        "en",
        "DEU",
        "ISR",
    ),
]


@pytest.mark.parametrize(("text", "lang", "critic", "criticised"), UNACCEPTABLE)
def test_a_deed_judged_unacceptable_is_criticised(
    text: str, lang: str, critic: str, criticised: str
) -> None:
    codes = {a.split(":")[0] for a in cast(run(text, lang), "ACCUSE")}
    assert {critic, criticised} <= codes


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("وزیر خارجه فرانسه گفت پیشنهاد ایران برای آلمان غیر قابل قبول نیست.", "fa"),
        ("Russia's foreign minister said such a move by Germany would be unacceptable.", "en"),
        ("The French minister said the Iranian proposal is not unacceptable to Germany.", "en"),
    ],
)
def test_no_criticism_without_the_judgement(text: str, lang: str) -> None:
    assert not cast(run(text, lang), "ACCUSE")


AS_DEED = [
    (
        "نخست وزیر عراق از تلاش‌های ایران برای برقراری امنیت قدردانی به عمل آورد.",
        "SUPPORT",
        "IRQ",
        "IRN",
    ),
    ("رئیس جمهور سوریه از مواضع روسیه تقدیر به عمل آورد.", "SUPPORT", "SYR", "RUS"),
    ("وزیر خارجه ایران با همتای ترکیه خود گفتگو به عمل آورد.", "CONSULT", "IRN", "TUR"),
]


@pytest.mark.parametrize(("text", "etype", "one", "other"), AS_DEED)
def test_compound_verb_in_be_amal_avardan(text: str, etype: str, one: str, other: str) -> None:
    codes = {a.split(":")[0] for a in cast(run(text, "fa"), etype)}
    assert {one, other} <= codes


def test_welcome_of_a_guest_backs_nothing() -> None:
    text = "از وزیر خارجه عراق در فرودگاه مهرآباد تهران استقبال به عمل آمد."
    assert not cast(run(text, "fa"), "SUPPORT")
