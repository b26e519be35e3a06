"""Round 85 (roles85): the role and agent of a named person from how the
text describes him (sentences written for these tests).

- a deputy prime minister who is also foreign minister ("نائب رئيس الوزراء
  وزير الخارجية", "معاون نخست وزیر و وزیر امور خارجه", "Deputy Prime
  Minister and Foreign Minister") is one man known by the finer post:
  ``mention_scan._finer_office`` in a chain of titles, and
  ``_finer_post_of_holder`` where a state before the first title took it;
- a billionaire or magnate ("الملياردير", "میلیاردر", "billionaire") is a
  business person (`lang/*/roles.py` "business"), not his state whole;
- a former office holder set off by a comma or "and" as a party's leader
  ("Former French President X, leader of the Republicans", "… رئیس جمهور
  سابق … و رهبر حزب …") acts as the party's leader, with his own state, and
  the party is no second actor (``mention_scan._former_now_leads``).
"""

from __future__ import annotations

import pytest

from casts import run


def _people(text: str, lang: str, kind: str) -> list[tuple[str | None, str | None, str | None]]:
    """(code, agent, role) of every actor of the events of one type."""
    events = [e for e in run(text, lang).events if e.type == kind]
    assert events, f"no {kind} in {text}"
    return [(a.code, a.agent, a.role) for e in events for a in e.actors]


# main read the plain "minister" of the deputy prime minister's title
@pytest.mark.parametrize(
    ("text", "lang", "state"),
    [
        ("استقبل نائب رئيس الوزراء وزير الخارجية الكويتي نظيره المغربي في الكويت.", "ar", "KWT"),
        # joined by a glued "و": main read this one right already
        ("التقى نائب رئيس الوزراء ووزير الخارجية القطري نظيره التركي في الدوحة.", "ar", "QAT"),
        ("معاون نخست وزیر و وزیر امور خارجه کویت با همتای ترکیه‌ای خود دیدار کرد.", "fa", "KWT"),
        (
            "Kuwait's Deputy Prime Minister and Foreign Minister met his Turkish counterpart.",
            "en",
            "KWT",
        ),
        (
            "The Qatari Deputy Prime Minister and Foreign Minister met the Turkish president.",
            "en",
            "QAT",
        ),
    ],
)
def test_a_deputy_prime_minister_who_is_foreign_minister(text: str, lang: str, state: str) -> None:
    kind = "CONSULT"
    assert (state, "GOV", "foreign_minister") in _people(text, lang, kind)
    assert (state, "GOV", "minister") not in _people(text, lang, kind)


# guards: a deputy prime minister with another portfolio, and two men
@pytest.mark.parametrize(
    ("text", "lang", "state", "role"),
    [
        (
            "التقى نائب رئيس الوزراء وزير الداخلية الكويتي نظيره المغربي في الرباط.",
            "ar",
            "KWT",
            "minister",
        ),
        ("معاون نخست وزیر کویت با وزیر امور خارجه ترکیه دیدار کرد.", "fa", "KWT", "minister"),
        (
            "The French prime minister met the Turkish foreign minister in Paris.",
            "en",
            "FRA",
            "head_of_government",
        ),
    ],
)
def test_other_posts_keep_their_role(text: str, lang: str, state: str, role: str) -> None:
    assert (state, "GOV", role) in _people(text, lang, "CONSULT")


# main read the man as the state he once led (no agent) and the party apart
@pytest.mark.parametrize(
    ("text", "lang", "state"),
    [
        (
            "انتقد رئيس الوزراء الباكستاني السابق نواز شريف، زعيم حزب الرابطة الإسلامية، "
            "الحكومة الباكستانية.",
            "ar",
            "PAK",
        ),
        (
            "نواز شریف نخست وزیر سابق پاکستان و رهبر حزب مسلم لیگ از دولت پاکستان انتقاد کرد.",
            "fa",
            "PAK",
        ),
        (
            "Former Pakistani Prime Minister Nawaz Sharif, leader of the Pakistan Muslim League, "
            "criticized the government in Islamabad.",
            "en",
            "PAK",
        ),
        # the party's name is also another state's party ("Republicans"):
        # the man keeps the state he led
        (
            "Former French President Nicolas Sarkozy, leader of the Republicans party, "
            "criticized the French government.",
            "en",
            "FRA",
        ),
    ],
)
def test_a_former_leader_who_now_leads_a_party(text: str, lang: str, state: str) -> None:
    people = _people(text, lang, "ACCUSE")
    assert (state, "PTY", "party_leader") in people
    assert not [p for p in people if p[2] in ("head_of_state", "head_of_government")]
    assert "USA" not in {p[0] for p in people}


# guards: a former leader who meets another party's leader stays apart
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "استقبل الرئيس الأمريكي السابق باراك أوباما رئيس حزب المحافظين البريطاني في واشنطن.",
            "ar",
        ),
        ("باراک اوباما رئیس جمهور سابق آمریکا با رهبر حزب محافظه‌کار بریتانیا دیدار کرد.", "fa"),
        (
            "Former US President Barack Obama met the leader of the Conservative Party in Washington.",
            "en",
        ),
    ],
)
def test_a_former_leader_meeting_a_party_leader_is_two_men(text: str, lang: str) -> None:
    people = _people(text, lang, "CONSULT")
    assert ("GBR", "PTY", "party_leader") in people
    assert ("USA", None, "head_of_state") in people


# main read the billionaire as his state whole (no agent), or as the state's
# official by a prince's title written beside it
@pytest.mark.parametrize(
    ("text", "lang", "kind", "state"),
    [
        ("التقى رئيس الوزراء الهندي الملياردير الإماراتي في نيودلهي.", "ar", "CONSULT", "ARE"),
        ("نخست وزیر هند با یک میلیاردر اماراتی در دهلی نو دیدار کرد.", "fa", "CONSULT", "ARE"),
        ("Police in Lagos arrested a Nigerian billionaire on Monday.", "en", "COERCE", "NGA"),
        ("The Indian prime minister met an Emirati magnate in New Delhi.", "en", "CONSULT", "ARE"),
    ],
)
def test_a_billionaire_is_a_business_person(text: str, lang: str, kind: str, state: str) -> None:
    assert (state, "BUS", "business") in _people(text, lang, kind)


# guard: a businessman was read so already
def test_a_businessman_stays_business() -> None:
    text = "التقى رئيس الوزراء الهندي رجل الأعمال الإماراتي في نيودلهي."
    assert ("ARE", "BUS", "business") in _people(text, "ar", "CONSULT")
