"""Round 18 (faactors18): actors the sentence names, recognised whatever the trigger.

- A head of counted people before "of" ("۲۰ نفر از خبرنگاران", "20 شخصا من
  الصحفيين") only counts the group after it: the group is the actor, not
  plain civilians (``context.PARTITIVE_HEADS``, extract/partitive.py).
- The Leader of Iran's revolution is named by a title of one state's office
  (``TITLES_OF_STATE``); a title of another state after it is the next person.
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


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("fa", "پلیس فرانسه ده‌ها تن از اغتشاشگران را در پاریس بازداشت کرد.", "FRA:CVL"),
        ("ar", "اعتقلت الشرطة الفرنسية عشرات من مثيري الشغب في باريس.", "FRA:CVL"),
        ("en", "French police arrested dozens of rioters in Paris.", "FRA:CVL"),
        ("fa", "پلیس ایران ۲۰ تن از سلطنت‌طلبان را در تهران بازداشت کرد.", "IRN:OPP"),
        ("en", "Iranian police detained 20 monarchists in Tehran.", "IRN:OPP"),
        ("fa", "پلیس مکزیک ۳۰ عضو یک کارتل مواد مخدر را بازداشت کرد.", "MEX:CRM"),
        ("en", "Mexican police arrested 30 members of a drug cartel.", "MEX:CRM"),
        ("fa", "رئیس کمیسیون اقتصادی مجلس از حوزه‌های علمیه خواست طرح خود را ارائه دهند.", "-:REL"),
        (
            "ar",
            "دعا رئيس اللجنة الاقتصادية في البرلمان الحوزات العلمية إلى تقديم مقترحاتها.",
            "-:REL",
        ),
        ("en", "The head of parliament's economic committee urged the seminaries to act.", "-:REL"),
        ("fa", "گروه‌های مقاومت عراق پایگاه عین‌الاسد را با پهپاد هدف قرار دادند.", "IRQ:REB"),
        ("fa", "رهبر حزب جمهوری‌خواه خلق دولت ترکیه را به سرکوب رسانه‌ها متهم کرد.", "TUR:OPP"),
        ("ar", "اتهم زعيم حزب الشعب الجمهوري الحكومة التركية بقمع الصحافة.", "TUR:OPP"),
        (
            "en",
            "The leader of the Republican People's Party accused the Turkish government.",
            "TUR:OPP",
        ),
        ("fa", "دانشجویان دانشگاه دهلی در اعتراض به قانون جدید شهروندی تجمع کردند.", "IND:EDU"),
        ("ar", "اعتقلت شرطة دلهي 12 متظاهرا.", "IND:COP"),
        ("en", "Delhi police arrested 12 protesters.", "IND:COP"),
    ],
)
def test_people_named_by_what_they_do(lang: str, text: str, expected: str) -> None:
    assert expected in _actors(lang, text)


def test_chp_is_not_americas_republicans() -> None:
    found = _actors("fa", "رهبر حزب جمهوری‌خواه خلق دولت ترکیه را به سرکوب رسانه‌ها متهم کرد.")
    assert not any(a.startswith("USA:") for a in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("جی‌شانکار روز دوشنبه در تماس تلفنی با وزیر خارجه ژاپن گفت‌وگو کرد.", "IND:GOV"),
        ("دیوید لمی در لندن با وزیر خارجه ژاپن گفت‌وگو کرد.", "GBR:GOV"),
        ("گدعون ساعر در تماس تلفنی با وزیر خارجه ژاپن گفت‌وگو کرد.", "ISR:GOV"),
    ],
)
def test_persian_spellings_of_office_holders(text: str, expected: str) -> None:
    record = process(Document("t", text, lang="fa", published="2025-03-01")).to_dict()
    found = {f"{a['code']}:{a['agent']}" for e in record["events"] for a in e["actors"]}
    assert expected in found
