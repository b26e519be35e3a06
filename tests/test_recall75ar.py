"""Arms found by the police or troops are seized (round 75, recall75ar;
every sentence written for these tests).

Weapons, ammunition or explosives found ("عثرت الشرطة على أسلحة", "تم
العثور على كمية من الذخيرة", "تمكن الجيش من اكتشاف مخبأ للأسلحة") are
confiscated by whoever found them (PLOVER COERCE, confiscate), as the arms
cache already was; Persian names the arms before "کشف کرد / کشف شد" and
English after "found / discovered". A bomb found (an attack foiled), traces
of explosives in a wreck, bodies found or a species discovered are no
seizure.
"""

from __future__ import annotations

import pytest

from casts import run


def _types(text: str, lang: str) -> set[str]:
    """The event types read in ``text``."""
    return {e.type for e in run(text, lang).events}


FOUND = [
    ("ar", "قالت الشرطة الفرنسية إنها عثرت على مسدسات وذخيرة داخل سيارة المهاجم."),
    ("ar", "أعلن الجيش الجزائري أنه تم العثور على كمية من الأسلحة قرب الحدود مع مالي."),
    ("ar", "تمكنت وحدات الجيش التونسي من اكتشاف مخبأ للأسلحة في جبل الشعانبي."),
    ("ar", "وعثرت قوات الأمن المصرية على متفجرات في منزل المتهم بالإسكندرية."),
    ("en", "French police found weapons and ammunition in the attacker's car."),
    ("en", "Algerian troops discovered explosives in a cave near the Malian border."),
    ("fa", "پلیس ایران در خودروی قاچاقچیان مقداری سلاح و مهمات کشف کرد."),
    ("fa", "مقادیر زیادی مواد منفجره در یک خانه در زاهدان توسط پلیس ایران کشف شد."),
]

NOT_FOUND = [
    ("ar", "قالت السلطات الروسية إنه تم العثور على آثار متفجرات في حطام الطائرة."),
    ("ar", "عثرت فرق الإنقاذ اليونانية على جثث عشرة مهاجرين على الشاطئ."),
    ("ar", "أعلنت وزارة الطاقة المصرية اكتشاف حقل غاز جديد في البحر المتوسط."),
    ("en", "Russian investigators found traces of explosives on the wreckage."),
    ("en", "UN inspectors found no weapons of mass destruction in Iraq."),
    ("fa", "دانشمندان ایرانی یک گونه جدید گیاه در کویر کشف کردند."),
    ("fa", "سازمان سیا برنامه سلاح هسته ای لیبی را کشف کرد."),
    ("fa", "آژانس بین المللی انرژی اتمی آثار مواد منفجره را در محل کشف کرد."),
]


@pytest.mark.parametrize(("lang", "text"), FOUND)
def test_arms_found_are_seized(lang: str, text: str) -> None:
    assert "COERCE" in _types(text, lang)


@pytest.mark.parametrize(("lang", "text"), NOT_FOUND)
def test_no_arms_no_seizure(lang: str, text: str) -> None:
    assert "COERCE" not in _types(text, lang)
