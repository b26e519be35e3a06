"""A head's title whose country is written behind a noun of statehood
("رئيس جمهورية جيبوتي", "the President of the Republic of Yemen") keeps its
role and agent, also right after another head's name (agents104).

``mention_scan._bare_gap``: a title glued to "و" after a named man adds the
list's next man, as "و" written apart does; main read "… الجابر الصباح
ورئيس جمهورية اليمن" as the emir's own title and left Yemen with no agent.
``mention_scan._country_after`` reads the country past a noun of statehood
(``context.STATE_STYLE_NOUNS``): "استقبل السيسي رئيس جمهورية جيبوتي" is his
guest, not his own second title. English reaches the country through "of
the Republic of" (``ROLE_COUNTRY_LINKS``). Persian already read these.
Sentences written for these tests.
"""

from __future__ import annotations

from casts import casts_in_order


def test_arabic_republic_head_last_in_list_after_long_name() -> None:
    # main: [TUN:GOV, KWT:GOV, YEM:] (the emir was taken to hold the title)
    text = (
        "اجتمع في القمة الرئيس التونسي الباجي قائد السبسي وأمير الكويت الشيخ صباح "
        "الأحمد الجابر الصباح ورئيس جمهورية اليمن."
    )
    assert casts_in_order(text, "ar", "CONSULT") == [["TUN:GOV", "KWT:GOV", "YEM:GOV"]]


def test_arabic_republic_head_named_last_in_list() -> None:
    # main: [QAT:GOV, SDN:GOV] (the Comoros were lost)
    text = (
        "ويشارك في القمة أمير قطر الشيخ تميم بن حمد آل ثاني والرئيس السوداني عمر "
        "حسن البشير ورئيس جمهورية جزر القمر غزالي عثمان."
    )
    assert casts_in_order(text, "ar", "CONSULT") == [["QAT:GOV", "SDN:GOV", "COM:GOV"]]


def test_arabic_host_receives_republic_head() -> None:
    # main: [EGY:GOV, DJI:]
    text = "استقبل الرئيس المصري عبد الفتاح السيسي رئيس جمهورية جيبوتي في قصر الاتحادية."
    assert casts_in_order(text, "ar", "CONSULT") == [["EGY:GOV", "DJI:GOV"]]


def test_arabic_king_receives_republic_head() -> None:
    # main: [MAR:GOV, SEN:]
    text = "استقبل العاهل المغربي الملك محمد السادس رئيس جمهورية السنغال في الرباط."
    assert casts_in_order(text, "ar", "CONSULT") == [["MAR:GOV", "SEN:GOV"]]


def test_arabic_own_republic_title_stays_his() -> None:
    # guard: his own state's title after his name adds no second man
    text = "التقى عبد الفتاح السيسي رئيس جمهورية مصر العربية بالعاهل الأردني في عمان."
    assert casts_in_order(text, "ar", "CONSULT") == [["EGY:GOV", "JOR:GOV"]]


def test_arabic_second_post_after_title_stays_his() -> None:
    # guard: "ولي العهد ووزير الدفاع" is one man's two posts
    text = "التقى الأمير محمد بن سلمان ولي العهد ووزير الدفاع بوزير الخارجية الأمريكي في الرياض."
    assert casts_in_order(text, "ar", "CONSULT") == [["SAU:GOV", "USA:GOV"]]


def test_english_president_of_the_republic_of() -> None:
    # main: [TUN:GOV, YEM:]
    text = "At the summit, Tunisian President Beji Caid Essebsi met the President of the Republic of Yemen."
    assert casts_in_order(text, "en", "CONSULT") == [["TUN:GOV", "YEM:GOV"]]


def test_english_emir_of_the_state_of() -> None:
    # main: [EGY:GOV, KWT:]
    text = (
        "Egyptian President Abdel Fattah al-Sisi received the Emir of the State of Kuwait in Cairo."
    )
    assert casts_in_order(text, "en", "CONSULT") == [["EGY:GOV", "KWT:GOV"]]


def test_english_sultan_of_the_sultanate_of() -> None:
    # main: [OMN:, IRN:GOV]
    text = "The Sultan of the Sultanate of Oman met the Iranian foreign minister in Muscat."
    assert casts_in_order(text, "en", "CONSULT") == [["OMN:GOV", "IRN:GOV"]]


def test_persian_republic_head_after_named_head() -> None:
    # guard: Persian writes "و" apart and already read it
    text = "باجی قائد السبسی رئیس جمهور تونس و رئیس جمهوری یمن در این نشست دیدار کردند."
    assert casts_in_order(text, "fa", "CONSULT") == [["TUN:GOV", "YEM:GOV"]]


def test_persian_host_meets_republic_head() -> None:
    # guard
    text = "عبدالفتاح السیسی رئیس جمهور مصر با رئیس جمهوری جیبوتی در قاهره دیدار کرد."
    assert casts_in_order(text, "fa", "CONSULT") == [["EGY:GOV", "DJI:GOV"]]


def test_persian_emir_of_state() -> None:
    # guard
    text = "عبدالفتاح السیسی با امیر دولت کویت در قاهره دیدار کرد."
    assert casts_in_order(text, "fa", "CONSULT") == [["EGY:GOV", "KWT:GOV"]]
