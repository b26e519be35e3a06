"""The word for "student" is no demand (sentences written for these tests):
Arabic "طالبا", "طالبين" are the noun in the accusative and the dual or
plural, while "طالب", "طالبت", "طالبوا", "يطالب" stay the verb "demanded";
the Persian and English words for a student never were triggers, and their
demands still are."""

from __future__ import annotations

import pytest

from casts import run

NO_REQUEST = [
    ("ar", "قالت الشرطة إن طالبا جامعيا هو المشتبه به في حادث الطعن."),
    ("ar", "اعتقلت قوات الأمن طالبين من جامعة بغداد بعد الاحتجاج."),
    ("ar", "وصل إلى المطار طالبا منحة دراسية من اليمن."),
    ("fa", "پلیس گفت یک دانشجوی دانشگاه تهران مظنون اصلی حادثه است."),
    ("en", "Police said a university student was the only suspect in the stabbing."),
]

REQUEST = [
    ("ar", "طالب وزير الخارجية المصري إسرائيل بوقف الاستيطان."),
    ("ar", "وطالبت الحكومة الأردنية إيران بالإفراج عن الصيادين."),
    ("ar", "يطالب الاتحاد الأوروبي تركيا باحترام حقوق الإنسان."),
    ("fa", "وزیر امور خارجه ایران از عراق خواست مرزها را ببندد."),
    ("en", "Egypt's foreign minister demanded that Israel halt settlement building."),
]


@pytest.mark.parametrize(("lang", "text"), NO_REQUEST)
def test_a_student_is_no_demand(lang: str, text: str) -> None:
    assert "REQUEST" not in {e.type for e in run(text, lang).events}


@pytest.mark.parametrize(("lang", "text"), REQUEST)
def test_the_verb_demanded_still_requests(lang: str, text: str) -> None:
    assert "REQUEST" in {e.type for e in run(text, lang).events}
