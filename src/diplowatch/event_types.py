"""The sixteen event types of the spec, and every fact the code uses about each.

One row per type (``TYPES``), in the spec's order. What a rule needs to know
of a type — it is done by both sides together, it may name one side only, it
carries sums or counts, it is scored as conflict — is a field or a trait of
its row, and the rule asks ``having(trait)``; no module writes its own list
of types. Adding an event type is adding a row here (and its triggers in
``lang/<code>/triggers.py``); the codes themselves are the contract of
``shared/spec/ONTOLOGY.md`` and never change.

The cooperation/conflict scale (``quad``, ``score``) is diplowatch's own,
inspired by the quad classes and Goldstein-like intensities of event data:
-10 (armed attack) to +10, for ranking and balance, not a measurement.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

VERBAL_COOPERATION = 1
MATERIAL_COOPERATION = 2
VERBAL_CONFLICT = 3
MATERIAL_CONFLICT = 4
QUAD_NAMES = {
    0: "none",
    VERBAL_COOPERATION: "verbal cooperation",
    MATERIAL_COOPERATION: "material cooperation",
    VERBAL_CONFLICT: "verbal conflict",
    MATERIAL_CONFLICT: "material conflict",
}

#: What each trait of a row means to the extractor.
TRAITS: dict[str, str] = {
    "symmetric": "done by both sides together: the participants are one joint side",
    "one_sided": "may be reported with one participant named (troops deployed)",
    "deed": "a physical deed: whoever quotes or reports one is no party to it",
    "background_deed": "a deed whose noun after 'after'/'following' is background",
    "force": "an attack: a sentence about a disaster has one only with armed agents",
    "cooperative": "carries the areas of cooperation of its sentence (sectors)",
    "elaborated": "takes the areas of cooperation of the sentences that follow it",
    "covers_cooperation": "'discussed/agreed to strengthen cooperation' is one event of it",
    "multilateral": "an organisation's members may do it among themselves, as one actor",
    "reaction": "a verbal reaction whose object is often another event's noun",
    "unreal": "its object has not happened (what is asked, threatened, rejected)",
    "comment": "comments on someone else's deed: the commenter is no party to the deed",
    "spoken_content": "its content is said after the verb and may name its target there",
    "addressee_first": "the addressee is named before what is asked or refused",
    "slogan": "what protesters demand or denounce: the protest's message, no event",
    "governor": "its verb takes what follows as its content (one event, not two)",
    "conditional": "conditional by nature: a cue of possibility does not cancel it",
    "agreement": "its verb may take a deed as its content ('agreed to lift sanctions')",
    "granted": "agreeing to it is granting it: 'agreed to lift sanctions' is this deed alone",
    "answered": "its noun accepted ('accepted the request') was made before: the reply is told",
    "place_target": "the place where it happens is its target",
    "place_side": "a place in another country is the other side when one country acts",
    "told_again": "its noun alone in a sentence is the deed the article reports ('the talks will go on')",
    "refusal": "its verb inside a negation cue states it ('refused to'), not its negation",
    "describes_people": "its word may be an adjective of people ('striking workers'):"
    " no event of its own where those people suffer force in the sentence",
    "stance": "a stand one may hold: said of whoever holds it ('those who support"
    " terrorism', 'whoever criticises the deal') it describes people, no event",
    "reasoned": "a closing phrase may tell its reason ('arrested over an attack by …'),"
    " a deed with its own sides",
    "endangers": "said of a danger to an abstract good ('threatens regional peace') it is no"
    " deed of an actor",
    "genitive_doer": "its noun's genitive is its doer ('the strike of the oil workers'):"
    " with no verb of its own, the subject of another verb takes no part in it",
}

#: A sum of any kind (``EventType.sums``).
ANY_SUM = "*"
_TERMS = ("target", "trade", "investment")


@dataclass(frozen=True)
class EventType:
    """One event type: its code, its place on the cooperation/conflict scale,
    its dashboard colour, its traits (``TRAITS``), and the sums and counts of
    people it carries."""

    code: str
    quad: int
    score: float
    colour: str
    traits: frozenset[str] = frozenset()
    sums: tuple[str, ...] = ()  # kinds of sums it carries (``ANY_SUM``: every one)
    sum_kind: str = "other"  # the kind of one of its sums with no cue word
    counts: tuple[str, ...] = ()  # counts of people it carries (spec "Counts of people")
    # the types of the deeds its verb undoes when it takes their noun as its
    # object (lifting sanctions, cutting aid: ``extract/licensed.py``)
    undoes: tuple[str, ...] = ()


def _row(
    code: str,
    quad: int,
    score: float,
    colour: str,
    *traits: str,
    sums: tuple[str, ...] = (),
    sum_kind: str = "other",
    counts: tuple[str, ...] = (),
    undoes: tuple[str, ...] = (),
) -> EventType:
    return EventType(code, quad, score, colour, frozenset(traits), sums, sum_kind, counts, undoes)


TYPES: tuple[EventType, ...] = (
    _row(
        "CONSULT", VERBAL_COOPERATION, 1.0, "#4e79a7",
        "symmetric", "cooperative", "elaborated", "covers_cooperation", "multilateral",
        "told_again",
        sums=_TERMS,
    ),
    _row(
        "AGREE", VERBAL_COOPERATION, 3.0, "#59a14f",
        "symmetric", "cooperative", "elaborated", "covers_cooperation", "multilateral",
        "told_again", "agreement",
        sums=(*_TERMS, "loan", "grant"),
    ),
    _row(
        "COOPERATE", MATERIAL_COOPERATION, 4.0, "#76b7b2",
        "symmetric", "cooperative", "elaborated",
        sums=_TERMS,
    ),
    _row(
        "AID", MATERIAL_COOPERATION, 7.0, "#8cd17d",
        "cooperative", "elaborated", "place_target", "place_side",
        sums=(ANY_SUM,), sum_kind="pledge",
    ),
    _row(
        "SUPPORT", VERBAL_COOPERATION, 2.0, "#b6992d", "reaction", "comment", "governor", "stance",
    ),
    _row(
        "REQUEST", VERBAL_COOPERATION, 0.5, "#f1ce63",
        "cooperative", "reaction", "unreal", "spoken_content", "addressee_first", "slogan",
        "governor", "answered",
    ),
    _row(
        "CONCEDE", MATERIAL_COOPERATION, 5.0, "#86bcb6", "one_sided", "governor", "granted",
        undoes=("SANCTION", "COERCE"),
    ),
    _row(
        "ACCUSE", VERBAL_CONFLICT, -2.0, "#e15759", "reaction", "comment", "slogan", "governor",
        "stance",
    ),
    _row(
        "REJECT", VERBAL_CONFLICT, -3.0, "#ff9d9a",
        "one_sided", "reaction", "unreal", "addressee_first", "slogan", "governor", "refusal",
        "stance",
    ),
    _row(
        "THREATEN", VERBAL_CONFLICT, -5.0, "#d37295",
        "one_sided", "reaction", "unreal", "spoken_content", "governor", "conditional",
        "endangers",
    ),
    _row(
        "PROTEST", MATERIAL_CONFLICT, -6.0, "#fabfd2",
        "one_sided", "deed", "background_deed", "governor", "genitive_doer",
        "describes_people",
        counts=("participants",),
    ),
    _row("SANCTION", MATERIAL_CONFLICT, -7.0, "#b07aa1", "governor", undoes=("AID", "COOPERATE")),
    _row(
        "MOBILIZE", MATERIAL_CONFLICT, -6.0, "#9d7660",
        "one_sided", "deed", "background_deed", "genitive_doer",
    ),
    _row(
        "COERCE", MATERIAL_CONFLICT, -8.0, "#d7b5a6",
        "one_sided", "deed", "background_deed", "force", "place_target", "reasoned",
        counts=("arrested",),
    ),
    _row(
        "ASSAULT", MATERIAL_CONFLICT, -10.0, "#79706e",
        "one_sided", "deed", "background_deed", "force", "place_target", "place_side",
        counts=("killed", "wounded"),
    ),
    _row(
        "RETREAT", MATERIAL_COOPERATION, 5.0, "#bab0ac",
        "one_sided", "deed", "place_target", "place_side",
    ),
)  # fmt: skip

#: The codes, in the spec's order.
CODES: tuple[str, ...] = tuple(t.code for t in TYPES)
BY_CODE: dict[str, EventType] = {t.code: t for t in TYPES}


def having(trait: str) -> frozenset[str]:
    """Codes of the types with ``trait`` (an unknown trait is an error)."""
    if trait not in TRAITS:
        raise KeyError(f"unknown event-type trait {trait!r}; known: {', '.join(TRAITS)}")
    return frozenset(t.code for t in TYPES if trait in t.traits)


def carries_sum(code: str, kind: str | None) -> bool:
    """May an event of type ``code`` carry a sum of ``kind`` (None: no cue)?"""
    row = BY_CODE.get(code)
    return row is not None and (ANY_SUM in row.sums or kind in row.sums)


@cache
def count_types() -> dict[str, frozenset[str]]:
    """Count key (killed, wounded, arrested, participants) → the types that carry it."""
    out: dict[str, set[str]] = {}
    for row in TYPES:
        for key in row.counts:
            out.setdefault(key, set()).add(row.code)
    return {key: frozenset(codes) for key, codes in out.items()}
