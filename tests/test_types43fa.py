"""Persian event types on unseen text (round 43, types43fa; every sentence
written for these tests, with other names, places and numbers than any
news text).

- The bare noun of an agreement ("توافق") mostly names a deal that stands
  ("پیوستن پرو به توافق …", "در پی توافق کاهش تولید …", "رسیدن به توافقی
  … را نداشتند"); it reports an agreeing (PLOVER AGREE) only with a light
  verb of its own ("توافقات صورت گرفته", "توافق حاصل شد"), as attack nouns
  do (``context.PREDICATE_NOUNS``, ``predicates.drop_verbless``); a verb
  of reaching it in any form ("به توافق نرسیدند", "برسند", "توافق دارند")
  counts, and a deal that names its sides, that a comment is about or that
  is being signed stays (as before, and as English and Arabic read
  "welcomed the agreement between X and Y"). English and Arabic read a deal
  named with neither as no agreement already; the verbs of agreeing stay
  AGREE in all three languages.
- A deed right after a verbal noun of furthering it ("با هدف تسهیل خروج
  نیروهای خارجی", "لتسريع الإفراج عن الأسرى") is what an act is meant to
  bring about, not a deed told (``context.FURTHERING_NOUNS`` among the
  ``TOPIC_MARKERS``); English "to facilitate the withdrawal" was read so
  already.
- Protests in the plural written apart ("اعتراض ها") are held when the
  verb of holding follows within 12 words (was 8): a concessive word and a
  capital's apposition may stand before it ("… گرچه در لاپاز پایتخت بولیوی
  به صورت مسالمت آمیز برگزار شد"); English and Arabic protest nouns need no
  such verb.
- A right respected ("حق X را … محترم می‌داند", PLOVER SUPPORT) finds its
  object anywhere before it in its clause, the whole purpose phrase of the
  right between (was 10 words). Persian only: English "respects X's right"
  and Arabic "تحترم حق" put the verb before the right, next to it (neither
  is a trigger yet: left alone).
"""

from __future__ import annotations

import pytest

from casts import reading_lines as _read


def _types(text: str, lang: str) -> set[str]:
    """The event types of ``text`` with their status."""
    return {" ".join(line.split()[:2]) for line in _read(text, lang)}


# ---------------------------------------------------------------- a deal named, no agreeing
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fa", "پیوستن پرو به توافق منطقه‌ای تجارت آزاد برای اقتصاد این کشور سودمند است."),
        ("fa", "نه شیلی و نه بولیوی آمادگی رسیدن به توافقی جامع را نداشتند."),
        ("fa", "کارشناسان شیلی و بولیوی مشغول نوشتن متن بازگشت لاپاز به توافق مرزی هستند."),
        ("fa", "دولت اکوادور تاکنون هیچ عجله‌ای برای بازگشت پرو به توافق ندارد."),
        ("en", "Peru's joining of the regional free trade deal is good for its economy."),
        ("ar", "انضمام بيرو إلى الاتفاق التجاري الإقليمي مفيد لاقتصادها."),
    ],
)
def test_deal_only_named_is_no_agreement(lang: str, text: str) -> None:
    assert "AGREE reported" not in _types(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fa", "میان شیلی و بولیوی بر سر تقسیم آب رودخانه توافق حاصل شد."),
        ("fa", "بر اساس توافقات صورت گرفته میان شیلی و بولیوی، گذرگاه مرزی باز شد."),
        ("fa", "شیلی و بولیوی بر سر تقسیم آب رودخانه توافق کردند."),
        ("en", "Chile and Bolivia agreed on sharing the river's water."),
        ("ar", "اتفقت تشيلي وبوليفيا على تقاسم مياه النهر."),
    ],
)
def test_agreement_with_its_verb_agrees(lang: str, text: str) -> None:
    assert any(line.startswith("AGREE reported") and "CHL:" in line for line in _read(text, lang))
    assert any(line.startswith("AGREE reported") and "BOL:" in line for line in _read(text, lang))


