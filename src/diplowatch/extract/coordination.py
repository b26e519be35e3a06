"""Which mentions one coordination joins: "Iran, Iraq and Syria" as one group.

``coordinated_groups`` cuts a sentence's mentions into the groups a
conjunction or a comma joins (with a head noun written again, a quantified
item or an office title set off by a comma between them). Nearly every reader
of sides starts from these groups, so they are a module of their own rather
than one part of ``participants``.
"""

from __future__ import annotations

from diplowatch.extract.actors import Mention
from diplowatch.extract.participants import Unit, unit
from diplowatch.text.punctuation import COMMAS

# Words of an office title that may stand between an actor and a co-actor
# link set off by a comma ("prime minister, together with").
TITLE_REST = 3
# the most words of a head noun written again in a coordination ("یک نفت‌کش")
HEAD_WORDS = 3
# sides101: the most words of an honorific or title between a titled
# mention and its holder's name ("President", "الشيخ", "رئیس‌جمهور")
LEAD_WORDS = 3


LIST_COMMAS = " " + COMMAS  # stripped from a gap between two listed names


def coordinated_groups(
    mentions: list[Mention],
    text: str,
    conj: frozenset[str],
    adjacent: bool = True,
    objects: frozenset[str] = frozenset(),
) -> list[list[Mention]]:
    """Split mentions into runs joined only by conjunctions and commas (and,
    where ``adjacent``, by nothing at all: ``context.ADJACENT_COORDINATED``;
    in a verb–subject–object language two actors written side by side are
    the subject and the object: "أوقفت الشرطة شابا", and so in a verb-final
    one: "فرانسه روسیه را مقصر دانست"). A co-actor link in ``conj`` ("along
    with", "إلى جانب", ``Coordinators``) joins like a conjunction; with a
    comma by it, it opens an aside that the next comma closes ("طردت
    السعودية، ومعها البحرين، السفير": the ambassador is no third co-actor).
    A list has its conjunction before its last item: after it, a bare comma
    before a mention that an object marker of ``objects`` follows ends the
    list ("آمریکا، بریتانیا و اسرائیل، ایران را …": Iran is the object)."""
    groups: list[list[Mention]] = []
    aside = False  # the last join opened a comitative aside with a comma
    anded = False  # the group was joined by a conjunction word: its list is closed
    tail: Mention | None = None  # the group's last mention, a repeat included
    last: Unit | None = None  # speed77: unit(groups[-1][-1]), read once
    for m in mentions:
        if (here := unit(m)) == last:  # None before the first group
            tail = _after_repeat(m, tail, text, getattr(conj, "name_leads", frozenset()))
            continue
        last = here
        join = _join_of(m, groups, tail, text, conj, (adjacent, objects), (aside, anded))
        if join is None:
            aside = anded = False
            groups.append([m])
        else:
            gap, glued, side_by_side = join
            core = gap.strip(LIST_COMMAS)
            if not side_by_side:  # ", along with Y," and "وحلفاؤها، Y،": a comma by the link
                aside = core != gap and core in getattr(conj, "coactor_links", ())
            anded = anded or bool(core) or glued
            groups[-1].append(m)
        tail = m
    return groups


def _join_of(
    m: Mention,
    groups: list[list[Mention]],
    tail: Mention | None,
    text: str,
    conj: frozenset[str],
    reading: tuple[bool, frozenset[str]],
    state: tuple[bool, bool],
) -> tuple[str, bool, bool] | None:
    """How ``m`` joins the last group of ``coordinated_groups`` — the text
    between them, whether its conjunction is written on it, whether the two
    stand side by side — or None when it opens a group of its own.
    ``reading`` is (adjacent, objects), ``state`` (aside, anded)."""
    if not groups:
        return None
    adjacent, objects = reading
    prev = groups[-1][-1]
    gap = text[max(prev.end, tail.end if tail else 0) : m.start].strip()
    glued = m.prefix[:1] in conj  # "السعودية والإمارات": the و is written on the name
    side_by_side = gap == "" and (adjacent or glued)
    if side_by_side or _joined_by(gap, m, prev, glued, state, text, conj, adjacent, objects):
        return gap, glued, side_by_side
    if _titled_next(tail, gap, conj):
        return gap, glued, False
    return None


def _titled_next(tail: Mention | None, gap: str, conj: frozenset[str]) -> bool:
    """sides101: a named leader, a comma or conjunction, and the next leader's
    title that his state's mention does not hold ("… حسن روحانی، رئیس‌جمهور
    روسیه ولادیمیر پوتین و …"): the list goes on. Only after a person's name,
    and only where ``conj`` reads such lists (``Coordinators.titled_lists``:
    the sides of a joint event; in a directed deed the same words may open
    its object, "… ظریف، وزیر خارجه روسیه … را دعوت کرد"). The title's words
    are ``context.HOLDER_NAME_LEADS``."""
    if tail is None or tail.kind != "person" or not getattr(conj, "titled_lists", False):
        return False
    words = gap.split()
    if not words or not (words[0] in LIST_COMMAS or words[0] in conj):
        return False
    leads: frozenset[str] = getattr(conj, "name_leads", frozenset())
    rest = words[1:]
    return 0 < len(rest) <= LEAD_WORDS and all(w in leads for w in rest)


