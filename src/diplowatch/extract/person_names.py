"""Persons the document names, found again where it names them shortly.

News writes a person in full once — after a title and a country ("the
Korean president Lee Jae-myung"), or as an office holder the lexicon knows
("Naftali Bennett") — and then by the name or the surname alone ("Lee
Jae-myung said", "Bennett thanked …"). These steps learn those names for
the document and add a person mention, with the first mention's country,
role and agent, for each later occurrence. They run after the document's
mentions are read (``actors.find_mentions``) and before participants are
chosen.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import replace

import ahocorasick

from diplowatch.extract.actors import PERSONAL_ROLES, Context, Mention, previous_word
from diplowatch.extract.mention_lists import after_honorific
from diplowatch.text.normalize import Normalized
from diplowatch.text.punctuation import COMMAS

_TOKEN = re.compile(r"[^\W\d_][\w'-]*")
_COMMAS = frozenset(COMMAS)
# where an envoy is posted: what his name is written after (``_past_posting``)
_POSTS = frozenset({"state", "capital", "igo"})
# the quotes and spaces that may stand around a name set off by commas
_QUOTES = " \"'«»“”"
# the roles of one person a group's title gives: its leader, official or
# spokesman (no collective body: "government"). Not its member of parliament
# ("النائب عن حركة …"): tried, the MP named again became a side of the
# meetings and attacks he tells of (4 of 12 changed documents worse)
_GROUP_PERSON_ROLES = frozenset(PERSONAL_ROLES | {"official"})


def learn_names(
    ntext: str,
    text: str,
    norm: Normalized,
    mentions: list[Mention],
    ctx: Context,
    word_starts: frozenset[int] = frozenset(),
) -> list[Mention]:
    """Names written right after "title + country" are learnt for the
    document, so later bare mentions of the person count as that state.

    "استقبل الرئيس الكوري لي جاي ميونغ … وقال لي جاي ميونغ" → both KOR. A
    name runs for at most three words and stops at punctuation or a
    function word (``context.NAME_STOPWORDS``) or a lexicon word; English names must be
    capitalised in the original text.
    """
    if not ctx.name_min_tokens:
        return mentions
    learnt: dict[str, Mention] = {}
    posts = {m.start: m for m in mentions if m.kind in _POSTS}
    for m in mentions:
        if m.role not in PERSONAL_ROLES or m.kind not in ("state_adj", "state") or m.name:
            continue
        end, set_off = (
            _past_posting(ntext, m, posts, ctx) if m.role == "ambassador" else (m.end, False)
        )
        tokens = _apposed_name(ntext, text, norm, end, ctx, word_starts, set_off)
        if len(tokens) < ctx.name_min_tokens:
            continue
        if _former_skipped(ntext, end, tokens[0][0], ctx):
            m.former, m.agent = True, None  # "السفير الروسي في إسرائيل السابق …"
        name = ntext[tokens[0][0] : tokens[-1][1]]
        a, b = norm.span_to_original(tokens[0][0], tokens[-1][1])
        m.name = text[a:b]
        learnt.setdefault(name, _person_of(m))
    if ctx.group_title_names:
        mentions = _group_holders(ntext, text, norm, mentions, ctx, word_starts)
    if not learnt:
        return mentions
    added = _learnt_mentions(ntext, learnt, mentions, ctx)
    return sorted(mentions + added, key=lambda m: m.start)


def posted_names_out(ntext: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` without an envoy's name written right past his posting
    ("السفير الصيني لدى سوريا تشي تشياجين"): that writing is the envoy, whom
    his title's mention already is; as a mention of its own after the host
    it read as a second side, and the host's event went (mendG111). Run
    after ``learn_surnames``, which learns his surname from that writing.
    At most one word (the link; a "former" word) stands on each side of the
    host; later writings of the name stay."""
    out = mentions[:2]
    for title, post, m in zip(mentions, mentions[1:], mentions[2:], strict=False):
        if not _posted_name(ntext, title, post, m):
            out.append(m)
    return out


