"""A future or a negative cue found inside a longer word (round 79,
future79fa; every sentence written for these tests), in fa, ar and en:

- Persian "نمی‌خواهد … سفر کند" (does not want to travel) is a wish, no
  plan: written with a space or a ZWNJ the verb held the future auxiliary
  "خواهد" as a word of its own (fa ``status.WISH_CUES``), as did the second
  person "می‌خواهید"; the wish governs its clause only;
- Arabic "سلبي" (negative) is no future "س" + "لبى" (will comply): the
  future prefix stands only before an imperfect (ar
  ``affixes.FUTURE_STEM_LETTERS``, ``lexicon._future_barred``);
- English "will" the noun ("the will of the people") is no future
  auxiliary (en ``status.NOT_CUES``), "the political will to" offers the
  deed as "willingness to" does, and "unwilling to" negates it.
"""

from __future__ import annotations

import pytest

from casts import reading_lines as _read
from diplowatch.extract.lexicon import _future_barred

# (language, sentence, the readings expected)
CASES: list[tuple[str, str, set[str]]] = [
    # a wish denied: no plan (the auxiliary inside "نمی‌خواهد" read before)
    ("fa", "وزیر خارجه ژاپن نمی‌خواهد به سئول سفر کند.", set()),
    ("fa", "وزیر خارجه ژاپن نمی خواهد با وزیر خارجه چین دیدار کند.", set()),
    ("fa", "دولت ژاپن نمیخواهند تحریم‌های کره شمالی را لغو کند.", set()),
    ("fa", "شما می‌خواهید با وزیر خارجه چین مذاکره کنید.", set()),
    # the same wish in Arabic and English leaves no deed either
    ("ar", "وزير الخارجية الياباني لا يريد زيارة سيول.", set()),
    ("en", "The Japanese foreign minister does not want to visit Seoul.", set()),
    # guards: the future auxiliary standing alone plans, its negation
    # negates; a deed in another clause after the wish is told
    ("fa", "وزیر خارجه ژاپن به سئول سفر خواهد کرد.", {"CONSULT planned JPN:GOV KOR:"}),
    ("fa", "وزیر خارجه ژاپن به سئول سفر نخواهد کرد.", {"CONSULT negated JPN:GOV KOR:"}),
    (
        "fa",
        "آمریکا تحریم‌های جدیدی علیه ایران اعمال کرد، زیرا نمی‌خواهد ایران به سلاح هسته‌ای دست یابد.",
        {"SANCTION reported USA: IRN:"},
    ),
    # Arabic "سلبي" is no "will comply"
    ("ar", "كان لقرار الحكومة العراقية أثر سلبي على مطالب المتظاهرين.", set()),
    ("ar", "ردت الحكومة العراقية بشكل سلبي على طلب المحتجين.", set()),
    # guards: the past "لبى" is told, the future prefix on an imperfect plans
    (
        "ar",
        "لبى الرئيس العراقي دعوة نظيره الإيراني.",
        {"AGREE reported IRQ:GOV IRN:GOV"},
    ),
    (
        "ar",
        "وزير الخارجية الياباني سيزور سيول الأسبوع المقبل.",
        {"CONSULT planned JPN:GOV KOR:"},
    ),
    (
        "ar",
        "وستلتقي وزيرة الخارجية الألمانية نظيرها الياباني غدا.",
        {"CONSULT planned DEU:GOV JPN:GOV"},
    ),
    # English: the will to do a deed offers it; "unwilling to" negates it
    (
        "en",
        "Japan showed the political will to negotiate with China.",
        {"CONSULT planned JPN: CHN:"},
    ),
    (
        "en",
        "The Japanese foreign minister is unwilling to visit Seoul.",
        {"CONSULT negated JPN:GOV KOR:"},
    ),
    # guards: the auxiliary and "willing to" plan; "goodwill" plans nothing
    (
        "en",
        "The Japanese foreign minister will visit Seoul next week.",
        {"CONSULT planned JPN:GOV KOR:"},
    ),
    ("en", "Japan said its navy will hold drills with India.", {"MOBILIZE planned JPN:MIL IND:"}),
    ("en", "Japan is willing to meet Chinese officials.", {"CONSULT planned JPN: CHN:GOV"}),
    (
        "en",
        "As a gesture of goodwill, Japan released two Chinese fishermen on Monday.",
        {"CONCEDE reported JPN: CHN:CVL"},
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_reading(lang: str, text: str, expected: set[str]) -> None:
    assert _read(text, lang) == expected


def test_future_prefix_only_before_an_imperfect() -> None:
    """The future prefix is barred before a past form's key, allowed before
    an imperfect's, and never barred where a language lists no letters."""
    fields = {"future_stem_letters": ("ا", "ي", "ت", "ن")}
    assert _future_barred("لبي", fields)
    assert not _future_barred("يزور", fields)
    assert not _future_barred("اعلن", fields)
    assert not _future_barred("لبي", {"future_stem_letters": ()})


def test_wish_denied_governs_its_clause_only() -> None:
    """A deed told in the clause after the wish's ("…، اما …") is still
    told: the wish is read as a wish cue (its clause), not as an UNREAL one
    (the rest of the sentence), which drops it after "می‌خواهد". Its sides
    are left out here: the wisher's subject joins them, as it does after "قصد
    ندارد" (seen in round 79, not this family's)."""
    text = "ژاپن نمی‌خواهد با چین مذاکره کند، اما روسیه دیروز با چین مذاکره کرد."
    assert _told(text, "fa") == {"CONSULT reported"}


def _told(text: str, lang: str) -> set[str]:
    """The type and status of each event of ``text``, its sides left out."""
    return {" ".join(line.split()[:2]) for line in _read(text, lang)}


@pytest.mark.parametrize(
    "text",
    [
        "Against the will of the people, the Egyptian army arrested hundreds of protesters.",
        "Defying the will of the UN, Israel attacked Iranian nuclear sites on Monday.",
    ],
)
def test_noun_will_plans_nothing(text: str) -> None:
    """The noun "will" before a deed told in the past is no future
    auxiliary: the deed is reported (it read planned). The sides are left
    out: the people and the UN join them, as they did before (not this
    family's)."""
    assert _told(text, "en") <= {"COERCE reported", "ASSAULT reported"}
    assert _told(text, "en")
