"""The dead and wounded of a deed of force named before it underwent it,
and its doer, not named, is understood (unidentified attackers, UAF, first):
the same event told in Arabic, Persian and English reads the same (round 35,
sides35ar; every sentence written for these tests).

- Arabic nouns of a death or wound before whom it befell ("مقتل شرطي في
  هجوم", "بمقتل جندي", "إصابة رجال شرطة") and verbs of dying or being
  wounded whose spelling is never an active deed ("لقي جندي مصرعه",
  "استشهد", "أصيب") join the verbs of undergoing (``ar/context.
  UNDERGO_VERBS``), as Persian "در حمله‌ای کشته شد" was read; "قتل" stays
  out, active and passive alike in writing;
- English "died in", "was wounded in", "were killed in" join them too
  (``en/context.UNDERGO_VERBS``), only before "in": "killed by" names the
  doer. Where "killed" is itself the deed's word ("a policeman was killed
  in an attack"), the verb stands in the trigger and English still reads no
  attacker: a known gap. In English a side right before the deed noun ("in
  an ISIS attack") is its doer, not whom the verb's subject underwent;
- the deed noun a verb of undergoing governs before "من" (Arabic "تعرضت
  مواقع الجيش لقصف من الانفصاليين") or "from" (English "came under attack
  from") names its doer after it (``DOER_MARKERS``), as Persian "هدف حمله
  شبه‌نظامیان قرار گرفت" is read.
"""

from __future__ import annotations

import pytest

from casts import reading_lines as _read

# (English, Arabic, Persian, the reading of all three)
AGREED: list[tuple[str, str, str, tuple[str, ...]]] = [
    (
        "A soldier died in an attack in Arish.",
        "لقي جندي مصرعه في هجوم في العريش.",
        "یک سرباز در حمله‌ای در العریش جان باخت.",
        ("ASSAULT reported EGY:UAF EGY:MIL",),
    ),
    (
        "Two policemen were wounded in an armed attack in Mosul.",
        "أصيب شرطيان في هجوم مسلح في الموصل.",
        "دو پلیس در حمله مسلحانه‌ای در موصل زخمی شدند.",
        ("ASSAULT reported IRQ:UAF IRQ:COP",),
    ),
]

AGREED += [
    # the doer after the deed noun a verb of undergoing governs
    (
        "A Turkish military convoy came under attack from Kurdish militants in Diyarbakir.",
        "تعرضت قافلة للجيش التركي لهجوم من المسلحين الأكراد في ديار بكر.",
        "یک کاروان نظامی ترکیه در دیاربکر هدف حمله شبه‌نظامیان کرد قرار گرفت.",
        ("ASSAULT reported TUR:REB TUR:MIL",),
    ),
    (
        "The minister's convoy came under attack from unknown gunmen in Aden.",
        "تعرض موكب الوزير لهجوم من مسلحين مجهولين في عدن.",
        "کاروان وزیر در عدن مورد حمله افراد مسلح ناشناس قرار گرفت.",
        ("ASSAULT reported YEM:UAF YEM:GOV",),
    ),
    (
        "Ukrainian army positions came under shelling from separatists near Donetsk.",
        "تعرضت مواقع الجيش الأوكراني لقصف من الانفصاليين قرب دونيتسك.",
        "جدایی‌طلبان مواضع ارتش اوکراین را در نزدیکی دونتسک گلوله‌باران کردند.",
        ("ASSAULT reported UKR:REB UKR:MIL",),
    ),
]

# One language only: the construction's other forms, and what it must not take.
CASES: list[tuple[str, str, set[str]]] = [
    ("مقتل شرطي في هجوم في بغداد.", "ar", {"ASSAULT reported IRQ:UAF IRQ:COP"}),
    ("مقتل جندي يمني في كمين في مأرب.", "ar", {"ASSAULT reported YEM:UAF YEM:MIL"}),
    ("استشهد جندي سوري في هجوم في حمص.", "ar", {"ASSAULT reported SYR:UAF SYR:MIL"}),
    ("استشهد جنود باكستانيون في هجوم في وزيرستان.", "ar", {"ASSAULT reported PAK:UAF PAK:MIL"}),
    ("إصابة رجال شرطة أفغان في تفجير في قندهار.", "ar", {"ASSAULT reported AFG:UAF AFG:COP"}),
    (
        "Three Iraqi soldiers died in a bombing in Tikrit.",
        "en",
        {"ASSAULT reported IRQ:UAF IRQ:MIL"},
    ),
    ("یک سرباز یمنی در کمینی در مأرب کشته شد.", "fa", {"ASSAULT reported YEM:UAF YEM:MIL"}),
    # the doer named after the victims keeps its place: no attacker is added
    (
        "أصيب جنديان إسرائيليان برصاص فلسطيني في الضفة الغربية.",
        "ar",
        {"ASSAULT reported PSE: ISR:MIL"},
    ),
    ("قتل مسلحون جنديا في سيناء.", "ar", {"ASSAULT reported EGY:UAF EGY:MIL"}),
    (
        "تعرضت دورية للشرطة لإطلاق نار من مسلحين في البصرة.",
        "ar",
        {"ASSAULT reported IRQ:UAF IRQ:COP"},
    ),
    ("قصف الانفصاليون مواقع الجيش الأوكراني.", "ar", {"ASSAULT reported UKR:REB UKR:MIL"}),
]

CASES += [
    # a subject right before the verb of undergoing still underwent the deed
    ("ناقلة إيرانية تعرضت لهجوم في البحر الأحمر.", "ar", {"ASSAULT reported -:UAF IRN:"}),
]

# Known gaps: the other languages read them so.
GAPS: list[tuple[str, str, set[str]]] = [
    # the sides of a clash named words before the verb of being wounded are
    # no victims of an unknown attacker (a narrowing by the words between
    # lowered held-out agents: dropped)
    (
        "جاء ذلك بعد اشتباكات بين محتجين وقوات الأمن في البصرة يوم الجمعة الماضي"
        " أصيب خلالها أفراد من الشرطة بجروح.",
        "ar",
        {"ASSAULT reported IRQ:CVL IRQ:COP"},
    ),
    ("A policeman was killed in an attack in Baghdad.", "en", {"ASSAULT reported IRQ:UAF IRQ:COP"}),
    (
        "سربازان پاکستانی در حمله‌ای در وزیرستان کشته شدند.",
        "fa",
        {"ASSAULT reported PAK:UAF PAK:MIL"},
    ),
]


@pytest.mark.parametrize(("en", "ar", "fa", "want"), AGREED)
def test_triples_read_alike(en: str, ar: str, fa: str, want: tuple[str, ...]) -> None:
    for text, lang in ((en, "en"), (ar, "ar"), (fa, "fa")):
        assert _read(text, lang) == set(want), lang


@pytest.mark.parametrize(("text", "lang", "want"), CASES)
def test_rule_cases(text: str, lang: str, want: set[str]) -> None:
    assert _read(text, lang) == want


@pytest.mark.xfail(strict=True, reason="known gap: the other languages read it so")
@pytest.mark.parametrize(("text", "lang", "want"), GAPS)
def test_known_gaps(text: str, lang: str, want: set[str]) -> None:
    assert _read(text, lang) == want