def _posted_name(ntext: str, title: Mention, post: Mention, m: Mention) -> bool:
    """Whether ``m`` is the name of the envoy ``title`` written past his
    posting ``post``, with at most one word on each side of ``post``."""
    if m.kind != "person" or title.kind == "person" or post.kind not in _POSTS:
        return False
    if title.role != "ambassador" or not m.name or (m.name, m.code) != (title.name, title.code):
        return False
    link = _TOKEN.findall(ntext, title.end, post.start)
    return len(link) <= 1 and len(_TOKEN.findall(ntext, post.end, m.start)) <= 1


def _group_holders(
    ntext: str,
    text: str,
    norm: Normalized,
    mentions: list[Mention],
    ctx: Context,
    word_starts: frozenset[int],
) -> list[Mention]:
    """``mentions`` and each later mention of a group's office holder named
    in full right after his title and group ("زعيم تيار المحبة الهاشمي
    الحامدي", "النائب عن حركة النهضة …"), by his full name or his surname
    alone ("وطالب الحامدي"): read alone that surname was a civilian or no
    one. The first writing is the group's own mention (a person there too
    made the holder a side of his own deeds). The surname counts only where
    no lexicon word starts (``word_starts``), is no given name and no other
    holder's too (``_holder_names``)."""
    learnt, first, surnames = _holder_names(ntext, text, norm, mentions, ctx, word_starts)
    if not learnt:
        return mentions
    added = [
        replace(m, name_span=(m.start, m.end))
        for m in _learnt_mentions(ntext, learnt, mentions, ctx)
        if not any(a <= m.start < b for a, b in first)
        and not (ntext[m.start : m.end] in surnames and m.start in word_starts)
        and _capitalised(text, norm, m.start)
    ]
    return sorted(mentions + added, key=lambda m: m.start) if added else mentions


def _holder_names(
    ntext: str,
    text: str,
    norm: Normalized,
    mentions: list[Mention],
    ctx: Context,
    word_starts: frozenset[int],
) -> tuple[dict[str, Mention], list[tuple[int, int]], set[str]]:
    """The full names and surnames of the holders of a group's office
    (``_group_holders``), the spans where each is first written, and which
    keys are surnames. A surname two holders share is no one's."""
    learnt: dict[str, Mention] = {}
    first: list[tuple[int, int]] = []
    clash: set[str] = set()
    for m in mentions:
        if m.kind != "group" or m.role not in _GROUP_PERSON_ROLES:
            continue
        tokens = _name_tokens(ntext, text, norm, _past_comma(ntext, m.end), ctx, word_starts)
        if len(tokens) < ctx.name_min_tokens:
            continue
        a, b = norm.span_to_original(tokens[0][0], tokens[-1][1])
        person = replace(_person_of(m), name=text[a:b])
        first.append((tokens[0][0], tokens[-1][1]))
        learnt.setdefault(ntext[tokens[0][0] : tokens[-1][1]], person)
        last = ntext[tokens[-1][0] : tokens[-1][1]]
        if len(last) < 3 or last in ctx.name_stopwords or last in ctx.given_names:
            continue
        if _who(learnt.setdefault(last, person)) != _who(person):
            clash.add(last)
    surnames = {key for key in learnt if " " not in key} - clash
    return {k: v for k, v in learnt.items() if k not in clash}, first, surnames


def _past_posting(
    ntext: str, m: Mention, posts: dict[int, Mention], ctx: Context
) -> tuple[int, bool]:
    """Where an envoy's name may begin after his title ``m``: past the
    place he is posted to ("السفير الصيني لدى سوريا تشي تشياجين", "السفير
    الألماني بتونس، أندرياس رينيك،"), and whether that name must be set off
    by commas. The place is a state, capital or body behind a link
    (``context.ENVOY_POST_LINKS``), or with a clitic glued to it
    (``ENVOY_POST_CLITICS``), which a verb's object takes too ("ندد السفير
    الفلسطيني بإسرائيل وممارساتها"): only a name closed by its comma follows
    that one. A state right after the title with neither is the object of a
    verb written first ("دعا السفير الإيراني السعودية لوقف التصعيد"), no
    posting. ``(m.end, False)`` where no posting follows."""
    gap = len(ntext[m.end : m.end + 2]) - len(ntext[m.end : m.end + 2].lstrip())
    at = m.end + gap
    # mendG111: the link read as whole words, of any length (a fixed window
    # of four characters silently dropped a longer one)
    links = sorted(ctx.envoy_post_links, key=len, reverse=True)
    link = next((k for k in links if ntext.startswith(k + " ", at)), None)
    if link is not None:
        post = posts.get(at + len(link) + 1)
        return (post.end, False) if post is not None else (m.end, False)
    post = posts.get(at)
    if post is not None and post.prefix in ctx.envoy_post_clitics:
        return post.end, True
    return m.end, False


