"""Search words as a reader means them: clitic and ending variants, original snippets.

Arabic writes conjunctions, prepositions and the article onto the word
("العقوبات", "بالعقوبات", "وعقوبات"), and both Arabic and Persian attach
endings (plurals, possessives, "ها"/"هاي"). The index holds words as they
stand, so "عقوبات" alone would miss "العقوبات". A query word in Arabic
script is therefore widened to the forms that share its stem, built from
the same affix data the extractor matches with (``lang/<code>/affixes.py``,
``AFFIXES["noun"]``): prefixes are stripped to find the stem (keeping at
least ``MIN_STEM`` letters), then every prefix × ending is put back. The
forms are exact words, so a stem never matches an unrelated longer word
the way a prefix search would.

Snippets are cut from the article's own text (not the normalised index
text, whose folded letters read as misspellings), with the words that
matched marked.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from functools import cache

from diplowatch.lang import languages, load
from diplowatch.text.normalize import normalize

MIN_STEM = 3
#: Forms one query word may widen to (the FTS query stays cheap).
MAX_FORMS = 600
#: Words of a query that are widened; the rest are matched as written.
MAX_WIDENED = 4
#: Characters of an article read to cut a snippet.
SNIPPET_SCAN = 200_000
SNIPPET_WORDS = 16

_ARABIC_SCRIPT = re.compile(r"[\u0600-\u06ff]")
_WORD = re.compile(r"[^\W_]+")


@cache
def _affixes() -> tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]:
    """(prefixes, endings) of nouns, per language whose data is in Arabic script."""
    out = []
    for lang in languages():
        data = load(lang, "affixes")
        noun = getattr(data, "AFFIXES", {}).get("noun") if data is not None else None
        if noun and any(_ARABIC_SCRIPT.search(a) for part in noun for a in part):
            prefixes = tuple(sorted({p for p in noun[0] if " " not in p}, key=len, reverse=True))
            endings = tuple(sorted({s for s in noun[1] if " " not in s}, key=len, reverse=True))
            out.append((prefixes, endings))
    return tuple(out)


def _stems(word: str, prefixes: tuple[str, ...], endings: tuple[str, ...]) -> list[str]:
    """Bases of ``word``: its prefixes stripped, then its longest ending."""
    bases: list[str] = []
    for stem in [word] + [
        word[len(p) :]
        for p in prefixes
        if p and word.startswith(p) and len(word) - len(p) >= MIN_STEM
    ]:
        ending = next(
            (e for e in endings if e and stem.endswith(e) and len(stem) - len(e) >= MIN_STEM), ""
        )
        base = stem[: len(stem) - len(ending)]
        bases.append(base)
        if base.endswith("\u0647") and len(base) > MIN_STEM:
            bases.append(base[:-1])  # ة/ه before an ending: عقوبة → عقوبتها, عقوبات
    return list(dict.fromkeys(bases))


@cache
def _detached() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(prefixes, endings) some language writes joined or apart (``AFFIXES``' ``DETACHED``)."""
    prefixes: set[str] = set()
    endings: set[str] = set()
    for lang in languages():
        data = load(lang, "affixes")
        pair = getattr(data, "DETACHED", None) if data is not None else None
        if pair:
            prefixes.update(pair[0])
            endings.update(pair[1])
    return (
        tuple(sorted(prefixes, key=len, reverse=True)),
        tuple(sorted(endings, key=len, reverse=True)),
    )


def apart(word: str) -> tuple[str, ...]:
    """``word`` (one normalised token) with a detachable prefix or ending
    written apart: "ميرود" → "مي رود"; "كتابها" → "كتاب ها".

    The normaliser turns a ZWNJ into a space, so a word typed joined must
    also be looked for as two tokens (and ``joined`` does the reverse).
    """
    prefixes, endings = _detached()
    out = [
        p + " " + word[len(p) :]
        for p in prefixes
        if word.startswith(p) and len(word) - len(p) >= MIN_STEM
    ][:1]
    out += [
        word[: -len(e)] + " " + e
        for e in endings
        if word.endswith(e) and len(word) - len(e) >= MIN_STEM
    ][:1]
    return tuple(out)


