"""A deed held a farce, a scandal or a reckless venture (round 63,
politics63ar; every sentence written for these tests).

A party, a union or a politician who holds a deed a farce, a scandal or an
ill-considered venture criticises its doer (PLOVER ACCUSE), the one who
judges first: Arabic "اعتبر … فضيحة/مغامرة/مهزلة/مسرحية" (the speaker's
title, party and name and the deed judged between, up to 16 words) and
"وصف … بالمهزلة/بالفضيحة"; Persian "را رسوایی/مضحکه/ماجراجویانه خواند";
English "called/considered … a scandal/a farce/a reckless gamble". A
venture or a scandal named with no verb of judging blames no one.
"""

from __future__ import annotations

import pytest

from casts import casts_in_order


def _accuse(text: str, lang: str) -> list[list[str]]:
    """'CODE:AGENT' of the actors of each ACCUSE event, in order."""
    return casts_in_order(text, lang, "ACCUSE")


# (language, text, critic's 'CODE:AGENT', criticised side's 'CODE:AGENT')
HELD = [
    (
        "ar",
        "اعتبرت الجبهة الشعبية تعيينات الولاة الجدد فضيحة سياسية للحكومة التونسية.",
        "TUN:OPP",
        "TUN:GOV",
    ),
    (
        "ar",
        "اعتبر الأمين العام لحزب التيار الديمقراطي، سامي بن علي، قرار الحكومة "
        'التونسية "مغامرة خطيرة".',
        "TUN:OPP",
        "TUN:GOV",
    ),
    (
        "ar",
        'وصف النائب عن حركة النهضة، كمال بن يوسف، أداء وزير الداخلية "بالمهزلة".',
        "TUN:",
        "TUN:GOV",
    ),
    ("fa", "رهبر حزب مخالف انتصاب‌های تازه دولت را رسوایی خواند.", "-:OPP", "-:GOV"),
    (
        "en",
        "The opposition leader called the government's new appointments a scandal.",
        "-:OPP",
        "-:GOV",
    ),
]


@pytest.mark.parametrize(("lang", "text", "critic", "criticised"), HELD)
def test_held_farce_reads_critic_then_criticised(
    lang: str, text: str, critic: str, criticised: str
) -> None:
    events = _accuse(text, lang)
    assert events, f"no ACCUSE in {text!r}"
    first = events[0]
    assert first[0].startswith(critic), (text, events)
    assert criticised in first[1:], (text, events)


NO_BLAME = [
    # a venture or a scandal named with no verb of judging
    ("ar", "أعلنت الحكومة التونسية عن مغامرة علمية جديدة في الصحراء."),
    # a judging verb with no word of blame
    ("ar", "اعتبر رئيس حزب التيار الديمقراطي زيارة الرئيس التونسي إلى الجزائر ناجحة."),
    ("fa", "وزیر خارجه ایران سفر همتای فرانسوی خود را تاریخی خواند."),
    ("en", "The minister called for an inquiry into the scandal."),
    ("en", "The president considered the visit a success."),
]


@pytest.mark.parametrize(("lang", "text"), NO_BLAME)
def test_no_blame(lang: str, text: str) -> None:
    assert not _accuse(text, lang), text
