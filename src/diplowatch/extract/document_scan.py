"""The one scan of a document and its actor mentions.

``scan_document`` runs the lexicon once over the normalised text;
``find_actors`` reads the actor mentions, the home country and the
dateline; ``codes_of_title`` the states of a title. Its own module because it
is the document's first step, before any sentence is read.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from operator import attrgetter

from diplowatch.event_types import having
from diplowatch.extract.accusative_adjective import adjectives_after_accusatives
from diplowatch.extract.actor_context import Context
from diplowatch.extract.actors import (
    Mention,
    add_home_mentions,
    dateline_code,
    find_mentions,
    home_code,
    home_places,
    mark_datelines,
    mark_report_places,
    phrase_stops,
)
from diplowatch.extract.apodosis import unanswered_out
from diplowatch.extract.asked_nouns import asked_only
from diplowatch.extract.commented import VERBAL_NOUN_MARK
from diplowatch.extract.counts import counted
from diplowatch.extract.deed_owner import deed_owners_only
from diplowatch.extract.divided_states import twin_states
from diplowatch.extract.document_state import DocumentActors, DocumentState
from diplowatch.extract.former_again import former_again
from diplowatch.extract.going import sent_not_envoys
from diplowatch.extract.hamza_places import hamza_places_out
from diplowatch.extract.held_persons import bare_held_persons, held_persons
from diplowatch.extract.inflicted import inflicted_out
from diplowatch.extract.lexicon import ACTOR, COUNTED, CUE, EVENT, PERSON, Lexicon
from diplowatch.extract.named_again import named_again
from diplowatch.extract.names import proper_names
from diplowatch.extract.person_names import learn_names, learn_surnames, posted_names_out
from diplowatch.extract.ring_members import ring_members
from diplowatch.extract.scan import Hit, guard_ok, resolve, scan
from diplowatch.extract.shared_head import with_shared_heads
from diplowatch.extract.surnames import family_names_out
from diplowatch.extract.this_country import this_country_owners, this_country_sides
from diplowatch.text.normalize import Normalized, normalize

# physical deeds: the infinitive of one is its noun ("کشته شدن"); that of a
# saying keeps the clause's subject ("با متهم کردن ایران": by accusing Iran)
DEEDS = having("deed")


# Sort keys and readers of hits and mentions, in C: they run for every hit.
SENTENCE_START = attrgetter("start")
_END = attrgetter("end")


def _counted_only(hits: list[Hit], ntext: str, lang: str) -> list[Hit]:
    """Actor hits without the counted nouns no number stands before
    ("سه فعال" three activists; "فعال" alone is "active")."""
    return [h for h in hits if COUNTED not in h.entry.extra or counted(ntext, h.start, lang)]


def scan_document(
    doc: DocumentState, spans: list[tuple[int, int]]
) -> tuple[dict[str, list[Hit]], list[Hit], list[Hit]]:
    """Scan the document once: its hits per layer, its actor hits (names
    learnt from the text among them) and the hits that are words of the
    lexicon (all but the nouns for people, read only next to numbers). An
    apodosis head with no condition in its sentence (``spans``) gives way
    to the modal it hid (``apodosis.unanswered_out``)."""
    text, norm, ntext, lex, ctx = doc.text, doc.norm, doc.ntext, doc.lex, doc.ctx
    # the entry's layer and affix read inline: this runs for every hit
    hits = [
        _verbal_noun(h, ntext, lex) if h.entry.affix == "verb" else h
        for h in scan(ntext, lex)
        if h.entry.layer != EVENT or guard_ok(ntext, h, lex.guard_window, lex.word_prefixes)
    ]
    hits = family_names_out(ntext, hits, ctx)  # "آقای بنت"; elsewhere an ordinary word
    hits = inflicted_out(hits, ntext, ctx)  # "تلفات … به آنان وارد شد": no entry
    hits = adjectives_after_accusatives(hits, ntext, ctx)
    layers = unanswered_out(hits, resolve(hits), ntext, spans, doc.lang)
    if ACTOR in layers:
        layers[ACTOR] = with_shared_heads(
            ntext, layers[ACTOR], lex, ctx.conjunctions, ctx.titles_follow_country
        )
    actor_hits = _counted_only(layers.get(ACTOR, []), ntext, ctx.lang)
    actor_hits = asked_only(actor_hits, ntext, ctx.lang)
    actor_hits = deed_owners_only(actor_hits, ntext, ctx)  # "غارات التحالف"
    if lex.case_sensitive:
        actor_hits = [h for h in actor_hits if _case_ok(h, text, ntext, norm, lex.case_sensitive)]
    if lex.hamza_seats:  # "بفأس" (with an axe) is no "in Fez"
        places = (lex.hamza_seats, lex.hamza_articles, lex.hamza_places)
        actor_hits = hamza_places_out(actor_hits, text, norm, places)
    # nouns for people are read only next to numbers (``counts``)
    words = [h for layer, hits in layers.items() if layer != PERSON for h in hits]
    known = frozenset(map(SENTENCE_START, words)) | frozenset(map(_END, words))
    return layers, proper_names(actor_hits, text, norm, known, ctx.names), words


def _verbal_noun(hit: Hit, ntext: str, lex: Lexicon) -> Hit:
    """A deed's verb trigger in its infinitive ("کشته شدن", the being
    killed) is a verbal noun: marked so that its sides are those its own phrase names,
    as the deed noun's ("مقتل", "the killing of"; ``commented.verbal_nouns``)."""
    if (
        hit.entry.affix != "verb"
        or hit.entry.value not in DEEDS
        or hit.prefix
        or hit.end == hit.base_end
        or ntext[hit.base_end : hit.end] not in lex.infinitive_endings
    ):
        return hit
    before = ntext[max(0, hit.start - 30) : hit.start].split()
    if before and (
        before[-1] in lex.progressive_markers or " ".join(before[-2:]) in lex.progressive_markers
    ):
        return hit  # "مشغول خارج کردن … هستند": the clause's verb, going on
    return replace(hit, entry=replace(hit.entry, extra=(*hit.entry.extra, VERBAL_NOUN_MARK)))


