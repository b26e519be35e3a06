"""Mends of agentsar109's ring members and guard units (mendC109).

review109a found the members phrase of ``extract/ring_members.py`` taking an
earlier ring's agent for another body: a head its phrase goes on to name
("أعضاء الشبكة الوطنية للصحفيين", "members of the network of student
unions", "the ring's youth wing"), a Persian head with a suffix glued on by
ZWNJ ("عناصر هسته‌ای", "شبکه‌های مجازی"), a bare "اعضای شبکه" or "the
network" after a ring or a gang. The merge of an arrest into the ring's
dismantling lost the number arrested, and bare "وحدات الحرس" was the police
after Iran's Revolutionary Guards and before a royal guard. Sentences
written for these tests.
"""

from __future__ import annotations

import pytest

from casts import casts_in_order, run


def _crm(text: str, lang: str, etype: str) -> bool:
    """Whether any event of ``etype`` holds a criminal."""
    return any(c.endswith(":CRM") for cast in casts_in_order(text, lang, etype) for c in cast)


@pytest.mark.parametrize(
    ("text", "lang", "etype"),
    [
        # main: the four journalists' network were the gang's criminals
        (
            "فككت الشرطة عصابة لسرقة السيارات في الإسكندرية. وفي خبر آخر، "
            "اعتقلت الشرطة أربعة من أعضاء الشبكة الوطنية للصحفيين.",
            "ar",
            "COERCE",
        ),
        # main: the arrest of the unions' members merged into the dismantling
        (
            "Police broke up a car theft ring in Lyon. Later, police detained "
            "four members of the network of student unions in Paris.",
            "en",
            "COERCE",
        ),
        # main: the youth wing's four were the ring's criminals
        (
            "Police broke up a car theft ring in Lyon. "
            "Four members of the ring's youth wing were detained.",
            "en",
            "COERCE",
        ),
        # main: "شبکه‌های مجازی" read as the ring ("شبکه" + "های")
        (
            "پلیس یک باند سرقت خودرو را در مشهد متلاشی کرد. "
            "پلیس چهار نفر از اعضای شبکه‌های مجازی را بازداشت کرد.",
            "fa",
            "COERCE",
        ),
    ],
)
def test_a_head_named_further_is_another_body(text: str, lang: str, etype: str) -> None:
    later = casts_in_order(text, lang, etype)[1:]
    assert later, "the later arrest is its own event"
    assert all(not c.endswith(":CRM") for cast in later for c in cast)


@pytest.mark.parametrize(
    ("text", "lang", "etype"),
    [
        # main: the nuclear "elements" ("عناصر هسته‌ای") were the gang
        (
            "پلیس یک باند سرقت خودرو را در مشهد متلاشی کرد. "
            "مدیر آژانس از عناصر هسته‌ای رژیم صهیونیستی انتقاد کرد.",
            "fa",
            "ACCUSE",
        ),
        # main: a bare "the network" after a ring took the ring's agent
        (
            "Police broke up a car theft ring in Lyon. "
            "Members of the network marched against the government in Paris.",
            "en",
            "PROTEST",
        ),
        (
            "فككت الشرطة عصابة لسرقة السيارات في الإسكندرية. "
            "وفي سياق آخر، انتقد أعضاء الشبكة العربية للإعلام وزير الداخلية.",
            "ar",
            "ACCUSE",
        ),
        (
            "پلیس یک باند سرقت خودرو را در مشهد متلاشی کرد. "
            "اعضای شبکه در برابر استانداری تجمع کردند.",
            "fa",
            "PROTEST",
        ),
    ],
)
def test_another_network_is_no_ring(text: str, lang: str, etype: str) -> None:
    assert not _crm(text, lang, etype)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "فككت الشرطة عصابة لسرقة المواشي في الكاف. "
            "وقالت الشرطة إن أفراد العصابة الأربعة اعترفوا بالسرقة وأوقفتهم.",
            "ar",
        ),
        (
            "پلیس یک باند سرقت خودرو را در مشهد متلاشی کرد. "
            "پلیس چهار نفر از اعضای این باند را بازداشت کرد.",
            "fa",
        ),
        (
            "Police broke up a car theft ring in Lyon. Police detained four members of the ring.",
            "en",
        ),
    ],
)
def test_the_ring_told_again_keeps_its_members(text: str, lang: str) -> None:
    assert _crm(text, lang, "COERCE")


@pytest.mark.parametrize(
    ("text", "lang", "arrested"),
    [
        # main: the five arrested merged away with the second report
        (
            "فككت الشرطة عصابة لسرقة المواشي في الكاف. واعتقلت الشرطة خمسة من عناصر الشبكة.",
            "ar",
            5,
        ),
        (
            "پلیس یک باند سرقت خودرو را متلاشی کرد. "
            "پلیس چهار نفر از اعضای این باند را بازداشت کرد.",
            "fa",
            4,
        ),
        (
            "Police dismantled a drug ring. Police arrested three members of the ring.",
            "en",
            3,
        ),
    ],
)
@pytest.mark.xfail(
    strict=True,
    reason="merged reports keep the first report's counts only: carrying the "
    "absorbed ones surfaced misread counts in 14 of 36 corpus documents (mendC109)",
)
def test_a_merged_report_keeps_its_count(text: str, lang: str, arrested: int) -> None:
    counts = [e.counts.get("arrested") for e in run(text, lang).events if e.type == "COERCE"]
    assert arrested in counts


@pytest.mark.parametrize(
    ("text", "etype", "agent"),
    [
        # main: [IRN:COP] (the IRGC's units the police)
        (
            "أعلن الحرس الثوري الإيراني أن وحدات الحرس اعتقلت خمسة مهربين في بوشهر.",
            "COERCE",
            "IRN:MIL",
        ),
        # main: [-:COP] (a royal guard the police)
        ("انتشرت وحدات الحرس الملكي حول القصر في الرباط.", "MOBILIZE", "MIL"),
        # the garde nationale's units stay the police
        (
            "قالت وزارة الداخلية التونسية إن وحدات الحرس أوقفت أربعة مهربين.",
            "COERCE",
            "TUN:COP",
        ),
    ],
)
def test_guard_units_by_state(text: str, etype: str, agent: str) -> None:
    casts = casts_in_order(text, "ar", etype)
    assert casts and casts[0][0].endswith(agent)
