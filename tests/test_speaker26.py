"""Who speaks is who acts; who is spoken to is no target (speaker26).

* The partner of a conversation — named after a joint noun ("phone call",
  "تماس تلفنی", "اتصال هاتفي") and its partner preposition ("with", "با",
  "مع") — takes part in the conversation only, not in what is said or done
  in it: "In a phone call with the British foreign secretary, the Israeli
  prime minister condemned Iran" accuses Iran, not Britain
  (``parties._interlocutor_out``). Requests and cooperation, often addressed
  to that partner, keep it.
* A joint noun whose partner is the press ("in a phone call with
  reporters") is an interview: no talks between the sentence's other actors
  (``parties._audience_partner``).

Parallel triples written for these tests."""

from __future__ import annotations

import pytest

from casts import cast, run

# --- the partner of a conversation is no target of what is said in it ---


@pytest.mark.parametrize(
    ("lang", "text", "etype", "doer", "target", "partner"),
    [
        (
            "en",
            "In a phone call with the British foreign secretary, the Israeli prime minister"
            " condemned Iran.",
            "ACCUSE",
            "ISR:GOV",
            "IRN",
            "GBR",
        ),
        (
            "fa",
            "نخست وزیر اسرائیل در گفت‌وگو با وزیر خارجه انگلیس با متهم کردن ایران به حمایت از"
            " تروریسم خواستار اقدام شد.",
            "ACCUSE",
            "ISR:GOV",
            "IRN",
            "GBR",
        ),
        (
            "ar",
            "خلال اتصال هاتفي مع وزير الخارجية البريطاني، أدان رئيس الوزراء الإسرائيلي إيران.",
            "ACCUSE",
            "ISR:GOV",
            "IRN",
            "GBR",
        ),
        (
            "en",
            "In a conversation with the French president, the Turkish president threatened Greece.",
            "THREATEN",
            "TUR:GOV",
            "GRC",
            "FRA",
        ),
        (
            "fa",
            "رئیس جمهور ترکیه در گفت‌وگو با رئیس جمهور فرانسه یونان را تهدید کرد.",
            "THREATEN",
            "TUR:GOV",
            "GRC",
            "FRA",
        ),
        (
            "ar",
            "خلال محادثة مع الرئيس الفرنسي، هدد الرئيس التركي اليونان.",
            "THREATEN",
            "TUR:GOV",
            "GRC",
            "FRA",
        ),
    ],
)
def test_conversation_partner_is_no_target(
    lang: str, text: str, etype: str, doer: str, target: str, partner: str
) -> None:
    actors = cast(run(text, lang), etype)
    assert doer in actors, actors
    assert any(a.startswith(target + ":") for a in actors), actors
    assert not any(a.startswith(partner + ":") for a in actors), actors


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "In a phone call with the British foreign secretary, the Israeli prime minister"
            " condemned Iran.",
        ),
        (
            "ar",
            "خلال اتصال هاتفي مع وزير الخارجية البريطاني، أدان رئيس الوزراء الإسرائيلي إيران.",
        ),
        (
            "fa",
            "یائیر لاپید وزیر خارجه اسرائیل در گفت‌وگو با دومینیک راب وزیر خارجه انگلیس با متهم"
            " کردن ایران درباره حمله به کشتی، گفت: پاسخی سخت در راه است.",
        ),
    ],
)
def test_conversation_partner_stays_a_side_of_the_conversation(lang: str, text: str) -> None:
    actors = cast(run(text, lang), "CONSULT")
    assert {a.split(":")[0] for a in actors} == {"ISR", "GBR"}, actors
    accused = cast(run(text, lang), "ACCUSE")
    assert not any(a.startswith("GBR:") for a in accused), accused


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "In a phone call with the Egyptian president, the Qatari emir called for more aid."),
        ("fa", "امیر قطر در تماس تلفنی با رئیس جمهور مصر خواستار کمک بیشتر شد."),
        ("ar", "خلال اتصال هاتفي مع الرئيس المصري، دعا أمير قطر إلى مزيد من المساعدات."),
    ],
)
def test_a_request_keeps_the_partner(lang: str, text: str) -> None:
    """What is asked in a call is often asked of the partner."""
    actors = cast(run(text, lang), "REQUEST")
    assert {a.split(":")[0] for a in actors} == {"QAT", "EGY"}, actors


# --- a conversation with the press is no talks ---


@pytest.mark.parametrize(
    ("lang", "text", "doer"),
    [
        (
            "en",
            "In a phone call with reporters, the Saudi foreign minister condemned Iran.",
            "SAU:GOV",
        ),
        ("fa", "وزیر خارجه عربستان در گفت‌وگو با خبرنگاران، ایران را محکوم کرد.", "SAU:GOV"),
        ("ar", "في حديث مع الصحفيين، أدان وزير الخارجية السعودي إيران.", "SAU:GOV"),
    ],
)
def test_talking_to_the_press_is_no_consultation(lang: str, text: str, doer: str) -> None:
    record = run(text, lang)
    assert not cast(record, "CONSULT"), cast(record, "CONSULT")
    assert doer in cast(record, "ACCUSE"), cast(record, "ACCUSE")
