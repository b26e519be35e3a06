"""Persian wording of every PLOVER type added in round 5: treaties
concluded ("منعقد کرد", "انعقاد"), calls and shared concerns ("تماس گرفت",
"در میان گذاشتند"), insisting, encouraging and ordering ("اصرار ورزید",
"دستور داد"), towns taken ("تسخیر کرد", "کنترل … را به دست گرفتند"),
condolences and thanks in formal register, calling a side by a word of blame
("را تحریک‌آمیز توصیف کرد", "را بی‌اساس خواند"), ambassadors recalled,
sanctions eased, embassies reopened, officials leaving for a capital
("عزیمت کرد"), boycotted votes and slogans of protest, cooperation named
by its field ("همکاری‌های قضایی").

Every sentence was written for these tests; none comes from the corpus, the
dev set or the challenge sets. Arabic and English sentences show the Persian
data does not change the other languages.
"""

from __future__ import annotations

import pytest

from diplowatch.model import Document
from diplowatch.pipeline import process


def types(text: str, lang: str) -> set[str]:
    record = process(Document(doc_id="t", text=text, lang=lang, published="2024-04-23"))
    return {e.type for e in record.events}


FA_FOUND = [
    ("AGREE", "ترکیه و پاکستان قرارداد همکاری دفاعی منعقد کردند."),
    ("AGREE", "انعقاد پیمان صلح میان ارمنستان و جمهوری آذربایجان در واشنگتن"),
    ("CONSULT", "وزیر خارجه ایران با همتای قطری خود تماس گرفت."),
    ("CONSULT", "نمایندگان کارگران مشکلات خود را با وزیر کار ایران در میان گذاشتند."),
    ("CONSULT", "وزیر خارجه ایران به پکن عزیمت کرد."),
    ("REQUEST", "رئیس جمهور عراق بر برگزاری انتخابات زودهنگام اصرار ورزید."),
    ("REQUEST", "رئیس جمهور ایران به وزیر کشور دستور داد به وضع سیل‌زدگان رسیدگی کند."),
    ("REQUEST", "رئیس جمهور افغانستان از سازمان ملل تقاضای کمک کرد."),
    ("ASSAULT", "طالبان شهر غزنی را تسخیر کردند."),
    ("ASSAULT", "شبه نظامیان الشباب کنترل شهر بیدوا را به دست گرفتند."),
    ("SUPPORT", "رئیس جمهور ایران درگذشت امیر کویت را به مردم کویت تسلیت عرض کرد."),
    ("SUPPORT", "نخست وزیر پاکستان از کمک‌های چین ابراز قدردانی کرد."),
    ("ACCUSE", "وزارت خارجه روسیه رفتار ناتو را تحریک‌آمیز توصیف کرد."),
    ("ACCUSE", "سخنگوی وزارت خارجه چین اظهارات وزیر آمریکایی را بی‌اساس خواند."),
    ("ACCUSE", "رئیس جمهور ترکیه، اسرائیل را دولتی تروریستی نامید."),
    ("SANCTION", "فرانسه سفیر خود در استرالیا را فراخواند."),
    ("CONCEDE", "آمریکا تحریم‌های نفتی ونزوئلا را کاهش داد."),
    ("COOPERATE", "عربستان و ایران سفارتخانه‌های خود را بازگشایی کردند."),
    ("COOPERATE", "ایران و عراق بر گسترش همکاری‌های قضایی تأکید کردند."),
    ("PROTEST", "احزاب مخالف در ونزوئلا انتخابات پارلمانی را تحریم کردند."),
    ("PROTEST", "هزاران نفر در بغداد شعارهای ضد دولتی سر دادند."),
    ("RETREAT", "آمریکا حضور نظامی خود در سومالی را کاهش داد."),
    ("RETREAT", "روسیه نیروهای خود را از ارمنستان فراخواند."),
    ("RETREAT", "ارتش آمریکا پایگاه هوایی بگرام را به دولت افغانستان تحویل داد."),
    ("MOBILIZE", "چین حضور نظامی خود در تنگه تایوان را افزایش داد."),
    ("MOBILIZE", "افزایش حضور نظامی آمریکا در دریای عمان"),
]


@pytest.mark.parametrize(("kind", "text"), FA_FOUND)
def test_fa_round5_types(kind: str, text: str) -> None:
    assert kind in types(text, "fa")


FA_NOT = [
    # a danger named by experts is no blame of a side
    ("ACCUSE", "کارشناسان هواشناسی سفر به جاده‌های شمال را خطرناک دانستند."),
    # a manager taking charge of a task seizes nothing
    ("COERCE", "وزیر اقتصاد ایران مدیریت ستاد تنظیم بازار را به دست گرفت."),
    # an ambassador recalled is no request
    ("REQUEST", "فرانسه سفیر خود در استرالیا را فراخواند."),
    # cooperation offered after "for" is an aim, not a deed done
    ("AGREE", "وزیر خارجه ایران با همتای قطری خود تماس گرفت."),
    # a price or output cut is no easing of sanctions
    ("CONCEDE", "اوپک تولید نفت خود را کاهش داد."),
    # staff or rates cut or raised: no forces withdrawn or massed
    ("RETREAT", "شرکت سامسونگ تعداد کارکنان خود در ویتنام را کاهش داد."),
    ("MOBILIZE", "بانک مرکزی ترکیه نرخ بهره را افزایش داد."),
]


@pytest.mark.parametrize(("kind", "text"), FA_NOT)
def test_fa_round5_other_senses(kind: str, text: str) -> None:
    assert kind not in types(text, "fa")


CONTROLS = [
    ("ar", "AGREE", "وقعت تركيا وباكستان اتفاقية تعاون دفاعي."),
    ("ar", "SANCTION", "قطعت البحرين علاقاتها الدبلوماسية مع قطر."),
    ("ar", "ACCUSE", "وصفت الخارجية الروسية سلوك الناتو بأنه استفزازي وانتقدته بشدة."),
    ("en", "AGREE", "Turkey and Pakistan concluded a defence cooperation treaty."),
    ("en", "SANCTION", "France recalled its ambassador to Australia."),
    ("en", "ACCUSE", "Russia's foreign ministry criticised NATO's provocative conduct."),
    ("en", "RETREAT", "The United States withdrew its troops from Somalia."),
    ("ar", "RETREAT", "سحبت روسيا قواتها من أرمينيا."),
]


@pytest.mark.parametrize(("lang", "kind", "text"), CONTROLS)
def test_other_languages_unchanged(lang: str, kind: str, text: str) -> None:
    assert kind in types(text, lang)


def test_persian_words_do_not_fire_in_english() -> None:
    # Persian data must not leak into English scanning
    assert types("The minister travelled to Beijing and took control of the file.", "en") <= {
        "CONSULT"
    }
