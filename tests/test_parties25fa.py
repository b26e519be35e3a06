"""Sides Persian missed or took wrongly (parties25fa).

* A country after a border noun and "با" ("در مرز با بلاروس", "منطقه
  مرزی با ترکیه") is the other side of a border, a place, as Arabic "على
  الحدود مع" and English "on the border with" are read (``context.
  BORDER_PREPOSITIONS``: "با" is no partner word elsewhere in Persian).
* The object written right after a saying's infinitive ("با متهم کردن
  ایران گفت", by accusing Iran he said) is its object, not the next
  clause's subject: the infinitive ends no clause (``final_verb._complement_end``).
* A noun trigger whose first-person verb closes the clause after its object
  ("ما جواب سختی به رژیم صهیونیستی خواهیم داد") is the speaker's deed, as a
  verb trigger in the first person is; never through another trigger ("ما
  از اعتصاب … حمایت می‌کنیم": the strike is not the speaker's).
* A relative clause before a saying's or comment's verb whose own verb tells
  another event ("… موشک‌هایی که مواضع اسرائیل را هدف قرار داد، تبریک
  می‌گوییم") names that event's sides, not the comment's
  (``relative_clause_out.relative_deed_out``).

Parallel triples written for these tests."""

from __future__ import annotations

import pytest

from casts import cast, run

# --- the other side of a border is a place ---


@pytest.mark.parametrize(
    ("lang", "text", "etype", "doer", "place"),
    [
        (
            "fa",
            "پلیس لهستان ۱۰۹ مهاجر را در مرز با بلاروس بازداشت کرد.",
            "COERCE",
            "POL:COP",
            "BLR",
        ),
        (
            "ar",
            "اعتقلت الشرطة البولندية 109 مهاجرين على الحدود مع بيلاروسيا.",
            "COERCE",
            "POL:COP",
            "BLR",
        ),
        (
            "en",
            "Polish police arrested 109 migrants on the border with Belarus.",
            "COERCE",
            "POL:COP",
            "BLR",
        ),
        ("fa", "پلیس لهستان در مرز با بلاروس به مهاجران حمله کرد.", "ASSAULT", "POL:COP", "BLR"),
        (
            "ar",
            "هاجمت الشرطة البولندية المهاجرين على الحدود مع بيلاروسيا.",
            "ASSAULT",
            "POL:COP",
            "BLR",
        ),
        (
            "en",
            "Polish police attacked migrants on the border with Belarus.",
            "ASSAULT",
            "POL:COP",
            "BLR",
        ),
        (
            "fa",
            "ارتش سوریه نیروهای خود را در منطقه مرزی با ترکیه مستقر کرد.",
            "MOBILIZE",
            "SYR:MIL",
            "TUR",
        ),
        (
            "ar",
            "نشر الجيش السوري قواته في المنطقة الحدودية مع تركيا.",
            "MOBILIZE",
            "SYR:MIL",
            "TUR",
        ),
        (
            "en",
            "The Syrian army deployed its forces on the border with Turkey.",
            "MOBILIZE",
            "SYR:MIL",
            "TUR",
        ),
    ],
)
def test_other_side_of_a_border_is_no_party(
    lang: str, text: str, etype: str, doer: str, place: str
) -> None:
    actors = cast(run(text, lang), etype)
    assert doer in actors, actors
    assert not any(a.startswith(place + ":") for a in actors), actors


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fa", "ایران با عراق در زمینه تجارت توافق کرد."),
        ("ar", "اتفقت إيران مع العراق على التجارة."),
        ("en", "Iran agreed with Iraq on trade."),
    ],
)
def test_a_partner_stays_a_side(lang: str, text: str) -> None:
    """ "با" without a border noun still names a partner."""
    actors = cast(run(text, lang), "AGREE")
    assert {a.split(":")[0] for a in actors} >= {"IRN", "IRQ"}, actors


# --- a saying's infinitive takes the object right after it ---


