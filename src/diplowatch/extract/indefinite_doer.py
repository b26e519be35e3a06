"""An indefinite person whose clause tells a deed of force did that deed.

Arabic qualifies an indefinite noun with a bare clause, no relative pronoun:
"اعتقلت الشرطة رجلا هاجم المارة" (the police arrested a man [who] attacked
passers-by). The verb of attack (ASSAULT) then has the indefinite man as its subject,
so the police named before him are a side of the arrest only, never the
attacker; read as a verb-first clause, the police would be taken as its
doer. English marks the clause with a relative pronoun ("police arrested a man
who attacked passers-by"). The openers are a closed word class per language
(``agents.INDEFINITE_DOERS``: an indefinite person, with the relative
pronoun where the language writes one); the deed's verb follows at once, or
after verbs of trying (``agents.INDEFINITE_DOER_LINKS``: "حاول دهس", "tried
to"), and is no passive (``agents.INDEFINITE_DOER_PASSIVE``: an agent's
marker right after it). The man is unnamed: he is an unidentified attacker
(UAF) in every event of the sentence, the one arrested too. Persian is not
read so: its relative clause ("مردی را که … حمله کرده بود بازداشت کرد")
has no mark of its end before the main verb, which may be the deed done to
the man.
"""

from __future__ import annotations

from functools import cache

from diplowatch.extract.mention import Mention
from diplowatch.extract.scan import Hit
from diplowatch.lang.agent_fields import language_field
from diplowatch.text.normalize import normalize_phrase
from diplowatch.text.punctuation import CLAUSE_BREAKS, SENTENCE_STOPS

# The deeds an unidentified attacker does (not an arrest: "12 شخصا اعتقلوا"
# were arrested).
_ATTACKS = frozenset({"ASSAULT"})
# Characters read back from a deed's verb for its clause's opener.
_WINDOW = 120
# A clause break or a sentence end between the opener and the verb.
_BREAKS = CLAUSE_BREAKS | SENTENCE_STOPS


@cache
def _words(lang: str) -> tuple[tuple[str, ...], frozenset[str], tuple[str, ...]]:
    """The openers (longest first), the verbs of trying and the passive's marks."""
    openers = {normalize_phrase(w) for w in language_field(lang, "INDEFINITE_DOERS")}
    links = frozenset(normalize_phrase(w) for w in language_field(lang, "INDEFINITE_DOER_LINKS"))
    passive = tuple(normalize_phrase(w) for w in language_field(lang, "INDEFINITE_DOER_PASSIVE"))
    return tuple(sorted(openers, key=len, reverse=True)), links, passive


def indefinite_subject(trig: Hit, ntext: str, lang: str) -> tuple[int, int] | None:
    """The span of the opener right before ``trig``, a verb in the active,
    or None (only verbs of trying may stand between)."""
    openers, links, passive = _words(lang)
    if not openers or trig.entry.affix != "verb":
        return None  # "أصيب 54 شخصا بجروح": a noun of the deed counts victims
    after = " ".join(ntext[trig.end : trig.end + 24].split())
    if any(after == p or after.startswith(p + " ") for p in passive):
        return None  # "رجلا قتل على يد مسلحين": the man was killed
    lo = max(0, trig.start - _WINDOW)
    window = ntext[lo : trig.start]
    for opener in openers:
        at = window.rfind(opener)
        if at < 0 or (at > 0 and window[at - 1].isalnum()):
            continue
        if any(c.isdigit() for c in "".join(window[:at].split()[-1:])):
            continue  # "«12 شخصا قتلوا": counted, mostly the killed
        gap = window[at + len(opener) :]
        if gap[:1].isalnum() or any(c in gap for c in _BREAKS):
            continue
        if all(w in links for w in gap.split()):
            return lo + at, lo + at + len(opener)
    return None


def doer_after_noun(
    trig: Hit, etype: str, people: list[Mention], ntext: str, lang: str
) -> list[Mention]:
    """``people`` without those named before the indefinite subject of an
    attack: they are sides of the clause it hangs on, not the deed's."""
    span = indefinite_subject(trig, ntext, lang) if etype in _ATTACKS else None
    if span is None:
        return people
    return [m for m in people if m.start >= span[0]]


def mark_indefinite_doers(
    triggers: list[Hit], mentions: list[Mention], ntext: str, lang: str
) -> None:
    """The indefinite person who did a deed of force is an unidentified
    attacker (UAF) in every event of the sentence: the police who arrest
    "a man [who] attacked" arrest the attacker, not a civilian."""
    for trig in triggers:
        span = indefinite_subject(trig, ntext, lang) if trig.entry.value in _ATTACKS else None
        if span is None:
            continue
        for m in mentions:
            if span[0] <= m.start < span[1] and m.agent == "CVL" and not m.role:
                m.agent = "UAF"