def _former_skipped(ntext: str, end: int, start: int, ctx: Context) -> bool:
    """Whether a "former" word stands between a title (or its posting)
    ending at ``end`` and the name at ``start`` (``_name_tokens`` skips it):
    "السفير الروسي في إسرائيل السابق ألكسندر شين" is out of office."""
    return any(tok.group() in ctx.former_after for tok in _TOKEN.finditer(ntext, end, start))


def _apposed_name(
    ntext: str,
    text: str,
    norm: Normalized,
    end: int,
    ctx: Context,
    word_starts: frozenset[int],
    set_off: bool = False,
) -> list[tuple[int, int]]:
    """The name words written right after a title ending at ``end`` (unless
    it must be ``set_off``), or, where none is, set off by commas after it
    ("وزير خارجية النرويج، بورج براند، قال"), as Arabic news writes a name in
    apposition to its title. Set off, the name must be closed by its second
    comma (quotes around it allowed): a clause after a title's comma ("رئيس
    وزراء بريطانيا، أريد العمل", "ونظيرتها التونسية، تهدف بالإضافة إلى")
    runs on to no comma; and it must look like a name (``_name_like``): an
    aside of time or manner ("، الأربعاء الماضي،", "، مرة أخرى،") is none."""
    tokens = [] if set_off else _name_tokens(ntext, text, norm, end, ctx, word_starts)
    if tokens or not ctx.apposed_title_names:
        return tokens
    past = _past_comma(ntext, end)
    if past == end:
        return []
    start = past + len(ntext[past : past + 3]) - len(ntext[past : past + 3].lstrip(_QUOTES))
    tokens = _name_tokens(ntext, text, norm, start, ctx, word_starts)
    closing = ntext[tokens[-1][1] : tokens[-1][1] + 3].lstrip(_QUOTES) if tokens else ""
    if closing[:1] not in _COMMAS or not _name_like(tokens, ntext, text, norm, ctx):
        return []
    return tokens


def _name_like(
    tokens: list[tuple[int, int]], ntext: str, text: str, norm: Normalized, ctx: Context
) -> bool:
    """Whether words set off by commas after a title look like a name: none
    is an ordinary word (``context.APPOSED_NAME_STOPWORDS``, also behind a
    glued clitic: "، وبلهجة حازمة،") and none carries the article ("،
    الأربعاء الماضي،", "، ضيف المنتدى،", "، المنتهية ولايته،"), read in the
    original text, where "ألكسندر" keeps its hamza and the family word
    "آل" its madda, unless a known given name opens it ("، وليد المعلم،")
    or a name's opener stands before it ("، عبد السلام عمر،",
    ``context.NAME_ARTICLE_OPENERS``, ``PATRONYMIC_WORDS``)."""
    for a, b in tokens:
        word = ntext[a:b]
        bare = {word} | {word[n:] for n in (1, 2) if set(word[:n]) <= ctx.name_clitics}
        if bare & ctx.apposed_name_stopwords:
            return False
    first = ntext[tokens[0][0] : tokens[0][1]]
    if first in ctx.given_names:
        return True
    openers = ctx.name_article_openers | ctx.patronymics
    for i, (a, b) in enumerate(tokens):
        start, _ = norm.span_to_original(a, b)
        after_opener = i > 0 and ntext[tokens[i - 1][0] : tokens[i - 1][1]] in openers
        if not after_opener and text[start : start + 4].startswith(ctx.definite_starts):
            return False
    return True


def _past_comma(ntext: str, end: int) -> int:
    """Where a name in apposition after ``end`` may begin: past one comma
    ("زعيم تيار المحبة، الهاشمي الحامدي،"), as Arabic news sets it off."""
    rest = ntext[end : end + 3]
    stripped = rest.lstrip()
    if stripped[:1] in ("،", ","):
        return end + len(rest) - len(stripped) + 1
    return end


