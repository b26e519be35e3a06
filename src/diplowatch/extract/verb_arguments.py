"""Which mentions a verb's arguments are: its subject, its object, a relative's head.

``verb_arguments`` and the relative-clause readers (``object_relative``,
``relative_subject``, ``relative_head_acts``) find a verb's subject and object
by word order around the trigger. They read only the sentence's text, its
mentions and the language's syntax words, not the document's facts that
``participants.fill_codes`` gathers, so they stand apart from the filling of
codes (moved out of ``participants``, whose size hid them).
"""

from __future__ import annotations

from diplowatch.event_types import having
from diplowatch.extract.actors import Mention
from diplowatch.extract.scan import Hit
from diplowatch.extract.syntax import Syntax
from diplowatch.text.punctuation import COMMAS

ADDRESSEE_FIRST = having("addressee_first")
REFUSALS = having("refusal")


def verb_arguments(
    people: list[Mention],
    trigger: Hit,
    triggers: list[Hit],
    text: str,
    syntax: Syntax,
    conj: frozenset[str] = frozenset(),
) -> list[Mention]:
    """In a language where objects follow their verb (English), a directed
    event's target is named before the next verb ("appealed to its allies
    and thanked Germany": Germany is thanked, not appealed to), and a verb
    after a relative pronoun has the mention before the pronoun as its
    subject ("protesters who marched"). The caller keeps ``people`` when
    this leaves too few."""
    if trigger.entry.affix != "verb":
        return people  # "air strikes killed 20 people": a noun's event goes on in its verb
    # 1. objects end before the next verb or an infinitive's clause
    later = [
        t.start
        for t in triggers
        if t.start > trigger.end
        and t.entry.affix == "verb"
        and t.entry.value != trigger.entry.value  # the same event told again
    ]
    limit = min(later) if later else len(text)
    if later and conj:
        # "Iran attacked the tanker, and the US and Britain condemned it":
        # the next verb's own subject is no object of this one
        limit = _next_subject(people, trigger.end, limit, text, syntax, conj)
    if trigger.entry.value in ADDRESSEE_FIRST:
        limit = _infinitive_at(people, _refused_deed(trigger, text, syntax), limit, text, syntax)
    # 2. the subject: the verb's own, the list before it or the relative's head
    before = _subject_before(people, trigger, triggers, text, syntax, conj)
    after = [m for m in people if trigger.end <= m.start < limit]
    pair = [m for m in people if m.kind == "pair"]
    read = sorted(before + after + pair, key=lambda m: m.start)
    inverted = object_relative(read, trigger, text, syntax, bool(after))
    if inverted is None:
        return read
    return [inverted[0], inverted[1]] + [m for m in read if m not in inverted]


def object_relative(
    people: list[Mention], trigger: Hit, text: str, syntax: Syntax, has_object: bool
) -> tuple[Mention, Mention] | None:
    """(subject, head) of a relative clause whose head is the verb's object
    (prec38ar): "the journalists whom Syrian soldiers detained" — the
    soldiers detained, the journalists were detained, though the head is
    named first. The subject stands between the pronoun and the verb (one
    auxiliary at most between it and the verb). "that" is also a
    complementizer ("warned Israel that Hamas attacked the town"), so after
    it the verb must have no object of its own."""
    inner = [m for m in people if m.end <= trigger.start]
    if not inner or len(text[inner[-1].end : trigger.start].split()) > 1:
        return None
    subject = inner[-1]
    lead = text[max(0, subject.start - 40) : subject.start].split()
    while lead and lead[-1] in syntax.determiners:
        lead.pop()
    if not lead or lead[-1] not in syntax.relatives or (lead[-1] == "that" and has_object):
        return None
    rel = text.rfind(lead[-1], 0, subject.start)
    head = [m for m in inner if m.end <= rel and text[m.end : rel].strip() in ("", ",")]
    return (subject, head[-1]) if head else None


def relative_subject(
    people: list[Mention], trigger: Hit, triggers: list[Hit], text: str, syntax: Syntax
) -> list[Mention]:
    """Where the verb comes before its subject (Arabic), a verb right after
    a relative pronoun has the mention before the pronoun as its subject,
    and its objects after it: "اعتقل الجيش المسلحين الذين هاجموا دورية" —
    the gunmen attacked, the army that arrested them is no side of it (as
    ``verb_arguments`` reads "the gunmen who attacked"). A head that is a
    deed's noun ("الهجوم الذي استهدف") names no doer: left as it was.
    mend106 (review105a F6): a noun's bound stem with an object pronoun
    right after the pronoun is this verb read as that noun (``_bound_verb``)."""
    if trigger.prefix or not (trigger.entry.affix == "verb" or _bound_verb(trigger, text, syntax)):
        return people
    words = text[max(0, trigger.start - 40) : trigger.start].split()
    if not words or words[-1] not in syntax.relatives:
        return people
    rel = text.rfind(words[-1], 0, trigger.start)
    # mend106: the head may stand before an Arabic comma ("الأمم المتحدة، الذي")
    head = [m for m in people if m.end <= rel and text[m.end : rel].strip(" " + COMMAS) == ""]
    if not head or any(t.start < head[-1].end and head[-1].start < t.end for t in triggers):
        return people  # "الهجوم الذي استهدف …": a deed's noun is told again, no doer
    after = [m for m in people if m.start >= trigger.end]
    if _object_glued(trigger, text, syntax) and after:
        # "الصحفيين الذين اعتقلتهم الشرطة": the head is the object, the doer follows
        return after + head[-1:]
    return head[-1:] + after