def joined(words: tuple[str, ...]) -> str | None:
    """The tokens of one typed word (split at a ZWNJ) written as one, when
    they are a word and its detachable prefixes or endings."""
    prefixes, endings = _detached()
    first, last = 0, len(words)
    while first < last - 1 and words[first] in prefixes:
        first += 1
    while last > first + 1 and words[last - 1] in endings:
        last -= 1
    if last - first != 1 or len(words) == 1:
        return None
    return "".join(words)


@dataclass(frozen=True)
class Term:
    """One query word: the exact words it matches, the beginnings it matches,
    and the phrases of two tokens it may also be written as."""

    exact: tuple[str, ...]
    starts: tuple[str, ...] = ()
    phrases: tuple[str, ...] = ()

    def matches(self, token: str) -> bool:
        return (
            token in self.exact
            or any(token.startswith(s) for s in self.starts)
            or any(token in p.split() for p in self.phrases)
        )

    def fts(self) -> str:
        """The word as an FTS5 expression (an OR group when widened)."""
        parts = [_quoted(w) for w in (*self.exact, *self.phrases)]
        parts += [_quoted(s) + "*" for s in self.starts]
        return parts[0] if len(parts) == 1 else "(" + " OR ".join(parts) + ")"


def _quoted(phrase: str) -> str:
    return '"' + phrase.replace('"', '""') + '"'


def widen(word: str) -> Term:
    """``word`` (normalised, one token) and the forms sharing its stem.

    A base of four letters or more is matched as a beginning after each
    prefix (its endings follow it); a three-letter base only with the
    listed endings, which keeps a short root from matching half the language.
    """
    if not _ARABIC_SCRIPT.search(word) or not _WORD.fullmatch(word):
        return Term((word,))
    phrases = apart(word)
    exact: list[str] = [word]
    starts: list[str] = []
    for prefixes, endings in _affixes():
        for base in _stems(word, prefixes, endings):
            for prefix in ("", *prefixes):
                if len(base) > MIN_STEM:
                    starts.append(prefix + base)
                else:
                    exact += [prefix + base + ending for ending in ("", *endings)]
    exact = list(dict.fromkeys(exact))[:MAX_FORMS]
    # A beginning already covered by a shorter one adds nothing.
    kept: list[str] = []
    for start in sorted(set(starts), key=len):
        if not any(start.startswith(k) for k in kept):
            kept.append(start)
    exact = [w for w in exact if not any(w.startswith(k) for k in kept)] or exact[:1]
    return Term(tuple(exact), tuple(kept[:MAX_FORMS]), phrases)


def snippet(text: str, terms: list[Term]) -> tuple[str, str]:
    """(plain snippet with [ ] around matches, escaped HTML with <mark>), from ``text``."""
    head = text[:SNIPPET_SCAN]
    norm = normalize(head)
    tokens = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(norm.text)]
    hits = [i for i, (_, _, tok) in enumerate(tokens) if any(t.matches(tok) for t in terms)]
    if not tokens:
        return "", ""
    if hits:
        # The window of SNIPPET_WORDS tokens holding the most matches.
        best = max(hits, key=lambda i: sum(1 for j in hits if i <= j < i + SNIPPET_WORDS))
        first = max(0, best - 3)
    else:
        first = 0
    last = min(len(tokens), first + SNIPPET_WORDS) - 1
    marked = [i for i in hits if first <= i <= last]
    start = norm.span_to_original(tokens[first][0], tokens[first][0])[0]
    end = norm.span_to_original(tokens[last][1], tokens[last][1])[1]
    plain: list[str] = ["…" if start > 0 else ""]
    rich: list[str] = [plain[0]]
    pos = start
    for i in marked:
        a, b = norm.span_to_original(tokens[i][0], tokens[i][1])
        plain += [head[pos:a], "[", head[a:b], "]"]
        rich += [html.escape(head[pos:a]), "<mark>", html.escape(head[a:b]), "</mark>"]
        pos = b
    tail = "…" if end < len(text) else ""
    plain += [head[pos:end], tail]
    rich += [html.escape(head[pos:end]), tail]
    return " ".join("".join(plain).split()), " ".join("".join(rich).split())
