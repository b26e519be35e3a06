"""Mends of a review of round 71's sense guards (mendC71; every sentence
written for these tests).

- Persian "محکومیت" followed by a crime or a charge ("محکومیت جنایات
  اسرائیل", "محکومیت اتهامات آمریکا") is a condemnation (ACCUSE): after the
  noun only a court's own words ("در دادگاه", "قضایی", "تجدید نظر",
  "ریالی", "تعزیرات") make it a sentence; a charge counts before it only
  ("به اتهام جاسوسی به محکومیت …").
- Blood and organs vetoed aid only as a donation ("التبرع بالدم", "donated
  blood", "اهدای خون"); a land "soaked in blood" or a blood bank rebuilt
  with a state's money stay aid.
- Persian "پس گرفت" is backing down only when the word taken back stands
  in the object right before the verb ("ادعای خود را پس گرفت"); a
  complaint told earlier in the sentence does not make a town retaken a
  withdrawal.
"""

from __future__ import annotations

import pytest

from casts import types

# (language, sentence, the type it must be read as)
EVENTS: list[tuple[str, str, str]] = [
    ("fa", "عراق ضمن محکومیت جنایات اسرائیل در لبنان خواستار نشست فوری شورای امنیت شد.", "ACCUSE"),
    ("fa", "سوریه ضمن محکومیت جرائم ترکیه در عفرین از سازمان ملل کمک خواست.", "ACCUSE"),
    ("fa", "پاکستان ضمن محکومیت اتهامات هند علیه اسلام آباد آنها را بی اساس خواند.", "ACCUSE"),
    ("fa", "محکومیت این روزنامه نگار در دادگاه انقلاب تهران قطعی شد.", "COERCE"),
    ("fa", "دو تاجر ایرانی به اتهام قاچاق ارز به محکومیت سنگین رسیدند.", "COERCE"),
    ("ar", "قدمت قطر مساعدات طبية للبنان الغارق بالدم بعد الانفجار.", "AID"),
    ("ar", "تبرعت الكويت بخمسة ملايين دولار لدعم بنك الدم في اليمن.", "AID"),
    ("en", "Germany donated $3 million to help Lebanon restock its blood banks.", "AID"),
    ("fa", "وزارت خارجه ترکیه ادعای خود علیه یونان را پس گرفت.", "RETREAT"),
    ("fa", "دولت پاکستان درخواست خود را پس گرفته است.", "RETREAT"),
    ("fa", "سفیر فرانسه ادعای وزیر سابق درباره نقض برجام از سوی تهران را پس گرفت.", "RETREAT"),
    ("fa", "دوازده نماینده امضاهای خود را پس از دیدار با وزیر کشور در مجلس پس گرفتند.", "RETREAT"),
]

# (language, sentence, the type it must not be read as)
NOT_EVENTS: list[tuple[str, str, str]] = [
    ("fa", "عراق ضمن محکومیت جنایات اسرائیل در لبنان خواستار نشست فوری شورای امنیت شد.", "COERCE"),
    ("fa", "پاکستان ضمن محکومیت اتهامات هند علیه اسلام آباد آنها را بی اساس خواند.", "COERCE"),
    ("fa", "محکومیت این روزنامه نگار در دادگاه انقلاب تهران قطعی شد.", "ACCUSE"),
    ("ar", "نظم الهلال الأحمر الأردني حملة للتبرع بالدم لصالح اللاجئين السوريين.", "AID"),
    ("en", "Iraqi students donated blood to Syrian refugees in a camp near Erbil.", "AID"),
    ("fa", "ارتش عراق پس از شکایت اهالی، شهر رمادی را از داعش پس گرفت.", "RETREAT"),
    ("fa", "نیروهای ارتش بعد از بررسی پیشنهاد فرماندهان، بندر را از شورشیان پس گرفتند.", "RETREAT"),
]


@pytest.mark.parametrize(("lang", "text", "etype"), EVENTS)
def test_read(lang: str, text: str, etype: str) -> None:
    assert etype in types(text, lang)


@pytest.mark.parametrize(("lang", "text", "etype"), NOT_EVENTS)
def test_not_read(lang: str, text: str, etype: str) -> None:
    assert etype not in types(text, lang)
