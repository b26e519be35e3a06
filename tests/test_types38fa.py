"""Persian event types, round 38 (types38fa; every sentence written for these
tests), with the same constructions read in Arabic and English.

Rules added in this round:

- a verb of joining that closes the clause of a protest noun pointed back to
  ("به همین اعتصاب پیوستند") tells new people taking part: the pointer is no
  mere reference to the strike told before (``predicates.drop_anaphors``,
  ``context.JOINED_VERBS``). Arabic and English, which have no pointer rule,
  already read it so;
- a passive participle right before "را" modifies the object's noun
  ("معترضان دستگیر شده را", "قرارداد امضا شده را"): the detained, the
  signed contract, no arrest or signing in that clause (fa
  ``NOT_TRIGGERS``), as "the detained protesters" and "المحتجين المعتقلين"
  are read;
- an explosion that befell a ship or a plant, or of gas or a boiler, is an
  accident until a doer is named (``status.DISASTER_CUES`` fa, en): no
  attack and no unidentified attacker.
"""

from __future__ import annotations

import pytest

from casts import reading_lines as _read

# (English, Arabic, Persian, the reading of all three)
TRIPLES: list[tuple[str, str, str, tuple[str, ...]]] = [
    # others joining a strike told before are a protest of their own
    (
        "Teachers in Shiraz went on strike on Saturday. On Monday bus drivers joined the strike.",
        "أضرب المعلمون في شيراز يوم السبت. وانضم سائقو الحافلات يوم الاثنين إلى هذا الإضراب.",
        "معلمان مدارس شیراز روز شنبه اعتصاب کردند. رانندگان اتوبوس شهر هم روز دوشنبه"
        " به همین اعتصاب پیوستند.",
        ("PROTEST reported IRN:EDU IRN:GOV", "PROTEST reported -:LAB"),
    ),
    # the detained, named as whom a release frees, were not arrested here
    (
        "The Afghan attorney general ordered the release of the detained protesters on Saturday.",
        "أمر النائب العام الأفغاني يوم السبت بالإفراج عن المحتجين المعتقلين.",
        "دادستان کل افغانستان دستور آزادی معترضان بازداشت شده را روز شنبه صادر کرد.",
        ("CONCEDE reported AFG:JUD AFG:CVL",),
    ),
    # an explosion on a ship, no doer named: an accident
    (
        "A tanker suffered an explosion at the port of Jeddah on Saturday, injuring two crew"
        " members.",
        "تعرضت ناقلة نفط لانفجار في ميناء جدة يوم السبت ما أدى إلى إصابة اثنين من طاقمها.",
        "یک نفتکش روز شنبه در بندر جده دچار انفجار شد و دو خدمه آن زخمی شدند.",
        (),
    ),
]


@pytest.mark.parametrize(("en", "ar", "fa", "want"), TRIPLES)
def test_three_languages_read_alike(en: str, ar: str, fa: str, want: tuple[str, ...]) -> None:
    assert _read(en, "en") == set(want)
    assert _read(ar, "ar") == set(want)
    assert _read(fa, "fa") == set(want)


def _types(text: str, lang: str) -> set[str]:
    return {line.split()[0] for line in _read(text, lang)}


# A pointer back with no verb of joining is still the strike told before.
def test_pointer_without_joining_is_no_new_strike() -> None:
    text = (
        "رانندگان کامیون در بندرعباس روز یکشنبه اعتصاب کردند. این اعتصاب تا روز سه‌شنبه ادامه داشت."
    )
    assert _read(text, "fa") == {"PROTEST reported IRN:LAB"}


# Words of joining elsewhere in the sentence do not revive another pointer.
def test_joining_far_after_the_pointer_keeps_it_dropped() -> None:
    text = (
        "پزشکان بیمارستان‌های مشهد روز یکشنبه اعتصاب کردند. "
        "در این اعتصاب، که تا شب ادامه یافت، پرستاران چند درمانگاه دیگر هم با ارسال پیام"
        " و امضای طوماری بلند به جمع حامیان آن پیوستند."
    )
    lines = _read(text, "fa")
    assert sum(line.startswith("PROTEST") for line in lines) == 1