def _capitalised(text: str, norm: Normalized, start: int) -> bool:
    """Whether the word at ``start`` is written capitalised, or in a script with no case."""
    a, _ = norm.span_to_original(start, start + 1)
    return not (text[a].isascii() and text[a].isalpha()) or text[a].isupper()


def _person_of(m: Mention) -> Mention:
    """The person whose name was learnt after ``m``'s title, with its
    country, role, agent and whether it is a former holder: what a later
    bare mention of the name takes (``_learnt_mentions`` places it)."""
    return Mention(
        0, 0, m.code, "person", True, role=m.role, name=m.name, agent=m.agent, former=m.former
    )


def learn_surnames(
    ntext: str,
    text: str,
    norm: Normalized,
    mentions: list[Mention],
    ctx: Context,
    word_starts: frozenset[int] = frozenset(),
) -> list[Mention]:
    """``mentions`` and each later bare surname of a person the document
    names in full: news writes "Naftali Bennett" once and "Bennett" after.
    A surname that is a lexicon word where it stands (``word_starts``) or,
    in a cased script, is written in lower case, is that word, not the person."""
    surnames = _surnames(ntext, mentions, ctx)
    family = _family_names(ntext, mentions, ctx)
    surnames.update({k: v for k, v in family.items() if k not in surnames})
    if not surnames:
        return mentions

    found = [
        replace(
            surnames[ntext[m.start : m.end]], start=m.start, end=m.end, name_span=(m.start, m.end)
        )
        for m in _learnt_mentions(ntext, surnames, mentions, ctx)
        if m.start not in word_starts
        and _capitalised(text, norm, m.start)
        and (ntext[m.start : m.end] not in family or after_honorific(ntext, m.start, ctx))
    ]
    return sorted(mentions + found, key=lambda m: m.start) if found else mentions


def _surnames(ntext: str, mentions: list[Mention], ctx: Context) -> dict[str, Mention]:
    """The last word of each person's full name in the document ("Naftali
    Bennett" → "Bennett", "عبد الفتاح السيسي" → "السيسي"), so that the
    surname alone, as news writes a person after the first mention, is that
    person too. A surname two persons of the document share is no one's; one
    written with an article ("al-Sisi") is also taken without it. The name is
    read from its own span: a mention may span a title in apposition after
    it ("نفتالی بنت، نخست‌وزیر اسرائیل", ``mention_scan._completes_title``)."""
    full: list[tuple[str, Mention]] = []
    for m in mentions:
        if m.kind == "person" and m.role in PERSONAL_ROLES:
            proto = replace(m, start=0, end=0, name_span=None)
            start, end = m.name_span or (m.start, m.end)
            full.append((ntext[start:end], proto))
    names = {name for name, _ in full}
    out: dict[str, Mention] = {}
    clash: set[str] = set()
    for name, proto in full:
        words = _TOKEN.findall(name)
        if len(words) < 2:
            continue
        last = words[-1]
        forms = {last} | {
            last[len(a) :] for a in ctx.names.articles if a.endswith("-") and last.startswith(a)
        }
        for form in forms:
            if len(form) < 3 or form in ctx.name_stopwords or form in names:
                continue
            seen = out.get(form)
            if seen is not None and _who(seen) != _who(proto):
                clash.add(form)
            out.setdefault(form, proto)
    return {k: v for k, v in out.items() if k not in clash}


def _family_names(ntext: str, mentions: list[Mention], ctx: Context) -> dict[str, Mention]:
    """The first word of the full name of each person of a state that writes
    the family name first (``context.FAMILY_FIRST_CODES``: "شی جین‌پینگ",
    "وانگ یی", "یون سوک یول"): news names him again by it, after an
    honorific ("آقای شی", "السيد وانغ"). Such a word is often an ordinary
    one ("شی", "یون"), so ``learn_surnames`` takes it only after an
    honorific (``mention_lists.after_honorific``). A word two persons share is no one's."""
    out: dict[str, Mention] = {}
    clash: set[str] = set()
    for m in mentions:
        if m.kind != "person" or m.role not in PERSONAL_ROLES or m.code not in ctx.family_first:
            continue
        start, end = m.name_span or (m.start, m.end)
        words = _TOKEN.findall(ntext[start:end])
        if len(words) < 2 or len(words[0]) < 2 or words[0] in ctx.name_stopwords:
            continue
        proto = replace(m, start=0, end=0, name_span=None)
        seen = out.setdefault(words[0], proto)
        if _who(seen) != _who(proto):
            clash.add(words[0])
    return {k: v for k, v in out.items() if k not in clash}


