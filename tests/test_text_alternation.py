"""An alternation that skips branches a span cannot match finds exactly what
the plain alternation finds (text/alternation.py)."""

from __future__ import annotations

import random
import re

import pytest

from diplowatch.text.alternation import Alternation, required_literal


@pytest.mark.parametrize(
    ("pattern", "literal"),
    [
        (r"a?bc", "bc"),  # an optional letter is not required
        (r"ab{2}c", "a"),  # a counted letter neither; its count is no text
        (r"x|y", ""),  # a top-level choice requires nothing
        (r"[abc]def\dgh", "def"),  # classes and escapes break a run
        (r"(foo)bar(baz)?", "bar"),  # groups are not looked into
        (r"©.{0,200}", "©"),
        (r".{1,60} را در (تلگرام|ایکس) دنبال کنید", " دنبال کنید"),
        (r"(جميع|كل) الحقوق محفوظة.{0,200}", " الحقوق محفوظة"),
        (r"[]x]yz", "yz"),  # a bracket first in a class is a member
    ],
)
def test_required_literal(pattern: str, literal: str) -> None:
    assert required_literal(pattern) == literal


PATTERNS = [
    r"\d+ comments?",
    r"comments?\s*\(\d+\)",
    r"©.{0,20}",
    r".{1,12} را در (تلگرام|ایکس) دنبال کنید",
    r"(جميع|كل) الحقوق محفوظة.{0,10}",
    r"by (using|continuing) this site,? you agree",
]
PIECES = [
    "12 comments",
    "comments (3)",
    "© 2024 news",
    "ما را در تلگرام دنبال کنید",
    "جميع الحقوق محفوظة للموقع",
    "by using this site you agree",
    "the minister met his counterpart",
    "التقى الوزير نظيره",
    " ",
    ", ",
    "7",
]


def test_same_matches_as_the_plain_alternation() -> None:
    plain = re.compile("|".join(f"(?:{p})" for p in PATTERNS))
    fast = Alternation(PATTERNS)
    rng = random.Random(7)
    for _ in range(2000):
        text = "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 8)))
        start = rng.randint(0, len(text))
        end = rng.randint(start, len(text))
        expected = [m.span() for m in plain.finditer(text, start, end)]
        assert [m.span() for m in fast.finditer(text, start, end)] == expected, text


def test_a_span_without_any_branchs_word_is_not_searched() -> None:
    fast = Alternation([r".{1,60} دنبال کنید", r"© .{0,9}"])
    assert list(fast.finditer("وزیر خارجه با همتای خود دیدار کرد", 0, 34)) == []
    found = fast.finditer("ما را دنبال کنید", 0, 16)
    assert [m.group() for m in found] == ["ما را دنبال کنید"]
