"""Zedish event triggers, by PLOVER type and mode."""

VERB_TRIGGERS: dict[tuple[str, str], tuple[str, ...]] = {
    ("CONSULT", "meeting"): ("renkon",),
    ("ACCUSE", "condemn"): ("kondamn",),
    ("AID", "grant"): ("donac",),
}
NOUN_TRIGGERS: dict[tuple[str, str], tuple[str, ...]] = {
    ("AGREE", "sign"): ("akord",),
}