# Words (a time word) that may stand between a verb after a relative
# pronoun and its object ("الذي دعا أمس الحكومة"); "قتلوا في التفجير
# الانتحاري" has a preposition and a noun there: no object.
_OBJECT_GAP = 1


def relative_head_acts(trigger: Hit, people: list[Mention], text: str, syntax: Syntax) -> bool:
    """Whether a verb right after a relative pronoun has a named head that
    did it (prec38ar): "وزير الخارجية الإيراني الذي دعا أمس الحكومة
    العراقية إلى …" — the minister asked, though another group follows the
    verb at once; not where the verb carries its object ("الذين اعتقلتهم"),
    nor where no object follows it closely: the unvowelled verb may then be
    a passive ("الحراس الذين قتلوا في التفجير", the guards who were killed)."""
    if trigger.entry.affix != "verb" or trigger.prefix or _object_glued(trigger, text, syntax):
        return False
    words = text[max(0, trigger.start - 40) : trigger.start].split()
    if not words or words[-1] not in syntax.relatives:
        return False
    rel = text.rfind(words[-1], 0, trigger.start)
    close = any(
        m.start >= trigger.end and len(text[trigger.end : m.start].split()) <= _OBJECT_GAP
        for m in people
    )
    return close and any(m.end <= rel and text[m.end : rel].strip() in ("", ",") for m in people)


def _object_glued(trigger: Hit, text: str, syntax: Syntax) -> bool:
    """Whether the verb carries its object as a glued pronoun (prec38ar):
    "اعتقلتهم" (arrested them) points back to its relative clause's head,
    so the head is whom the deed was done to. A bound stem's hit is its
    whole word (``scan``): its ending is read from the word."""
    tail = text[trigger.start if trigger.entry.bound else trigger.base_end : trigger.end]
    return bool(syntax.object_pronouns) and tail.endswith(syntax.object_pronouns)


def _bound_verb(trigger: Hit, text: str, syntax: Syntax) -> bool:
    """mend106 (review105a F6): whether a noun's bound stem with an object
    pronoun on it ("ادانته" read as "إدانته", its condemnation) stands
    right after a relative pronoun, where Arabic writes a verb: it is the
    verb with the feminine "ت" and its object ("الذي أدانته السعودية",
    which Saudi Arabia condemned); the unvowelled words are one."""
    if not trigger.entry.bound or not _object_glued(trigger, text, syntax):
        return False
    words = text[max(0, trigger.start - 40) : trigger.start].split()
    return bool(words) and words[-1] in syntax.relatives


def _refused_deed(trigger: Hit, text: str, syntax: Syntax) -> int:
    """Where the addressee of a refusal may start: a refusal's own
    infinitive right after its verb is the deed refused, and whom that deed
    is done to is whom the refusal is aimed at ("refused to meet the Turkish
    president", "refused to apologize to Turkey"), as Arabic "رفض لقاء" and
    Persian "از دیدار با … خودداری کرد" read; any other verb's infinitive
    still opens the content after the addressee ("urged Manila to stop")."""
    after = text[trigger.end : trigger.end + 12].split()[:1]
    if trigger.entry.value in REFUSALS and after and after[0] in syntax.infinitive:
        return text.find(after[0], trigger.end) + len(after[0])
    return trigger.end


def _infinitive_at(people: list[Mention], start: int, limit: int, text: str, syntax: Syntax) -> int:
    """Where the first infinitive after the verb opens its clause, else
    ``limit``: "urged Manila to stop", "rejected any attempt to displace
    Palestinians": the addressee comes before what is asked or refused (a
    threat or a pledge names its target inside: "threatened to attack X",
    "pledged $1bn to help Ukraine"). "to" before a mention or a determiner
    is a preposition ("to Ukraine", "to the border"), no infinitive."""
    infinitive = next(iter(syntax.infinitive), "")
    if not infinitive:
        return limit
    starts = {m.start for m in people}
    to = text.find(f" {infinitive} ", start, limit)
    while to >= 0:
        nxt = to + len(infinitive) + 2
        word = text[nxt : nxt + 12].split()[:1]
        if nxt not in starts and word and word[0] not in syntax.determiners:
            return to
        to = text.find(f" {infinitive} ", nxt, limit)
    return limit


