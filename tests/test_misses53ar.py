"""Recall on the round-53 label misses, Arabic (misses53ar; every sentence
written for these tests).

- A deed held a provocation or a plot ("اعتبر الحزب التعيين استفزازا",
  "called the decision a provocation", "… را توطئه خواند"): blame, ACCUSE.
- A cell, a ring or wanted men "taken down" ("الإطاحة بخلية", "أطاحت
  الشرطة بمروج", "took down a cell"): an arrest, COERCE; a ruler overthrown
  ("الإطاحة بنظام القذافي") is none. Persian tells it with "متلاشی کرد",
  read before this round.
- A car bomb told by the vehicle ("انفجار سيارة ملغومة", "انفجرت شاحنة
  مفخخة"): ASSAULT. English "car bomb exploded" and Persian "خودروی
  بمب‌گذاری‌شده … منفجر شد" were read before this round.
- A vow to crush or hunt down a named enemy ("تعهد بالقضاء على تنظيم
  داعش", "vowed to crush the insurgents"): THREATEN; a vow to end poverty
  is none. Persian ("وعده داد شورشیان را نابود کند") is left unread this
  round: its clause after "وعده داد" needs a rule of its own (tested below
  as unchanged).
- A clandestine crossing foiled ("أحبطت وحدات الحرس البحري عملية اجتياز
  للحدود خلسة", "foiled an illegal migration attempt"): COERCE; an attack
  foiled is none. Persian tells it with "جلوگیری کرد" and is left as it was
  (tested as unchanged).
- Not attacks: a road or rail crash told by the vehicles ("اصطدام شاحنة …
  واصابة سائقها بجروح", "برخورد یک کامیون … زخمی کرد"), a suicide ("أطلق
  النار على نفسه", "به خودش شلیک کرد") and a stroke of luck ("ضربة حظ").
  English gave no attack for these before this round (tested as unchanged).
"""

from __future__ import annotations

import pytest

from diplowatch.model import Document
from diplowatch.pipeline import process


def _types(text: str, lang: str) -> set[str]:
    """The event types of ``text``."""
    rec = process(Document(doc_id="t", text=text, lang=lang, published="2021-05-01"))
    return {e.type for e in rec.events}


PROVOCATION = [
    ("ar", "اعتبر وزير الخارجية الإيراني العقوبات الأمريكية الجديدة استفزازا للشعب الإيراني."),
    ("ar", "اعتبر رئيس البرلمان الليبي قرار الحكومة التركية مؤامرة على ليبيا."),
    (
        "en",
        "Iran's foreign minister called the new US sanctions a provocation to the Iranian people.",
    ),
    ("en", "Iran's foreign minister called the new US sanctions a conspiracy against Iran."),
    ("fa", "وزیر خارجه ایران تحریم‌های جدید آمریکا را توطئه خواند."),
    ("fa", "وزیر خارجه ایران تحریم‌های جدید آمریکا را توطئه‌آمیز دانست."),
]


@pytest.mark.parametrize(("lang", "text"), PROVOCATION)
def test_deed_held_a_provocation_is_blame(lang: str, text: str) -> None:
    assert "ACCUSE" in _types(text, lang)


TAKEN_DOWN = [
    ("ar", "تمكنت قوات الجيش الجزائري من الإطاحة بخلية إرهابية في البليدة."),
    ("ar", "تمكنت قوات الجيش الجزائري من الإطاحة ب3 مهربين قرب الحدود الليبية."),
    ("ar", "أطاحت قوات الجيش الجزائري بخلية إرهابية في البليدة."),
    ("en", "Algerian army units took down a cell of five terrorists in Blida."),
    ("fa", "ارتش الجزایر یک هسته تروریستی را در بلیده متلاشی کرد."),
]


@pytest.mark.parametrize(("lang", "text"), TAKEN_DOWN)
def test_cell_taken_down_is_an_arrest(lang: str, text: str) -> None:
    assert "COERCE" in _types(text, lang)


OVERTHROWN = [
    ("ar", "تعيش ليبيا فوضى أمنية منذ الإطاحة بنظام معمر القذافي."),
    ("ar", "أطاح الجيش المصري بالرئيس محمد مرسي في عام 2013."),
    ("en", "Libya has been in chaos since the army took down the old regime."),
]


@pytest.mark.parametrize(("lang", "text"), OVERTHROWN)
def test_ruler_overthrown_is_no_arrest(lang: str, text: str) -> None:
    assert "COERCE" not in _types(text, lang)


CAR_BOMBS = [
    ("ar", "أكدت مصادر ليبية انفجار سيارة ملغومة قرب السفارة الإيطالية في طرابلس."),
    ("ar", "انفجرت شاحنة مفخخة قرب السفارة التركية في مقديشو."),
    ("en", "A car bomb exploded near the Italian embassy in Tripoli."),
    ("fa", "یک خودروی بمب‌گذاری‌شده در نزدیکی سفارت ایتالیا در طرابلس منفجر شد."),
]


