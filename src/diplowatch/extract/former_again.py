"""A former office holder named again by his name alone.

News introduces a past office holder once with a "former" word ("الرئيس
الفرنسي السابق نيكولا ساركوزي", "former French President Nicolas Sarkozy",
"نیکلا سارکوزی رئیس جمهور سابق فرانسه") and then names him by his family
name or full name alone ("ساركوزي", "Sarkozy said"). Undated, the office
holders' list reads that bare name in the person's latest office, a sitting
one with its government agent: the state spoke through a man the article
has just called a former one. The article's word outranks the list's guess:
a later bare mention of the same person (same listed person, same office)
is former too, and loses the office's agent. A later mention with a title
of its own ("الرئيس ساركوزي") or in another office (a former president who
is now prime minister) keeps what it reads. Dated articles need no help:
the list then reads each office on the publication date."""

from __future__ import annotations

from diplowatch.extract.mention import Mention


def former_again(mentions: list[Mention]) -> None:
    """Mark, in place, each bare later mention of a person an earlier mention
    of the document called a former holder of the same office."""
    formers: dict[tuple[str, str | None], str | None] = {}
    for m in mentions:
        if m.kind != "person" or not m.name_latin:
            continue
        key = (m.name_latin, m.role)
        if m.former:
            formers.setdefault(key, m.agent)
        elif key in formers and _bare(m):
            m.former, m.agent = True, formers[key]


def _bare(m: Mention) -> bool:
    """Whether the mention is the name alone: no title before it in its span
    (a title in apposition after a name is the text's own word too)."""
    start, end = m.name_span or (m.start, m.end)
    return start == m.start and end == m.end