# A participle that ends its clause as a verb still tells the deed.
@pytest.mark.parametrize(
    ("text", "lang", "etype"),
    [
        ("پنج خبرنگار فرانسوی در شهر مزار شریف بازداشت شده‌اند.", "fa", "COERCE"),
        ("پلیس ترکیه دیروز سه فعال کرد را در آنکارا بازداشت کرد.", "fa", "COERCE"),
        ("Turkish police detained three Kurdish activists in Ankara on Sunday.", "en", "COERCE"),
        ("ألقت الشرطة التركية القبض على ثلاثة ناشطين أكراد في أنقرة يوم الأحد.", "ar", "COERCE"),
    ],
)
def test_real_arrests_stay(text: str, lang: str, etype: str) -> None:
    assert etype in _types(text, lang)


# A bomb's explosion is an attack still, in all three languages.
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("انفجار یک بمب کنار جاده‌ای در قندهار افغانستان پنج سرباز را کشت.", "fa"),
        ("A roadside bomb killed five Afghan soldiers in Kandahar on Sunday.", "en"),
        ("قتلت عبوة ناسفة خمسة جنود أفغان في قندهار يوم الأحد.", "ar"),
    ],
)
def test_bomb_explosion_stays_an_attack(text: str, lang: str) -> None:
    assert "ASSAULT" in _types(text, lang)


# A gas explosion with dead is an accident in Persian and English.
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("انفجار گاز در یک ساختمان مسکونی در لاهور پاکستان شش کشته برجای گذاشت.", "fa"),
        ("A gas explosion at a block of flats in Lahore, Pakistan killed six people.", "en"),
    ],
)
def test_gas_explosion_is_no_attack(text: str, lang: str) -> None:
    assert "ASSAULT" not in _types(text, lang)


# A place named by the deed it saw tells no deed: "the site of the attack",
# "one of the hotbeds of the protests".
@pytest.mark.parametrize(
    ("text", "lang", "absent"),
    [
        (
            "نیروهای ارتش پاکستان روز جمعه در شهر کویته که از کانون‌های اصلی اعتراضات بود"
            " مستقر شدند.",
            "fa",
            "PROTEST",
        ),
        (
            "Pakistani troops deployed on Friday in Quetta, one of the main hotbeds of the protests.",
            "en",
            "PROTEST",
        ),
        (
            "انتشرت القوات الباكستانية يوم الجمعة في مدينة كويتا التي كانت إحدى بؤر الاحتجاجات"
            " الرئيسية.",
            "ar",
            "PROTEST",
        ),
        ("پلیس مصر روز دوشنبه در محل انفجار حاضر شد و دو مظنون را بازداشت کرد.", "fa", "ASSAULT"),
        (
            "Egyptian police arrived at the scene of the blast on Monday and arrested two suspects.",
            "en",
            "ASSAULT",
        ),
        (
            "وصلت الشرطة المصرية إلى موقع الانفجار يوم الاثنين واعتقلت مشتبهين اثنين.",
            "ar",
            "ASSAULT",
        ),
    ],
)
def test_place_named_by_a_deed_tells_none(text: str, lang: str, absent: str) -> None:
    types = _types(text, lang)
    assert absent not in types
    if absent == "ASSAULT":  # the arrest told beside it stays
        assert "COERCE" in types


# The deployment itself stays.
def test_deployment_beside_a_hotbed_stays() -> None:
    text = "نیروهای ارتش پاکستان روز جمعه در شهر کویته که از کانون‌های اصلی اعتراضات بود مستقر شدند."
    assert _read(text, "fa") == {"MOBILIZE reported PAK:MIL"}
