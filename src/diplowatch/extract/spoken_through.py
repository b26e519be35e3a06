"""A state that speaks through one of its bodies named beside it.

"وأكدت مصر، في بيان لوزارة الخارجية، دعمها …", "Egypt, in a foreign
ministry statement, voiced its support …": the state named alone is the
subject, and the aside right after it names the body that spoke for it. The
state then acts as that body (its government), not as a whole; the body,
read as the statement's source, is no second actor. So does a state named
alone as the subject of a clause its own body reports ("قالت وزارة الخارجية
التونسية إن تونس تدين …", "the ministry said that Tunisia condemns …"):
the body speaks and the state it names is its government (agents23ar).
So, too, its state named as one of the two sides after "between" in the
clause it reports ("قال روحاني إن هناك فرصا لتعزيز التعاون بين إيران
والكويت"): an official who speaks of his own state's ties speaks for its
government (agents42ar).
"""

from __future__ import annotations

from typing import NamedTuple

from diplowatch.extract.actors import Mention
from diplowatch.extract.agent_groups import STATE_BODIES
from diplowatch.text.punctuation import CLAUSE_END_MARKS, COMMAS, SEMICOLONS


class StatementLinks(NamedTuple):
    """What may tie a statement noun to the body that spoke and its state to
    the subject (mendA89; ``context.STATEMENT_LINKS``,
    ``STATEMENT_BODY_CLITICS``, ``STATEMENT_OBJECT_MARKS``)."""

    words: frozenset[str] = frozenset()  # "صادر", "عن", "issued", "by", "از سوی"
    clitics: frozenset[str] = frozenset()  # "ل" of "لوزارة"
    object_marks: frozenset[str] = frozenset()  # "on", "على", "به" before an object
    # mendE90: words before a mark that make it open a subject, not an object
    subject_leads: frozenset[str] = frozenset()  # "كل" of "كل من", "بالنسبة" of "بالنسبة ل"
    # conjunctions glued before a clitic mark (``punctuation.PROCLITICS``: "و" of "وبتونس")
    conjunctions: str = ""


_NO_LINKS = StatementLinks()

# The aside between the state and its body: a few words ("في بيان ل",
# "وفق بيان أصدرته", "in a statement by its"), none of them another actor.
_ASIDE_WORDS = 4
# The words from a speaking body to the state its clause opens with ("said
# in a statement on Friday that").
_REPORT_WORDS = 8
# The words from the clause opener to "between" and the speaker's own state
# ("that there is much room to strengthen economic cooperation between").
_PAIR_WORDS = 12
# The words of a statement phrase from its opener to the body it names ("في
# بيان صادر اليوم الجمعة عن", "in a statement by the", "در بیانیه‌ای از سوی").
# mendE90: 9 and 6, so that "in a statement issued on Monday by its" fits;
# the links are a closed list, so the wider reach lets no other word through.
_STATEMENT_WORDS = 9
# The words from the statement noun to the body ("صادر اليوم الجمعة عن").
_STATEMENT_LINKS = 6
# A state's own bodies (``STATE_BODIES``) may speak for it in a statement:
# an armed group or a crowd named after "in this statement" is what it is about.
# Marks that end a clause inside the words before the body.
_STOPS = CLAUSE_END_MARKS | frozenset(SEMICOLONS)


