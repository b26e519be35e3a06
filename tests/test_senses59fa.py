"""Persian trigger words read in a sense that tells no event, and the same
senses in Arabic and English (round 59, senses59fa; every sentence written
for these tests).

Rules of this round (data in ``lang/fa/triggers.py``):

- a thing taken "out of reach", "out of service" or "out of the line"
  ("از دسترس خارج کردند", "از رده خارج کرد") is disabled, no force
  withdrawn (RETREAT);
- "be ready" in the subjunctive ("آماده باشیم", "آماده باشند") is a call
  to be prepared, not the noun "آماده باش" that puts forces on alert
  (MOBILIZE);
- an aircraft that "sat on the ground" ("به زمین نشست") landed, no
  session was held (CONSULT);
- teams and planes sent to fight a fire are relief, no mobilisation;
- household loans, "ارائه" that presents a bill or figures, a budget
  allotted and campaign promises are no aid (AID), nor is Arabic "قدم"
  with a draft budget ("قدم الرئيس مشروع الموازنة … إلى البرلمان");
- staff laid off by their employer are no expulsion (SANCTION).

Each family has its positive twin: forces pulled out, put on alert or
sent to a border, a meeting held, a loan from a bank of states, an
embassy's diplomats expelled are still read.
"""

from __future__ import annotations

import pytest

from casts import types

# (language, sentence, the type it must not be read as)
NOT_EVENTS: list[tuple[str, str, str]] = [
    ("fa", "هکرها سرورهای وزارت دفاع اسرائیل را از دسترس خارج کردند.", "RETREAT"),
    ("fa", "نیروی دریایی ایران دو ناوشکن قدیمی را از رده خارج کرد.", "RETREAT"),
    ("en", "Hackers took the servers of the Israeli defence ministry offline.", "RETREAT"),
    ("ar", "أخرج قراصنة خوادم وزارة الدفاع الإسرائيلية عن الخدمة.", "RETREAT"),
    ("fa", "مردم ایران در برابر تهاجم دشمن آماده باشند.", "MOBILIZE"),
    ("fa", "رئیس مجلس ایران گفت: مردم ایران برای تعامل فرهنگی با جهان هم آماده باشیم.", "MOBILIZE"),
    ("en", "The speaker of parliament said we must all be ready for hard days.", "MOBILIZE"),
    ("ar", "قال رئيس البرلمان الإيراني: يجب أن نكون جميعا مستعدين للأيام الصعبة.", "MOBILIZE"),
    (
        "fa",
        "هواپیمای ترابری ارتش آمریکا روز دوشنبه در فرودگاه کابل به زمین نشست و صدها غیرنظامی افغان کنار آن جمع شدند.",
        "CONSULT",
    ),
    ("en", "A US army transport plane landed at Kabul airport on Monday.", "CONSULT"),
    ("ar", "هبطت طائرة نقل عسكرية أمريكية في مطار كابول يوم الاثنين.", "CONSULT"),
    (
        "fa",
        "ایران و روسیه برای مهار آتش‌سوزی جنگل‌ها به ترکیه نیرو و هواپیما اعزام کردند.",
        "MOBILIZE",
    ),
    (
        "fa",
        "تیم‌هایی از اوکراین و آذربایجان برای کمک به آتش‌نشانان یونان در این کشور مستقر شده‌اند.",
        "MOBILIZE",
    ),
    (
        "en",
        "Iran and Russia sent firefighters and planes to Turkey to put out the forest fires.",
        "MOBILIZE",
    ),
    ("ar", "أرسلت إيران وروسيا رجال إطفاء وطائرات إلى تركيا لإخماد حرائق الغابات.", "MOBILIZE"),
    ("fa", "بانک مرکزی ایران ۱۰۰ میلیون تومان وام ازدواج به جوانان ایرانی پرداخت کرد.", "AID"),
    ("fa", "سقف وام قرض الحسنه برای خانوارها ۷۰ میلیون تومان تعیین شد.", "AID"),
    ("fa", "آمار ارائه شده از واردات ایران از چین به ۸ میلیارد دلار رسید.", "AID"),
    (
        "fa",
        "دولت ایران ۵۰۰ طرح آب و برق با اعتبار ۱۲۰ هزار میلیارد تومان را به مردم کرمان تحویل داد.",
        "AID",
    ),
    (
        "fa",
        "رئیس جمهور ایران به ارائه لایحه بودجه ۱۴۰۰ با ۸۴۱ هزار میلیارد تومان درآمد به مجلس اشاره کرد.",
        "AID",
    ),
    (
        "fa",
        "نامزد ریاست جمهوری گفت همه وعده‌های انتخاباتی او ۵۰ هزار میلیارد تومان هزینه دارد.",
        "AID",
    ),
    ("en", "Banks raised marriage loans for young couples to 100 million tomans.", "AID"),
    (
        "en",
        "Iran's president presented the budget bill of 841 trillion rials to parliament.",
        "AID",
    ),
    (
        "ar",
        "قدم الرئيس الإيراني مشروع الموازنة بقيمة 841 ألف مليار ريال إلى البرلمان.",
        "AID",
    ),
    ("ar", "رفعت البنوك قروض الزواج للشباب إلى 100 مليون تومان.", "AID"),
    ("fa", "روزنامه شرق چهار خبرنگار خود را به نام تعدیل نیرو اخراج کرد.", "SANCTION"),
    ("fa", "سفارت‌های آلمان و هلند در کابل کارکنان محلی خود را اخراج کردند.", "SANCTION"),
    ("en", "The Shargh newspaper laid off four of its reporters to cut costs.", "SANCTION"),
    ("ar", "سرحت صحيفة الشرق أربعة من صحفييها لخفض النفقات.", "SANCTION"),
]


