"""mendG108 (diffread73): the aim cue after a glued "و"/"ف", a condition
before a pluperfect "كان قد", a digit before a full stop, and the aim and
auxiliary data moved out of the code (sentences written for this mend;
"main:" names what main 03338b18 reads)."""

from __future__ import annotations

import pytest

from diplowatch.extract.aux_held import aux_held
from diplowatch.extract.lang_words import phrase_set
from diplowatch.extract.status import _stop_between
from diplowatch.lang.ar import agents as ar_agents
from diplowatch.text.normalize import normalize, normalize_phrase
from event_statuses import statuses

# F10: the cue glued to "و"/"ف" is the cue ("كابول ولضمان" as "وذلك لضمان").
GLUED = [
    # main: reported
    (
        "ar",
        "وأرسلت قطر وفدا إلى كابول ولضمان الإفراج عن الرهائن الأمريكيين المحتجزين لدى طالبان.",
        "CONCEDE",
    ),
    # main: reported
    (
        "ar",
        "وأرسلت بريطانيا جنودا إلى كابول فلضمان انسحاب دبلوماسييها من أفغانستان بأمان.",
        "RETREAT",
    ),
    # main: planned already (the cue a word of its own)
    (
        "ar",
        "وأرسلت قطر وفدا إلى كابول وذلك لضمان الإفراج عن الرهائن الأمريكيين المحتجزين لدى طالبان.",
        "CONCEDE",
    ),
    (
        "en",
        "Qatar sent envoys to Kabul in order to secure the release of two American prisoners.",
        "CONCEDE",
    ),
]


@pytest.mark.parametrize(("lang", "text", "etype"), GLUED)
def test_an_aim_cue_glued_to_and_still_plans(lang: str, text: str, etype: str) -> None:
    assert statuses(text, lang, etype) == {"planned"}


def test_a_word_that_merely_ends_like_the_cue_is_no_cue() -> None:
    # "وضمان" is "and a guarantee": no "ل", no purpose; the release is told
    text = "وأفرجت طالبان عن الرهائن الأمريكيين وضمان عودتهم إلى بلادهم."
    assert "planned" not in statuses(text, "ar", "CONCEDE")


# F11: a condition before a pluperfect "كان قد تم" holds the auxiliary
# open; the head of a future perfect still does; a plain pluperfect or
# "قد" alone does not.
@pytest.mark.parametrize(
    ("before", "held"),
    [
        ("وقال الوزير إنه لو كان قد ", True),  # main: False
        ("وقال الوزير إنه إذا كانت قد ", True),  # main: False
        ("وقال الوزير إنه إذا ما كان قد ", True),  # main: False
        ("إن كان قد ", True),  # main: False
        ("ومع نهاية الشهر سيكون قد ", True),
        ("وقال الوزير إنه كان قد ", False),
        ("وقال الوزير إنه قد ", False),
        ("وقال الوزير إنه لو أن الجيش قد ", False),
        ("بعد أن كان قد ", False),
    ],
)
def test_a_condition_before_a_pluperfect_holds_the_auxiliary(before: str, held: bool) -> None:
    text = normalize(before + "تم توقيع الاتفاق بين الأردن والعراق.").text
    start = text.index("تم ")
    assert aux_held(text, start, "ar") is held


# F13: a one-letter word before a full stop is an abbreviation, a digit
# ends the sentence ("قتل 3."); whole sentences with such a stop read no
# event here, so the span is asked.
@pytest.mark.parametrize(
    ("text", "stop"),
    [
        ("وقتل 3. وتم", True),  # main: False
        ("killed 3. Troops", True),  # main: False
        ("کشته شدند ۳. نیروها", True),  # main: False
        ("قال د. ظريف", False),
        ("the U.S. troops", False),
    ],
)
def test_a_digit_before_a_stop_is_no_abbreviation(text: str, stop: bool) -> None:
    assert _stop_between(text, 0, len(text)) is stop


# F5/F7: the data the rules read, folded once.
def test_the_aim_and_auxiliary_words_are_data() -> None:
    assert phrase_set("ar", "status", "AIM_JOINERS") == {"و"}
    assert phrase_set("fa", "status", "AIM_JOINERS") == {"و"}
    assert phrase_set("en", "status", "AIM_JOINERS") == {"and"}
    assert phrase_set("ar", "status", "AUX_PARTICLES") == {"ما"}
    assert {"قد", "وقد"} == phrase_set("ar", "status", "AUX_PERFECT_PARTICLES")
    assert not phrase_set("fa", "status", "AUX_PERFECT_PARTICLES")


@pytest.mark.parametrize(
    ("lang", "name"),
    [(lang, name) for lang in ("ar", "fa", "en") for name in ("AIM_CUES", "AIM_GAP_WORDS")],
)
def test_the_aim_lists_hold_no_folded_duplicate(lang: str, name: str) -> None:
    from diplowatch import lang as lang_data

    words = getattr(lang_data.load(lang, "status"), name)
    assert len(words) == len({normalize_phrase(w) for w in words})
    # a gap word is a word of its own: "non-withdrawal" is one token
    assert all(" " not in w and "-" not in w for w in words if name == "AIM_GAP_WORDS")
    assert "non" not in words


def test_the_inspector_entries_hold_no_folded_duplicate() -> None:
    inspector = [w for w in ar_agents.NOT_AGENTS if w.startswith("مفتش ")]
    assert len(inspector) == len({normalize_phrase(w) for w in inspector})
