"""Small faults of actors and counts (round 7), each in ar, fa and en.

An English strike's nationality names armed forces (the Arabic and Persian
strike nouns were tried as agent nouns and left out: they took a target's or
a place's country as the doer); an unspecified individual of a
country is a civilian, a soldier a soldier; a number written on its noun for
people is the count even far from a verb at the clause's end.
"""

from __future__ import annotations

import pytest

from diplowatch.model import Document
from diplowatch.pipeline import process


def _agents(text: str, lang: str) -> set[str]:
    rec = process(Document(doc_id="t", lang=lang, text=text))
    return {f"{a.code or '-'}:{a.agent}" for e in rec.events for a in e.actors if a.agent}


def _counts(text: str, lang: str) -> dict[str, int]:
    rec = process(Document(doc_id="t", lang=lang, text=text))
    out: dict[str, int] = {}
    for e in rec.events:
        out.update(e.counts)
    return out


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        ("en", "Two farmers were killed in an Israeli air strike in southern Lebanon.", "ISR:MIL"),
    ],
)
def test_a_strike_of_a_country_is_its_armed_forces(lang: str, text: str, want: str) -> None:
    assert want in _agents(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        ("ar", "قتل رجل عراقي برصاص مسلحين مجهولين في البصرة.", "IRQ:CVL"),
        ("ar", "أصيب جندي لبناني بجروح في انفجار قرب الحدود.", "LBN:MIL"),
        ("fa", "یک مرد افغان در مرز ایران با شلیک مرزبانان کشته شد.", "AFG:CVL"),
        ("fa", "یک زن عراقی در انفجار بمب در بصره زخمی شد.", "IRQ:CVL"),
        ("fa", "یک نظامی لبنانی در انفجار مین در جنوب لبنان زخمی شد.", "LBN:MIL"),
        ("en", "An Iraqi man was shot dead by unknown gunmen in Basra.", "IRQ:CVL"),
        ("en", "A Lebanese woman was shot dead near the border town of Naqoura.", "LBN:CVL"),
    ],
)
def test_an_unspecified_individual_of_a_country(lang: str, text: str, want: str) -> None:
    assert want in _agents(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # "زنی" inside a compound is no woman; "یک نظامی" needs its article
        ("fa", "گمانه زنی ها درباره عاملان حمله به نفتکش در رسانه ها ادامه دارد."),
        ("fa", "ارتش عراق اعلام کرد که کمک نظامی آمریکا ادامه خواهد یافت."),
        ("ar", "قصف الجيش النيجيري مخيما للنازحين عن طريق الخطأ."),
    ],
)
def test_no_civilians_or_soldiers_from_other_senses(lang: str, text: str) -> None:
    got = _agents(text, lang)
    assert not any(a.endswith(":CVL") for a in got)
    if lang == "ar":
        assert "NGA:MIL" in got  # the doer after the verbal noun stays the army


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        ("fa", "شش مامور پلیس در انفجار بمب در هرات زخمی شدند.", {"wounded": 6}),
        ("fa", "سه نیروی امنیتی در درگیری با مسلحان در زاهدان کشته شدند.", {"killed": 3}),
        (
            "fa",
            "هفت نفر در حمله شبه نظامیان به روستایی در نزدیکی مرز پاکستان زخمی شدند.",
            {"wounded": 7},
        ),
        ("ar", "أصيب ستة من رجال الشرطة في انفجار عبوة ناسفة في الموصل.", {"wounded": 6}),
        ("en", "Six police officers were wounded in a bomb blast in Herat.", {"wounded": 6}),
    ],
)
def test_a_number_on_a_noun_for_people_is_the_count(
    lang: str, text: str, want: dict[str, int]
) -> None:
    got = _counts(text, lang)
    assert {k: got.get(k) for k in want} == want


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a number after its noun may be part of a name: no far count
        (
            "fa",
            "امروز کارگران هفت تپه در اعتراض به حقوق معوق مقابل فرمانداری شهرستان شوش تجمع کردند.",
        ),
        ("ar", "تظاهر عمال مصنع الحديد في حلوان أمام مقر المحافظة للمطالبة بأجورهم المتأخرة."),
        ("en", "Workers of the Seven Hills sugar company protested outside the governor's office."),
    ],
)
def test_a_name_after_a_noun_for_people_is_no_count(lang: str, text: str) -> None:
    assert "participants" not in _counts(text, lang)
