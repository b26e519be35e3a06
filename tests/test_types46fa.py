"""Persian event types on corpus-like text (round 46, types46fa; every
sentence written for these tests, with other names, places and numbers
than any news text).

- A deed noun that is the subject or fronted object of a predicate of
  necessity or of what cannot be done after it ("بازداشت … لازم است", "لغو
  تحریم‌ها را … نمی‌توان انجام داد", "the arrest of … is necessary", "اعتقال
  … ضروري") tells no deed (``extract/modal_subject.py``,
  ``context.POSTPOSED_MODALS``); the same deed told with a finite verb, a
  deed in another clause, and a judged deed ("… را نمی‌توان توجیه کرد")
  stand.
- A deed Persian "با" opens before "موافقت کرد" is what is agreed to, across
  a verb-final clause's adverbials ("با لغو بخشی از تحریم‌ها با هدف … موافقت
  کرده است"): the concession (CONCEDE), not AGREE, as "agreed to lift" and
  "وافقت على رفع" are read (``agreed_content._marked_content``,
  ``context.AGREED_CONTENT_MARKERS``); a mutual deed (a ceasefire) agreed to
  stays an agreement. Arabic "على" and English "to" put the content right
  after the verb, so they need no such reach.
"""

from __future__ import annotations

import pytest

from casts import reading_lines as _read


def _types(text: str, lang: str) -> set[str]:
    """The event types of ``text`` with their status."""
    return {" ".join(line.split()[:2]) for line in _read(text, lang)}


# ------------------------------------------------- postposed modal predicates
NEEDED: list[tuple[str, str]] = [
    ("fa", "وزیر کشور گفت: بازداشت و برخورد با قاچاقچیان سوخت لازم است."),
    ("fa", "سخنگوی دولت گفت: لغو تحریم‌ها را فوراً نمی‌توان انجام داد."),
    ("fa", "نماینده مجلس گفت: آزادی زندانیان سیاسی ضروری است."),
    ("fa", "او گفت پس از حمله به سفارت، مذاکره با بحرین لازم است."),
    ("en", "The interior minister said the arrest of fuel smugglers is necessary."),
    ("en", "A government spokesman said the lifting of sanctions cannot be done at once."),
    ("en", "A lawmaker said the release of political prisoners is essential."),
    ("ar", "قال وزير الداخلية إن اعتقال مهربي الوقود ضروري."),
    ("ar", "قال المتحدث باسم الحكومة إن رفع العقوبات لا يمكن أن يتم فوراً."),
    ("ar", "قال نائب إن الإفراج عن السجناء السياسيين أمر ضروري."),
]


@pytest.mark.parametrize(("lang", "text"), NEEDED)
def test_a_deed_a_modal_predicate_governs_is_not_told(lang: str, text: str) -> None:
    assert not {t for t in _types(text, lang) if t.endswith("reported")}


DONE: list[tuple[str, str, str]] = [
    ("fa", "پلیس هند دیروز ده معترض را بازداشت کرد.", "COERCE reported"),
    ("fa", "بازداشت ده معترض توسط پلیس هند دیروز انجام شد.", "COERCE reported"),
    ("fa", "پلیس هند ده معترض را بازداشت کرد و گفت همکاری مردم لازم است.", "COERCE reported"),
    ("en", "Indian police arrested ten protesters on Monday.", "COERCE reported"),
    ("ar", "اعتقلت الشرطة الهندية عشرة محتجين يوم الاثنين.", "COERCE reported"),
]


@pytest.mark.parametrize(("lang", "text", "kind"), DONE)
def test_a_deed_told_with_its_own_verb_stands(lang: str, text: str, kind: str) -> None:
    assert kind in _types(text, lang)


def test_a_judged_attack_is_no_modal_subject() -> None:
    """ "cannot be justified" judges a deed that was done: not in the lists."""
    assert "ASSAULT reported" in _types("The attack on the embassy cannot be justified.", "en")
    assert "ASSAULT reported" in _types("الهجوم على السفارة لا يمكن تبريره.", "ar")


# ------------------------------------- a deed "با" opens is what is agreed to
GRANTED: list[tuple[str, str]] = [
    (
        "fa",
        "دولت کانادا با لغو بخشی از تحریم‌های تجاری ونزوئلا با هدف دسترسی این کشور"
        " به منابع مالی خود در بانک‌های اسپانیا موافقت کرده است.",
    ),
    (
        "fa",
        "دولت کانادا با لغو تحریم‌های نفتی ونزوئلا پس از چند ماه بررسی در وزارت"
        " خارجه و وزارت بازرگانی این کشور موافقت کرد.",
    ),
    ("fa", "دولت کانادا با لغو تحریم‌های ونزوئلا موافقت کرد."),
    ("en", "Canada agreed to lift part of its trade sanctions on Venezuela."),
    ("ar", "وافقت كندا على رفع جزء من العقوبات التجارية المفروضة على فنزويلا."),
]


@pytest.mark.parametrize(("lang", "text"), GRANTED)
def test_agreeing_to_a_granted_deed_is_the_concession(lang: str, text: str) -> None:
    types = _types(text, lang)
    assert "CONCEDE reported" in types
    assert "AGREE reported" not in types


def test_agreeing_to_a_mutual_deed_stays_an_agreement() -> None:
    """A ceasefire is given by both sides: agreeing to it is an agreement."""
    text = (
        "دولت‌های کلمبیا و ونزوئلا با آتش بس در مناطق مرزی پس از چند هفته"
        " گفت‌وگوی غیرمستقیم در کوبا موافقت کردند."
    )
    assert "AGREE reported" in _types(text, "fa")
