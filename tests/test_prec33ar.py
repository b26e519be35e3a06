"""Who is a side when a medium relays another's words, and when a landmark
is named after its city: one event told in Arabic, Persian and English reads
the same (round 33, prec33ar; every sentence written for these tests).

Rules added in this round so that the triples below agree:

- a medium that relays ("نقلت وكالة الأنباء الفرنسية عن وزير الخارجية
  البريطاني قوله إن بلاده …", "ذكرت وكالة … نقلا عن …") ends at the
  preposition of whom it quotes (``context.RELAY_PREPOSITIONS``): the one
  quoted is the speaker, no part of the medium's name, and a party when his
  own country opens the report; the relaying medium and its country are no
  party at all (``sources._relayed``). Before, the minister was swallowed as
  the agency's name and the agency's state took his place, or the event was
  lost;
- a capital or city after the head of a landmark in the construct state
  ("قرب جسر لندن", "محطة مترو موسكو", "أمام أحد مساجد لندن", "قرب متحف
  كابول") is where something happened, as after "the capital" or an
  airport (``LOCATION_HEAD_NOUNS``), not a side: the police who report an
  attack near London Bridge are no longer its victims;
- English and Persian: an official of one state who says what another state
  did ("a senior Egyptian official said Saudi Arabia had cut ties with
  Qatar", "یک مقام مصری گفت عربستان …") tells the event and is no party,
  as Arabic "قال مسؤول مصري إن السعودية …" was read: a bare state opening
  the report is its own subject when the speaker is of another known state
  (``sources._subject_at``); one of his own state ("the British foreign
  secretary said Britain …") or a speaker of no state still speaks for it;
- English: past whom a statement is told to ("told Reuters that …",
  ``sources._past_addressee``) comes the report's subject.
"""

from __future__ import annotations

import pytest

from casts import reading_lines as _read

# --- relayed words: (medium en, ar, fa) × (speaker, his report, reading) ---
_MEDIA = [
    ("Agence France-Presse", "وكالة الأنباء الفرنسية", "خبرگزاری فرانسه"),
    ("Reuters", "وكالة رويترز", "رویترز"),
    ("The Guardian", "صحيفة الغارديان البريطانية", "روزنامه گاردین"),
]
_REPORTS = [
    (
        ("the British foreign secretary", "وزير الخارجية البريطاني", "وزیر خارجه انگلیس"),
        (
            "his country had imposed sanctions on Iran",
            "بلاده فرضت عقوبات على إيران",
            "کشورش علیه ایران تحریم وضع کرده است",
        ),
        ("SANCTION reported GBR:GOV IRN:",),
    ),
    (
        ("the Syrian foreign minister", "وزير الخارجية السوري", "وزیر خارجه سوریه"),
        (
            "his country had signed an agreement with Iran",
            "بلاده وقعت اتفاقية مع إيران",
            "کشورش با ایران توافقنامه‌ای امضا کرده است",
        ),
        ("AGREE reported SYR:GOV IRN:",),
    ),
    (
        ("the Turkish defence minister", "وزير الدفاع التركي", "وزیر دفاع ترکیه"),
        (
            "his country had expelled the Dutch ambassador",
            "بلاده طردت السفير الهولندي",
            "کشورش سفیر هلند را اخراج کرده است",
        ),
        ("SANCTION reported TUR:GOV NLD:GOV",),
    ),
]


def _relayed() -> list[tuple[str, str, str, tuple[str, ...]]]:
    """Each report told three ways: quoted by the medium, told to it, and
    "according to" it."""
    out = []
    for m_en, m_ar, m_fa in _MEDIA:
        for (s_en, s_ar, s_fa), (d_en, d_ar, d_fa), want in _REPORTS:
            out.append(
                (
                    f"{m_en} quoted {s_en} as saying that {d_en}.",
                    f"ونقلت {m_ar} عن {s_ar} قوله إن {d_ar}.",
                    f"{m_fa} به نقل از {s_fa} گزارش داد که {d_fa}.",
                    want,
                )
            )
            out.append(
                (
                    f"{s_en[0].upper()}{s_en[1:]} told {m_en} that {d_en}.",
                    f"وقال {s_ar} ل{m_ar} إن {d_ar}.",
                    f"{s_fa} به {m_fa} گفت {d_fa}.",
                    want,
                )
            )
            out.append(
                (
                    f"According to {m_en}, {s_en} said that {d_en}.",
                    f"وذكرت {m_ar} نقلا عن {s_ar} أن {d_ar}.",
                    f"به گزارش {m_fa}، {s_fa} گفت {d_fa}.",
                    want,
                )
            )
    return out


