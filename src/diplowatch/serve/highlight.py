"""Turn a document's text plus character spans into HTML with ``<mark>``s.

Annotations (actors, dates, sectors, amounts) and evidence sentences overlap
freely, so the text is cut at every span boundary and each piece is wrapped
once with the classes of all spans covering it. Offsets refer to the original
text, which is never altered; bad offsets are clipped or dropped.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from markupsafe import Markup

_CLASS_RE = re.compile(r"[^a-z0-9_-]+")


@dataclass
class Span:
    start: int
    end: int
    classes: tuple[str, ...]
    title: str = ""
    anchor: str | None = None
    data: dict[str, str] = field(default_factory=dict)


def css_class(kind: str) -> str:
    """A safe CSS class from an annotation kind such as ``actor`` or ``amount``."""
    return _CLASS_RE.sub("-", kind.lower()).strip("-") or "other"


def clip_spans(spans: Iterable[Span], length: int) -> list[Span]:
    """Spans clipped to the text; empty or reversed ones are dropped."""
    out = []
    for span in spans:
        start, end = max(0, int(span.start)), min(length, int(span.end))
        if end > start:
            out.append(Span(start, end, span.classes, span.title, span.anchor, span.data))
    return out


def render(text: str, spans: Sequence[Span]) -> Markup:
    """Escaped text with every covered piece inside one ``<mark>``."""
    spans = clip_spans(spans, len(text))
    cuts = {0, len(text)}
    for span in spans:
        cuts.add(span.start)
        cuts.add(span.end)
    points = sorted(cuts)
    starts: dict[int, list[Span]] = {}
    for span in spans:
        starts.setdefault(span.start, []).append(span)
    parts: list[str] = []
    active: list[Span] = []
    for a, b in zip(points, points[1:], strict=False):
        active = [s for s in active if s.end > a] + starts.get(a, [])
        for span in starts.get(a, []):
            if span.anchor:
                parts.append(f'<a id="{html.escape(span.anchor)}"></a>')
        piece = html.escape(text[a:b])
        classes: list[str] = []
        for span in active:
            for c in span.classes:
                if c not in classes:
                    classes.append(c)
        if not classes:  # a span that only carries an anchor
            parts.append(piece)
            continue
        titles = [s.title for s in active if s.title]
        data: dict[str, str] = {}
        for span in active:
            data.update(span.data)
        attrs = f' class="{html.escape(" ".join(classes))}"'
        if titles:
            attrs += f' title="{html.escape(" · ".join(dict.fromkeys(titles)))}"'
        for key, value in data.items():
            attrs += f' data-{css_class(key)}="{html.escape(value)}"'
        parts.append(f"<mark{attrs}>{piece}</mark>")
    return Markup("".join(parts))


def excerpt_bounds(length: int, start: int, end: int, context: int = 280) -> tuple[int, int]:
    """A window of ``context`` characters either side of a span, within the text."""
    return max(0, start - context), min(length, end + context)
