"""Round 49, adverbial clauses that share the main clause's subject
(clauses49; every sentence written for these tests).

- a word of time or accompaniment right before a deed word ("while / after
  / before / by" + -ing, "ضمن" + deed noun, "با" + deed told with an
  infinitive, "في معرض" + verbal noun, "مع" + verbal noun carrying its
  doer's pronoun; ``context.ADVERBIAL_OPENERS``,
  ``VERBAL_ADVERBIAL_OPENERS``) opens a clause with no subject of its own:
  its deed is the main clause's subject's, done to whom the clause names,
  with its own type; the main verb's sides are those outside the clause
  (``extract/adverbial_clause.py``);
- a circumstantial participle's clause ("…، داعية مجلس الأمن إلى …") is kept
  out of the main verb's sides when the main verb names two sides without
  it; one that names only its subject may act on whom the participle names;
- Persian "ضمن تشکر از" / "با تشکر از" thanks with no verb (SUPPORT).
"""

from __future__ import annotations

import pytest

from casts import run, sides, types

# (lang, sentence, type, [(doer code, target code)] expected among its events)
PAIRS = [
    ("en", "Iran, while condemning Israel, called on the UN to act.", "ACCUSE", ("IRN", "ISR")),
    ("en", "Iran, while condemning Israel, called on the UN to act.", "REQUEST", ("IRN", "UN")),
    ("en", "Turkey, while thanking Qatar, asked Russia to end the war.", "SUPPORT", ("TUR", "QAT")),
    ("en", "Turkey, while thanking Qatar, asked Russia to end the war.", "REQUEST", ("TUR", "RUS")),
    (
        "en",
        "Jordan urged Israel to stop the raids while praising Egypt's mediation.",
        "SUPPORT",
        ("JOR", "EGY"),
    ),
    (
        "en",
        "Saudi Arabia, after hosting talks with Yemen's Houthis, called on Iran to stop arming them.",
        "REQUEST",
        ("SAU", "IRN"),
    ),
    (
        "en",
        "The EU praised Morocco's reforms, while criticising Algeria for blocking talks.",
        "ACCUSE",
        ("EU", "DZA"),
    ),
    (
        "fa",
        "ایران ضمن تشکر از عمان، از آمریکا خواست تحریم‌ها را لغو کند.",
        "SUPPORT",
        ("IRN", "OMN"),
    ),
    (
        "fa",
        "ایران ضمن تشکر از عمان، از آمریکا خواست تحریم‌ها را لغو کند.",
        "REQUEST",
        ("IRN", "USA"),
    ),
    (
        "fa",
        "ترکیه ضمن انتقاد از اسرائیل، از روسیه خواست جنگ را پایان دهد.",
        "ACCUSE",
        ("TUR", "ISR"),
    ),
    (
        "fa",
        "ترکیه ضمن انتقاد از اسرائیل، از روسیه خواست جنگ را پایان دهد.",
        "REQUEST",
        ("TUR", "RUS"),
    ),
    (
        "fa",
        "پاکستان با محکوم کردن حمله هند، از سازمان ملل خواست مداخله کند.",
        "REQUEST",
        ("PAK", "UN"),
    ),
    (
        "fa",
        "چین از آمریکا خواست تحریم‌ها را لغو کند و ضمن انتقاد از ژاپن، از روسیه حمایت کرد.",
        "SUPPORT",
        ("CHN", "RUS"),
    ),
    (
        "ar",
        "ودعت إيران، في معرض شكرها لسلطنة عمان، الولايات المتحدة إلى رفع العقوبات",
        "SUPPORT",
        ("IRN", "OMN"),
    ),
    (
        "ar",
        "ودعت إيران، في معرض شكرها لسلطنة عمان، الولايات المتحدة إلى رفع العقوبات",
        "REQUEST",
        ("IRN", "USA"),
    ),
    (
        "ar",
        "وطالبت إيران، في معرض إدانتها للهجوم الإسرائيلي، الأمم المتحدة بالتحرك",
        "REQUEST",
        ("IRN", "UN"),
    ),
    (
        "ar",
        "وطالب وزير الخارجية السعودي، في معرض إدانته للغارات الإسرائيلية على لبنان، مجلس الأمن بالتحرك",
        "REQUEST",
        ("SAU", "UN"),
    ),
    ("ar", "وطالبت تركيا روسيا بإنهاء الحرب، مع إشادتها بقطر", "SUPPORT", ("TUR", "QAT")),
    ("ar", "وطالبت تركيا روسيا بإنهاء الحرب، مع إشادتها بقطر", "REQUEST", ("TUR", "RUS")),
]

