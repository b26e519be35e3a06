"""Who acts inside a state, told alike in Arabic, Persian and English (round
36, agents36ar; every sentence written for these tests).

Rules added in this round:

- a lawyer pleads for a client and is arrested or tried as one: a civilian
  (CVL), no court (JUD: courts, judges, prosecutors), as Persian "وکیل" was
  read; the bar, lawyers' own body, is civil society (NGO) as Persian "کانون
  وکلا". Egypt's prosecutors called "المحامي العام" stay JUD;
- hostages held, written with the verbal noun ("قام مسلح باحتجاز رهائن",
  "اقتحام مستشفى واحتجاز أطباء كرهائن"), are taken by their captor (PLOVER
  ASSAULT, abduct), not detained by the state's police (COERCE), as the verb
  "احتجز … رهائن", English "took … hostage" and Persian "به گروگان گرفت";
- an unknown person ("شخص مجهول", "an unknown man") is the unidentified doer
  (UAF), as "مسلحون مجهولون" and "unknown gunmen";
- a country's adjective after a town's head and a name the lexicon does not
  know ("في مدينة كيبيك الكندية", "ببلدة روبيه الفرنسية") tells where the town
  is, as after a town it knows: the gunmen there are of that country, which
  is no side of its own, as English "the Canadian city of Quebec" and
  Persian "شهر کبک کانادا".
"""

from __future__ import annotations

import pytest

from casts import reading_lines as _read

# (English, Arabic, Persian, the reading of all three)
TRIPLES: list[tuple[str, str, str, tuple[str, ...]]] = [
    (
        "Egyptian police arrested a prominent lawyer in Cairo.",
        "اعتقلت الشرطة المصرية محاميا بارزا في القاهرة.",
        "پلیس مصر یک وکیل سرشناس را در قاهره بازداشت کرد.",
        ("COERCE reported EGY:COP EGY:CVL",),
    ),
    (
        "The defence lawyer urged the Egyptian court to release the journalist.",
        "طالب محامي الدفاع المحكمة المصرية بالإفراج عن الصحفي.",
        "وکیل مدافع از دادگاه مصر خواست روزنامه نگار را آزاد کند.",
        ("REQUEST reported EGY:CVL EGY:JUD",),
    ),
    (
        "Lawyers protested in Tunis against the new finance law.",
        "تظاهر المحامون في تونس احتجاجا على قانون المالية الجديد.",
        "وکلا در تونس علیه قانون جدید مالیات تظاهرات کردند.",
        ("PROTEST reported TUN:CVL TUN:GOV",),
    ),
    (
        "A Tunisian court sentenced a lawyer to two years in prison.",
        "حكمت محكمة تونسية على محام بالسجن سنتين.",
        "یک دادگاه تونس یک وکیل را به دو سال زندان محکوم کرد.",
        ("COERCE reported TUN:JUD TUN:CVL",),
    ),
    (
        "The Tunisian bar association urged the government to withdraw the bill.",
        "طالبت هيئة المحامين التونسية الحكومة بسحب مشروع القانون.",
        "کانون وکلای تونس از دولت خواست لایحه را پس بگیرد.",
        ("REQUEST reported TUN:NGO TUN:GOV",),
    ),
    (
        "Gunmen took dozens of hostages in a shop in Melbourne.",
        "قام مسلحون باحتجاز عشرات الرهائن في متجر في ملبورن.",
        "افراد مسلح ده‌ها نفر را در مغازه‌ای در ملبورن به گروگان گرفتند.",
        ("ASSAULT reported AUS:UAF AUS:CVL",),
    ),
    (
        "An unknown man stormed a bank in the German city of Duisburg.",
        "اقتحم شخص مجهول بنكا في مدينة دويسبورغ الألمانية.",
        "یک فرد ناشناس به بانکی در شهر دویسبورگ آلمان حمله کرد.",
        ("ASSAULT reported DEU:UAF DEU:BUS",),
    ),
    (
        "Police detained ten protesters in the Egyptian city of Tanta.",
        "احتجزت الشرطة عشرة متظاهرين في مدينة طنطا المصرية.",
        "پلیس ده معترض را در شهر طنطا مصر بازداشت کرد.",
        ("COERCE reported EGY:COP EGY:CVL",),
    ),
]


@pytest.mark.parametrize(("en", "ar", "fa", "want"), TRIPLES)
def test_three_languages_read_alike(en: str, ar: str, fa: str, want: tuple[str, ...]) -> None:
    assert _read(en, "en") == set(want)
    assert _read(ar, "ar") == set(want)
    assert _read(fa, "fa") == set(want)


# (English, Arabic, the reading of both); Persian reads the victims apart
PAIRS: list[tuple[str, str, tuple[str, ...]]] = [
    (
        "A gunman opened fire on worshippers at a mosque in the Canadian city of Quebec.",
        "أطلق مسلح النار على المصلين في مسجد بمدينة كيبيك الكندية.",
        ("ASSAULT reported CAN:UAF CAN:CVL",),
    ),
    (
        "Gunmen opened fire on a police patrol in the Egyptian city of Arish.",
        "أطلق مسلحون النار على دورية للشرطة في مدينة العريش المصرية.",
        ("ASSAULT reported EGY:UAF EGY:COP",),
    ),
]


@pytest.mark.parametrize(("en", "ar", "want"), PAIRS)
def test_en_ar_read_alike(en: str, ar: str, want: tuple[str, ...]) -> None:
    assert _read(en, "en") == set(want)
    assert _read(ar, "ar") == set(want)


# parties59fa: passes since "شهر العریش مصر" reads Egypt as the town's
# state (a place), no longer a side beside the police patrol
def test_fa_victims_of_gunmen() -> None:
    assert _read("افراد مسلح در شهر العریش مصر به سوی یک گشت پلیس تیراندازی کردند.", "fa") == {
        "ASSAULT reported EGY:UAF EGY:COP"
    }


# a known gap until victims85: "كرهائن" is what the doctors are held as
# (NOT_AGENTS), so the hostages' verbal noun names no second people
def test_ar_storming_and_hostages_one_event() -> None:
    assert _read("أقدم مسلح على اقتحام مستشفى في إسطنبول واحتجاز عدد من الأطباء كرهائن.", "ar") == {
        "ASSAULT reported TUR:UAF TUR:HLH"
    }


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # Egypt's prosecutor is "the attorney general": a court's, not a lawyer
        (
            "أمر المحامي العام لنيابات وسط القاهرة بحبس ثلاثة صحفيين.",
            {"COERCE reported EGY:JUD EGY:MED"},
        ),
        # a detention ordered, with no hostage, stays the state's
        (
            "اعتقلت الشرطة المصرية عشرة أشخاص في القاهرة.",
            {"COERCE reported EGY:COP EGY:CVL"},
        ),
    ],
)
def test_ar_prosecutors_and_detentions(text: str, want: set[str]) -> None:
    assert _read(text, "ar") == want
