"""naming68 (review98a F8): more naming links in a doer's "by" phrase.

A group named after a naming link in a "by" phrase is the deed's doer
(doers98, ``context.NAMING_LINKS``). Arabic also names a group with the
present passive ("تعرف باسم", "يطلق عليها") and with the group's own name
("تطلق على نفسها", three words: the link may now be as long as the
language's longest). Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from diplowatch.model import Document
from diplowatch.pipeline import process


def _first_actor(text: str, lang: str) -> tuple[str | None, str | None]:
    events = process(Document("t", text, lang=lang)).events
    assert events, text
    first = events[0].actors[0]
    return first.code, first.agent


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # failed before naming68: the kidnapped engineer read as the doer
        ("خطف مهندس إيطالي في مالي أمس من قبل جماعة تعرف باسم بوكو حرام.", "ar"),
        ("خطف مهندس إيطالي في مالي أمس من قبل جماعة تطلق على نفسها بوكو حرام.", "ar"),
        ("خطف مهندس إيطالي في مالي أمس من قبل جماعة يطلق عليها بوكو حرام.", "ar"),
        # failed before the mend of review101a F6
        ("خطف مهندس إيطالي في مالي أمس من قبل جماعة يطلق عليها اسم بوكو حرام.", "ar"),
        ("خطف مهندس إيطالي في مالي أمس من قبل جماعة تسمي نفسها بوكو حرام.", "ar"),
        ("خطف مهندس إيطالي في مالي أمس من قبل مسلحين يطلق عليهم بوكو حرام.", "ar"),
        # already read right: kept
        ("خطف مهندس إيطالي في مالي أمس من قبل جماعة المعروفة باسم بوكو حرام.", "ar"),
        ("یک مهندس ایتالیایی در مالی توسط گروهی موسوم به بوکوحرام ربوده شد.", "fa"),
        ("An Italian engineer was kidnapped in Mali by a group known as Boko Haram.", "en"),
        ("An Italian engineer was kidnapped in Mali by a group calling itself Boko Haram.", "en"),
    ],
)
def test_the_named_group_is_the_doer(text: str, lang: str) -> None:
    assert _first_actor(text, lang)[1] == "REB"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # no "by" phrase: the link names no doer, the sides stay as they were
        ("التقى وزير الخارجية الإيطالي بنظيره المصري الذي يعرف باسم أبو أحمد.", "ar"),
        ("وزیر خارجه ایتالیا با همتای مصری خود موسوم به ابواحمد دیدار کرد.", "fa"),
        ("Italy's foreign minister met his Egyptian counterpart, known as Abu Ahmed.", "en"),
    ],
)
def test_a_link_outside_a_by_phrase_names_no_doer(text: str, lang: str) -> None:
    assert _first_actor(text, lang)[0] == "ITA"
