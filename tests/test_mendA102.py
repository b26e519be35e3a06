"""Mends of senses101 after review101a (round 102, mendA102; every sentence
written for these tests).

- The workplace an employer puts its staff out of ("من المصنع", "من
  الصحيفة") speaks only to the verbs of putting out ("طرد", "أبعد"): an
  arrest of workers or of a journalist at their paper is one.
- The heads of a newsroom or a firm ("سردبیر", "مدیرعامل") make only
  "اخراج" a dismissal, not a cut of ties, and not across a verb of saying,
  a source, or a diplomat put out.
- Counted suspects beside another accusation are its accused side.
"""

from __future__ import annotations

import pytest

from casts import run


def _types(text: str, lang: str) -> set[str]:
    return {e.type for e in run(text, lang).events}


# arrests of people from a workplace: main b4e46ce0 reads no COERCE in any
ARRESTS = [
    ("ar", "احتجزت الشرطة التونسية ستة عمال من المصنع بعد المواجهات."),
    ("ar", "اعتقلت قوات الأمن التركية محررا من الصحيفة المعارضة."),
    ("ar", "اعتقلت الشرطة الأردنية موظفا بعد طرده من عمله بتهمة الرشوة."),
]


@pytest.mark.parametrize(("lang", "text"), ARRESTS)
def test_an_arrest_at_a_workplace_stays(lang: str, text: str) -> None:
    assert "COERCE" in _types(text, lang)


# expulsions and cuts of ties with an employer named elsewhere in the
# sentence: main b4e46ce0 reads no SANCTION in any
EXPULSIONS = [
    ("fa", "سردبیر یک روزنامه محافظه‌کار گفت کویت سفیر ایران را اخراج کرد."),
    ("fa", "مدیرعامل یک شرکت هواپیمایی گفت امارات روابط خود را با قطر قطع کرد."),
    ("fa", "به گزارش کارفرمایان ترک، آلمان دو دیپلمات ترکیه را اخراج کرد."),
    ("ar", "طردت الكويت القائم بالأعمال الإيراني، وقال مدير من الشركة إن العقود مستمرة."),
]


@pytest.mark.parametrize(("lang", "text"), EXPULSIONS)
def test_an_expulsion_beside_an_employer_stays(lang: str, text: str) -> None:
    assert "SANCTION" in _types(text, lang)


# guards: a dismissal by the employer stays no event in ar and fa (as on
# main); an English firing is none; an expulsion stays one in all three
DISMISSALS = [
    ("ar", "وقالت صحف محلية إن شركة أردنية طردت ثلاثين عاملا من المصنع."),
    ("fa", "مدیرعامل یک شرکت خودروسازی دویست کارگر را اخراج کرد."),
    ("fa", "سردبیر روزنامه‌ای در مشهد اعلام کرد که دو خبرنگار را اخراج کرده است."),
    ("en", "The chief executive of a Cairo firm fired two hundred workers."),
]


@pytest.mark.parametrize(("lang", "text"), DISMISSALS)
def test_a_dismissal_stays_no_event(lang: str, text: str) -> None:
    assert not {"COERCE", "SANCTION"} & _types(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "طردت الكويت السفير الإيراني."),
        ("fa", "کویت سفیر ایران را اخراج کرد."),
        ("en", "The editor of a Kuwaiti paper said Kuwait expelled the Iranian ambassador."),
    ],
)
def test_expulsion_guards(lang: str, text: str) -> None:
    assert "SANCTION" in _types(text, lang)


# counted suspects beside another accusation: main b4e46ce0 makes Israel,
# for whom they spied, the accused (a plural "متهمين", no trigger, or
# "12 شخصا" read so on main and after: the target reader, left)
def test_counted_suspects_are_the_accused() -> None:
    text = "ووجهت النيابة الأردنية اتهامات إلى 15 متهما بالتخابر لصالح إسرائيل."
    events = [e for e in run(text, "ar").events if e.type == "ACCUSE"]
    assert events
    assert all("ISR" not in {a.code for a in e.actors} for e in events)


# guards: counted suspects alone accuse no one (as on main); a Persian or
# English count of defendants gives no accusation
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "وأرجأت المحكمة الأردنية محاكمة 9 متهمين إلى الأسبوع المقبل."),
        ("fa", "دادگاه محاکمه ۹ متهم را به هفته آینده موکول کرد."),
        ("en", "The court adjourned the trial of nine defendants to next week."),
    ],
)
def test_counted_suspects_alone_guards(lang: str, text: str) -> None:
    assert "ACCUSE" not in _types(text, lang)