# --- landmarks named after their city: (en, ar, fa place, code, nationality) ---
_LANDMARKS = [
    ("near London Bridge", "قرب جسر لندن", "در نزدیکی پل لندن", "GBR", ("British", "البريطانية", "بریتانیا")),
    ("near a Moscow metro station", "قرب محطة مترو موسكو", "در نزدیکی ایستگاه متروی مسکو", "RUS", ("Russian", "الروسية", "روسیه")),
    ("near a Baghdad hotel", "قرب فندق بغداد", "در نزدیکی هتل بغداد", "IRQ", ("Iraqi", "العراقية", "عراق")),
    ("near Tehran airport", "بالقرب من مطار طهران", "در نزدیکی فرودگاه تهران", "IRN", ("Iranian", "الإيرانية", "ایران")),
    ("near the Kabul museum", "قرب متحف كابول", "در نزدیکی موزه کابل", "AFG", ("Afghan", "الأفغانية", "افغانستان")),
]  # fmt: skip
_DEEDS = [
    (
        "Gunmen killed three people {p} on Sunday.",
        "قتل مسلحون ثلاثة أشخاص {p} يوم الأحد.",
        "مردان مسلح روز یکشنبه سه نفر را {p} کشتند.",
        "ASSAULT reported {c}:UAF {c}:CVL",
    ),
    (
        "Two attackers shot dead five people {p}.",
        "قتل مهاجمان اثنان خمسة أشخاص بالرصاص {p}.",
        "دو مهاجم پنج نفر را {p} به ضرب گلوله کشتند.",
        "ASSAULT reported {c}:UAF {c}:CVL",
    ),
    (
        "Police arrested two men {p} on Friday.",
        "اعتقلت الشرطة رجلين {p} يوم الجمعة.",
        "پلیس روز جمعه دو مرد را {p} بازداشت کرد.",
        "COERCE reported {c}:COP {c}:CVL",
    ),
    (
        "Unknown gunmen opened fire on a police patrol {p}.",
        "أطلق مسلحون مجهولون النار على دورية للشرطة {p}.",
        "افراد مسلح ناشناس به یک گشت پلیس {p} تیراندازی کردند.",
        "ASSAULT reported {c}:UAF {c}:COP",
    ),
    (
        "Protesters clashed with police {p}.",
        "اشتبك محتجون مع الشرطة {p}.",
        "معترضان {p} با پلیس درگیر شدند.",
        "ASSAULT reported {c}:CVL {c}:COP",
    ),
    (
        "A suicide bomber killed four soldiers {p}.",
        "قتل انتحاري أربعة جنود {p}.",
        "یک بمب‌گذار انتحاری چهار سرباز را {p} کشت.",
        "ASSAULT reported {c}:UAF {c}:MIL",
    ),
    # the police report it: the speaker's state is not the victim
    (
        "{n} police said two attackers killed six people {p} on Saturday.",
        "قالت الشرطة {n} إن مهاجمين اثنين قتلوا ستة أشخاص {p} يوم السبت.",
        "پلیس {n} گفت دو مهاجم روز شنبه شش نفر را {p} کشتند.",
        "ASSAULT reported {c}:UAF {c}:CVL",
    ),
    (
        "{n} police said gunmen shot dead a policeman {p}.",
        "قالت الشرطة {n} إن مسلحين قتلوا شرطيا بالرصاص {p}.",
        "پلیس {n} گفت مردان مسلح یک مأمور پلیس را {p} با شلیک گلوله کشتند.",
        "ASSAULT reported {c}:UAF {c}:COP",
    ),
    (
        "{n} police said they arrested three suspects {p}.",
        "أعلنت الشرطة {n} أنها اعتقلت ثلاثة مشتبه بهم {p}.",
        "پلیس {n} اعلام کرد سه مظنون را {p} بازداشت کرده است.",
        "COERCE reported {c}:COP {c}:CRM",
    ),
]


def _landmarked() -> list[tuple[str, str, str, tuple[str, ...]]]:
    """Each deed told near each landmark."""
    out = []
    for p_en, p_ar, p_fa, code, (n_en, n_ar, n_fa) in _LANDMARKS:
        for d_en, d_ar, d_fa, want in _DEEDS:
            out.append(
                (
                    d_en.format(p=p_en, n=n_en),
                    d_ar.format(p=p_ar, n=n_ar),
                    d_fa.format(p=p_fa, n=n_fa),
                    (want.format(c=code),),
                )
            )
    return out