def _after_repeat(
    m: Mention, tail: Mention | None, text: str, leads: frozenset[str] = frozenset()
) -> Mention | None:
    """The group's last mention once ``m``, the same actor named again ("…
    آسيا (آسيان)"), is read: written right after it ("قوات الجيش": the
    forces and the army read apart), the repeat is where a conjunction
    joins the next one to the group ("قوات الجيش والشرطة"). sides101: so
    is a titled person's name after an honorific or the rest of his title
    (``leads``, ``context.HOLDER_NAME_LEADS``: "أمير الكويت الشيخ صباح",
    "Russian President Vladimir Putin"), else a list of named leaders broke
    after the first name and a meeting kept two of them."""
    if tail is None or m.end <= tail.end:
        return tail
    between = text[tail.end : m.start].split()
    if not between:
        return m
    if m.kind == "person" and len(between) <= LEAD_WORDS and all(w in leads for w in between):
        return m
    return tail


def _joined_by(
    gap: str,
    m: Mention,
    prev: Mention,
    glued: bool,
    state: tuple[bool, bool],
    text: str,
    conj: frozenset[str],
    adjacent: bool,
    objects: frozenset[str],
) -> bool:
    """Whether the words between the group's last mention ``prev`` and ``m``
    join them: conjunctions and commas only, a co-actor link, a title's
    aside (``_titled_aside``) or a head noun written again
    (``repeated_head``). A bare comma does not join when it closes an
    aside the last join opened, nor, after a list closed by its
    conjunction, before a mention an object marker follows (``state``: the
    aside is open, the list is closed)."""
    aside, anded = state
    core = gap.strip(LIST_COMMAS)
    return bool(
        gap
        and not (aside and not core)
        and not (anded and not core and not glued and _marked(m, text, objects))
        and (
            gap in conj
            or all(w in conj for w in gap.split())
            or core in conj
            or (adjacent and _titled_aside(prev, gap, conj))
            or repeated_head(text, prev, gap, conj)
            or _quantified_item(core, conj)
        )
    )


def _quantified_item(core: str, conj: frozenset[str]) -> bool:
    """A conjunction and a quantity that opens the list's next item: "the
    army and several companies", "ارتش و چند شرکت", "الجيش وعدة شركات".
    The quantity counts the item's people or bodies; it ends no list, so
    both items are one side, as they are without it ("the army and the
    companies"). The quantity is a word of ``Coordinators.quantifiers``
    (``context.ITEM_QUANTIFIERS``); the conjunction may be written on it
    (Arabic "وعدة"). A number in digits is left out: counted victims ("22
    people and 5 soldiers") are read as one list by the victims' rules."""
    quantifiers: frozenset[str] = getattr(conj, "quantifiers", frozenset())
    words = core.split()
    if not quantifiers or len(words) < 1:
        return False
    if words[0] in conj:
        rest = words[1:]
    elif words[0][:1] in conj:
        rest = [words[0][1:], *words[1:]]
    else:
        return False
    return " ".join(rest) in quantifiers


def repeated_head(text: str, prev: Mention, gap: str, conj: frozenset[str]) -> bool:
    """A conjunction and the head noun written again before the next
    country adjective: "یک نفتکش اماراتی و یک نفتکش انگلیسی", "ناقلة
    إماراتية وناقلة بريطانية" — two things of two countries, coordinated as
    their names would be. The repeated words (at most ``HEAD_WORDS``, no
    digit or punctuation) are those written right before ``prev``; the
    conjunction may be written on them (Arabic "و")."""
    words = gap.split()
    if not words or words[0] in conj:
        rest = words[1:]
    elif words[0][:1] in conj:
        rest = [words[0][1:], *words[1:]]
    else:
        return False
    if (
        not rest
        or len(rest) > HEAD_WORDS
        or any(not w.replace("\u200c", "").isalpha() for w in rest)
    ):
        return False
    before = text[max(0, prev.start - 60) : prev.start].split()
    return before[-len(rest) :] == rest


def _marked(m: Mention, text: str, objects: frozenset[str]) -> bool:
    """Whether an object marker of ``objects`` is the next word after ``m``."""
    word = text[m.end : m.end + 12].split()[:1]
    return bool(word) and word[0] in objects


def _titled_aside(prev: Mention, gap: str, conj: frozenset[str]) -> bool:
    """A conjunction or co-actor link after the rest of the first actor's
    title: "the Turkish prime minister, together with the UN chief",
    "the UN secretary-general and the Japanese prime minister" — the title's
    words (at most ``TITLE_REST``, one unless its office was recognised, no
    number) belong to the first actor, not to a clause between them. Only
    where a state's adjective stands before its title, outside the mention
    (the languages whose adjacent mentions are coordinated: English); an
    Arabic or Persian mention holds its title."""
    words = gap.split()
    limit = TITLE_REST if prev.role else 1
    for k in range(1, min(limit, len(words) - 1) + 1):
        head, tail = " ".join(words[:k]), " ".join(words[k:])
        if head.endswith(","):
            head, tail = head[:-1], ", " + tail
        if any(c.isdigit() or c in ",;:" for c in head):
            return False
        core = tail.strip(LIST_COMMAS)
        if core in conj and (tail.startswith(",") or core not in LIST_COMMAS):
            return True
    return False
