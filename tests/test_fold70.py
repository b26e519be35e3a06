"""Fold70: the fields of ``Context`` and ``Syntax`` are read from tables.

``extract/context_words`` names each field's data name in ``context.py``
once, with the reader it is read by (``WORD_FIELDS`` and ``SYNTAX_WORDS`` as
folded word lists, ``CONTEXT_FIELDS`` and ``SYNTAX_FIELDS`` by their own
reader), where ``context_settings`` and ``context_syntax`` wrote a reader's
call for each. A field named in two tables is an error, not a silent choice.
The data modules here are written for these tests.
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from diplowatch.extract.context_words import (
    CONTEXT_FIELDS,
    SYNTAX_FIELDS,
    SYNTAX_WORDS,
    WORD_FIELDS,
    context_fields,
    kept_set,
    setting,
    syntax,
    table_fields,
    text_words,
)

_DATA = SimpleNamespace(
    VERB_MARKERS=("سوف", "خواهد", "Will"),
    PASSIVE_VOWEL_MARKS=("ُ", "ِ"),
    NAME_BAD_STARTS=("بال", "The "),
    FRAME_WINDOW=40,
    NAMES_FOLLOW_TITLES=False,
    NAME_MIN_TOKENS=3,
    INVITATION_ACCEPTED_BEFORE=("لبّى",),
    INVITATION_OBJECT_MARKER="را",
)


def test_a_field_in_both_tables_is_an_error() -> None:
    with pytest.raises(ValueError, match="verb_markers"):
        table_fields(_DATA, {"verb_markers": "VERB_MARKERS"}, {"verb_markers": ("X", kept_set)})


def test_no_field_is_named_twice_for_one_value() -> None:
    assert not set(WORD_FIELDS) & set(CONTEXT_FIELDS)
    assert not set(SYNTAX_WORDS) & set(SYNTAX_FIELDS)
    assert not {"name_min_tokens", "invitation_accepted"} & (set(WORD_FIELDS) | set(CONTEXT_FIELDS))


def test_readers_fold_keep_or_default_as_their_table_says() -> None:
    assert syntax(_DATA).verb_markers == frozenset({"سوف", "خواهد", "will"})
    assert syntax(_DATA).frame_window == 40
    assert syntax(None).frame_window == 0
    assert syntax(None).modifiers_before is True
    # the vowel signs are kept as written: folding would erase them
    assert kept_set(_DATA, "PASSIVE_VOWEL_MARKS") == frozenset({"ُ", "ِ"})
    assert text_words(_DATA, "NAME_BAD_STARTS") == ("بال", "the ")
    assert setting(3)(None, "SENT_AGENT_WINDOW") == 3


def test_fields_read_from_two_data_names() -> None:
    fields = context_fields(_DATA)
    assert fields["name_min_tokens"] == 0
    assert fields["names_follow_titles"] is False
    # normalised as text: the shadda dropped, the final alif maqsura read as ya
    assert fields["invitation_accepted"] == (("لبي",), (), "را")
    assert context_fields(None)["name_min_tokens"] == 2
