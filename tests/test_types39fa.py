"""Persian event types missed on unseen text (round 39, types39fa; every
sentence written for these tests).

Rules added in this round (``lang/fa/triggers.py``, ``lang/fa/status.py``):

- the present passive of every compound verb listed in "شد" ("آزاد
  می‌شوند", "تحریم می‌شود"), as the past, the future and "گردید" were
  (not after "مستقر": "مستقر می‌شود" is set up, of offices);
- shelling and rocketing ("به توپ بستند", "به خمپاره بسته شد"), as "به
  رگبار بست";
- an expectation of a side with its object between noun and verb ("از
  دولت … انتظار یک پاسخ روشن داریم") asks that side (REQUEST); the
  impersonal "نمی‌توان انتظار … داشت", waiting ("در انتظار"), "انتظار
  می‌رود" and "انتظار ندارد" ask no one;
- a side said to have had a hand or a part in a deed of force ("… در
  انفجار … دست داشته است") is blamed (ACCUSE), as "پشت حمله" is; a
  denial ("دست نداشته") is none;
- a trip banned ("سفر … را منع کرد") is no visit told: the ban negates it,
  as a calling off does; the ban itself stays a sanction.

English and Arabic read the same events by their own rules; the sentences
in the three languages check that the readings agree.
"""

from __future__ import annotations

import pytest

from casts import reading_lines as _read

# (English, Arabic, Persian, the reading of all three)
TRIPLES: list[tuple[str, str, str, tuple[str, ...]]] = [
    # the present passive of a compound verb
    (
        "Two Peruvian fishermen are released from a Chilean prison tomorrow.",
        "يفرج غدا عن صيادين بيروفيين اثنين من سجن في تشيلي.",
        "دو ماهیگیر پرویی فردا از زندان شیلی آزاد می‌شوند.",
        ("CONCEDE planned CHL: PER:CVL",),
    ),
    (
        "Three Norwegian firms are sanctioned on Washington's orders.",
        "تفرض عقوبات على ثلاث شركات نرويجية بأمر من واشنطن.",
        "سه شرکت نروژی به دستور واشنگتن تحریم می‌شوند.",
        ("SANCTION reported NOR:BUS USA:",),
    ),
    # shelling
    (
        "The Russian army shelled the city of Kherson.",
        "قصف الجيش الروسي مدينة خيرسون بالمدفعية.",
        "ارتش روسیه شهر خرسون را به توپ بست.",
        ("ASSAULT reported RUS:MIL UKR:",),
    ),
]


def _types(text: str, lang: str) -> set[str]:
    """The event types of ``text`` with their status."""
    return {" ".join(line.split()[:2]) for line in _read(text, lang)}


@pytest.mark.parametrize(("en", "ar", "fa", "want"), TRIPLES[:2])
def test_triples_read_alike(en: str, ar: str, fa: str, want: tuple[str, ...]) -> None:
    for text, lang in ((en, "en"), (ar, "ar"), (fa, "fa")):
        assert _read(text, lang) == set(want), lang


def test_shelling_read_alike() -> None:
    en, ar, fa, want = TRIPLES[2]
    assert _read(fa, "fa") == set(want)
    assert _read(en, "en") == set(want)
    # Arabic gives the shelled city no country of its own: the type agrees
    assert _types(ar, "ar") == {"ASSAULT reported"}