def _own_subject(
    before: list[Mention],
    gap_span: tuple[int, int],
    text: str,
    conj: frozenset[str],
    syntax: Syntax,
) -> list[Mention]:
    """The mentions of ``before`` after the last comma or subject
    conjunction in ``gap_span`` (from the last earlier verb's end to the
    trigger): a candidate subject of the trigger's own ("…, and Qatar called
    on"), widened to the whole of a list the cut fell inside; none if the
    gap holds no such cut."""
    lo, hi = gap_span
    gap = text[lo:hi]
    cut = max([gap.rfind(", ")] + [gap.rfind(f" {w} ") for w in syntax.subject_conjunctions])
    own = [m for m in before if m.start >= lo + cut] if cut >= 0 else []
    if own and conj:
        # "…, and Saudi Arabia, the UAE and Egypt cut ties": the cut fell
        # inside the list; the subject is the whole of it
        first = _list_start(own[-1], before, text, conj, syntax.subject_conjunctions)
        own = [m for m in before if m.start >= first]
    return own


def _subject_before(
    people: list[Mention],
    trigger: Hit,
    triggers: list[Hit],
    text: str,
    syntax: Syntax,
    conj: frozenset[str],
) -> list[Mention]:
    """The mentions before the verb ``verb_arguments`` keeps as its subject."""
    # a mention inside the trigger ("striking oil workers") is its subject;
    # a subject named after an earlier verb is this verb's own ("China offered
    # to mediate, and Qatar called on both sides"), else the shared one
    before = [m for m in people if m.start < trigger.end and m.kind != "pair"]
    earlier = [t.end for t in triggers if t.end <= trigger.start and t.entry.affix == "verb"]
    participle = text[trigger.base_start : trigger.end].endswith(syntax.gerund_endings) and (
        text[max(0, trigger.start - 40) : trigger.start].rstrip().endswith(",")
    )  # ", killing 10 soldiers": the main clause's subject
    # a new subject follows a conjunction and stands right before its verb
    # ("…, and Qatar called on"); "arrested 50 protesters and charged them"
    # shares its subject
    own = _own_subject(before, (max(earlier), trigger.start), text, conj, syntax) if earlier else []
    new_subject = bool(own) and not set(
        text[own[-1].end : trigger.start].replace(",", " , ").split()
    ) & ({","} | syntax.subject_conjunctions)
    before = own if new_subject and not participle else before
    word = text[max(0, trigger.start - 40) : trigger.start].split()[-1:] or [""]
    if word[0] in syntax.relatives:
        rel = text.rfind(word[0], 0, trigger.start)
        subject = [m for m in before if text[m.end : rel].strip() in ("", ",")]
        before = subject[-1:] or before
    return before


def _list_start(
    m: Mention, mentions: list[Mention], text: str, conj: frozenset[str], ands: frozenset[str]
) -> int:
    """Where the coordinated list that ends in ``m`` starts: back through
    the joins of ``conj``, crossing at most one that holds a conjunction of
    ``ands`` — a list has one "and", before its last item, so an earlier one
    joins two clauses ("invaded Ukraine, and Poland, Lithuania and Latvia")."""
    start, seen_and = m.start, False
    for x in reversed([x for x in mentions if x.end <= m.start]):
        gap = text[x.end : start].strip()
        words = gap.replace(",", " , ").split()
        if not gap or not (gap in conj or all(w in conj for w in words)):
            break
        if set(words) & ands:
            if seen_and:
                break
            seen_and = True
        start = x.start
    return start


def _next_subject(
    people: list[Mention],
    end: int,
    limit: int,
    text: str,
    syntax: Syntax,
    conj: frozenset[str],
) -> int:
    """Where the objects of a verb ending at ``end`` stop before the next verb
    (at ``limit``): at the start of that verb's own subject, a coordinated
    group right before it that a comma or a subject conjunction opens
    ("attacked the tanker, and the US, Britain and Israel condemned")."""
    between = [m for m in people if end <= m.start < limit and m.kind != "pair"]
    if not between:
        return limit
    gap = text[between[-1].end : limit].replace(",", " , ").split()
    if len(gap) > 2 or set(gap) & ({","} | syntax.subject_conjunctions | syntax.relatives):
        return limit
    first = _list_start(between[-1], between, text, conj, syntax.subject_conjunctions)
    lead = text[end:first].replace(",", " , ").split()
    while lead and lead[-1] in syntax.determiners:
        lead.pop()
    if len(lead) > 1 and (lead[-1] == "," or lead[-1] in syntax.subject_conjunctions):
        return first
    return limit
