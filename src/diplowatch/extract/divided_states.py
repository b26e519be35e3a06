"""A name or adjective two states share reads as the one the article names.

Korea is two states, and the bare name and its adjective ("كوريا",
"الزعيم الكوري", "کره‌ای", "the Korean leader") belong to both; the
gazetteer gives them to the South. An article that names the North
("كوريا الشمالية", "Pyongyang") and never the South by a form of its own
speaks of the North with the bare word as well: "استدعى الزعيم الكوري
سفراء بيونغيانغ" is Kim's doing. Per language, ``agents.DIVIDED_STATES``
maps the state the gazetteer gives the shared forms to its twin, the stems
of the shared forms and the marks that make a form the listed state's own
("جنوب", "South", a capital or an official name's word).
"""

from __future__ import annotations

from functools import cache

from diplowatch.extract.mention import Mention
from diplowatch.lang.agent_fields import language_field
from diplowatch.text.normalize import normalize_phrase

# Characters after a mention read for a qualifier left out of it.
_AFTER = 14

_Forms = tuple[tuple[str, str, tuple[str, ...], tuple[str, ...]], ...]


@cache
def _divided(lang: str) -> _Forms:
    """(listed state, its twin, shared stems, own marks), normalised."""
    data = language_field(lang, "DIVIDED_STATES")
    return tuple(
        (
            code,
            twin,
            tuple(normalize_phrase(s) for s in stems),
            tuple(normalize_phrase(m) for m in marks),
        )
        for code, (twin, stems, marks) in data.items()
    )


def twin_states(ntext: str, mentions: list[Mention], lang: str) -> None:
    """Give the shared forms of a divided state to its twin where the article
    names the twin and never the listed state by a form of its own."""
    for code, twin, stems, marks in _divided(lang):
        if not any(m.code == twin for m in mentions):
            continue
        shared = []
        for m in (x for x in mentions if x.code == code):
            span = ntext[m.start : m.end + _AFTER]
            if any(s in ntext[m.start : m.end] for s in stems) and not any(
                k in span for k in marks
            ):
                shared.append(m)
            else:
                break  # the listed state named by its own form: both are spoken of
        else:
            for m in shared:
                m.code = twin
