"""A named group told again by its bare head noun (round 57, agents57ar;
every sentence written for these tests).

``extract/named_again.py`` with ``lang/ar/agents.GROUP_HEADS``: after
"حركة …", "جبهة …" or "اتحاد …" is named, the bare "الحركة", "الجبهة",
"الاتحاد" standing as a subject (after a verb, a verb of saying or "أن",
or opening its sentence) is that group's agent, with no country, name or
role of its own. Before, the bare head named no one and the deed lost its
doer, or the event. Not a head with an adjective after it ("الحركة
الوطنية"), not a genitive ("رئيس الحركة", "كتلة الحركة"), not before any
group is named.

English writes the head after the name ("the Ennahda movement") and reads
"the party", "the union" as agent nouns of their own; Persian points back
with a demonstrative ("این جنبش"). Neither lists heads: their readings are
unchanged (tested below).
"""

from __future__ import annotations

from casts import run


def _casts(text: str, lang: str) -> set[str]:
    """'CODE:AGENT' of every actor of every event of ``text``."""
    return {f"{a.code or '-'}:{a.agent}" for e in run(text, lang).events for a in e.actors}


def _doers(text: str, lang: str) -> list[str]:
    """'CODE:AGENT' of the first actor of each event of ``text``."""
    return [f"{e.actors[0].code or '-'}:{e.actors[0].agent}" for e in run(text, lang).events]


def test_movement_told_again_is_the_party() -> None:
    text = "أصدرت حركة النهضة بيانا مساء الأحد. ودعت الحركة الحكومة إلى فتح حوار مع المحتجين."
    assert "-:PTY" in _doers(text, "ar")


# mendB79: the teller of "وقال … إن" is no side of the demand told, so the
# demand names its own addressee with a country (before, the teller was
# read as its target and kept the event).
def test_front_told_again_after_that() -> None:
    text = (
        "عقدت الجبهة الشعبية ندوة صحفية بالعاصمة. "
        "وقال المتحدث باسمها إن الجبهة تطالب الحكومة التونسية بسحب مشروع القانون."
    )
    assert any(c.endswith(":OPP") for c in _casts(text, "ar"))


def test_union_told_again_is_labour() -> None:
    text = (
        "اجتمعت الهيئة الإدارية للاتحاد العام التونسي للشغل يوم السبت. "
        "وطالب الاتحاد الحكومة بالزيادة في الأجور."
    )
    assert any(c.endswith(":LAB") for c in _casts(text, "ar"))


def test_head_alone_without_a_group_named_is_no_one() -> None:
    """No group named before: the bare head stays no actor."""
    casts = _casts("ودعت الحركة الحكومة إلى فتح حوار مع المحتجين.", "ar")
    assert not any(c.endswith(":PTY") for c in casts)


def test_head_with_adjective_is_another_phrase() -> None:
    """The national movement ("الحركة الوطنية") is no group told again."""
    text = "أصدرت حركة النهضة بيانا مساء الأحد. وانتقدت الحركة الوطنية قرار الحكومة."
    assert "-:PTY" not in _casts(text, "ar")


def test_genitive_head_is_no_subject() -> None:
    """MPs of the movement's bloc ("كتلة الحركة"): a genitive, no group again."""
    text = (
        "أصدرت حركة النهضة بيانا مساء الأحد. "
        "وطالب 16 نائبا من كتلة الحركة رئيس البرلمان بتأجيل الجلسة."
    )
    assert all(not c.endswith(":PTY") for c in _doers(text, "ar"))


def test_head_after_that_is_the_subject() -> None:
    """After "إن" (that) the bare head is the reported deed's subject."""
    text = (
        "أصدرت حركة النهضة بيانا مساء الأحد. "
        "وقال النائب إن الحركة تطالب الحكومة التونسية بكشف الحقيقة."
    )
    assert "-:PTY" in _casts(text, "ar")


def test_english_heads_unchanged() -> None:
    """English reads "the union" as a labour noun of its own, as before."""
    text = (
        "The Tunisian General Labour Union met on Saturday. "
        "The union urged the government to raise wages."
    )
    assert "-:LAB" in _casts(text, "en")


def test_persian_heads_unchanged() -> None:
    """Persian lists no heads: a demonstrative head names no group, as before."""
    text = "جنبش النهضه روز یکشنبه بیانیه‌ای منتشر کرد. این جنبش از دولت خواست با معترضان گفتگو کند."
    assert not any(c.endswith(":PTY") for c in _casts(text, "fa"))
