"""Who does the deed a report tells (round 45, sides45; every sentence
written for these tests).

The one who tells a deed stands where its doer would, and was read as one:
sources, and a state's organ that refers to a deed done in another state.
Word order put whom a deed of force struck in the doer's slot when a word of
how it was done stood between the deed's noun and its preposition. Four
rules:

- a state adjective right after a source noun ("منابع عراقی", "مصادر
  عراقية", one word of its kind between allowed: ``SOURCE_HEADS``,
  ``sources.headed_owners``) is whose sources they are: a topic, never a
  side of the deed they report. English writes the adjective before the
  noun ("Iraqi sources"), where the source cue already leaves it out;
- adjectives of how a deed of force was done ("هجوم صاروخي على", "حمله
  شدید به", ``STRUCK_QUALIFIERS``) leave the preposition of whom it struck
  right after the noun; English puts them before the noun;
- a state's organ that tells a deed placed in another state (a weak state
  mention after the deed, outside its sides: "في إثيوبيا", "در اتیوپی", "in
  Ethiopia") is no side of it (``announcers._place_codes``); Persian
  "اشاره کرد" and English "referred to" are verbs of saying, as Arabic
  "أشار إلى" was;
- an Arabic "that" followed by an impersonal passive's auxiliary alone
  ("أعلنت الوزارة أنه تم اعتقال …") names no subject of its own: the deed's
  noun is read as the verb's object (``announcers._impersonal``), and the
  weak country adjective of the medium that tells it is no side. Persian
  and English tell the same with a finite passive verb, already read so.
"""

from __future__ import annotations

import pytest

from casts import reading_lines as _read

# (English, Arabic, Persian, the reading of all three)
AGREED: list[tuple[str, str, str, set[str]]] = [
    # a state's organ refers to arrests placed in another state: the place's
    # police hold them, the speaker tells it
    (
        "The Japanese foreign ministry said a North Korean journalist was arrested in North Korea.",
        "وأعلنت وزارة الخارجية اليابانية أنه تم اعتقال صحفي كوري شمالي في كوريا الشمالية.",
        "وزارت خارجه ژاپن اعلام کرد که یک خبرنگار کره شمالی در کره شمالی بازداشت شد.",
        {"COERCE reported PRK:COP PRK:MED"},
    ),
]

# One language only: the rule's other forms and its controls.
CASES: list[tuple[str, str, set[str]]] = [
    # whose sources: no attacker, no side
    ("منابع عراقی از حمله به پایگاه ترکیه خبر دادند.", "fa", {"ASSAULT reported -:UAF TUR:"}),
    (
        "منابع امنیتی عراقی از حمله به پایگاه ترکیه خبر دادند.",
        "fa",
        {"ASSAULT reported -:UAF TUR:"},
    ),
    ("أعلنت مصادر عراقية مقتل ثلاثة جنود أتراك في هجوم.", "ar", {"ASSAULT reported -:UAF TUR:MIL"}),
    ("Iraqi sources reported an attack on a Turkish base.", "en", {"ASSAULT reported -:UAF TUR:"}),
    # the source's state still tells whose police acted (agents33ar)
    (
        "یک منبع عراقی گفت پلیس یک خبرنگار را بازداشت کرد.",
        "fa",
        {"COERCE reported IRQ:COP IRQ:MED"},
    ),
    # control: a body whose adjective closes a longer name is no source's
    # state, though a source noun stands two words before it
    (
        "أرسلت واشنطن طائرات عسكرية إلى تركيا، في حين ذكرت مصادر أن وزارة الدفاع الأمريكية تراجع خططها.",
        "ar",
        {"MOBILIZE reported USA: TUR:"},
    ),
    # how the deed of force was done, between its noun and whom it struck
    ("وقع هجوم صاروخي على قاعدة عسكرية تركية في العراق.", "ar", {"ASSAULT reported -:UAF TUR:"}),
    ("حمله شدید به سفارت ترکیه انجام شد.", "fa", {"ASSAULT reported -:UAF TUR:GOV"}),
    ("A rocket attack on a Turkish base took place.", "en", {"ASSAULT reported -:UAF TUR:"}),
    # an organ referring to arrests placed in another state
    (
        "رئیس‌جمهور آمریکا به بازداشت‌های سیاسی مخالفان در اتیوپی اشاره کرد.",
        "fa",
        {"COERCE reported ETH:COP ETH:OPP"},
    ),
    (
        "وأشار الرئيس الأمريكي إلى اعتقال معارضين في إثيوبيا.",
        "ar",
        {"COERCE reported ETH:COP ETH:OPP"},
    ),
    # controls: the people's nationality places no deed abroad (France
    # deports), and a ministry telling killings on its land keeps its state
    (
        "أعلنت الداخلية الفرنسية عن ترحيل المفكر المصري إلى الحدود السويسرية.",
        "ar",
        {"COERCE reported FRA:GOV EGY:"},
    ),
    (
        "وزارت کشور فرانسه از اخراج یک متفکر مصری خبر داد.",
        "fa",
        {"SANCTION reported FRA:GOV EGY:"},
    ),
    (
        "أعلنت وزارة الصحة اللبنانية مقتل ثمانية مدنيين في غارات إسرائيلية.",
        "ar",
        {"ASSAULT reported ISR:MIL LBN:GOV"},
    ),
    (
        "وزارت بهداشت لبنان از کشته شدن هشت غیرنظامی در حملات اسرائیل خبر داد.",
        "fa",
        {"ASSAULT reported ISR: LBN:GOV"},
    ),
    # the country adjective of a medium only tells the deed (Arabic only:
    # Persian and English name the executed and no medium's state here)
    (
        "وكشفت وسائل إعلام يابانية أنه تم إعدام وزير الدفاع الكوري الشمالي.",
        "ar",
        {"COERCE reported PRK:COP PRK:GOV"},
    ),
    # control: a state named whole that announces an arrest made it
    ("وأعلنت السعودية أنه تم اعتقال صحفي قطري.", "ar", {"COERCE reported SAU: QAT:MED"}),
    # control: the police announcing an arrest told impersonally made it
    (
        "وأعلنت الشرطة المصرية أنه تم اعتقال ثلاثة مسلحين.",
        "ar",
        {"COERCE reported EGY:COP EGY:UAF"},
    ),
]


@pytest.mark.parametrize(("en", "ar", "fa", "want"), AGREED)
def test_triples_read_alike(en: str, ar: str, fa: str, want: set[str]) -> None:
    for text, lang in ((en, "en"), (ar, "ar"), (fa, "fa")):
        assert _read(text, lang) == want, lang


@pytest.mark.parametrize(("text", "lang", "want"), CASES)
def test_rule_cases(text: str, lang: str, want: set[str]) -> None:
    assert _read(text, lang) == want


def test_english_reference_leaves_the_speaker_out() -> None:
    """English "referred to" tells the arrests: the US is no side (the
    opponents, named with no country, are not read as a side: a known gap)."""
    lines = _read("The US president referred to the arrests of opponents in Ethiopia.", "en")
    assert lines == {"COERCE reported ETH:COP"}
    assert not any("USA" in line for line in lines)
