"""A question set off after a statement (round 67, questions67; every
sentence written for these tests).

"اعتقلت الشرطة عشرة متظاهرين، فهل من مبرر لذلك؟": the question mark closing
the sentence used to silence it all, the arrest told before the comma
included. The question is now its own clause: what stands before the comma
or semicolon that opens it stays, what it asks about stays silent, and a
question that opens the sentence, follows a premise ("if …, would …?") or
has its first question word inside a clause silences the whole sentence as
before.
"""

from __future__ import annotations

import pytest

from casts import run

STATEMENT_THEN_QUESTION = [
    ("ar", "اعتقلت الشرطة السعودية عشرة متظاهرين في الرياض، فهل من مبرر لذلك؟"),
    ("ar", "اعتقلت الشرطة السعودية عشرة متظاهرين في الرياض، ولكن هل كان ذلك ضروريا؟"),
    ("ar", "اعتقلت الشرطة السعودية عشرة متظاهرين في الرياض؛ فكيف يبرر ذلك؟"),
    ("fa", "پلیس ایران ده معترض را در تهران بازداشت کرد، اما آیا این کار قانونی است؟"),
    ("fa", "پلیس ایران ده معترض را در تهران بازداشت کرد؛ چرا کسی اعتراض نمی‌کند؟"),
    ("en", "Iranian police arrested ten protesters in Tehran, but why?"),
    ("en", "Iranian police arrested ten protesters in Tehran; is that lawful?"),
]

WHOLE_QUESTION = [
    # the question opens the sentence
    ("ar", "هل اعتقلت الشرطة السعودية عشرة متظاهرين في الرياض؟"),
    ("fa", "آیا پلیس ایران ده معترض را در تهران بازداشت کرد؟"),
    ("en", "Did Iranian police arrest ten protesters in Tehran?"),
    # a second question after the first frees nothing
    ("ar", "هل اعتقلت الشرطة السعودية عشرة متظاهرين، وهل سيفرج عنهم؟"),
    ("fa", "آیا پلیس ایران ده معترض را بازداشت کرد، و آیا آزاد می‌شوند؟"),
    ("en", "Why did Iranian police arrest ten protesters, and why now?"),
    # a premise before the question: what it supposes is no report
    ("ar", "إذا اعتقلت الشرطة السعودية عشرة متظاهرين، فهل سيسكت الناس؟"),
    ("fa", "اگر پلیس ایران ده معترض را بازداشت کند، آیا مردم ساکت می‌مانند؟"),
    ("en", "If Iranian police arrest ten protesters, will people stay silent?"),
]

ASKED_DEED = [
    # the deed is inside the question after the comma: still silent
    ("ar", "قال الوزير إن الوضع صعب، فهل اعتقلت الشرطة السعودية المتظاهرين؟"),
    ("fa", "وزیر گفت وضع دشوار است، آیا پلیس ایران معترضان را بازداشت کرد؟"),
    (
        "en",
        "The minister said the situation is hard, but did Iranian police arrest the protesters?",
    ),
]


@pytest.mark.parametrize(("lang", "text"), STATEMENT_THEN_QUESTION)
def test_statement_before_question_is_told(lang: str, text: str) -> None:
    """The arrest before the comma or semicolon is a reported COERCE."""
    events = [e for e in run(text, lang).events if e.type == "COERCE"]
    assert events, text
    assert all(e.status == "reported" for e in events)


@pytest.mark.parametrize(("lang", "text"), WHOLE_QUESTION)
def test_whole_question_stays_silent(lang: str, text: str) -> None:
    """A question opening the sentence, or after a premise, tells no arrest."""
    assert not [e for e in run(text, lang).events if e.type == "COERCE"], text


@pytest.mark.parametrize(("lang", "text"), ASKED_DEED)
def test_deed_inside_question_stays_silent(lang: str, text: str) -> None:
    """What the question after the comma asks about is still no event."""
    assert not [e for e in run(text, lang).events if e.type == "COERCE"], text


def test_length_of_a_sentence_is_no_condemnation() -> None:
    """The words "مدت محکومیت" are the length of a prison sentence, no condemnation."""
    text = "درباره برخی فعالان با توجه به مدت محکومیت‌شان، آزادی مشروط مطرح است."
    assert not [e for e in run(text, "fa").events if e.type == "ACCUSE"]


FEARED = [
    ("fa", "بیم آن می‌رود که دستور توقیف اموال بانک‌ها صادر شود."),
    ("fa", "این هراس وجود دارد که آمریکا تحریم‌های تازه‌ای علیه بانک‌ها اعمال کند."),
    ("ar", "يخشى المسؤولون أن تفرض واشنطن عقوبات جديدة على المصارف."),
    ("en", "Officials fear that Washington will impose new sanctions on the banks."),
]

FEAR_WITHOUT_THAT = [
    ("fa", "مردم از بازگشت طالبان می‌ترسند و پلیس ده معترض را بازداشت کرد.", "COERCE"),
    ("ar", "أعرب الناس عن خوفهم من الحرب واعتقلت الشرطة عشرة متظاهرين.", "COERCE"),
    ("en", "People fear the war, and police arrested ten protesters.", "COERCE"),
]


@pytest.mark.parametrize(("lang", "text"), FEARED)
def test_feared_deed_is_no_event(lang: str, text: str) -> None:
    """What one fears will happen ("بیم آن می‌رود که …") is no event."""
    assert not run(text, lang).events, text


@pytest.mark.parametrize(("lang", "text", "etype"), FEAR_WITHOUT_THAT)
def test_fear_of_a_thing_leaves_the_next_deed(lang: str, text: str, etype: str) -> None:
    """A fear of a thing, no "that" clause, leaves the deed told after it."""
    assert [e for e in run(text, lang).events if e.type == etype], text