def find_actors(
    doc: DocumentState,
    published: str | None,
    sentence_starts: list[int],
    layers: dict[str, list[Hit]],
    actor_hits: list[Hit],
    words: list[Hit],
) -> DocumentActors:
    """Read the document's actor mentions from its scan (a title joins no
    name or country across a sentence end)."""
    ntext, ctx = doc.ntext, doc.ctx
    # Undated, a person is taken in his latest office (the years an article
    # names were tried as a guess and picked wrong offices on the dev set).
    on = date.fromisoformat(published) if published else None
    known_words = frozenset(map(SENTENCE_START, words))
    mentions = _mentions(doc, layers, actor_hits, (on, sentence_starts, known_words))
    participles = (ctx.sent_participles, ctx.participle_auxiliaries)
    mentions = sent_not_envoys(
        ntext, mentions, ctx.destination_verb_preps, ctx.destination_verbs, participles
    )
    mark_datelines(ntext, mentions)
    mark_report_places(ntext, mentions, ctx)
    places = home_places(ntext, actor_hits, ctx)
    ours = any(h.entry.kind == "ours" for h in actor_hits)
    home = home_code(mentions, ctx, ours=ours, text=ntext)
    # unplaced police or protesters act at the dateline, else (HOME_FOR_AGENTS) at home
    dateline = dateline_code(ntext, mentions) or (home if ctx.home_for_agents else "")
    mentions = add_home_mentions(ntext, mentions, actor_hits, home, phrase_stops(ctx))
    this_country_owners(ntext, mentions, ctx)
    # "تحریم‌ها علیه این کشور": a bare "this country" as a side is its antecedent
    mentions = this_country_sides(ntext, mentions, ctx)
    _movements_in_power(mentions, published)
    verbs = frozenset(
        h.start
        for h in layers.get(EVENT, [])
        if h.entry.kind == "trigger" and h.entry.affix == "verb"
    )
    mentions = _named_again(doc, mentions, words, (known_words, verbs), sentence_starts)
    for m in mentions:
        if m.name_span:  # names are reported as written, not as normalised
            m.name = _written_name(m, doc)
    # "the country" alone speaks of "our country" even where no home is named
    ours_code = home or home_code(mentions, ctx, text=ntext, ours=True)
    homes = tuple((h.start, h.end, ours_code) for h in places) if ours_code else ()
    return DocumentActors(layers, actor_hits, mentions, home, dateline, homes)