@pytest.mark.parametrize(("lang", "text", "etype"), NOT_EVENTS)
def test_other_sense_is_no_event(lang: str, text: str, etype: str) -> None:
    assert etype not in types(text, lang)


# (language, sentence, the type still read): the event sense of each word
EVENTS: list[tuple[str, str, str]] = [
    ("fa", "ارتش عراق نیروهای خود را از شهر موصل خارج کرد.", "RETREAT"),
    ("en", "The Iraqi army withdrew its forces from Mosul.", "RETREAT"),
    ("ar", "سحب الجيش العراقي قواته من مدينة الموصل.", "RETREAT"),
    ("fa", "ارتش اسرائیل نیروهای خود را در مرز لبنان در حالت آماده باش قرار داد.", "MOBILIZE"),
    (
        "en",
        "The Israeli army placed its troops on high alert along the Lebanese border.",
        "MOBILIZE",
    ),
    ("ar", "وضع الجيش الإسرائيلي قواته على الحدود اللبنانية في حالة تأهب.", "MOBILIZE"),
    ("fa", "وزیر خارجه ایران با وزیر خارجه ترکیه در آنکارا نشست داشت.", "CONSULT"),
    ("fa", "روسیه هزاران نیرو به مرز اوکراین اعزام کرد.", "MOBILIZE"),
    ("en", "Russia sent thousands of troops to the Ukrainian border.", "MOBILIZE"),
    ("ar", "أرسلت روسيا آلاف الجنود إلى الحدود الأوكرانية.", "MOBILIZE"),
    ("fa", "بانک جهانی ۵۰۰ میلیون دلار وام به پاکستان داد.", "AID"),
    ("en", "The World Bank gave Pakistan a $500 million loan.", "AID"),
    ("ar", "قدمت السعودية 500 مليون دولار مساعدات لليمن.", "AID"),
    ("fa", "روسیه ۲۰ دیپلمات آمریکایی را از مسکو اخراج کرد.", "SANCTION"),
    ("en", "Russia expelled 20 American diplomats from Moscow.", "SANCTION"),
    ("ar", "طردت روسيا 20 دبلوماسيا أمريكيا من موسكو.", "SANCTION"),
]


@pytest.mark.parametrize(("lang", "text", "etype"), EVENTS)
def test_event_sense_is_still_read(lang: str, text: str, etype: str) -> None:
    assert etype in types(text, lang)
