"""Held persons in long lists of names, and plural speakers (mendH111).

diffread76 found two faults in ``extract/held_persons``. (1) Its cost grew
with the cube of a list of names: each list was rebuilt for every name of
it, each listed name checked against every span taken, and a given name
ending in a comma made a list of every clause break to the document's end.
A thousand names in one sentence took some 85 s. Each list is now worked out
once, a name tried once, and the spans and mentions are asked by bisection
(``extract/held_spans``); the output is the same. (2) Persian passive
subjects in the plural came without plural verbs of saying, so the speakers
of "… و … گفتند سه خبرنگار بازداشت شدند" were read as the held. Sentences
written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from cost import assert_linear
from diplowatch.extract.held_persons import held_persons
from diplowatch.extract.held_spans import MentionSpans, Taken
from diplowatch.extract.mention import Mention
from diplowatch.text.normalize import normalize_phrase


def _held(text: str, lang: str, mentions: list[Mention] | None = None) -> list[str]:
    """The names ``held_persons`` reads as held in ``text``."""
    ntext = normalize_phrase(text)
    found = held_persons(ntext, list(mentions or []), lang)
    return [ntext[m.start : m.end] for m in found if m.agent == "CVL"]


def _n(text: str) -> str:
    return normalize_phrase(text)


# --- (1) growth: a list of names is read in time linear in its length ---

_FA_NAMES = ("علی رضایی", "مریم کریمی", "جواد صالحی", "فاطمه نادری")
_EN_NAMES = ("Ali Karimi", "Maryam Rezaei", "Hamid Nouri", "Fatima Saleh")
_AR_NAMES = ("محمد الخطيب", "أحمد الزعبي", "خالد سالم", "يوسف حسن")


def _fa_object(n: int) -> str:
    names = "، ".join(_FA_NAMES[k % 4] for k in range(n - 1))
    return f"پلیس {names} و {_FA_NAMES[0]} را بازداشت کرد."


def _fa_passive(n: int) -> str:
    return " و ".join(_FA_NAMES[k % 4] for k in range(n)) + " به هفت سال زندان محکوم شدند."


def _en_passive(n: int) -> str:
    names = ", ".join(_EN_NAMES[k % 4] for k in range(n - 1))
    return f"{names} and {_EN_NAMES[1]} were arrested."


def _ar_object(n: int) -> str:
    return (
        "اعتقلت الشرطة الأردنية " + " و".join(_AR_NAMES[k % 4] for k in range(n)) + " مساء الخميس."
    )


def _fa_sentences(n: int) -> str:
    # one line of sentences, each opening its object list with a given name
    # and a comma: each list's head was asked about every clause break to
    # the end of the text
    names = "، ".join(_FA_NAMES[:2]) + " و " + _FA_NAMES[2]
    return " ".join(f"پلیس {names} را بازداشت کرد." for _ in range(n))


def _read(args: tuple[str, list[Mention], str]) -> None:
    held_persons(*args)


def _input(build: Callable[[int], str], n: int, lang: str) -> tuple[str, list[Mention], str]:
    ntext = normalize_phrase(build(n))
    # a mention on every "پلیس": the questions of ``_given_misread`` read them
    mentions = [
        Mention(k, k + 4, "IRN", "agent", True, agent="COP")
        for k in range(len(ntext))
        if ntext.startswith(normalize_phrase("پلیس"), k)
    ]
    return ntext, mentions, lang


@pytest.mark.parametrize(
    ("build", "lang"),
    [
        (_fa_object, "fa"),
        (_fa_passive, "fa"),
        (_en_passive, "en"),
        (_ar_object, "ar"),
        (_fa_sentences, "fa"),
    ],
)
def test_long_list_costs_linear_time(build: Callable[[int], str], lang: str) -> None:
    # main: 250 → 2,000 names in the object cost some 500 times more
    # (cubic); a linear reading costs about 8 times more
    assert_linear(_read, _input(build, 250, lang), _input(build, 2000, lang), 8)


def test_long_list_holds_every_name() -> None:
    # the same reading as before: all 2,000 names of the object held
    assert len(_held(_fa_object(2000), "fa")) == 2000
    assert len(_held(_fa_passive(2000), "fa")) == 2000
    assert len(_held(_en_passive(2000), "en")) == 2000
    assert len(_held(_ar_object(2000), "ar")) == 2000


def test_taken_meets_as_the_pairwise_test() -> None:
    spans = [(3, 7), (10, 12), (12, 12), (20, 25)]
    taken = Taken(spans)
    for start in range(0, 28):
        for stop in range(0, 28):
            want = any(a < stop and start < b for a, b in spans)
            assert taken.meets(start, stop) is want, (start, stop)


def test_mention_spans_answer_as_the_walks() -> None:
    mentions = [
        Mention(a, b, "IRN", "state", True) for a, b in ((0, 4), (2, 6), (5, 9), (5, 9), (12, 15))
    ]
    spans = MentionSpans(mentions)
    for lo in range(0, 16):
        for at in range(0, 16):
            before = [m for m in mentions if m.end <= at and m.start >= lo]
            assert spans.within(lo, at) is bool(before)
            head = max(before, key=lambda m: m.end, default=None)
            for reach in range(0, at + 1):
                want = head if head is not None and head.end >= reach else None
                assert spans.head(lo, reach, at) is want
            assert spans.starts_within(lo, at) is any(lo <= m.start < at for m in mentions)


# --- (2) plural speakers before a passive verb of arrest are not the held ---


def test_fa_plural_speakers_are_not_held() -> None:
    # main: both speakers read as the held, the journalists' verb theirs
    text = "علی رضایی و مریم کریمی گفتند سه خبرنگار آمریکایی بازداشت شدند."
    assert _held(text, "fa") == []


@pytest.mark.parametrize("verb", ["نوشتند", "افزودند", "گفته‌اند"])
def test_fa_other_plural_verbs_of_saying(verb: str) -> None:
    text = f"حمید صفایی و سارا نیکو {verb} دو دانشجو بازداشت شدند."
    assert _held(text, "fa") == []


def test_fa_plural_passive_subject_still_held() -> None:
    # guard: no verb of saying, the list is the passive's subject
    text = "حمید صفایی و سارا نیکو روز دوشنبه بازداشت شدند."
    assert _held(text, "fa") == [_n("حمید صفایی"), _n("سارا نیکو")]


def test_en_plural_speakers_are_not_held() -> None:
    # guard (held before too: English reads "were" right after the name)
    assert _held("Ali Karimi and Maryam Rezaei say two men were arrested.", "en") == []
    assert _held("Ali Karimi and Maryam Rezaei were arrested.", "en") == [
        "ali karimi",
        "maryam rezaei",
    ]


def test_ar_plural_speakers_are_not_held() -> None:
    # guard (held before too: Arabic reads no passive subject)
    text = "محمد الخطيب وأحمد الزعبي قالا إن الشرطة اعتقلت صحفيين."
    assert _held(text, "ar") == []
