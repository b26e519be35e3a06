"""Drop crawl-residue lines (menus, share rows, cookie banners) from plain text.

Scraped articles arrive with widget text between paragraphs. Those lines are
removed before extraction so evidence offsets never point into a menu, and
every removed line is kept in the record so the user can audit what went.
The phrases themselves are per-language data (``lang/<code>/boilerplate.py``);
all languages are applied together because a Persian page often carries
English share buttons. Conservative by design: a line is removed only when
the whole line is a known phrase, a short line starts with a known label,
a whole line matches a known pattern, or every word is a share-button word.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from diplowatch.lang import merged
from diplowatch.text.normalize import normalize, normalize_phrase

# Longer lines are prose, whatever they start with.
MAX_PREFIX_LINE = 120
MAX_CHECKED_LINE = 400
_TRIM = (
    " \t.,:;!?-\u2013\u2014|\u2022\u00b7\u00bb\u00ab\u203a\u2039>/\\*_=~\u2026\u060c\u061b\u061f\"'"
)
_LEADING_BLANKS = re.compile(r"\A(?:[ \t]*(?:\r\n|\n|\r))+")
_COLON = re.compile(r"\s*:\s*")
_WORD_SPLIT = re.compile(r"[\s|/\u2022\u00b7,\u060c]+")


def line_key(line: str) -> str:
    """The comparable form of a line: folded, single-spaced, ends trimmed."""
    key = normalize_phrase(line)
    key = _COLON.sub(": ", key)
    return key.strip(_TRIM)


@dataclass(frozen=True)
class Rules:
    exact: frozenset[str]
    prefixes: re.Pattern[str] | None
    patterns: re.Pattern[str] | None
    share_words: frozenset[str]
    source_labels: tuple[str, ...]


def _key_prefix(prefix: str) -> str:
    # Prefixes may end in ':' on purpose; keep it, trim only the start.
    key = _COLON.sub(": ", normalize_phrase(prefix))
    return key.lstrip(_TRIM).rstrip()


@cache
def rules() -> Rules:
    """All languages' boilerplate data, compiled once."""
    exact = {line_key(x) for x in merged("boilerplate", "EXACT")}
    prefixes = {_key_prefix(x) for x in merged("boilerplate", "PREFIXES")}
    patterns = [normalize_phrase(p) for p in merged("boilerplate", "PATTERNS")]
    share = {w for x in merged("boilerplate", "SHARE_WORDS") for w in normalize_phrase(x).split()}
    labels = {normalize_phrase(x) for x in merged("boilerplate", "SOURCE_LABELS")}
    compiled = re.compile("|".join(f"(?:{p})" for p in patterns)) if patterns else None
    return Rules(
        exact=frozenset(exact),
        prefixes=_prefix_pattern(prefixes),
        patterns=compiled,
        share_words=frozenset(share),
        source_labels=tuple(sorted(labels, key=len, reverse=True)),
    )


def _prefix_pattern(prefixes: set[str]) -> re.Pattern[str] | None:
    """One regex for all labels; a label must end at a word boundary
    unless it ends with ':' itself."""
    if not prefixes:
        return None
    parts = [
        re.escape(p) if p.endswith(":") else re.escape(p) + r"(?!\w)"
        for p in sorted(prefixes, key=len, reverse=True)
    ]
    return re.compile("|".join(parts))


def is_boilerplate(line: str) -> bool:
    """True when the line is navigation/widget text rather than prose."""
    stripped = line.strip()
    if not stripped or len(stripped) > MAX_CHECKED_LINE:
        return False
    return _key_is_boilerplate(line_key(stripped))


def _key_is_boilerplate(key: str) -> bool:
    r = rules()
    if not key:
        # Only bullets/punctuation, e.g. "|" or "•••": layout, not text.
        return True
    if key in r.exact:
        return True
    if len(key) <= MAX_PREFIX_LINE and r.prefixes is not None and r.prefixes.match(key):
        return True
    if r.patterns is not None and r.patterns.fullmatch(key):
        return True
    if len(key) > MAX_PREFIX_LINE:
        return False
    words = [w for w in _WORD_SPLIT.split(key) if w]
    return bool(words) and all(w in r.share_words for w in words)


def _fast_key(normalised_line: str) -> str:
    """``line_key`` of a line whose text is already normalised."""
    key = _COLON.sub(": ", " ".join(normalised_line.split()))
    return key.strip(_TRIM)


def source_value(line: str) -> str | None:
    """The agency or URL of a "Source: …" line, or None if it is not one."""
    stripped = line.strip()
    if not stripped or len(stripped) > 200 or ":" not in stripped:
        return None
    label, _, value = stripped.partition(":")
    value = value.strip().strip(_TRIM.replace("/", "")).strip()
    if not value:
        return None
    label_key = normalize_phrase(label).strip(_TRIM)
    return value if label_key in rules().source_labels else None


@dataclass
class Cleaned:
    text: str
    dropped: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)


def clean_text(text: str) -> Cleaned:
    """Remove boilerplate lines and lift "Source:" lines into metadata.

    Kept lines are copied byte for byte (line endings included), so the
    result differs from the input only by whole removed lines.
    """
    kept: list[str] = []
    dropped: list[str] = []
    sources: list[str] = []
    lines = text.splitlines(keepends=True)
    # Normalising the whole text once is far cheaper than line by line;
    # normalisation keeps line breaks, so the lines still correspond.
    folded = normalize(text).text.splitlines()
    if len(folded) != len(lines):
        folded = [normalize(line).text for line in lines]
    for line, norm in zip(lines, folded, strict=True):
        if (
            len(norm) <= MAX_CHECKED_LINE + 40
            and line.strip()
            and len(line.strip()) <= MAX_CHECKED_LINE
        ) and _key_is_boilerplate(_fast_key(norm)):
            dropped.append(line.strip())
            continue
        value = source_value(line) if ":" in line else None
        if value is not None:
            sources.append(value)
            continue
        kept.append(line)
    if not dropped and not sources:
        return Cleaned(text)
    # Blank lines left at the top by a removed menu are not part of the story.
    return Cleaned(_LEADING_BLANKS.sub("", "".join(kept)), dropped, sources)
