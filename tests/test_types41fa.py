"""Persian event types missed on unseen text (round 41, types41fa; every
sentence written for these tests, with other names, places and numbers
than any news text).

- A demand whose light verb stands words after "خواهان" ("… خواهان خروج
  نیروهای … از مرز شد", "ما خواهان آزادی … هستیم") asks (PLOVER REQUEST),
  as "خواستار … شد" and English "demanded" / Arabic "طالبت" are read; a
  standing wish ("… خواهان ثبات … است/هستند") and the camps named by what
  they want ("سلطنت‌خواهان") ask no one (``lang/fa/triggers`` ``_DEMANDED``,
  ``_CAMPS``).
- A protest in which a demand was made ("در تظاهراتی … خواهان … شدند", "در
  اعتصاب … خواستار … شدند") was held: it is no object of the demand
  (``context.OCCASION_OPENERS``, ``trigger_candidates._object_of``), as English "held a
  demonstration and demanded" and Arabic "نظموا مظاهرة وطالبوا" are read.
- A state's word that an attack was done by another state in the passive
  ("حمله … توسط پهپادهای … انجام شده است", "از سوی ارتش … صورت گرفت")
  blames that state (PLOVER ACCUSE), as the active "… این حمله را انجام
  داد", English "said X carried out the attack" and Arabic "قال … إن X نفذت
  الهجوم" are (``context.DEED_DOING_WORDS``); a word of doing that closes
  the sentence counts (``attributed._said_done`` reads words, not
  punctuation).
"""

from __future__ import annotations

import pytest

from casts import reading_lines as _read


def _types(text: str, lang: str) -> set[str]:
    """The event types of ``text`` with their status."""
    return {" ".join(line.split()[:2]) for line in _read(text, lang)}


# ---------------------------------------------------------------- demands
DEMANDS: list[tuple[str, str]] = [
    ("en", "Chile demanded the withdrawal of Bolivian troops from the border."),
    ("ar", "طالبت تشيلي بسحب القوات البوليفية من الحدود."),
    ("fa", "شیلی خواهان خروج نیروهای بولیوی از مرز شد."),
    ("fa", "نمایندگان پارلمان اکوادور خواهان استعفای وزیر کشور شده‌اند."),
    ("fa", "ما خواهان آزادی فوری همه روزنامه‌نگاران زندانی هستیم."),
]


@pytest.mark.parametrize(("lang", "text"), DEMANDS)
def test_demand_with_its_verb_words_away_asks(lang: str, text: str) -> None:
    assert "REQUEST reported" in _types(text, lang)


def test_demand_reads_alike_in_three_languages() -> None:
    want = {"REQUEST reported CHL: BOL:MIL"}
    for lang, text in DEMANDS[:3]:
        assert _read(text, lang) == want, lang


@pytest.mark.parametrize(
    "text",
    [
        # a standing wish, told of others or of a state: no demand made
        "هر دو دولت خواهان گسترش روابط تجاری هستند.",
        "پرو خواهان ثبات در منطقه است.",
    ],
)
def test_standing_wish_asks_no_one(text: str) -> None:
    assert "REQUEST reported" not in _types(text, "fa")


def test_camp_named_by_its_wish_is_no_demand() -> None:
    # the monarchists were arrested; "خواهان" in their name asks nothing
    text = "ده نفر از سلطنت‌خواهان در مقابل کاخ دادگستری لیما دستگیر شدند."
    types = _types(text, "fa")
    assert "REQUEST reported" not in types
    assert "COERCE reported" in types


# ---------------------------------------------------------------- protests with demands
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Relatives of the victims held a large demonstration in Quito and demanded a trial.",
        ),
        ("ar", "نظم ذوو الضحايا مظاهرة كبيرة في كيتو وطالبوا بمحاكمة المسؤولين."),
        ("fa", "بستگان قربانیان در تظاهراتی بزرگ در کیتو خواهان محاکمه همه مقامات مسئول شدند."),
        ("fa", "پرستاران در اعتصاب سراسری خود خواستار افزایش دستمزد شدند."),
    ],
)
def test_protest_a_demand_was_made_at_was_held(lang: str, text: str) -> None:
    assert "PROTEST reported" in _types(text, lang)


def test_talks_asked_for_after_in_stay_asked() -> None:
    # "در" before talks asked for opens no occasion: only protests are held
    text = "دولت اکوادور مشارکت در مذاکرات صلح را خواستار شد."
    assert _types(text, "fa") == {"REQUEST reported"}


# ---------------------------------------------------------------- attacks put on a state
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The Dutch foreign minister said Belarus carried out the attack on the tanker."),
        ("ar", "قال وزير الخارجية الهولندي إن بيلاروس نفذت الهجوم على الناقلة."),
        ("fa", "وزیر خارجه هلند گفت حمله دیروز به آن نفتکش توسط پهپادهای بلاروس انجام شده است."),
        ("fa", "سخنگوی دولت هلند اعلام کرد این حمله از سوی ارتش بلاروس صورت گرفت."),
        ("fa", "وزیر خارجه هلند گفت بلاروس این حمله را انجام داد."),
    ],
)
def test_attack_said_done_by_a_state_blames_it(lang: str, text: str) -> None:
    assert "ACCUSE reported NLD:GOV BLR:" in _read(text, lang)


def test_own_army_telling_a_strike_blames_no_one() -> None:
    text = "ارتش بلاروس گفت حمله هوایی به مواضع شورشیان در شرق کشور انجام شد."
    assert "ACCUSE reported" not in _types(text, "fa")


# ---------------------------------------------------------------- deeds that will face a response
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "The Venezuelan army said any Colombian incursion will be met with a strong response.",
        ),
        ("ar", "قال الجيش الفنزويلي إن أي توغل كولومبي سيقابل برد قوي من القوات المسلحة."),
        ("fa", "ارتش ونزوئلا گفت هرگونه تجاوز کلمبیا با واکنش شدید نیروهای مسلح مواجه خواهد شد."),
        ("fa", "فرمانده ارتش پرو گفت هر حمله‌ای به مرز با برخورد قاطع سربازان روبرو خواهد شد."),
    ],
)
def test_deed_that_will_face_a_response_is_threatened(lang: str, text: str) -> None:
    assert "THREATEN reported" in _types(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # foretold hardship, a past reaction, a vote: no threat
        ("fa", "دولت پرو در سال آینده با کمبود شدید بودجه روبرو خواهد شد."),
        ("fa", "این طرح با واکنش منفی نمایندگان مواجه شد."),
        ("fa", "این لایحه در مجلس پرو با مقاومت نمایندگان روبرو خواهد شد."),
        ("en", "Any price rise in Lima will be met with anger by consumers."),
    ],
)
def test_hardship_foretold_threatens_no_one(lang: str, text: str) -> None:
    assert "THREATEN reported" not in _types(text, lang)


def test_met_with_in_the_passive_is_no_meeting() -> None:
    for text in (
        "The Peruvian plan was met with silence in Quito.",
        "The Venezuelan army said any Colombian incursion will be met with a strong response.",
    ):
        assert not {"CONSULT reported", "CONSULT planned"} & _types(text, "en"), text
    assert "CONSULT reported" in _types("The Peruvian president met with Chilean envoys.", "en")