def test_deal_named_beside_a_meeting_leaves_the_meeting() -> None:
    # the talks are told; the deal is only what they were about
    text = "وزیران خارجه شیلی و بولیوی در لاپاز درباره بازگشت به توافق سال گذشته دیدار کردند."
    types = _types(text, "fa")
    assert "CONSULT reported" in types
    assert "AGREE reported" not in types


# ---------------------------------------------------------------- a deed furthered is an aim
@pytest.mark.parametrize(
    ("lang", "text", "aim"),
    [
        (
            "fa",
            "سران آمریکای جنوبی با هدف تسهیل خروج نیروهای خارجی از بولیوی با رئیس جمهور شیلی"
            " دیدار کردند.",
            "RETREAT",
        ),
        ("fa", "دولت شیلی برای تسریع آزادی زندانیان پرویی با دولت پرو مذاکره کرد.", "CONCEDE"),
        (
            "ar",
            "التقى قادة أمريكا الجنوبية الرئيس التشيلي بهدف تسهيل انسحاب القوات الأجنبية من"
            " بوليفيا.",
            "RETREAT",
        ),
        ("ar", "تفاوضت تشيلي مع بيرو لتسريع الإفراج عن الأسرى البيروفيين.", "CONCEDE"),
        (
            "en",
            "South American leaders met the Chilean president to facilitate the withdrawal of"
            " foreign troops from Bolivia.",
            "RETREAT",
        ),
    ],
)
def test_deed_furthered_is_an_aim_not_a_deed(lang: str, text: str, aim: str) -> None:
    types = _types(text, lang)
    assert "CONSULT reported" in types
    assert not any(t.startswith(aim) for t in types)


# ---------------------------------------------------------------- protests held, the verb far on
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fa",
            "اعتراض ها گرچه در لاپاز پایتخت بولیوی به صورت مسالمت آمیز برگزار شد اما دست کم"
            " دوازده تن دستگیر شدند.",
        ),
        (
            "en",
            "Although the protests in La Paz, the capital of Bolivia, were held peacefully, at"
            " least twelve people were arrested.",
        ),
        (
            "ar",
            "رغم أن الاحتجاجات في لاباز عاصمة بوليفيا جرت بشكل سلمي فقد اعتقل اثنا عشر شخصا على"
            " الأقل.",
        ),
    ],
)
def test_protests_held_with_the_verb_far_on(lang: str, text: str) -> None:
    types = _types(text, lang)
    assert "PROTEST reported" in types
    assert "COERCE reported" in types


# ---------------------------------------------------------------- a right respected, far before its verb
def test_right_respected_past_a_long_purpose_phrase_supports() -> None:
    text = (
        "وزیر دفاع شیلی گفت که کشورش «حق پرو را برای دفاع از خود در برابر بولیوی و"
        " گروه‌های مسلح نیابتی آن محترم می‌داند»."
    )
    assert "SUPPORT reported CHL:GOV PER:" in _read(text, "fa")


def test_no_right_in_the_clause_respects_nothing() -> None:
    # "محترم" of a person addressed, no right respected
    text = "وزیر دفاع شیلی از همتای محترم پرویی خود برای سفر به سانتیاگو دعوت کرد."
    assert "SUPPORT reported" not in _types(text, "fa")


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("شیلی و بولیوی بر سر تقسیم آب رودخانه به توافق نرسیدند.", "negated"),
        ("شیلی و بولیوی بر سر تقسیم آب رودخانه توافق دارند.", "reported"),
        ("قطر از توافق شیلی و بولیوی بر سر آب رودخانه استقبال کرد.", "reported"),
    ],
)
def test_deal_reached_held_or_named_with_its_sides_stays(text: str, status: str) -> None:
    lines = _read(text, "fa")
    assert any(
        line.startswith(f"AGREE {status}") and "CHL:" in line and "BOL:" in line for line in lines
    )
