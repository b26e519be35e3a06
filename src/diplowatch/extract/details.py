"""What one report of an actor may lend another report of the same unit.

Two mentions of one (country, agent) unit are joined into one actor within a
sentence (``participants``), and two reports of one deed into one event
(``merged``, ``joined``). Each report may know a detail the other lacks: a
role ("the president") or a name ("Rouhani"). Filled field by field, a
titled person and a named body of the same unit became one hybrid actor: a
government named "the twelfth government" with the role head_of_state and
the Latin name of the Leader who met it. So a name comes with its Latin
form, and a titled person without a name and a body named without a role
lend each other nothing: they are two things the unit holds, not two views
of one.
"""

from __future__ import annotations

from diplowatch.model import Actor


def fill_details(actor: Actor, role: str | None, name: str | None, latin: str | None) -> None:
    """Give ``actor`` the role and names another report of it tells and it
    lacks, unless the two are not one: a titled person and a named body, or
    two different names."""
    if not _one(actor, role, name, latin):
        return
    actor.role = actor.role or role
    if not actor.name and not actor.name_latin:
        actor.name, actor.name_latin = name, latin
    else:
        actor.name_latin = actor.name_latin or latin


def _one(actor: Actor, role: str | None, name: str | None, latin: str | None) -> bool:
    """Whether the other report may be the same person or body."""
    named, other_named = actor.name or actor.name_latin, name or latin
    if named and other_named:
        if actor.name_latin and latin:
            return actor.name_latin == latin
        return _same_name(actor.name or "", name or "")
    # a role with no name on one side, a name with no role on the other
    return not (
        (actor.role and not named and other_named and not role)
        or (named and not actor.role and role and not other_named)
    )


_NAME_JOINERS = str.maketrans({"-": " ", "\u200c": " "})


def _same_name(a: str, b: str) -> bool:
    """A short and a full spelling of one name ("ظریف", "محمد جواد ظریف";
    "عبداللهیان", "حسین امیرعبداللهیان"): every word of the shorter ends a
    word of the longer. Whole words only at the start: "عباس" is not
    "عباسی" (mend41b)."""
    short, full = sorted(
        (a.translate(_NAME_JOINERS).split(), b.translate(_NAME_JOINERS).split()), key=len
    )
    return bool(short) and all(any(w.endswith(s) for w in full) for s in short)