# --- a report of what others did: the speaker is no party -------------------
_SPEAKERS = [
    ("a senior Egyptian official", "مسؤول مصري كبير", "یک مقام ارشد مصری"),
    ("a Jordanian diplomat", "دبلوماسي أردني", "یک دیپلمات اردنی"),
]
_OTHERS_DEEDS = [
    (
        "Saudi Arabia had cut diplomatic ties with Qatar",
        "السعودية قطعت علاقاتها الدبلوماسية مع قطر",
        "عربستان روابط دیپلماتیک خود را با قطر قطع کرده است",
        "SANCTION reported SAU: QAT:",
    ),
    (
        "Turkey had expelled the Dutch ambassador",
        "تركيا طردت السفير الهولندي",
        "ترکیه سفیر هلند را اخراج کرده است",
        "SANCTION reported TUR: NLD:GOV",
    ),
]


def _others() -> list[tuple[str, str, str, tuple[str, ...]]]:
    """An official relays, or tells a medium, what two other states did."""
    out = []
    for m_en, m_ar, m_fa in _MEDIA:
        for s_en, s_ar, s_fa in _SPEAKERS:
            for d_en, d_ar, d_fa, want in _OTHERS_DEEDS:
                out.append(
                    (
                        f"{m_en} quoted {s_en} as saying that {d_en}.",
                        f"ونقلت {m_ar} عن {s_ar} قوله إن {d_ar}.",
                        f"{m_fa} به نقل از {s_fa} گزارش داد که {d_fa}.",
                        (want,),
                    )
                )
                out.append(
                    (
                        f"{s_en[0].upper()}{s_en[1:]} told {m_en} that {d_en}.",
                        f"وقال {s_ar} ل{m_ar} إن {d_ar}.",
                        f"{s_fa} به {m_fa} گفت {d_fa}.",
                        (want,),
                    )
                )
    return out


# --- talks about a third state: the topic is no party ----------------------
_PAIRS = [
    ("Russian", "Turkish", "الروسي", "التركي", "روسیه", "ترکیه", "RUS", "TUR"),
    ("French", "German", "الفرنسي", "الألماني", "فرانسه", "آلمان", "FRA", "DEU"),
    ("Chinese", "Pakistani", "الصيني", "الباكستاني", "چین", "پاکستان", "CHN", "PAK"),
]
_TOPICS = [
    ("the Syrian crisis", "الأزمة السورية", "بحران سوریه"),
    ("the situation in Yemen", "الوضع في اليمن", "اوضاع یمن"),
    ("Iran's nuclear programme", "البرنامج النووي الإيراني", "برنامه هسته‌ای ایران"),
    ("the war in Ukraine", "الحرب في أوكرانيا", "جنگ اوکراین"),
]
_TALKS = [
    (
        "The {A} foreign minister discussed {T} with his {B} counterpart on Monday.",
        "بحث وزير الخارجية {a} مع نظيره {b} يوم الاثنين {t}.",
        "وزیر خارجه {fa} روز دوشنبه با همتای {fb} خود درباره {ft} گفت‌وگو کرد.",
    ),
    (
        "The {A} foreign minister spoke by phone with his {B} counterpart about {T}.",
        "أجرى وزير الخارجية {a} اتصالا هاتفيا مع نظيره {b} بشأن {t}.",
        "وزیر خارجه {fa} در تماس تلفنی با همتای {fb} خود درباره {ft} گفت‌وگو کرد.",
    ),
]


def _talks() -> list[tuple[str, str, str, tuple[str, ...]]]:
    """Two ministers talk about a third state's crisis."""
    out = []
    for en_a, en_b, ar_a, ar_b, fa_a, fa_b, code_a, code_b in _PAIRS:
        for t_en, t_ar, t_fa in _TOPICS:
            for f_en, f_ar, f_fa in _TALKS:
                out.append(
                    (
                        f_en.format(A=en_a, B=en_b, T=t_en),
                        f_ar.format(a=ar_a, b=ar_b, t=t_ar),
                        f_fa.format(fa=fa_a, fb=fa_b, ft=t_fa),
                        (f"CONSULT reported {code_a}:GOV {code_b}:GOV",),
                    )
                )
    return out