@pytest.mark.parametrize(("lang", "text"), CAR_BOMBS)
def test_car_bomb_exploded_is_an_assault(lang: str, text: str) -> None:
    assert "ASSAULT" in _types(text, lang)


def test_car_accident_is_no_bombing() -> None:
    """A bare "انفجار سيارة" may be an accident: the vehicle must be a bomb."""
    assert "ASSAULT" not in _types(
        "أعلنت الحماية المدنية التونسية انفجار إطار سيارة في صفاقس.", "ar"
    )


VOWS = [
    ("ar", "تعهد الرئيس الأمريكي بالقضاء على تنظيم داعش."),
    ("ar", "وصفت السلطات الصينية الهجوم بالإرهابي وتعهدت بملاحقة من يقف خلفه."),
    ("en", "Nigeria's president vowed to crush the insurgents."),
    ("en", "The US president vowed to wipe out the Islamic State group."),
]


@pytest.mark.parametrize(("lang", "text"), VOWS)
def test_vow_to_crush_a_foe_is_a_threat(lang: str, text: str) -> None:
    assert "THREATEN" in _types(text, lang)


NO_FOE = [
    ("ar", "تعهد الرئيس التونسي بالقضاء على الفقر والبطالة."),
    ("ar", "تعهد الوزير بسحق الفساد في الإدارة."),
    ("en", "The Tunisian president vowed to eliminate poverty and corruption."),
    # Persian vows are not read this round (see the module docstring)
    ("fa", "رئیس جمهور نیجریه وعده داد شورشیان را نابود کند."),
]


@pytest.mark.parametrize(("lang", "text"), NO_FOE)
def test_vow_without_a_foe_is_no_threat(lang: str, text: str) -> None:
    assert "THREATEN" not in _types(text, lang)


CROSSINGS = [
    ("ar", "أحبطت وحدات الحرس البحري التونسي عملية اجتياز للحدود خلسة."),
    ("ar", "أحبط حراس الشواطئ الجزائريون محاولة هجرة غير شرعية لـ18 شخصا."),
    ("ar", "تمكنت وحدات الحرس البحري التونسي من إحباط عملية إبحار خلسة."),
    ("en", "Algerian coast guards foiled an illegal migration attempt by 18 people."),
]


@pytest.mark.parametrize(("lang", "text"), CROSSINGS)
def test_crossing_foiled_is_coercion(lang: str, text: str) -> None:
    assert "COERCE" in _types(text, lang)


NOT_COERCED = [
    ("ar", "أحبطت الشرطة التونسية هجوما إرهابيا على ثكنة."),
    ("en", "Tunisian police foiled a terrorist attack on a barracks."),
    # Persian "جلوگیری کرد" is not read this round (see the module docstring)
    ("fa", "گارد ساحلی الجزایر از مهاجرت غیرقانونی ۱۸ نفر جلوگیری کرد."),
]


@pytest.mark.parametrize(("lang", "text"), NOT_COERCED)
def test_attack_foiled_or_persian_crossing_is_no_coercion(lang: str, text: str) -> None:
    assert "COERCE" not in _types(text, lang)


NOT_ATTACKS = [
    (
        "ar",
        "وتمثلت صورة الحادث في اصطدام شاحنة خفيفة تقل التلاميذ بجرار فلاحي ما تسبب في"
        " انقلاب الشاحنة واصابة سائقها والتلاميذ بجروح في القصرين التونسية.",
    ),
    ("ar", "أقدم كهل تونسي على الانتحار بعد أن أطلق النار على نفسه من بندقية صيد."),
    ("ar", "لم يكن فوز المنتخب التونسي مجرد ضربة حظ."),
    ("fa", "برخورد یک کامیون با تراکتور در تونس شش دانش‌آموز را زخمی کرد."),
    ("fa", "یک مرد تونسی با تفنگ شکاری به خودش شلیک کرد."),
    ("en", "A 55-year-old Tunisian man shot himself with a hunting rifle in Kasserine."),
    ("en", "A collision between a truck and a tractor in Tunisia injured six pupils."),
]


@pytest.mark.parametrize(("lang", "text"), NOT_ATTACKS)
def test_crash_suicide_or_luck_is_no_attack(lang: str, text: str) -> None:
    assert "ASSAULT" not in _types(text, lang)


STILL_ATTACKS = [
    ("ar", "أطلق مسلحون النار على المصلين في مسجد بمدينة كيبيك الكندية."),
    ("fa", "نیروهای امنیتی در برخورد با معترضان در تهران ده نفر را زخمی کردند."),
    ("en", "Gunmen shot dead two Tunisian soldiers in Kasserine."),
]


@pytest.mark.parametrize(("lang", "text"), STILL_ATTACKS)
def test_shooting_and_crackdown_stay_attacks(lang: str, text: str) -> None:
    assert "ASSAULT" in _types(text, lang)
