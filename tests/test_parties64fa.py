"""Whose report, note or documents show what a sentence tells is its
source, no side of it (round 64; sentences written for these tests).

- a document noun ("گزارش", "یادداشت", "اسناد", "آمار"; en "report",
  "documents", "figures": ``context.DOCUMENT_NOUNS``) before a frame of
  showing ("نشان می‌دهد که", "گویای آن است که", "حکایت دارد"; en "shows
  that", "revealed that": ``context.DOCUMENT_FRAMES``): the document's owner
  only reports the deed;
- a body owning it is dropped whole: its state lent to the deed's people
  would make it a side again (a ministry's figures on civilians killed
  leave them with no country rather than the ministry as a side);
- Arabic ("أظهر تقرير …", "كشفت وثائق …") reads those verbs as verbs of
  saying already;
- a refusal told after the frame keeps the teller, as round 38 reads a
  refusal's speaker (whom it answers is often who tells of it);
- no document noun, or a "that"/verb of saying before the frame, leaves the
  sentence as it was: "واکنش نشان داد" is a reaction, "ایران … نشان داد
  که" is Iran's own deed, a speaker before "گفت" stays the accuser.
"""

from __future__ import annotations

import pytest

from casts import run


def _sides(text: str, lang: str, kind: str) -> list[set[str | None]]:
    found = [{a.code for a in e.actors} for e in run(text, lang).events if e.type == kind]
    assert found, f"no {kind} in {text}"
    return found


@pytest.mark.parametrize(
    ("text", "lang", "kind", "sides", "owner"),
    [
        (
            "گزارش تازه دفتر حقوق بشر سازمان ملل نشان می‌دهد که نیروهای طالبان به یک"
            " روستا در هلمند حمله کرده‌اند.",
            "fa",
            "ASSAULT",
            {"AFG"},
            "UN",
        ),
        (
            "یادداشت اتاق بازرگانی آمریکا گویای آن است که طالبان ده‌ها بازرگان افغان را"
            " بازداشت کرده‌اند.",
            "fa",
            "COERCE",
            {"AFG"},
            "USA",
        ),
        (
            "گزارش خبرگزاری‌های ترکیه از کشته شدن پنج سرباز عراقی در حمله پهپادی حکایت دارد.",
            "fa",
            "ASSAULT",
            {"IRQ"},
            "TUR",
        ),
        (
            "A UN report shows that the Taliban attacked a village.",
            "en",
            "ASSAULT",
            {"AFG"},
            "UN",
        ),
        (
            "Documents from the American Chamber of Commerce show that the Taliban detained"
            " dozens of Afghan traders.",
            "en",
            "COERCE",
            {"AFG"},
            "USA",
        ),
        (
            "أظهر تقرير للأمم المتحدة أن حركة طالبان هاجمت قرية في ولاية هلمند.",
            "ar",
            "ASSAULT",
            {"AFG"},
            "UN",
        ),
        (
            "كشفت وثائق الخارجية البريطانية أن الشرطة الهندية اعتقلت عشرات المحتجين.",
            "ar",
            "COERCE",
            {"IND"},
            "GBR",
        ),
    ],
)
def test_a_documents_owner_is_no_side(
    text: str, lang: str, kind: str, sides: set[str], owner: str
) -> None:
    """The deed keeps its own sides; whose document shows it is none."""
    for codes in _sides(text, lang, kind):
        assert sides <= codes
        assert owner not in codes


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("آمار وزارت بهداشت عراق نشان می‌دهد که هفت غیرنظامی در حملات هوایی کشته شده‌اند.", "fa"),
        (
            "Iraqi health ministry figures show that seven civilians were killed in air strikes.",
            "en",
        ),
    ],
)
def test_the_owning_body_is_no_side(text: str, lang: str) -> None:
    """A ministry's figures on people killed: the ministry is no side of
    the killing."""
    events = [e for e in run(text, lang).events if e.type == "ASSAULT"]
    assert events
    for e in events:
        assert "GOV" not in {a.agent for a in e.actors}
        assert "CVL" in {a.agent for a in e.actors}


@pytest.mark.parametrize(
    ("text", "lang", "kind", "kept"),
    [
        # a reaction, no frame: the speaker's side and the state he names stay
        (
            "وزیر خارجه ایران به گزارش آمریکا واکنش نشان داد و گفت آمریکا به یک روستا"
            " در سوریه حمله کرده است.",
            "fa",
            "ASSAULT",
            {"USA"},
        ),
        # no document noun: Iran shows by its own deed
        (
            "ایران با حمله به پایگاه آمریکا نشان داد که از هیچ تهدیدی نمی‌ترسد.",
            "fa",
            "ASSAULT",
            {"IRN", "USA"},
        ),
        ("Iran showed that it can strike American bases.", "en", "ASSAULT", {"IRN", "USA"}),
        # a verb of saying before the document: its speaker accuses
        (
            "دادستان کل نیویورک گفت این بررسی نشان می‌دهد که فرماندار قوانین ایالتی را"
            " نقض کرده است.",
            "fa",
            "ACCUSE",
            {"USA"},
        ),
    ],
)
def test_no_document_no_change(text: str, lang: str, kind: str, kept: set[str]) -> None:
    """Without a document heading the frame in its clause, the sides stay."""
    found = _sides(text, lang, kind)
    assert any(kept <= codes for codes in found)


def test_the_accuser_before_a_study_stays() -> None:
    """ "X گفت این بررسی نشان می‌دهد که …": X, the speaker, accuses; the study
    only backs him."""
    text = "دادستان کل نیویورک گفت این بررسی نشان می‌دهد که فرماندار قوانین ایالتی را نقض کرده است."
    agents = [{a.agent for a in e.actors} for e in run(text, "fa").events if e.type == "ACCUSE"]
    assert agents
    assert any({"JUD", "GOV"} <= a for a in agents)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "یادداشت اتحادیه بازرگانان کنیا نشان می‌دهد که بانک مرکزی اوگاندا از پاسخ"
            " خودداری کرده است.",
            "fa",
        ),
        (
            "A report by the Kenyan traders' union shows that the Ugandan central bank refused"
            " to answer.",
            "en",
        ),
    ],
)
def test_a_refusal_keeps_its_teller(text: str, lang: str) -> None:
    """Whom a refusal answers is often who tells of it: the owner stays."""
    assert any("KEN" in codes for codes in _sides(text, lang, "REJECT"))
