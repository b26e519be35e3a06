"""Words in another sense and deeds only sought (round 101, senses101; every
sentence written for these tests).

- Arabic "وعيد" (a threat) is also "and Eid": before a feast's name ("في
  رمضان وعيد الفطر") it names a holiday, no threat.
- A count before "متهما" makes it the noun "suspects" ("قضية 18 متهما"), no
  one accusing anyone.
- An employer putting out its own staff (a newsroom's editor, a firm's
  head, "from the factory", "من الشركة", "من عملهم") dismisses them from a
  job: no expulsion from a state (SANCTION) nor deportation (COERCE).
- What is searched for is sought, not had ("البحث عن خارطة طريق", "در
  جستجوی نقشه راه", "looking for an agreement"): no agreement made.
"""

from __future__ import annotations

import pytest

from casts import run


def _types(text: str, lang: str) -> set[str]:
    return {e.type for e in run(text, lang).events}


# "and Eid" before a feast's name: main de51ad3c reads THREATEN in both
FEASTS = [
    ("ar", "وتوافد المصلون على المساجد في تونس خلال شهر رمضان وعيد الفطر."),
    ("ar", "وأعلنت الحكومة المصرية عطلة رسمية بمناسبة عيد الميلاد وعيد الفصح."),
]


@pytest.mark.parametrize(("lang", "text"), FEASTS)
def test_and_eid_is_no_threat(lang: str, text: str) -> None:
    assert "THREATEN" not in _types(text, lang)


# guards: a threat with no feast after it stays one; Persian "وعده و وعید"
# and English "Eid" give no threat on main either
def test_a_threat_stays_a_threat() -> None:
    assert "THREATEN" in _types(
        "وأطلق زعيم الجماعة المسلحة وعيدا للحكومة العراقية بالانتقام.", "ar"
    )


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fa", "دولت ایران با وعده و وعید مردم را به صبر دعوت کرد."),
        ("en", "Egyptians celebrated Ramadan and Eid al-Fitr with their families."),
    ],
)
def test_eid_guards(lang: str, text: str) -> None:
    assert "THREATEN" not in _types(text, lang)


# counted suspects: main reads the first as ACCUSE (the others are guards)
def test_counted_suspects_accuse_no_one() -> None:
    text = "وأجلت المحكمة المصرية النظر في قضية 18 متهما إلى الشهر المقبل."
    assert "ACCUSE" not in _types(text, "ar")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "وقررت محكمة تونسية سجن ثلاثة متهمين في قضية الفساد."),
        ("fa", "دادگاه رسیدگی به پرونده ۱۸ متهم را به ماه آینده موکول کرد."),
        ("en", "The court postponed the case of 18 defendants to next month."),
    ],
)
def test_counted_suspects_guards(lang: str, text: str) -> None:
    assert "ACCUSE" not in _types(text, lang)


def test_the_accusing_participle_stays() -> None:
    text = "وانتقد الوزير المصري المعارضة، متهما إياها بالتحريض على الفوضى."
    assert "ACCUSE" in _types(text, "ar")


# staff put out of a job: main reads the Arabic ones as COERCE (deportation)
DISMISSED = [
    ("ar", "وذكرت وسائل إعلام مصرية أن شركة مصرية طردت عشرين عاملا من المصنع."),
    ("ar", "وقالت وسائل إعلام مصرية إن شركة طردت عشرين عاملا مصريا من عملهم."),
]


@pytest.mark.parametrize(("lang", "text"), DISMISSED)
def test_a_dismissal_is_no_expulsion(lang: str, text: str) -> None:
    assert not {"COERCE", "SANCTION"} & _types(text, lang)


# guards: diplomats expelled and workers deported stay so, in all three
# languages (a resignation told beside an expulsion leaves it one); a
# newsroom's or a factory's dismissal gives no event on main and after
EXPELLED = [
    ("ar", "طردت تونس السفير السوري.", "SANCTION"),
    ("ar", "أبعدت الكويت 50 عاملا مصريا.", "COERCE"),
    ("fa", "وزارت خارجه ایران دو دیپلمات آلمانی را اخراج کرد و سفیر آلمان استعفا داد.", "SANCTION"),
    ("fa", "دولت پاکستان هزاران مهاجر افغان را اخراج کرد.", "COERCE"),
    ("en", "Iran expelled two German diplomats.", "SANCTION"),
]


@pytest.mark.parametrize(("lang", "text", "etype"), EXPELLED)
def test_expulsions_stay(lang: str, text: str, etype: str) -> None:
    assert etype in _types(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fa", "به گزارش رسانه‌های ایران، سردبیر روزنامه‌ای در تهران سه خبرنگار را اخراج کرد."),
        ("fa", "به گزارش رسانه‌های ایران، پنجاه کارگر ایرانی از کارخانه اخراج شدند."),
        ("en", "Iranian media said a Tehran newspaper fired three political reporters."),
    ],
)
def test_dismissal_guards(lang: str, text: str) -> None:
    assert not {"COERCE", "SANCTION"} & _types(text, lang)


# sought, not had: main reads each as AGREE reported
SOUGHT = [
    ("ar", "وبدأت تركيا وليبيا البحث عن خارطة طريق جديدة للتعاون."),
    ("fa", "ایران و چین در جستجوی نقشه راه جدیدی برای همکاری هستند."),
    ("en", "Egypt and Sudan are still looking for an agreement on the Nile."),
    ("en", "Turkey and Libya began searching for a new roadmap for cooperation."),
    ("en", "Egypt and Sudan are seeking an agreement on the Nile."),
]


@pytest.mark.parametrize(("lang", "text"), SOUGHT)
def test_a_deal_sought_is_no_deal(lang: str, text: str) -> None:
    assert "AGREE" not in _types(text, lang)


# guards: a roadmap signed or agreed stays an agreement; "به دنبال" is also
# "following" (a deed done), so it is no marker
MADE = [
    ("ar", "ووقعت تونس والجزائر خارطة طريق للتعاون.", "AGREE"),
    ("fa", "ایران و چین بر یک نقشه راه برای همکاری توافق کردند.", "AGREE"),
    ("en", "Egypt and Sudan reached an agreement on the Nile.", "AGREE"),
    ("fa", "به دنبال حمله به نفتکش، آمریکا ایران را متهم کرد.", "ACCUSE"),
]


@pytest.mark.parametrize(("lang", "text", "etype"), MADE)
def test_deals_made_stay(lang: str, text: str, etype: str) -> None:
    assert etype in _types(text, lang)
