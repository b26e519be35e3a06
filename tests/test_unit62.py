"""Round 62 (unit62): a state named whole keeps its own officials' agent
(every sentence written for these tests).

A weak agent noun of a state, written with the state's name or adjective
("المتحدث باسم الحكومة الإيرانية", "سخنگوی دولت ایران", "Iran's envoy"),
is one participant with the state named whole in the same sentence
(``participants.unit``), so it was never a side of its own and the state's
side came out with no agent. The state now takes that agent — the agent
only, not the speaker's office. Police (another unit), a speaker of no
state and a bare state keep what they had.
"""

from __future__ import annotations

import pytest

from casts import run


def _state_actor(text: str, lang: str, code: str) -> tuple[str | None, str | None]:
    """The agent and role of ``code``'s actor in the sentence's REJECT event."""
    events = [e for e in run(text, lang).events if e.type == "REJECT"]
    assert events, text
    actor = next(a for a in events[0].actors if a.code == code)
    return actor.agent, actor.role


@pytest.mark.parametrize(
    ("text", "lang", "code"),
    [
        ("قال المتحدث باسم الحكومة الإيرانية إن واشنطن رفضت مطالب إيران.", "ar", "IRN"),
        (
            "سخنگوی دولت ایران در نشست خبری گفت آمریکایی‌ها خواسته‌های ایران را نپذیرفته‌اند.",
            "fa",
            "IRN",
        ),
        (
            "نماینده ترکیه در سازمان ملل گفته است یونانی‌ها پیشنهادهای ترکیه را نپذیرفته‌اند.",
            "fa",
            "TUR",
        ),
        ("Iran's envoy to the UN said Washington rejected Iran's demands.", "en", "IRN"),
        (
            "The spokesman for the Iranian government said Washington rejected Iran's demands.",
            "en",
            "IRN",
        ),
    ],
)
def test_state_named_whole_takes_its_officials_agent(text: str, lang: str, code: str) -> None:
    agent, role = _state_actor(text, lang, code)
    assert agent == "GOV"
    assert role is None  # the speaker's office is not lent to the state


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("قال المتحدث باسم الشرطة الإيرانية إن واشنطن رفضت مطالب إيران.", "ar"),
        ("سخنگوی پلیس ایران گفت آمریکا خواسته‌های ایران را رد کرد.", "fa"),
        ("The spokesman for the Iranian police said Washington rejected Iran's demands.", "en"),
        ("A spokesman said Washington rejected Iran's demands.", "en"),
    ],
)
def test_other_unit_or_no_state_lends_nothing(text: str, lang: str) -> None:
    assert _state_actor(text, lang, "IRN") == (None, None)
