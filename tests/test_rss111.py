"""A pickled lexicon (``built_cache``) holds its automaton as keys and
values and leaves no memory behind in the process that wrote it.

pyahocorasick 2.3.1 leaks the whole dump of an automaton pickled by its own
``__reduce__`` (its issue #219); a run that wrote the cache kept ~13 MB per
language for good. The lexicon now pickles the automaton's words and
rebuilds it on load.
"""

from __future__ import annotations

import gc
import io
import pickle
import tracemalloc

import pytest

from diplowatch.extract.lexicon import Lexicon, lexicon

SENTENCES = {
    "ar": "اجتمع وزير الخارجية الأردني مع نظيره المصري في القاهرة أمس.",
    "fa": "وزیر امور خارجه ایران با همتای عراقی خود در بغداد دیدار کرد.",
    "en": "Police arrested twenty protesters in Cairo after the Jordanian minister met his Egyptian counterpart.",
}


@pytest.mark.parametrize("lang", sorted(SENTENCES))
def test_a_pickled_lexicon_matches_as_the_built_one(lang: str) -> None:
    built = lexicon(lang)
    copy = pickle.loads(pickle.dumps(built, protocol=pickle.HIGHEST_PROTOCOL))
    assert isinstance(copy, Lexicon)
    text = SENTENCES[lang]
    assert list(copy.automaton.iter(text)) == list(built.automaton.iter(text))
    assert len(copy.automaton) == len(built.automaton)
    assert copy.vetoes == built.vetoes and copy.prefixes == built.prefixes


@pytest.mark.parametrize("lang", sorted(SENTENCES))
def test_pickling_a_lexicon_leaves_no_memory_behind(lang: str) -> None:
    built = lexicon(lang)
    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        pickle.dump(built, io.BytesIO(), protocol=pickle.HIGHEST_PROTOCOL)
        gc.collect()
        kept = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    # the automaton's own pickling kept 11-14 MB per language; a few
    # hundred KB may stay in caches the pickler fills once
    assert kept < 2_000_000, kept
