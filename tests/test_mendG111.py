"""An envoy's name learnt past his posting stays the envoy (mendG111).

officials111 learnt the name written after an envoy's posting ("السفير
الهندي لدى مصر راجيف كومار"), and the name's own writing became a mention
of its own after the host: the host then stood between two mentions of the
envoy and the event with it was lost. That writing is now the title's
mention alone. The posting link is read as whole words of any length, no
longer from a window of four characters. Persian and English sentences
with a named envoy and a host guard that their events stay. Sentences
written for these tests.
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from diplowatch.extract.mention import Mention
from diplowatch.extract.person_names import _past_posting
from diplowatch.model import Document
from diplowatch.pipeline import process


def _events(text: str) -> list[tuple[str, list[tuple[str | None, str | None]]]]:
    """(type, [(code, name)]) of each event of ``text``."""
    record = process(Document(doc_id="mendG111", text=text, title=None)).to_dict()
    return [(e["type"], [(a["code"], a["name"]) for a in e["actors"]]) for e in record["events"]]


@pytest.mark.parametrize(
    ("text", "etype", "envoy", "host", "name"),
    [
        (
            "وقال السفير الهندي لدى مصر راجيف كومار إن بلاده تدعم الحكومة.",
            "SUPPORT",
            "IND",
            "EGY",
            "راجيف كومار",
        ),
        (
            "وأكد السفير الياباني في الأردن كينجي تاناكا أن بلاده تدعم الحكومة.",
            "SUPPORT",
            "JPN",
            "JOR",
            "كينجي تاناكا",
        ),
    ],
)
def test_ar_envoy_named_past_posting_keeps_host(
    text: str, etype: str, envoy: str, host: str, name: str
) -> None:
    events = _events(text)
    assert (etype, [(envoy, name), (host, None)]) in events


@pytest.mark.parametrize(
    ("text", "etype", "codes"),
    [
        (
            "سفیر هند در مصر، راجیو کومار، گفت کشورش از دولت مصر حمایت می‌کند.",
            "SUPPORT",
            {"IND", "EGY"},
        ),
        (
            "The Indian ambassador to Egypt, Rajiv Kumar, said his country supports the Egyptian government.",
            "SUPPORT",
            {"IND", "EGY"},
        ),
    ],
)
def test_fa_en_named_envoy_and_host_keep_event(text: str, etype: str, codes: set[str]) -> None:
    events = _events(text)
    assert any(t == etype and {c for c, _ in actors} == codes for t, actors in events)


def _mention(start: int, end: int, kind: str) -> Mention:
    return Mention(start=start, end=end, code="X", kind=kind, strong=True)


def test_long_posting_link_read_as_a_word() -> None:
    ntext = "السفير الهندي المعتمد لدى مصر راجيف"
    title = _mention(0, 13, "state_adj")
    host_at = ntext.index("مصر")
    posts = {host_at: _mention(host_at, host_at + 3, "state")}
    ctx = SimpleNamespace(envoy_post_links=frozenset({"المعتمد لدى"}), envoy_post_clitics=())
    assert _past_posting(ntext, title, posts, ctx) == (host_at + 3, False)  # type: ignore[arg-type]