@pytest.mark.parametrize(
    ("lang", "text", "etype", "subject", "target"),
    [
        (
            "fa",
            "نخست وزیر اسرائیل با متهم کردن ایران گفت پاسخ سختی خواهد داد.",
            "ACCUSE",
            "ISR:GOV",
            "IRN",
        ),
        (
            "ar",
            "قال رئيس الوزراء الإسرائيلي متهما إيران إن الرد سيكون قاسيا.",
            "ACCUSE",
            "ISR:GOV",
            "IRN",
        ),
        (
            "en",
            "The Israeli prime minister accused Iran and said the response would be harsh.",
            "ACCUSE",
            "ISR:GOV",
            "IRN",
        ),
        (
            "fa",
            "وزیر خارجه ترکیه با محکوم کردن اسرائیل خواستار نشست فوری شورای امنیت شد.",
            "ACCUSE",
            "TUR:GOV",
            "ISR",
        ),
        (
            "ar",
            "أدان وزير الخارجية التركي إسرائيل وطالب بجلسة طارئة لمجلس الأمن.",
            "ACCUSE",
            "TUR:GOV",
            "ISR",
        ),
        (
            "en",
            "The Turkish foreign minister condemned Israel and called for an urgent Security Council meeting.",
            "ACCUSE",
            "TUR:GOV",
            "ISR",
        ),
    ],
)
def test_infinitive_object_is_the_target(
    lang: str, text: str, etype: str, subject: str, target: str
) -> None:
    actors = cast(run(text, lang), etype)
    assert subject in actors, actors
    assert any(a.startswith(target + ":") for a in actors), actors


# --- a noun's first-person verb at the clause's end: the speaker's deed ---


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fa", "فرمانده سپاه پاسداران گفت: ما قطعا جواب سختی به رژیم صهیونیستی خواهیم داد."),
        ("ar", "قال قائد الحرس الثوري الإيراني: سنرد بقوة على إسرائيل."),
        (
            "en",
            "The commander of the Revolutionary Guards threatened Israel with a harsh response.",
        ),
    ],
)
def test_first_person_noun_deed_is_the_speakers(lang: str, text: str) -> None:
    actors = cast(run(text, lang), "THREATEN")
    assert "IRN:MIL" in actors, actors
    assert any(a.startswith("ISR:") for a in actors), actors


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fa", "رئیس اتحادیه کارگران عراق گفت: ما از اعتراض کارگران نفت ایران حمایت می‌کنیم."),
        ("ar", "قال رئيس اتحاد العمال العراقي: ندعم احتجاج عمال النفط الإيرانيين."),
        (
            "en",
            "The head of the Iraqi workers union said: we support the protest of Iranian oil workers.",
        ),
    ],
)
def test_first_person_verb_of_another_trigger_is_not_the_nouns(lang: str, text: str) -> None:
    """The speaker supports the protest; he does not protest."""
    record = run(text, lang)
    assert not any(a.startswith("IRQ:") for a in cast(record, "PROTEST")), cast(record, "PROTEST")
    assert any(a.startswith("IRQ:") for a in cast(record, "SUPPORT")), cast(record, "SUPPORT")


# --- a relative clause with its own deed names that deed's sides ---


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fa",
            "سخنگوی حماس گفت: ما به حزب الله برای شلیک موشک هایی که مواضع اسرائیل را هدف قرار داد، تبریک می گوییم.",
        ),
        (
            "ar",
            "قال المتحدث باسم حماس: نهنئ حزب الله على إطلاق الصواريخ التي استهدفت مواقع إسرائيل.",
        ),
        (
            "en",
            "A Hamas spokesman said: we congratulate Hezbollah on firing the rockets that targeted Israeli positions.",
        ),
    ],
)
def test_relative_deeds_sides_are_not_the_comments(lang: str, text: str) -> None:
    actors = cast(run(text, lang), "SUPPORT")
    assert {"PSE:REB", "LBN:REB"} <= actors, actors
    assert not any(a.startswith("ISR:") for a in actors), actors


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fa", "ایران عربستان را به خاطر قراردادی که با آمریکا امضا کرد محکوم کرد."),
        ("ar", "أدانت إيران السعودية بسبب الاتفاق الذي وقعته مع الولايات المتحدة."),
        ("en", "Iran condemned Saudi Arabia over the deal that it signed with the United States."),
    ],
)
def test_condemned_one_stays_beside_a_relative_deed(lang: str, text: str) -> None:
    actors = cast(run(text, lang), "ACCUSE")
    assert {a.split(":")[0] for a in actors} == {"IRN", "SAU"}, actors
