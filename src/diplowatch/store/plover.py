"""Cooperation/conflict scores per event type, and the PLOVER-manual reading.

The scores (``diplowatch.event_types``) are diplowatch's own scale, inspired by the usual four "quad
classes" of event data (verbal cooperation, material cooperation, verbal
conflict, material conflict) and by the idea of a Goldstein-like intensity:
-10 (armed attack) to +10. They are meant for ranking and balance, not as a
measurement; change them in that table and every relation figure follows.

Negated events ("did not meet") carry no weight: their score is 0 and they
count as neither cooperation nor conflict.
"""

from __future__ import annotations

from diplowatch.event_types import (
    MATERIAL_CONFLICT,
    MATERIAL_COOPERATION,
    QUAD_NAMES,
    TYPES,
    VERBAL_CONFLICT,
    VERBAL_COOPERATION,
)

__all__ = [
    "MATERIAL_CONFLICT",
    "MATERIAL_COOPERATION",
    "QUAD_NAMES",
    "SCALE",
    "VERBAL_CONFLICT",
    "VERBAL_COOPERATION",
    "quad_class",
    "score",
]

#: type -> (quad class, score), read from the one table of event types.
SCALE: dict[str, tuple[int, float]] = {t.code: (t.quad, t.score) for t in TYPES}


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