AGREED = _relayed() + _landmarked() + _others() + _talks()

# Triples still read apart in one language: (English text, language). The
# reading the other two give is checked there as a strict xfail: Persian "به
# نقل از" drops whom a medium quotes, even when his own country opens the
# report ("کشورش"), and the Russian police near a Moscow station lose their
# agent.
_GAPS: set[tuple[str, str]] = {
    (
        "Agence France-Presse quoted the British foreign secretary as saying that his country had imposed sanctions on Iran.",
        "fa",
    ),
    (
        "Agence France-Presse quoted the Syrian foreign minister as saying that his country had signed an agreement with Iran.",
        "fa",
    ),
    (
        "Agence France-Presse quoted the Turkish defence minister as saying that his country had expelled the Dutch ambassador.",
        "fa",
    ),
    (
        "Reuters quoted the British foreign secretary as saying that his country had imposed sanctions on Iran.",
        "fa",
    ),
    (
        "Reuters quoted the Syrian foreign minister as saying that his country had signed an agreement with Iran.",
        "fa",
    ),
    (
        "Reuters quoted the Turkish defence minister as saying that his country had expelled the Dutch ambassador.",
        "fa",
    ),
    (
        "The Guardian quoted the British foreign secretary as saying that his country had imposed sanctions on Iran.",
        "fa",
    ),
    (
        "The Guardian quoted the Syrian foreign minister as saying that his country had signed an agreement with Iran.",
        "fa",
    ),
    (
        "The Guardian quoted the Turkish defence minister as saying that his country had expelled the Dutch ambassador.",
        "fa",
    ),
    ("Russian police said they arrested three suspects near a Moscow metro station.", "fa"),
}


def _cases() -> list:
    """One case per sentence and language, known gaps as strict xfails."""
    out = []
    for n, (en, ar, fa, want) in enumerate(AGREED):
        for lang, text in (("en", en), ("ar", ar), ("fa", fa)):
            marks = (
                [pytest.mark.xfail(strict=True, reason="known gap")] if (en, lang) in _GAPS else []
            )
            out.append(pytest.param(text, lang, want, id=f"{n}-{lang}", marks=marks))
    return out


@pytest.mark.parametrize(("text", "lang", "want"), _cases())
def test_triples_read_alike(text: str, lang: str, want: tuple[str, ...]) -> None:
    assert _read(text, lang) == set(want)


# One language only: what the rules must keep.
CASES: list[tuple[str, str, set[str]]] = [
    # a speaker of the state he reports on speaks for it
    (
        "The British foreign secretary said Britain had imposed sanctions on Iran.",
        "en",
        {"SANCTION reported GBR:GOV IRN:"},
    ),
    (
        "The British foreign secretary told reporters that his country had imposed "
        "sanctions on Iran.",
        "en",
        {"SANCTION reported GBR:GOV IRN:"},
    ),
    (
        "The Iranian foreign minister told reporters in Tehran that Iran would hold "
        "talks with Saudi Arabia.",
        "en",
        {"CONSULT planned IRN:GOV SAU:"},
    ),
    (
        "وزیر خارجه انگلیس گفت بریتانیا علیه ایران تحریم وضع کرده است.",
        "fa",
        {"SANCTION reported GBR:GOV IRN:"},
    ),
    (
        "قال وزير الخارجية البريطاني إن بريطانيا فرضت عقوبات على إيران.",
        "ar",
        {"SANCTION reported GBR:GOV IRN:"},
    ),
    # a state's own agency relays its minister
    (
        "ونقلت وكالة الأنباء السعودية عن وزير الخارجية السعودي قوله إن المملكة "
        "قطعت علاقاتها مع قطر.",
        "ar",
        {"SANCTION reported SAU:GOV QAT:"},
    ),
    # a landmark after "أمام", as "outside" and "مقابل"
    ("اعتقلت الشرطة رجلين أمام أحد مساجد لندن.", "ar", {"COERCE reported GBR:COP GBR:CVL"}),
    ("Police arrested two men outside a London mosque.", "en", {"COERCE reported GBR:COP GBR:CVL"}),
    (
        "پلیس دو مرد را مقابل یکی از مساجد لندن بازداشت کرد.",
        "fa",
        {"COERCE reported GBR:COP GBR:CVL"},
    ),
]


@pytest.mark.parametrize(("text", "lang", "want"), CASES)
def test_rule_cases(text: str, lang: str, want: set[str]) -> None:
    assert _read(text, lang) == want
