"""Armed men struck by a state's forces are militants.

Arabic has one word, "مسلحون" (armed men), where English news writes
"gunmen" for attackers nobody names and "militants" for the armed groups an
army or the police fights: "قتل مسلحون شرطيين" (gunmen killed two
policemen), but "قتل الجيش عشرة مسلحين" (the army killed ten
militants). So where the doer of an attack is the army or the police, the
bare armed-men words a language lists
(``agents.ARMED_MEN_STRUCK``) after it name rebels (REB), as English
"militants" and Persian "شبه‌نظامیان" are read; as doers they stay
unidentified attackers (UAF), and so do armed men arrested ("اعتقلت الشرطة
مسلحين", English "police arrested gunmen").
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from diplowatch.extract.agent_groups import STATE_FORCES, UNNAMED_ATTACKERS
from diplowatch.extract.mention import Mention
from diplowatch.lang.agent_fields import language_field
from diplowatch.text.normalize import normalize_phrase

# The types of the deeds that strike (an attack, not an arrest).
STRIKES = frozenset({"ASSAULT"})
# The doers whose armed opponents are militants: the state's own forces.
_MILITANTS = "REB"


@cache
def _words(lang: str) -> frozenset[str]:
    """The language's bare armed-men words, normalised as the text is."""
    listed = language_field(lang, "ARMED_MEN_STRUCK")
    return frozenset(normalize_phrase(w) for w in listed)


def struck_as_militants(side: list[Mention], ntext: str, lang: str) -> list[Mention]:
    """``side`` (its doer first) with the armed men its state-force doer
    struck read as militants."""
    words = _words(lang)
    if not words or len(side) < 2 or side[0].agent not in STATE_FORCES:
        return side
    return [side[0]] + [
        replace(m, agent=_MILITANTS)
        if m.agent == UNNAMED_ATTACKERS and ntext[m.start : m.end].strip()[len(m.prefix) :] in words
        else m
        for m in side[1:]
    ]