def _who(m: Mention) -> tuple[str | None, ...]:
    return (m.code, m.role, m.name_latin or m.name)


def _name_tokens(
    ntext: str,
    text: str,
    norm: Normalized,
    end: int,
    ctx: Context,
    word_starts: frozenset[int],
) -> list[tuple[int, int]]:
    """Spans of the (at most three) name words written right after ``end``;
    a "former" or "elect" word between title and name ("الرئيس الجزائري
    المنتخب عبد المجيد تبون", ``context.FORMER_AFTER_WORDS``,
    ``ELECT_AFTER_WORDS``) is skipped."""
    tokens: list[tuple[int, int]] = []
    pos = end
    for tok in _TOKEN.finditer(ntext, end, min(len(ntext), end + 60)):
        word = tok.group()  # each set asked on its own: no union built per token
        skipped = not tokens and (word in ctx.former_after or word in ctx.elect_after)
        if skipped and not ntext[pos : tok.start()].strip():
            pos = tok.end()
            continue
        if (
            ntext[pos : tok.start()].strip()
            or tok.group() in ctx.name_stopwords
            or tok.start() in word_starts  # a known word: title, country, trigger…
        ):
            break
        a, _ = norm.span_to_original(tok.start(), tok.end())
        if text[a].isalpha() and text[a].isascii() and not text[a].isupper():
            break
        if not tokens and tok.group().startswith(ctx.name_bad_starts):
            break  # "ولي العهد السعودي بالعلاقات": a preposition and article, no name
        tokens.append((tok.start(), tok.end()))
        pos = tok.end()
        if len(tokens) == 3:
            break
    return tokens


def _overlap_test(mentions: list[Mention]) -> Callable[[int, int], bool]:
    """Whether a span overlaps a mention, by bisecting the sorted mention spans.

    One Aho-Corasick pass finds every learnt name, and this test keeps a
    one-line document with thousands of names and mentions O(n log n) (a
    find() per name and a scan of all mentions per occurrence made it
    quadratic).
    """
    taken = sorted((m.start, m.end) for m in mentions)
    starts = [s for s, _ in taken]
    reach: list[int] = []  # reach[i]: largest end among taken[: i + 1]
    for _, e in taken:
        reach.append(max(e, reach[-1]) if reach else e)

    def overlaps(start: int, end: int) -> bool:
        i = bisect_left(starts, end)  # spans beginning before ``end``
        return i > 0 and reach[i - 1] > start

    return overlaps


def _learnt_mentions(
    ntext: str, learnt: dict[str, Mention], mentions: list[Mention], ctx: Context
) -> list[Mention]:
    """Person mentions for each whole-word occurrence of a learnt name outside other mentions."""
    overlaps = _overlap_test(mentions)
    names = list(learnt)
    finder = ahocorasick.Automaton()
    for index, name in enumerate(names):
        finder.add_word(name, index)
    finder.make_automaton()
    found: list[list[Mention]] = [[] for _ in names]
    resume = [0] * len(names)  # like str.find: occurrences of one name never overlap
    for last, index in finder.iter(ntext):
        name = names[index]
        end = last + 1
        start = end - len(name)
        if start < resume[index]:
            continue
        resume[index] = end
        before_ok = (
            start == 0 or not ntext[start - 1].isalnum() or ntext[start - 1] in ctx.name_clitics
        )
        after_ok = end == len(ntext) or not ntext[end].isalnum()
        # "متعب بن عبدالله بن عبدالعزيز": after "son of" a name is the father's
        father = previous_word(ntext, start) in ctx.patronymics
        if before_ok and after_ok and not father and not overlaps(start, end):
            # a copy of the first mention's person, "former" included: a
            # former president named again by surname is still out of office
            found[index].append(replace(learnt[name], start=start, end=end))
    return [m for per_name in found for m in per_name]
