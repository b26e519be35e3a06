"""Two counts of two kinds in one sentence stay apart.

"A suicide bomber killed 12 people and wounded 30": English writes the
count word before its number, so "wounded 30" was read as a second group
joined to the killed by "and" (42 killed). A group that carries a count
word of another kind is no part of the first count
(``counts._joined_total``). Arabic's active "أصاب" (wounded) counts too.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from diplowatch.model import Document
from diplowatch.pipeline import process


def counts(text: str, lang: str) -> list[dict[str, int]]:
    return [e.counts for e in process(Document(doc_id="t", text=text, lang=lang)).events]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("A suicide bomber killed 12 people and wounded 30 in Kabul.", "en"),
        ("قتل انتحاري 12 شخصا وأصاب 30 آخرين في كابول.", "ar"),
        ("یک بمب‌گذار انتحاری در کابل ۱۲ نفر را کشت و ۳۰ نفر را زخمی کرد.", "fa"),
    ],
)
def test_killed_and_wounded_apart(text: str, lang: str) -> None:
    assert counts(text, lang) == [{"killed": 12, "wounded": 30}]


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        ("Gunmen killed two soldiers and a civilian in Mosul.", "en", 3),
        ("قتل مسلحون جنديين ومدنيا في الموصل.", "ar", 3),
        ("افراد مسلح دو سرباز و یک غیرنظامی را در موصل کشتند.", "fa", 3),
    ],
)
def test_groups_of_one_kind_still_add_up(text: str, lang: str, want: int) -> None:
    got = counts(text, lang)
    assert got and all(c.get("killed") == want for c in got)
