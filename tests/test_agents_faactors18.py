"""Round 18 (faactors18): actors the sentence names, recognised whatever the trigger.

- A head of counted people before "of" ("۲۰ نفر از خبرنگاران", "20 شخصا من
  الصحفيين") only counts the group after it: the group is the actor, not
  plain civilians (``context.PARTITIVE_HEADS``, extract/partitive.py).
- The Leader of Iran's revolution is named by a title of one state's office
  (``TITLE_STATES``); a title of another state after it is the next person.
- People named by what they do (rioters, monarchists, cartels, the
  seminaries, "resistance groups"), Turkey's CHP, Delhi, and Persian
  spellings of office-holders.

Sentences written for these tests, in fa, ar and en.
"""

from __future__ import annotations

import pytest

from diplowatch.model import Document
from diplowatch.pipeline import process


def _actors(lang: str, text: str) -> set[str]:
    record = process(Document("t", text, lang=lang)).to_dict()
    return {f"{a['code'] or '-'}:{a['agent'] or ''}" for e in record["events"] for a in e["actors"]}


@pytest.mark.parametrize(
    ("lang", "text", "group"),
    [
        ("fa", "پلیس ترکیه ۲۰ نفر از خبرنگاران را در آنکارا بازداشت کرد.", "TUR:MED"),
        ("fa", "نیروهای امنیتی سه تن از شبه‌نظامیان را در ولایت هلمند کشتند.", "AFG:REB"),
        ("fa", "ماموران پلیس عراق ده‌ها نفر از کارگران معدن را در بصره دستگیر کردند.", "IRQ:LAB"),
        (
            "fa",
            "بیش از ۱۰۰ تن از استادان دانشگاه‌های ترکیه در اعتراض به اخراج همکاران خود تجمع کردند.",
            "TUR:EDU",
        ),
        ("ar", "اعتقلت الشرطة التركية 20 شخصا من الصحفيين في أنقرة.", "TUR:MED"),
        ("ar", "اعتقلت الشرطة التركية عشرات الأشخاص من الصحفيين في أنقرة.", "TUR:MED"),
        ("en", "Turkish police detained 20 of the journalists in Ankara.", "TUR:MED"),
    ],
)
def test_counted_people_are_the_group_after_of(lang: str, text: str, group: str) -> None:
    found = _actors(lang, text)
    assert group in found
    assert group.split(":")[0] + ":CVL" not in found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fa", "پلیس ده‌ها نفر از مردم معترض را در تهران بازداشت کرد."),
        ("ar", "اعتقلت الشرطة العراقية عشرات الأشخاص في بغداد."),
        ("en", "Iraqi police arrested dozens of people in Baghdad."),
    ],
)
def test_counted_people_with_no_group_stay_civilians(lang: str, text: str) -> None:
    assert any(a.endswith(":CVL") for a in _actors(lang, text))


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fa", "رهبر معظم انقلاب نخست‌وزیر ژاپن را به حضور پذیرفت."),
        ("fa", "رهبر انقلاب روز دوشنبه با نخست‌وزیر ژاپن دیدار کرد."),
        ("ar", "استقبل قائد الثورة الإسلامية رئيس الوزراء الياباني في طهران."),
        ("ar", "استقبل مرشد الثورة رئيس الوزراء الياباني."),
        ("en", "The Leader of the Islamic Revolution received the Japanese prime minister."),
    ],
)
def test_leader_of_the_revolution_is_irans(lang: str, text: str) -> None:
    found = _actors(lang, text)
    assert {"IRN:GOV", "JPN:GOV"} <= found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "استقبل خادم الحرمين الشريفين الملك سلمان رئيس الوزراء الياباني."),
        ("fa", "رهبر انقلاب کوبا با نخست‌وزیر ژاپن دیدار کرد."),
        ("en", "Supreme Leader Ayatollah Ali Khamenei received the Japanese prime minister."),
    ],
)
def test_other_heads_keep_their_state(lang: str, text: str) -> None:
    found = _actors(lang, text)
    assert "JPN:GOV" in found
    assert len({a.split(":")[0] for a in found}) == 2