def speak_through_bodies(
    mentions: list[Mention],
    text: str,
    conj: frozenset[str],
    statements: frozenset[str],
    openers: frozenset[str] = frozenset(),
    links: StatementLinks = _NO_LINKS,
) -> None:
    """Give a state named alone the agent of its own body written in the
    aside that opens with a comma right after it and names a statement
    (``statements``: "في بيان ل", "in a statement by"), or named later in
    a statement phrase (``_stated_body``). A body
    joined to it by a conjunction (``conj``: "Egypt and its ministry") is a
    second actor, not an aside; a body of another country is not its own.
    Only the sentence's first actor, its subject: a state named later ("no
    sanctions on Iran, the cabinet secretary said") ends a clause whose
    comma opens the next one."""
    if len(mentions) < 2:
        return
    state = mentions[0]
    if state.kind != "state" or state.agent or not state.code or state.source:
        return
    body = mentions[1]
    if _own_body(state, body, conj) and _aside(text[state.end : body.start], conj, statements):
        state.agent = body.agent
        return
    if _state_as_object(state, text, links):
        return  # "the attack on Syria was condemned in a statement by …" (mendA89)
    stated = _stated_body(mentions, text, conj, statements, (openers, links))
    if stated is not None:
        # the body is the channel the state spoke by, no second side
        state.agent, stated.source = stated.agent, True


def _own_body(state: Mention, body: Mention, conj: frozenset[str]) -> bool:
    """``body`` is a body of the state's own (or of no named country) that
    may speak for it: an agent or institution with no title of a person,
    not joined to what stands before it by a conjunction."""
    if body.kind not in ("agent", "institution") or body.agent is None or body.role:
        return False
    return body.code in ("", state.code) and body.prefix not in conj


def _stated_body(
    mentions: list[Mention],
    text: str,
    conj: frozenset[str],
    statements: frozenset[str],
    phrase: tuple[frozenset[str], StatementLinks],
) -> Mention | None:
    """The state's own body named in a statement phrase later in its
    sentence (officials88): "أدانت تونس الهجوم، وفق بيان صادر عن وزارة
    الشؤون الخارجية", "أدانت مصر في بيان لوزارة الخارجية الهجوم", "Tunisia
    condemned the attack in a statement by the foreign ministry", "مصر در
    بیانیه وزارت خارجه … محکوم کرد": the state spoke as that body, so it
    acts as its government, not as a whole. A codeless state body between
    the two ("وفي تونس، أعلنت الشرطة في بيان …") is who spoke: none is
    lent; victims or a crowd named between are what the state spoke of.
    ``phrase``: the statement openers and the links (``StatementLinks``)."""
    openers, links = phrase
    if not openers or not statements:
        return None
    state = mentions[0]
    for m in mentions[1:]:
        voice = m.agent in STATE_BODIES and _own_body(state, m, conj)
        if voice and _in_statement(text, state.end, m, statements, (openers, links)):
            return m
        if m.kind == "agent" and not m.code and m.agent in STATE_BODIES:
            return None
    return None


def _in_statement(
    text: str,
    lo: int,
    body: Mention,
    statements: frozenset[str],
    phrase: tuple[frozenset[str], StatementLinks],
) -> bool:
    """``body`` closes a statement phrase that opens after ``lo``: an opener
    ("في", "وفق", "in", "در") within a few words before it, with a
    statement noun between, at most four words before the body ("في بيان
    صادر اليوم عن", "in a statement by the"). A body before its noun ("in a foreign ministry statement") is
    left: read so, it stayed a second, codeless actor. Only link words
    stand between the noun and the body, and the body carries no clitic but
    a link's ("لوزارة"): "in a statement praised the police", "في بيان
    بالشرطة", "طی بیانیه‌ای از اقدام پلیس" name whom the statement was
    about, not who made it (mendA89)."""
    openers, links = phrase
    words = [w.strip("،,") for w in text[lo : body.start].split()][-_STATEMENT_WORDS:]
    stops = [i for i, w in enumerate(words) if w[-1:] in _STOPS]
    if stops:
        words = words[stops[-1] + 1 :]
    at = [i for i, w in enumerate(words) if w in openers]
    nouns = [i for i, w in enumerate(words) if w in statements and at and i > at[-1]]
    if not nouns or len(words) - nouns[0] - 1 > _STATEMENT_LINKS:
        return False
    if body.prefix and body.prefix not in links.clitics:
        return False
    return _all_links(words[nouns[0] + 1 :], links.words)


