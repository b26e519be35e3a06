"""Persian words read in the wrong sense (round 71, senses71fa): "پس گرفت"
(took back) in its two senses, and land "held by" a side ("تحت تصرف").

One's own claim, complaint or signature taken back is backing down (PLOVER
RETREAT); a town, a ship, land or looted antiquities taken back from another
side are retaken or recovered, no withdrawal. Arabic "سحب" (guarded by a
draft, a resolution, a candidacy or troops) and "استعاد", English "withdrew"
and "retook" already part the two senses; the tests hold all three languages
to it. Land held ("تحت/در تصرف طالبان") is a state, no seizure, as Arabic
"تحت سيطرة" and English "held by" are read; land taken stays a capture.
Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from casts import types


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("ارتش افغانستان شهر قندوز را از طالبان پس گرفت.", "fa"),
        ("ارتش عراق شهر فاو را از نیروهای ایران بازپس گرفت.", "fa"),
        ("نیروی دریایی ایران نفتکش خود را از نیروهای آمریکایی پس گرفت.", "fa"),
        ("عراق هزاران اثر باستانی قاچاق شده را از آمریکا باز پس گرفت.", "fa"),
        ("برخی ولسوالی‌ها از سوی نیروهای ارتش افغانستان پس گرفته شده است.", "fa"),
        ("استعادت الحكومة العراقية آلاف القطع الأثرية المهربة.", "ar"),
        ("استعادت القوات العراقية مدينة تكريت من تنظيم داعش.", "ar"),
        ("Afghan commandos retook the district of Kunduz from the Taliban on Monday.", "en"),
    ],
)
def test_what_is_retaken_from_another_is_no_withdrawal(text: str, lang: str) -> None:
    assert "RETREAT" not in types(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("دولت عراق دیروز شکایت خود علیه کویت را پس گرفت.", "fa"),
        ("نماینده آمریکا در سازمان ملل ادعای بازگشت تحریم‌ها علیه ایران را پس گرفت.", "fa"),
        ("۲۹ نماینده امضای خود را برای طرح سؤال از رئیس جمهور پس گرفته‌اند.", "fa"),
        ("سحبت الحكومة الأردنية مشروع القرار من مجلس الأمن.", "ar"),
        ("The Lebanese government withdrew its complaint against Israel at the Council.", "en"),
    ],
)
def test_own_word_taken_back_is_backing_down(text: str, lang: str) -> None:
    assert "RETREAT" in types(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("نماینده سازمان ملل گفت که حدود ۵۰ ولسوالی اکنون در تصرف طالبان است.", "fa"),
        ("گروه داعش بخش وسیعی از خاک عراق را در تصرف داشت.", "fa"),
        ("دولت افغانستان مناطق تحت تصرف طالبان را بازسازی نمی‌کند.", "fa"),
        ("قال مبعوث الأمم المتحدة إن نحو خمسين مديرية تقع الآن تحت سيطرة طالبان.", "ar"),
        ("The UN envoy said about fifty districts are now held by the Taliban.", "en"),
    ],
)
def test_land_held_by_a_side_is_no_seizure(text: str, lang: str) -> None:
    assert not {"COERCE", "ASSAULT"} & types(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("طالبان شهر قندوز را به تصرف خود درآوردند.", "fa"),
        ("سيطرت حركة طالبان على مدينة قندوز.", "ar"),
        ("Taliban fighters captured the city of Kunduz on Sunday.", "en"),
    ],
)
def test_land_taken_stays_a_capture(text: str, lang: str) -> None:
    assert "ASSAULT" in types(text, lang)
