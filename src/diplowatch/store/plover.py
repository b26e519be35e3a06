"""Cooperation/conflict scores per event type, and the PLOVER-manual reading.

The scores are diplowatch's own scale, inspired by the usual four "quad
classes" of event data (verbal cooperation, material cooperation, verbal
conflict, material conflict) and by the idea of a Goldstein-like intensity:
-10 (armed attack) to +10. They are meant for ranking and balance, not as a
measurement; change them here and every relation figure follows.

Negated events ("did not meet") carry no weight: their score is 0 and they
count as neither cooperation nor conflict.
"""

from __future__ import annotations

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

#: type -> (quad class, score)
SCALE: dict[str, tuple[int, float]] = {
    "CONSULT": (VERBAL_COOPERATION, 1.0),
    "REQUEST": (VERBAL_COOPERATION, 0.5),
    "SUPPORT": (VERBAL_COOPERATION, 2.0),
    "AGREE": (VERBAL_COOPERATION, 3.0),
    "COOPERATE": (MATERIAL_COOPERATION, 4.0),
    "CONCEDE": (MATERIAL_COOPERATION, 5.0),
    "RETREAT": (MATERIAL_COOPERATION, 5.0),
    "AID": (MATERIAL_COOPERATION, 7.0),
    "ACCUSE": (VERBAL_CONFLICT, -2.0),
    "REJECT": (VERBAL_CONFLICT, -3.0),
    "THREATEN": (VERBAL_CONFLICT, -5.0),
    "PROTEST": (MATERIAL_CONFLICT, -6.0),
    "MOBILIZE": (MATERIAL_CONFLICT, -6.0),
    "SANCTION": (MATERIAL_CONFLICT, -7.0),
    "COERCE": (MATERIAL_CONFLICT, -8.0),
    "ASSAULT": (MATERIAL_CONFLICT, -10.0),
}


def quad_class(event_type: str) -> int:
    """Quad class of a type (0 for a type outside the ontology)."""
    return SCALE.get(event_type, (0, 0.0))[0]


def score(event_type: str, status: str) -> float:
    """Signed intensity of one event; negated events weigh nothing."""
    if status == "negated":
        return 0.0
    return SCALE.get(event_type, (0, 0.0))[1]


def weighted_quad(event_type: str, status: str) -> int:
    """Quad class used when counting cooperation/conflict (0 when negated)."""
    return 0 if status == "negated" else quad_class(event_type)


def plover_type(event_type: str, mode: str | None, status: str, amounts: list[object]) -> str:
    """Our type read the PLOVER 2024 manual's way (see ONTOLOGY.md).

    The manual codes any future-tense commitment as AGREE, a signed agreement
    as SUPPORT, and keeps COOPERATE for material cooperation: without an
    amount we have no sign of material content, so it becomes SUPPORT.
    """
    if status == "planned":
        return "AGREE"
    if event_type == "AGREE" and (mode or "").lower() in {"sign", "signing", "signed"}:
        return "SUPPORT"
    if event_type == "COOPERATE" and not amounts:
        return "SUPPORT"
    return event_type