def _all_links(words: list[str], links: frozenset[str]) -> bool:
    """``words`` are link words or phrases one after another ("صادر مساء
    الأحد عن", "issued by the", "از سوی"): the longest phrase first."""
    longest = max((len(p.split()) for p in links), default=1)
    i = 0
    while i < len(words):
        n = next((n for n in range(longest, 0, -1) if " ".join(words[i : i + n]) in links), 0)
        if not n:
            return False
        i += n
    return True


def _state_as_object(state: Mention, text: str, links: StatementLinks) -> bool:
    """The state stands after a word or clitic that makes it an object ("the
    attack on Syria", "الهجوم على سوريا", "رحب بتونس", "حمله به سوریه"): it
    is what was spoken of, not the subject that spoke (mendA89). A mark
    right after a word of ``leads`` opens a subject or a topic ("أدانت كل
    من السعودية والإمارات", "بالنسبة لمصر، فقد أدانت"): no object (mendE90).
    The marks and leads are ``links.object_marks`` and ``subject_leads``."""
    marks, leads = links.object_marks, links.subject_leads
    before = [w.strip("،,") for w in _last_words(text, state.start, 2)]
    clitic = state.prefix.lstrip(links.conjunctions)  # "وبتونس": the conjunction is no mark
    if clitic:
        return clitic in marks and not (before and before[-1] in leads)
    if not before or before[-1] not in marks:
        return False
    return not (len(before) > 1 and before[-2] in leads)


def _last_words(text: str, end: int, n: int) -> list[str]:
    """The last ``n`` whole words before ``end``: read from a window that
    grows only while it holds too few, so a long one-line document costs
    each sentence a few hundred characters, not all the text before it."""
    size = 256
    while True:
        start = max(0, end - size)
        words = text[start:end].split()
        if start and words and not text[start - 1].isspace():
            words = words[1:]  # the window cut into its first word
        if len(words) >= n or not start:
            return words[-n:] if n else []
        size *= 4


def state_reported_by_body(
    mentions: list[Mention],
    text: str,
    openers: frozenset[str],
    sides: frozenset[str] = frozenset(),
) -> None:
    """Give a state named alone the agent of its own government body or
    official that reports the clause the state opens ("قالت وزارة الخارجية المصرية إن مصر
    تدعم …"): the body is the sentence's first actor, the state the next,
    of its country, with only the reporting words and a clause opener
    (``openers``: "إن", "that", "که") between, or named in that clause
    right after a word that opens two sides (``sides``: "بين", "between")."""
    if len(mentions) < 2 or not openers:
        return
    body, state = mentions[0], mentions[1]
    if state.kind != "state" or state.agent or not state.code or state.source:
        return
    # any government voice of that state: a ministry, its spokesman, a minister
    # (one named with no country speaks for the state it reports on)
    if body.agent != "GOV" or body.code not in ("", None, state.code) or body.former or body.source:
        return
    words = text[body.end : state.start].split()
    opens = 0 < len(words) <= _REPORT_WORDS and words[-1] in openers
    if opens or (words and words[-1] in sides and _opened_pair(words[:-1], openers)):
        state.agent = body.agent


def _opened_pair(words: list[str], openers: frozenset[str]) -> bool:
    """The words before "between" are the reporting words, a clause opener
    and a few words of the clause, no sentence stop among them: the pair
    is told by the speaker, in the clause he opens."""
    at = next((i for i, w in enumerate(words) if w in openers), None)
    if at is None or at >= _REPORT_WORDS:
        return False
    rest = words[at + 1 :]
    return len(rest) <= _PAIR_WORDS and not any(w[-1] in ".؟?!:" for w in words)


def _aside(gap: str, conj: frozenset[str], statements: frozenset[str]) -> bool:
    """The words between the two open an aside: a comma first, then a few
    words, one a statement noun and none a conjunction."""
    gap = gap.strip()
    if not gap or gap[0] not in COMMAS:
        return False
    words = gap[1:].split()
    if not 1 <= len(words) <= _ASIDE_WORDS or set(words) & conj:
        return False
    return bool(set(words) & statements)
