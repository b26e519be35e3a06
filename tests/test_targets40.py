"""Round targets40: the people an appeal is aimed at are its second side.

Nouns for people too vague to be a side anywhere else (voters, the public,
supporters, Muslims, parents) are the addressee of a request where a verb
of asking governs them: after the verb in Arabic and English ("حث …
الناخبين على", "urged the public to"), after "از" with the verb of asking
following in Persian ("از رای‌دهندگان خواست"). Elsewhere (a poll, promises
made to voters) they stay no side (``extract/asked_nouns``). Sentences
written for these tests.
"""

from __future__ import annotations

import pytest

from casts import first_cast, run

# (language, sentence, the asker, the one asked)
ASKED = [
    ("ar", "حثت رئيسة الوزراء البولندية الناخبين على الإدلاء بأصواتهم غدا.", "POL:GOV", "POL:CVL"),
    ("ar", "ودعا وزير الداخلية الكيني جميع الناخبين إلى الهدوء.", "KEN:GOV", "KEN:CVL"),
    (
        "ar",
        "ناشد الرئيس الغاني أولياء الأمور إبقاء أطفالهم في المنازل خلال العاصفة.",
        "GHA:GOV",
        "GHA:CVL",
    ),
    ("ar", "دعا العاهل المغربي المسلمين إلى التبرع لضحايا الفيضانات.", "MAR:GOV", "MAR:CVL"),
    ("fa", "نخست‌وزیر هلند از رای‌دهندگان خواست در همه‌پرسی شرکت کنند.", "NLD:GOV", "NLD:CVL"),
    ("fa", "رئیس‌جمهور شیلی از همه واجدین شرایط دعوت کرد پای صندوق بیایند.", "CHL:GOV", "CHL:CVL"),
    ("fa", "رهبر حزب حاکم مجارستان از طرفدارانش خواست آرام بمانند.", "HUN:PTY", "HUN:CVL"),
    (
        "en",
        "The Chilean president urged the public to stay indoors on Friday.",
        "CHL:GOV",
        "CHL:CVL",
    ),
    (
        "en",
        "Kenya's interior minister called on all supporters to remain calm.",
        "KEN:GOV",
        "KEN:CVL",
    ),
    (
        "en",
        "The Dutch prime minister appealed to the electorate to turn out.",
        "NLD:GOV",
        "NLD:CVL",
    ),
]


@pytest.mark.parametrize(("lang", "text", "asker", "asked"), ASKED)
def test_the_one_asked_is_the_second_side(lang: str, text: str, asker: str, asked: str) -> None:
    assert first_cast(text, lang, "REQUEST") == [asker, asked]


NOT_ASKED = [
    # a share of voters in a poll, promises made to voters, supporters of a deal
    ("ar", "أظهر استطلاع أن ثلثي الناخبين يؤيدون زيارة الرئيس البولندي إلى كييف."),
    ("ar", "انتقد الرئيس الكيني وعود المعارضة للناخبين."),
    # an adjective of a party after a verb of asking ("Republican")
    ("ar", "حث زعيم الحزب الجمهوري في كينيا الحكومة على إجراء تحقيق عاجل."),
    ("fa", "به گفته این نظرسنجی نیمی از رای‌دهندگان هلندی از سفر نخست‌وزیر به پکن حمایت می‌کنند."),
    ("fa", "وزیر خارجه شیلی حامیان این طرح را به فریبکاری متهم کرد."),
    ("en", "A poll found that half of the public backs the Dutch premier's visit to Beijing."),
    ("en", "The Chilean minister criticised supporters of the plan."),
    # "public" qualifying the noun after it
    ("en", "The Dutch premier urged the public broadcaster to correct its report."),
]


@pytest.mark.parametrize(("lang", "text"), NOT_ASKED)
def test_elsewhere_they_are_no_side(lang: str, text: str) -> None:
    agents = {a.agent for e in run(text, lang).events for a in e.actors}
    assert "CVL" not in agents
