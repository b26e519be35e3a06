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
is now prime minister) keeps what it reads. Only in the sentence that
calls him former or the one right after it, which tell the same occasion
("received former President Sarkozy. Sarkozy urged …"): farther on, an
article often recalls his deeds in office ("وقتی اوباما اعلام کرد
نیروهایش را از عراق خارج می‌کند", when Obama announced the withdrawal),
where the list's sitting office is the right one. Dated articles need no
help: the list then reads each office on the publication date."""

from __future__ import annotations

from bisect import bisect_right

from diplowatch.extract.mention import Mention

# How many sentences after the one calling a person former a bare mention
# of him is still read as former: the next one, same occasion.
_SENTENCES_AFTER = 1


def former_again(mentions: list[Mention], sentence_starts: list[int]) -> None:
    """Mark, in place, each bare mention of a person that the same or the
    previous sentence called a former holder of the same office
    (``sentence_starts``: the document's sentence starts, ascending)."""
    formers: dict[tuple[str, str | None], tuple[int, str | None]] = {}
    for m in mentions:
        if m.kind != "person" or not m.name_latin:
            continue
        key, at = (m.name_latin, m.role), bisect_right(sentence_starts, m.start)
        if m.former:
            formers[key] = (at, m.agent)
        elif key in formers and at - formers[key][0] <= _SENTENCES_AFTER and _bare(m):
            m.former, m.agent = True, formers[key][1]


def _bare(m: Mention) -> bool:
    """Whether the mention is the name alone: no title before it in its span
    (a title in apposition after a name is the text's own word too)."""
    start, end = m.name_span or (m.start, m.end)
    return start == m.start and end == m.end