# (text, language, the event types with their status)
CASES: list[tuple[str, str, set[str]]] = [
    # shelled in the passive and in the perfect
    ("مواضع شورشیان در حومه ادلب توسط ارتش سوریه به خمپاره بسته شد.", "fa", {"ASSAULT reported"}),
    ("ارتش روسیه شهر سومی را به توپ بسته است.", "fa", {"ASSAULT reported"}),
    # an office set up: no deployment
    ("دفتر جدید سفارت فنلاند در لیما مستقر می‌شود.", "fa", set()),
    # an expectation of a side, its object between noun and verb
    ("ما از دولت پرو انتظار یک پاسخ روشن داریم.", "fa", {"REQUEST reported"}),
    ("کشاورزان از وزیر کشاورزی شیلی انتظار حمایت جدی دارند.", "fa", {"REQUEST reported"}),
    # expecting in general, waiting, not expecting: no request
    ("نمی‌توان از دولت پرو انتظار معجزه داشت.", "fa", set()),
    ("مردم پرو در انتظار تصمیم دولت شیلی هستند و امید دارند.", "fa", set()),
    ("انتظار می‌رود دولت بلژیک در بازار گاز هلند سهم بیشتری دارد.", "fa", set()),
    ("لیما انتظار ندارد که سانتیاگو به زودی پاسخ بدهد.", "fa", set()),
    # a hand in a deed of force: blame
    ("نروژ اعلام کرد روسیه در انفجار خط لوله گاز دست داشته است.", "fa", {"ACCUSE reported"}),
    ("فنلاند گفت بلاروس در حمله به پاسگاه مرزی لیتوانی نقش داشته است.", "fa", {"ACCUSE reported"}),
    # a denial: no blame
    ("روسیه گفت در انفجار خط لوله گاز دست نداشته است.", "fa", set()),
    # a part in something else: no blame
    ("نروژ در توسعه بندر مورمانسک نقش مهمی داشته است.", "fa", set()),
    # a trip banned: the ban, no visit
    ("دولت شیلی سفر وزیر دفاع پرو به سانتیاگو را منع کرد.", "fa", {"SANCTION reported"}),
    # a ban beside a trip told: both
    (
        "شیلی ورود مقامات پرو را ممنوع کرد و وزیر خارجه شیلی هفته گذشته به بولیوی سفر کرد.",
        "fa",
        {"SANCTION reported", "CONSULT reported"},
    ),
    # English and Arabic: blame for the deed, and a part in it denied
    ("Norway blamed Russia for the gas pipeline blast.", "en", {"ACCUSE reported"}),
    ("Russia denied any role in the gas pipeline blast.", "en", set()),
    (
        "حملت النرويج روسيا مسؤولية تفجير خط أنابيب الغاز.",
        "ar",
        {"ACCUSE reported", "ASSAULT reported"},
    ),
    ("نفت روسيا أي دور لها في تفجير خط أنابيب الغاز.", "ar", {"ASSAULT negated"}),
    # an Arabic demand of a side
    ("طالبت تشيلي بيرو بتسليم المشتبه بهم.", "ar", {"REQUEST reported"}),
]


@pytest.mark.parametrize(("text", "lang", "want"), CASES)
def test_rule_cases(text: str, lang: str, want: set[str]) -> None:
    assert _types(text, lang) == want


# English and Arabic still read a barred visit as a visit told ("banned" is a
# sanction trigger of its own there, so it cannot simply negate what follows)
BARRED_VISITS: list[tuple[str, str]] = [
    ("Chile barred the Peruvian president's visit to the country.", "en"),
    ("منعت تشيلي زيارة رئيس بيرو إلى البلاد.", "ar"),
]


@pytest.mark.xfail(strict=True, reason="known gap: en/ar read a barred visit as a visit")
@pytest.mark.parametrize(("text", "lang"), BARRED_VISITS)
def test_barred_visit_gaps(text: str, lang: str) -> None:
    assert "CONSULT reported" not in _types(text, lang)


# English and Arabic read no request in an expectation of a side yet
EXPECTATIONS: list[tuple[str, str]] = [
    ("Chile expects Peru to hand over the suspects.", "en"),
    ("تتوقع تشيلي من بيرو تسليم المشتبه بهم.", "ar"),
]


@pytest.mark.xfail(strict=True, reason="known gap: en/ar expectations of a side ask no one")
@pytest.mark.parametrize(("text", "lang"), EXPECTATIONS)
def test_expectation_gaps(text: str, lang: str) -> None:
    assert "REQUEST reported" in _types(text, lang)
