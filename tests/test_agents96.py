"""A title right after a listed person's name that is another of his own
terms is his, with its agent (agents96, ``extract/own_terms.py``).

The office holders' table knows some people in two offices of different
agents (a speaker of parliament who was briefly acting president, a party
leader who chaired parliament, an intelligence chief made foreign minister).
An undated article reads the bare name in the latest office; the title
written after the name ("…، رئيس مجلس نواب الشعب", "the speaker of
parliament") says which one he speaks from. Main read the name in the
table's office and the title as a second, unnamed person of the same state.
A title naming another country, or a sitting head's guest with no term of
that office, stays another man. Sentences written for these tests.
"""

from __future__ import annotations

from casts import casts_in_order, run


def test_arabic_speaker_named_then_titled_is_legislature() -> None:
    # main: [TUN:GOV (acting head of state), TUN:LEG (the title as a second man)]
    text = "أدان محمد الناصر رئيس مجلس نواب الشعب الهجوم الإرهابي على الجنود التونسيين."
    assert casts_in_order(text, "ar", "ACCUSE")[0] == ["TUN:LEG", "TUN:UAF"]


def test_arabic_party_leader_titled_speaker() -> None:
    # main: [TUN:PTY, FRA:GOV]
    text = "التقى راشد الغنوشي رئيس البرلمان التونسي السفير الفرنسي في تونس."
    assert casts_in_order(text, "ar", "CONSULT") == [["TUN:LEG", "FRA:GOV"]]


def test_arabic_intelligence_chief_before_his_ministry() -> None:
    # main: [TUR:GOV, IRQ:GOV] (read as the later foreign minister)
    text = "التقى هاكان فيدان رئيس جهاز المخابرات التركية وزير الخارجية العراقي في أنقرة."
    assert casts_in_order(text, "ar", "CONSULT") == [["TUR:COP", "IRQ:GOV"]]


def test_persian_party_leader_titled_speaker() -> None:
    # main: [TUN:PTY, FRA:GOV]
    text = "راشد الغنوشی رئیس پارلمان تونس با سفیر فرانسه دیدار کرد."
    assert casts_in_order(text, "fa", "CONSULT") == [["TUN:LEG", "FRA:GOV"]]


def test_persian_intelligence_chief() -> None:
    # main: [TUR:GOV, IRQ:GOV]
    text = "هاکان فیدان رئیس سازمان اطلاعات ترکیه با وزیر خارجه عراق دیدار کرد."
    assert casts_in_order(text, "fa", "CONSULT") == [["TUR:COP", "IRQ:GOV"]]


def test_english_speaker_after_comma_and_the() -> None:
    # main: [TUN:PTY, FRA:GOV]
    text = "Rached Ghannouchi, the speaker of parliament, met the French ambassador in Tunis."
    assert casts_in_order(text, "en", "CONSULT") == [["TUN:LEG", "FRA:GOV"]]


def test_english_speaker_is_one_man() -> None:
    # main: two ACCUSE events, [TUN:GOV] and an unnamed [TUN:LEG]
    text = "Mohamed Ennaceur, speaker of the Tunisian parliament, condemned the attack on soldiers."
    assert casts_in_order(text, "en", "ACCUSE") == [["TUN:LEG"]]


def test_a_sitting_head_meets_the_speaker() -> None:
    # guards: a president listed in no seat of parliament meets its speaker
    ar = "التقى قيس سعيد رئيس البرلمان في قرطاج."
    assert casts_in_order(ar, "ar", "CONSULT") == [["TUN:GOV", "TUN:LEG"]]
    en = "President Kais Saied met the speaker of parliament in Carthage."
    assert casts_in_order(en, "en", "CONSULT") == [["TUN:GOV", "-:LEG"]]


def test_a_title_of_another_country_is_another_man() -> None:
    # guards: his own terms are Iranian or Tunisian, not of Iraq's bodies
    fa = "ابراهیم رئیسی با رئیس قوه قضاییه عراق دیدار کرد."
    assert casts_in_order(fa, "fa", "CONSULT") == [["IRN:GOV", "IRQ:JUD"]]
    ar = "التقى راشد الغنوشي رئيس البرلمان العراقي في بغداد."
    assert casts_in_order(ar, "ar", "CONSULT") == [["TUN:PTY", "IRQ:LEG"]]


def test_arabic_title_comma_then_name() -> None:
    # main: two ACCUSE events, an unnamed [TUN:LEG] and [TUN:GOV] for the name
    text = "أدان رئيس مجلس نواب الشعب، محمد الناصر، الهجوم الإرهابي على الجنود التونسيين."
    events = casts_in_order(text, "ar", "ACCUSE")
    assert events[0][0] == "TUN:LEG"
    assert all("TUN:GOV" not in e for e in events)


def test_persian_title_comma_then_name() -> None:
    # main: [TUN:LEG, TUN:PTY, FRA:GOV] (the title as a second man)
    text = "رئیس پارلمان تونس، راشد الغنوشی، با سفیر فرانسه دیدار کرد."
    assert casts_in_order(text, "fa", "CONSULT") == [["TUN:LEG", "FRA:GOV"]]


def test_english_title_comma_then_name() -> None:
    # main: [TUN:LEG, TUN:PTY, FRA:GOV]
    text = "The speaker of the Tunisian parliament, Rached Ghannouchi, met the French ambassador."
    assert casts_in_order(text, "en", "CONSULT") == [["TUN:LEG", "FRA:GOV"]]


def test_title_comma_name_of_his_listed_office_unchanged() -> None:
    # guard: the title is his listed office already; main reads it so
    text = "التقى رئيس الجمهورية، قيس سعيد، السفير الفرنسي في تونس."
    assert casts_in_order(text, "ar", "CONSULT") == [["TUN:GOV", "FRA:GOV"]]


def test_a_name_titled_before_takes_no_other_title_after() -> None:
    # guard: the president, titled before his name, receives the judiciary's head
    text = "استقبل الرئيس إبراهيم رئيسي رئيس السلطة القضائية في طهران."
    events = casts_in_order(text, "ar", "CONSULT")
    assert events and events[0][0] == "IRN:GOV" and len(events[0]) == 2


def _roles(text: str, lang: str, etype: str) -> list[list[str | None]]:
    """The roles of the actors of each event of one type, in order."""
    return [[a.role for a in e.actors] for e in run(text, lang).events if e.type == etype]


def test_role_of_his_own_other_term_same_agent() -> None:
    # main: head_of_government (his later office) for a man titled foreign minister
    fa = "یائیر لاپید، وزیر خارجه اسرائیل، با همتای آمریکایی خود دیدار کرد."
    assert _roles(fa, "fa", "CONSULT") == [["foreign_minister", "foreign_minister"]]
    ar = "التقى يائير لابيد وزير الخارجية الإسرائيلي نظيره الأمريكي في القدس."
    assert _roles(ar, "ar", "CONSULT")[0][0] == "foreign_minister"


def test_counterpart_mirrors_the_title_he_took() -> None:
    # the counterpart after him mirrors the office the title gave him
    fa = "لیز تراس، وزیر خارجه جدید بریتانیا، در دیدار با همتای ایرانی‌اش گفتگو کرد."
    assert _roles(fa, "fa", "CONSULT") == [["foreign_minister", "foreign_minister"]]