# (lang, sentence, type, a pair that must not be read)
NOT_PAIRS = [
    ("en", "Iran, while condemning Israel, called on the UN to act.", "REQUEST", ("ISR", "UN")),
    ("en", "Turkey, while thanking Qatar, asked Russia to end the war.", "REQUEST", ("QAT", "RUS")),
    (
        "fa",
        "ایران ضمن تشکر از عمان، از آمریکا خواست تحریم‌ها را لغو کند.",
        "REQUEST",
        ("IRN", "OMN"),
    ),
    (
        "fa",
        "ترکیه ضمن انتقاد از اسرائیل، از روسیه خواست جنگ را پایان دهد.",
        "ACCUSE",
        ("TUR", "RUS"),
    ),
    (
        "fa",
        "ترکیه ضمن انتقاد از اسرائیل، از روسیه خواست جنگ را پایان دهد.",
        "REQUEST",
        ("TUR", "ISR"),
    ),
    (
        "ar",
        "ودعت إيران، في معرض شكرها لسلطنة عمان، الولايات المتحدة إلى رفع العقوبات",
        "REQUEST",
        ("IRN", "OMN"),
    ),
    (
        "ar",
        "وطالبت إيران، في معرض إدانتها للهجوم الإسرائيلي، الأمم المتحدة بالتحرك",
        "ACCUSE",
        ("IRN", "UN"),
    ),
    ("ar", "وطالبت تركيا روسيا بإنهاء الحرب، مع إشادتها بقطر", "SUPPORT", ("RUS", "QAT")),
]


def _pairs(text: str, lang: str, etype: str) -> set[tuple[str | None, str | None]]:
    """(first code, last code) of every event of one type."""
    return {(s[0][0], s[-1][0]) for s in sides(text, lang, etype)}


@pytest.mark.parametrize(("lang", "text", "etype", "pair"), PAIRS)
def test_clause_and_main_verb_keep_their_sides(lang, text, etype, pair):
    assert pair in _pairs(text, lang, etype)


@pytest.mark.parametrize(("lang", "text", "etype", "pair"), NOT_PAIRS)
def test_no_side_crosses_the_clause(lang, text, etype, pair):
    assert pair not in _pairs(text, lang, etype)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "The Saudi foreign minister, after meeting his Iranian counterpart, praised China's role.",
        ),
        ("fa", "رئیس‌جمهور ترکیه ضمن دیدار با امیر قطر، از اسرائیل انتقاد کرد."),
    ],
)
def test_a_meeting_in_the_clause_is_the_subject_s(lang, text):
    """An official's meeting told in the clause pairs the main subject with
    whom the clause names, not with the main verb's object."""
    met = [{code for code, _ in s} for s in sides(text, lang, "CONSULT")]
    assert met and all("CHN" not in m and "ISR" not in m for m in met)
    assert any(len(m) == 2 for m in met)


def test_a_lone_deed_word_opens_no_clause():
    """ "ضمن انتقاد، لبنان را مسئول دانست": the deed word alone tells how the
    main verb is done; the main verb keeps its object."""
    text = "وزیر دفاع اسرائیل ضمن انتقاد، دولت لبنان را مسئول حمله دانست."
    assert ("ISR", "LBN") in _pairs(text, "fa", "ACCUSE")


def test_a_deed_of_force_keeps_the_main_object():
    """ "killed five Palestinians while raiding the camp": a raid that names
    no one in its clause strikes whom the main verb names."""
    text = "Israeli forces killed five Palestinians while raiding the Jenin camp."
    assert ("ISR", "PSE") in _pairs(text, "en", "COERCE")


def test_participle_clause_out_of_a_main_verb_with_two_sides():
    """Arabic participle: the main verb names two sides, so the participle's
    addressee is not its target; English and Persian tell the same with a
    verb or a gerund and read it so."""
    ar = "وعبرت الأحزاب التونسية عن دعمها للشعب السوري، داعية الحكومة المصرية إلى التحرك"
    assert ("EGY", "SYR") not in _pairs(ar, "ar", "SUPPORT")
    assert ("SYR", "EGY") not in _pairs(ar, "ar", "SUPPORT")
    en = "Egypt condemned the attack, calling on the Security Council to act."
    assert ("EGY", "UN") in _pairs(en, "en", "REQUEST")
    fa = "مصر حمله را محکوم کرد و از شورای امنیت خواست اقدام کند."
    assert ("EGY", "UN") in _pairs(fa, "fa", "REQUEST")


def test_persian_thanks_with_no_verb():
    """ "با تشکر از" / "ضمن تشکر از" thank; Arabic "شكر" and English "thank"
    are read already."""
    assert "SUPPORT" in types("رئیس‌جمهور ایران با تشکر از قطر، به دوحه سفر کرد.", "fa")
    assert "SUPPORT" in types("وأعرب الرئيس الإيراني عن شكره لقطر.", "ar")
    assert "SUPPORT" in types("The Iranian president thanked Qatar.", "en")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "وتزامن ذلك مع زيارة وزير الخارجية التركي إلى القاهرة"),
        ("fa", "این توافق با حمایت روسیه و چین امضا شد."),
        ("en", "The talks began after the Qatari minister's visit to Tehran."),
    ],
)
def test_bare_with_or_after_before_a_noun_opens_no_clause(lang, text):
    """ "مع زيارة", "با حمایت", "after the … visit": no verbal form, no clause;
    what is read is what was read before (checked by the record's events
    not losing their sides)."""
    record = run(text, lang)
    assert all(e.actors for e in record.events)
