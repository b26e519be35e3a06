"""The doer and target slots of directed deeds of words (round 36, slots36;
every sentence written for these tests).

A one-sided threat, call, rejection or support whose only named side is its
object ("He threatened the police", "او پلیس را تهدید کرد") names no doer:
read as an event of one side, the object would stand in the doer's slot.
It keeps an unnamed doer first ("-:", no code and no agent, as the
annotation writes an unnamed side) and the object second
(``extract/lone_object``). An accusation or condemnation of a lone object is
no event, as English and Arabic read it already. Persian marks the object
with "را"; in English it stands after the verb past other words. A side that
is the subject keeps its slot, first.
"""

from __future__ import annotations

import pytest

from casts import reading_lines as _read
from casts import sides

# (English, Arabic, Persian, the reading of all three)
AGREED: list[tuple[str, str, str, tuple[str, ...]]] = [
    # an accusation of a lone object: no event
    (
        "He accused the American government of interfering in the elections.",
        "واتهم الحكومة الأمريكية بالتدخل في الانتخابات.",
        "وی دولت آمریکا را به دخالت در انتخابات متهم کرد.",
        (),
    ),
    # controls: the subject alone is the doer
    (
        "Iran rejected the proposal.",
        "رفضت إيران الاقتراح.",
        "ایران این پیشنهاد را رد کرد.",
        ("REJECT reported IRN:",),
    ),
    (
        "Egypt condemned the attack.",
        "أدانت مصر الهجوم.",
        "مصر این حمله را محکوم کرد.",
        ("ACCUSE reported EGY:",),
    ),
]

# (English, Arabic, Persian, the sides in order) of one type
ORDERED: list[tuple[str, str, str, str, list[list[tuple[str | None, str | None]]]]] = [
    (
        "Iran threatened the American government with sanctions.",
        "هددت إيران الحكومة الأمريكية بفرض عقوبات.",
        "ایران دولت آمریکا را به تحریم تهدید کرد.",
        "THREATEN",
        [[("IRN", None), ("USA", "GOV")]],
    ),
    (
        "The Iranian government threatened Kurdish rebels.",
        "هددت الحكومة الإيرانية المتمردين الأكراد.",
        "دولت ایران شورشیان کرد را تهدید کرد.",
        "THREATEN",
        [[("IRN", "GOV"), ("IRN", "REB")]],
    ),
]

# the one asked alone ("از X می‌خواهیم", "call on X"): an unnamed asker
# first, the one asked second (en, fa)
ASKED: list[tuple[str, str, list[list[tuple[str | None, str | None]]]]] = [
    ("We call on Iran to honour its commitments.", "en", [[(None, None), ("IRN", None)]]),
    ("ما از ایران می‌خواهیم به تعهدات خود عمل کند.", "fa", [[(None, None), ("IRN", None)]]),
    ("آنها از ایران خواستند به تعهدات خود عمل کند.", "fa", [[(None, None), ("IRN", None)]]),
    # the asker named: first, as before
    ("Egypt called on Iran to honour its commitments.", "en", [[("EGY", None), ("IRN", None)]]),
    ("مصر از ایران خواست به تعهدات خود عمل کند.", "fa", [[("EGY", None), ("IRN", None)]]),
    # "some of the exporters asked": a partitive's "از" marks no one asked
    (
        "برخی از بازرگانان ایرانی خواستار کاهش نرخ ارز شدند.",
        "fa",
        [[("IRN", "BUS")]],
    ),
]

# the object alone: an unnamed doer first, the object second (en, fa)
UNNAMED_FIRST: list[tuple[str, str]] = [
    ("They threatened the American government with sanctions.", "en"),
    ("دولت آمریکا را به تحریم تهدید کردند.", "fa"),
]

