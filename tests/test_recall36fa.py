"""Persian requests the extractor missed (round 36, recall36fa; every
sentence written for these tests).

Rules added in this round:

- Persian present and progressive "خواستن" with its addressee named by "از"
  just before ("بریتانیا از ایران می‌خواهد که …", "ما از دولت لبنان
  می‌خواهیم …", "از مردم می‌خواستند …") asks (PLOVER REQUEST), as the past
  "از … خواست" and English "asks Iran to" are read. Without the addressee
  it wants ("ایران می‌خواهد این جنگ را پایان دهد"), an apology ("از مردم
  عذر می‌خواهم") asks for pardon, a prayer ("از خدا می‌خواهم") is none, and
  "از" of a defence, a part or a time ("دفاع از افغانستان", "بسیاری از
  مردم", "پس از پایان جنگ") names no addressee (also for the past "خواست");
- Arabic present "تطلب" with "من" ("تطلب بريطانيا من إيران …") asks, as
  "يطلب" and "نطلب" already did; without "من" it is "تطلّب" (required).
"""

from __future__ import annotations

import pytest

from casts import reading_lines as _read

# (English, Arabic, Persian, the reading of all three)
TRIPLES: list[tuple[str, str, str, tuple[str, ...]]] = [
    (
        "Canada asks Iran to halt uranium enrichment.",
        "تطلب كندا من إيران وقف تخصيب اليورانيوم.",
        "کانادا از ایران می\u200cخواهد که غنی\u200cسازی اورانیوم را متوقف کند.",
        ("REQUEST reported CAN: IRN:",),
    ),
    (
        "The G7 asks North Korea to abandon all its nuclear and missile programmes.",
        "تطلب مجموعة السبع من كوريا الشمالية التخلي عن كل برامجها النووية والصاروخية.",
        "گروه هفت از کره شمالی می\u200cخواهد همه برنامه\u200cهای هسته\u200cای و موشکی"
        " خود را کنار بگذارد.",
        ("REQUEST reported G7: PRK:",),
    ),
    (
        "The UN secretary-general said he asks the Taliban to reopen girls' schools without delay.",
        "قال الأمين العام للأمم المتحدة إنه يطلب من طالبان إعادة فتح مدارس البنات دون تأخير.",
        "دبیرکل سازمان ملل اعلام کرد از طالبان می\u200cخواهم بدون تأخیر مدارس دخترانه را بازگشایی کند.",
        ("REQUEST reported UN:GOV AFG:REB",),
    ),
    (
        "Iran wants to end this war.",
        "تريد إيران إنهاء هذه الحرب.",
        "ایران می\u200cخواهد این جنگ را پایان دهد.",
        (),
    ),
    (
        "The president said: I ask God to help us.",
        "قال الرئيس: أسأل الله أن يساعدنا.",
        "رئیس\u200cجمهور گفت از خدا می\u200cخواهم به ما کمک کند.",
        (),
    ),
]


@pytest.mark.parametrize(("en", "ar", "fa", "want"), TRIPLES)
def test_three_languages_read_alike(en: str, ar: str, fa: str, want: tuple[str, ...]) -> None:
    assert _read(en, "en") == set(want)
    assert _read(ar, "ar") == set(want)
    assert _read(fa, "fa") == set(want)


@pytest.mark.parametrize(
    "fa",
    [
        # an apology asks for pardon, no request of the people
        "وزیر اقتصاد گفت از مردم عذر می\u200cخواهم.",
        # "از" of a defence is no addressee
        "فرمانده گفت سربازان در دفاع از مرزها ایستاده\u200cاند و می\u200cخواهند این درگیری تمام شود.",
        # "از" of a part or a time is no addressee
        "بسیاری از پناهجویان افغان می\u200cخواهند به کشورشان بازگردند.",
        "پس از پایان جنگ، ساکنان غزه می\u200cخواهند به خانه\u200cهایشان برگردند.",
    ],
)
def test_persian_wanting_is_no_request(fa: str) -> None:
    assert _read(fa, "fa") == set()


def test_persian_progressive_past_asks() -> None:
    assert _read("مادران از مردم می\u200cخواستند که به آنان بپیوندند.", "fa") == {
        "REQUEST reported -:CVL"
    }
    assert _read("The mothers were asking people to join them.", "en") == {"REQUEST reported -:CVL"}


def test_arabic_required_is_no_request() -> None:
    assert _read("تطلب الأمر وقتا طويلا.", "ar") == set()
