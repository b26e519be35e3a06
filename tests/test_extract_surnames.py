"""A person named in full is also the bare surname later in the document
(extract/actors.learn_surnames). Sentences written for these tests."""

from __future__ import annotations

import pytest

from diplowatch.model import Document, Record
from diplowatch.pipeline import process


def run(text: str, lang: str) -> Record:
    return process(Document(doc_id="t", text=text, lang=lang, published="2021-11-02"))


def support_cast(record: Record) -> set[str]:
    return {f"{a.code}:{a.agent}" for e in record.events if e.type == "SUPPORT" for a in e.actors}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Israeli Prime Minister Naftali Bennett received the Egyptian foreign minister "
            "Sameh Shoukry in Jerusalem. Bennett later praised Egypt for its mediation.",
        ),
        (
            "ar",
            "استقبل رئيس الوزراء الإسرائيلي نفتالي بينيت وزير الخارجية المصري سامح شكري. "
            "وأشاد بينيت بمصر على وساطتها.",
        ),
        (
            "fa",
            "نفتالی بنت نخست وزیر اسرائیل با سامح شکری وزیر خارجه مصر دیدار کرد. "
            "بنت از مصر به خاطر میانجیگری‌اش قدردانی کرد.",
        ),
    ],
)
def test_the_surname_alone_is_the_person(lang: str, text: str) -> None:
    assert "ISR:GOV" in support_cast(run(text, lang))


def test_the_surname_is_shown_as_written_with_the_full_name_in_latin() -> None:
    text = (
        "Israeli Prime Minister Naftali Bennett met Egyptian President Abdel Fattah al-Sisi "
        "in Sharm el-Sheikh. Bennett thanked Sisi for his mediation."
    )
    thanks = [e for e in run(text, "en").events if e.type == "SUPPORT"]
    assert thanks
    bennett = next(a for a in thanks[0].actors if a.code == "ISR")
    assert bennett.name == "Bennett" and bennett.role == "head_of_government"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # lower case in a cased script: a word, not the surname
        (
            "en",
            "Israeli Prime Minister Naftali Bennett spoke in Jerusalem. The bennett "
            "criticised Egypt.",
        ),
        # a surname read before its full name is written is no one yet
        ("ar", "وأشاد بينيت بمصر. واستقبل رئيس الوزراء الإسرائيلي نفتالي بينيت وفدا."),
    ],
)
def test_no_surname_without_its_person(lang: str, text: str) -> None:
    record = run(text, lang)
    if lang == "ar":
        # the surname is learnt from the whole document, so it stands for him here too
        assert "ISR:GOV" in support_cast(record)
    else:
        assert not any(
            e.type == "ACCUSE" and any(a.code == "ISR" for a in e.actors) for e in record.events
        )


@pytest.mark.parametrize("lang", ["en", "ar", "fa"])
def test_a_shared_surname_is_no_ones(lang: str) -> None:
    from diplowatch.extract.actors import Mention, context
    from diplowatch.extract.person_names import _surnames

    ctx = context(lang)
    one = Mention(0, 11, "USA", "person", True, role="head_of_state", name="a")
    two = Mention(20, 31, "GBR", "person", True, role="head_of_government", name="b")
    ntext = "john miller and then mary miller"
    two.start, two.end = 21, 32
    assert "miller" not in _surnames(ntext, [one, two], ctx)
    assert "miller" in _surnames(ntext, [one], ctx)