def _named_again(
    doc: DocumentState,
    mentions: list[Mention],
    words: list[Hit],
    known: tuple[frozenset[int], frozenset[int]],
    sentence_starts: list[int],
) -> list[Mention]:
    """``mentions`` with what the document names again after naming it in
    full: a name learnt from its first mention, a surname alone, a group's
    head, a person held, a former office-holder, one of two twin states.
    ``known``: the starts of the known words and of the verbs in a finite
    form (these end an object list of persons held)."""
    text, norm, ntext, ctx = doc.text, doc.norm, doc.ntext, doc.ctx
    known_words, verbs = known
    mentions = learn_names(ntext, text, norm, mentions, ctx, known_words)
    # "Bennett" alone is Naftali Bennett, "الحركة" alone the "حركة النهضة" named
    mentions = learn_surnames(ntext, text, norm, mentions, ctx, known_words)
    mentions = posted_names_out(ntext, mentions)  # "… لدى سوريا تشي تشياجين": the envoy
    mentions = named_again(ntext, mentions, ctx.lang, words)
    # "30 شخصا من عناصر الشبكة" after "عصابة مختصة في سرقة": the ring's people
    mentions = ring_members(ntext, mentions, ctx.lang)
    mentions = held_persons(ntext, mentions, ctx.lang, verbs)  # "آقای طالبی را بازداشت کرد"
    mentions = bare_held_persons(ntext, mentions, ctx.lang)  # "… آقای زم … زم را بازداشت کرد"
    former_again(mentions, sentence_starts)  # "former … Sarkozy. Sarkozy said"
    twin_states(ntext, mentions, ctx.lang)  # "الزعيم الكوري" in an article on the North
    return mentions


def _subject_verbs(triggers: list[Hit], ntext: str, ctx: Context) -> frozenset[int]:
    """Where the triggers in a verb's form begin ("أدانوا"): such a verb ends
    the phrase of an agent noun before it (``MentionScan._verb_after_agent``).
    Not one with an object pronoun glued to it ("مقاتلين تدعمهم الولايات
    المتحدة", "اللاجئون الذين استقبلتهم الأمم المتحدة"): the noun before it
    is whom it acted on, a description (subject50ar)."""
    pronouns = ctx.syntax.object_pronouns
    return frozenset(
        h.start
        for h in triggers
        if h.entry.affix == "verb"
        and not (pronouns and ntext[h.base_end : h.end].endswith(pronouns))
    )


def _mentions(
    doc: DocumentState,
    layers: dict[str, list[Hit]],
    actor_hits: list[Hit],
    where: tuple[date | None, list[int], frozenset[int]],
) -> list[Mention]:
    """The actor mentions of the scan (``where``: the date offices are read
    on, the sentence starts and the known words); the event triggers end a
    title's chain ("the president met opposition leaders")."""
    on, sentence_starts, known_words = where
    ambiguous = doc.lex.ambiguous - doc.ctx.names.by_neighbours
    triggers = [h for h in layers.get(EVENT, []) if h.entry.kind == "trigger"]
    verbs = frozenset(h.start for h in triggers)
    verb_forms = _subject_verbs(triggers, doc.ntext, doc.ctx)
    cues = layers.get(CUE, [])
    args = (ambiguous, on, sentence_starts, known_words, verbs, verb_forms)
    return find_mentions(doc.ntext, actor_hits, cues, doc.ctx, *args)


def _written_name(m: Mention, doc: DocumentState) -> str:
    """``m``'s name as the text writes it; one matched with its article
    contracted after the preposition "ل" is shown with the article
    ("للأمير محمد" names "الأمير محمد"), as a reader would cite it."""
    start, end = m.name_span or (m.start, m.end)
    article, after_lam = doc.lex.article
    if not (m.contracted and article and after_lam):
        return doc.text_of(start, end)
    return article + doc.text_of(start + len(after_lam), end)


def _movements_in_power(mentions: list[Mention], published: str | None) -> None:
    """A movement that has taken power acts as the government from that day
    on (the spec: whoever holds power is GOV)."""
    for m in mentions:
        if m.in_power and published and published >= m.in_power:
            m.agent = "GOV"


def _case_ok(hit: Hit, text: str, ntext: str, norm: Normalized, forms: dict[str, str]) -> bool:
    """Forms such as "US" must keep their case ("us" is a pronoun)."""
    form = forms.get(ntext[hit.base_start : hit.base_end])
    if form is None:
        return True
    a, b = norm.span_to_original(hit.base_start, hit.base_end)
    return text[a:b] == form


def codes_of_title(title: str, lang: str, ctx, lex) -> list[str]:
    tnorm = normalize(title)
    tn = tnorm.text
    layers = resolve(family_names_out(tn, scan(tn, lex), ctx))
    words = [h for layer, hits in layers.items() if layer != PERSON for h in hits]
    known = frozenset(x for h in words for x in (h.start, h.end))
    hits = proper_names(layers.get(ACTOR, []), title, tnorm, known, ctx.names)
    ambiguous = lex.ambiguous - ctx.names.by_neighbours
    ms = find_mentions(tn, hits, layers.get(CUE, []), ctx, ambiguous)
    return [m.code for m in ms if not m.location_only]
