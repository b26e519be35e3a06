"""Mends of agents96 (review96b findings 8, 9, 10).

8. A title right after a listed person's name is his own term only in
   apposition: where another person's name or the object marker follows
   it, it heads the verb's object ("استقبل السيسي وزير الدفاع محمد زكي":
   the guest's title; "اردوغان نخست وزیر را … فراخواند"), and the host
   keeps the office he is read in (``MentionScan._heads_object``).
9. A title before a comma and a name is his own only where no preposition
   governs it and no subordinator opens its clause ("After talks with the
   prime minister, Erdogan said …": the man he met; ``_governed_title``).
10. A bare name of a state beside a body of that state in one side of an
   event, where that body has another partner in the same event, is no
   side of its own (``extract/own_state_absorbed.py``): no
   parliament–state self-pair beside the real pair.

Sentences written for these tests; "main" is 548cf38a.
"""

from __future__ import annotations

from casts import casts_in_order, run


def _roles(text: str, lang: str, etype: str) -> list[list[str | None]]:
    """The roles of the actors of each event of one type, in order."""
    return [[a.role for a in e.actors] for e in run(text, lang).events if e.type == etype]


# --- 8: the guest's title after the host's name -------------------------------


def test_arabic_host_keeps_his_office_before_guest_title_and_name() -> None:
    # main: the host read as minister (the defence minister's title)
    text = "استقبل السيسي وزير الدفاع محمد زكي في القاهرة."
    assert _roles(text, "ar", "CONSULT")[0][0] == "head_of_state"


def test_arabic_host_keeps_his_office_before_titled_guest_with_country() -> None:
    # main: Erdogan read as head_of_government (the guest's title)
    text = "استقبل رجب طيب أردوغان رئيس الوزراء التركي أحمد داود أوغلو في أنقرة."
    assert _roles(text, "ar", "CONSULT") == [["head_of_state", "head_of_government"]]


def test_arabic_met_foreign_minister_named_after() -> None:
    # main: Netanyahu read as foreign_minister
    text = "التقى بنيامين نتنياهو وزير الخارجية الإسرائيلي يسرائيل كاتس في القدس."
    assert _roles(text, "ar", "CONSULT") == [["head_of_government", "foreign_minister"]]


def test_persian_title_marked_as_object_is_the_guest() -> None:
    # main: Erdogan head_of_government in the meeting with Iran's president
    text = "اردوغان نخست وزیر را به کاخ ریاست جمهوری فراخواند و سپس با رئیس جمهور ایران دیدار کرد."
    roles = _roles(text, "fa", "CONSULT")
    assert roles and roles[0][0] == "head_of_state"


def test_own_title_in_apposition_still_his() -> None:
    # guards (agents96's aims): no name nor object marker after the title
    ar = "أدان محمد الناصر رئيس مجلس نواب الشعب الهجوم الإرهابي على الجنود التونسيين."
    assert casts_in_order(ar, "ar", "ACCUSE")[0] == ["TUN:LEG", "TUN:UAF"]
    fa = "محمد جواد ظریف وزیر امور خارجه ایران با همتای ترکیه دیدار کرد."
    assert _roles(fa, "fa", "CONSULT") == [["foreign_minister", "foreign_minister"]]
    en = "Yair Lapid, the foreign minister, met the Emirati foreign minister."
    assert _roles(en, "en", "CONSULT") == [["foreign_minister", "foreign_minister"]]


def test_own_title_followed_by_another_title_still_his() -> None:
    # guard: a second title (the guest's, no name) after his own
    text = "التقى هاكان فيدان رئيس جهاز المخابرات التركية وزير الخارجية العراقي في أنقرة."
    assert casts_in_order(text, "ar", "CONSULT") == [["TUR:COP", "IRQ:GOV"]]


# --- 9: a governed title before the comma -------------------------------------


def test_english_title_after_with_in_fronted_clause() -> None:
    # main: Erdogan head_of_government (the prime minister he talked with)
    text = "After talks with the prime minister, Erdogan said Turkey backs Qatar."
    roles = _roles(text, "en", "SUPPORT")
    assert roles and roles[0][0] == "head_of_state"


def test_english_title_in_clause_opened_by_subordinator() -> None:
    # main: the same (the prime minister he met becomes his office)
    text = "After meeting the prime minister, Erdogan said Turkey backs Qatar."
    roles = _roles(text, "en", "SUPPORT")
    assert roles and roles[0][0] == "head_of_state"


def test_title_comma_name_at_clause_start_still_his() -> None:
    # guards: a title opening its clause (or after the verb) is his own
    en = "The speaker of the Tunisian parliament, Rached Ghannouchi, met the French ambassador."
    assert casts_in_order(en, "en", "CONSULT") == [["TUN:LEG", "FRA:GOV"]]
    fa = "رئیس پارلمان تونس، راشد الغنوشی، با سفیر فرانسه دیدار کرد."
    assert casts_in_order(fa, "fa", "CONSULT") == [["TUN:LEG", "FRA:GOV"]]
    ar = "أدان رئيس مجلس نواب الشعب، محمد الناصر، الهجوم الإرهابي على الجنود التونسيين."
    assert casts_in_order(ar, "ar", "ACCUSE")[0][0] == "TUN:LEG"


# --- 10: a bare state beside its own parliament -------------------------------


def test_persian_speaker_and_his_state_in_the_topic() -> None:
    # main: [IRN:LEG, IRN:] beside [IRN:LEG, USA:]
    text = "رئیس مجلس ایران در سفر به نیویورک از تبادل زندانیان ایران و آمریکا سخن گفته بود."
    assert ["IRN:LEG", "IRN:"] not in casts_in_order(text, "fa", "CONCEDE")


def test_arabic_speaker_and_his_state_in_the_topic() -> None:
    # main: [IRN:LEG, IRN:] and [IRN:LEG, USA:]
    text = "تحدث رئيس البرلمان الإيراني عن تبادل السجناء بين إيران والولايات المتحدة."
    assert casts_in_order(text, "ar", "CONCEDE") == [["IRN:LEG", "USA:"]]


def test_english_speaker_and_his_state_in_the_topic() -> None:
    # main: [IRN:LEG, IRN:] and [IRN:LEG, USA:]
    text = "The Iranian parliament speaker spoke of a prisoner swap between Iran and the United States."
    assert casts_in_order(text, "en", "CONCEDE") == [["IRN:LEG", "USA:"]]


def test_government_and_other_states_unchanged() -> None:
    # guards: the government absorbed the bare state already; another state stays
    fa = "وزیر خارجه ایران از تبادل زندانیان ایران و آمریکا سخن گفت."
    assert casts_in_order(fa, "fa", "CONCEDE") == [["IRN:GOV", "USA:"]]
    en = "The Iraqi parliament condemned Turkey."
    assert casts_in_order(en, "en", "ACCUSE") == [["IRQ:LEG", "TUR:"]]