# One language only: the rule's other forms.
CASES: list[tuple[str, str, set[str]]] = [
    # the lone object second, after an unnamed doer
    ("He threatened the police.", "en", {"THREATEN reported -: -:COP"}),
    ("او پلیس را تهدید کرد.", "fa", {"THREATEN reported -: -:COP"}),
    (
        "They threatened the American government with sanctions.",
        "en",
        {"THREATEN reported -: USA:GOV"},
    ),
    ("او دولت آمریکا را به تحریم تهدید کرد.", "fa", {"THREATEN reported -: USA:GOV"}),
    ("He invited the people to take part in the elections.", "en", {"REQUEST reported -: -:CVL"}),
    ("او مردم را به شرکت در انتخابات دعوت کرد.", "fa", {"REQUEST reported -: -:CVL"}),
    ("He rejected the American accusations.", "en", {"REJECT reported -: USA:"}),
    ("ورفض الاتهامات الأمريكية.", "ar", {"REJECT reported -: USA:"}),
    # a condemnation of a lone object: no event
    ("دولت اسرائیل را محکوم کرد.", "fa", set()),
    ("He condemned the Israeli government.", "en", set()),
    # a marker past another word is that word's: the leader is the doer
    ("رهبر ایران ما را حمایت کرد.", "fa", {"SUPPORT reported IRN:GOV"}),
]

# Known gaps: the other languages read them so.
GAPS: list[tuple[str, str, set[str]]] = [
    # Arabic puts the subject right after the verb: a lone side there may be
    # either, and is read as the doer
    ("وهدد الشرطة.", "ar", {"THREATEN reported -: -:COP"}),
    ("وهدد الحكومة الأمريكية بفرض عقوبات.", "ar", {"THREATEN reported -: USA:GOV"}),
    ("وأدان الحكومة الإسرائيلية.", "ar", set()),
    # Arabic asks a lone object with no requester named in REQUEST rarely
    ("ودعا المواطنين إلى المشاركة في الانتخابات.", "ar", {"REQUEST reported -: -:CVL"}),
    # Arabic "طالب" names its one asked right after the verb, where the
    # subject also stands
    ("نطالب إيران بالوفاء بالتزاماتها.", "ar", {"REQUEST reported -: IRN:"}),
    # English "asked X" with no marker: the lone side right after the verb
    ("They asked Iran to honour its commitments.", "en", {"REQUEST reported -: IRN:"}),
    # the rejection of the lone object's accusations is read as a denial
    ("او اتهامات آمریکا را رد کرد.", "fa", {"REJECT reported -: USA:"}),
    # English drops the object of a threat with two sides named
    (
        "The Iranian government threatened Kurdish rebels.",
        "en",
        {"THREATEN reported IRN:GOV IRN:REB"},
    ),
    # the object of a call with "را" before the content's side is read second
    (
        "او دولت افغانستان را به آزادی زندانیان فراخواند.",
        "fa",
        {"REQUEST reported AFG:GOV AFG:CVL"},
    ),
]


@pytest.mark.parametrize(("en", "ar", "fa", "want"), AGREED)
def test_triples_read_alike(en: str, ar: str, fa: str, want: tuple[str, ...]) -> None:
    for text, lang in ((en, "en"), (ar, "ar"), (fa, "fa")):
        assert _read(text, lang) == set(want), lang


@pytest.mark.parametrize(("en", "ar", "fa", "etype", "want"), ORDERED[:1])
def test_triples_order_sides(en: str, ar: str, fa: str, etype: str, want: list) -> None:
    for text, lang in ((en, "en"), (ar, "ar"), (fa, "fa")):
        assert sides(text, lang, etype) == want, lang


@pytest.mark.parametrize(
    ("text", "lang", "etype", "want"),
    [
        (t, lang, etype, want)
        for en, ar, fa, etype, want in ORDERED
        for t, lang in ((ar, "ar"), (fa, "fa"))
    ],
)
def test_sides_in_order(text: str, lang: str, etype: str, want: list) -> None:
    assert sides(text, lang, etype) == want


@pytest.mark.parametrize(("text", "lang", "want"), ASKED)
def test_one_asked_second(text: str, lang: str, want: list) -> None:
    assert sides(text, lang, "REQUEST") == want


@pytest.mark.parametrize(("text", "lang"), UNNAMED_FIRST)
def test_unnamed_doer_first(text: str, lang: str) -> None:
    assert sides(text, lang, "THREATEN") == [[(None, None), ("USA", "GOV")]]


@pytest.mark.parametrize(("text", "lang", "want"), CASES)
def test_rule_cases(text: str, lang: str, want: set[str]) -> None:
    assert _read(text, lang) == want


@pytest.mark.xfail(strict=True, reason="known gap: the other languages read it so")
@pytest.mark.parametrize(("text", "lang", "want"), GAPS)
def test_known_gaps(text: str, lang: str, want: set[str]) -> None:
    assert _read(text, lang) == want
