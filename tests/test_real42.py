"""Round 42, precision: a deed told in a limb of "neither … nor" is negated
(every sentence written for these tests).

Persian puts a free "نه" before each limb and leaves the verb positive ("نه
… توقیف کردیم و نه … بازداشت کردیم"); Arabic ("لا … ولا") and English
("neither … nor") negate the verb itself. "Not only … but" negates nothing,
and a limb opened by "but" ("بلکه") tells its deed.
"""

from __future__ import annotations

import pytest

from casts import run


def _statuses(text: str, lang: str, etype: str) -> list[str]:
    """The statuses of the events of one type, in order."""
    return [e.status for e in run(text, lang).events if e.type == etype]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("سخنگوی پلیس گفت: ما نه یک روزنامه‌نگار را بازداشت کردیم و نه یک وبلاگ را بستیم.", "fa"),
        ("قال المتحدث باسم الشرطة: لا اعتقلنا صحفيا ولا أغلقنا مدونة.", "ar"),
        ("The police spokesman said they neither detained a reporter nor shut a blog.", "en"),
    ],
)
def test_correlative_limb_is_negated(text: str, lang: str) -> None:
    assert _statuses(text, lang, "COERCE")[:1] == ["negated"]


def test_both_persian_limbs_negated() -> None:
    text = "نیروهای ضدشورش نه دانشجویان را بازداشت کردند و نه به تجمع آنها حمله کردند."
    assert _statuses(text, "fa", "COERCE") == ["negated"]
    assert _statuses(text, "fa", "ASSAULT") == ["negated"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("نه تنها پلیس معترضان را بازداشت کرد بلکه به تجمع آنها حمله کرد.", "fa"),
        ("لم تكتف الشرطة باعتقال المحتجين بل هاجمت تجمعهم أيضا.", "ar"),
        ("The police not only detained the protesters but also attacked their rally.", "en"),
    ],
)
def test_not_only_negates_nothing(text: str, lang: str) -> None:
    assert _statuses(text, lang, "ASSAULT") == ["reported"]


def test_limb_after_but_is_told_fa() -> None:
    text = "وزیر خارجه نروژ نه به لیما بلکه به کیتو سفر کرد."
    assert _statuses(text, "fa", "CONSULT") == ["reported"]


def test_noun_far_from_limb_end_is_not_negated_fa() -> None:
    # the verb of the limb is "تعلل نکرد"; the talks are its topic
    text = "دولت در مذاکره با اتحادیه کارگران نه تعلل کرد و نه کوتاه آمد."
    assert "negated" not in _statuses(text, "fa", "CONSULT")


def test_limb_closed_by_another_verb_is_not_negated_fa() -> None:
    # the limb's verb is "تردید نکرد"; the apology itself was made
    text = "سخنگوی دولت گفت وزیر نه در پاسخ به منتقدان و نه در عذرخواهی از مردم تردید داشت."
    assert "negated" not in _statuses(text, "fa", "CONCEDE")


def test_present_and_future_limbs_negated_fa() -> None:
    text = "فرماندار گفت نیروی انتظامی نه کارگران را بازداشت می‌کند و نه به آنها حمله خواهد کرد."
    assert _statuses(text, "fa", "COERCE") == ["negated"]
    assert _statuses(text, "fa", "ASSAULT") == ["negated"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("وزیر کشور دلیل امضا نکردن تفاهم‌نامه با ارمنستان را توضیح داد.", "fa"),
        ("شرح وزير الداخلية أسباب عدم توقيع مذكرة التفاهم مع أرمينيا.", "ar"),
        (
            "The interior minister explained why he was not signing the memorandum with Armenia.",
            "en",
        ),
    ],
)
def test_negated_infinitive_is_negated(text: str, lang: str) -> None:
    assert _statuses(text, lang, "AGREE")[:1] == ["negated"]


def test_negated_infinitive_of_clash_fa() -> None:
    text = "خبرنگاران به درگیر نشدن ماموران با کشاورزان معترض در اهواز اشاره کردند."
    assert _statuses(text, "fa", "ASSAULT") == ["negated"]


def test_deal_after_negated_infinitive_is_its_object_fa() -> None:
    # the deal was made; only carrying it out was not
    text = "نماینده پارلمان از اجرا نشدن توافق گازی با ارمنستان انتقاد کرد."
    assert _statuses(text, "fa", "AGREE") == ["reported"]


def _types(text: str, lang: str) -> set[str]:
    return {e.type for e in run(text, lang).events}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("برنامه موشکی کره شمالی صلح و ثبات شرق آسیا را تهدید می‌کند.", "fa"),
        ("واردات بی‌رویه از چین تولید داخلی ایران را تهدید می‌کند.", "fa"),
        ("تحریم‌های آمریکا معیشت مردم ونزوئلا را تهدید کرده است.", "fa"),
        ("قال الوزير الياباني إن صواريخ كوريا الشمالية تهدد أمن اليابان.", "ar"),
        ("قال الوزير الياباني إن سياسات الصين تشكل تهديدا للسلم في المنطقة.", "ar"),
        ("The Japanese minister said North Korea threatens Japan's security.", "en"),
        (
            "The Japanese minister said North Korea threatens the unity of the Korean peninsula.",
            "en",
        ),
    ],
)
def test_danger_to_a_good_is_no_threat(text: str, lang: str) -> None:
    assert "THREATEN" not in _types(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("ترکیه عراق را به حمله نظامی تهدید کرد.", "fa"),
        ("هدد الرئيس السوداني بالانسحاب من اتفاق السلام مع المتمردين.", "ar"),
        ("North Korea threatened to pull out of the peace talks with Japan.", "en"),
    ],
)
def test_threat_to_a_side_stays(text: str, lang: str) -> None:
    assert "THREATEN" in _types(text, lang)


@pytest.mark.parametrize(
    "text",
    [
        "پلیس نه نفر را در بندرعباس بازداشت کرد.",
        "نیروهای امنیتی نه تن از معترضان را بازداشت کردند و نه نفر دیگر را آزاد کردند.",
    ],
)
def test_nine_is_no_negation_fa(text: str) -> None:
    assert _statuses(text, "fa", "COERCE")[:1] == ["reported"]


def test_single_limb_needs_a_pair_fa() -> None:
    # one "نه" alone ends no limb of a correlative
    text = "پلیس نه چندان دور از میدان اصلی معترضان را بازداشت کرد."
    assert _statuses(text, "fa", "COERCE") == ["reported"]
