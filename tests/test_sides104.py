"""The doer a relative clause on a deed's noun names comes first (sides104).

"تضرر المزارعون اللبنانيون من الحصار الذي فرضته إسرائيل على لبنان", "the
sanctions that Turkey imposed on Iraq": the clause's subject imposed,
directed or launched the deed; whoever the sentence names before the noun
suffers, welcomes or dismisses it (``extract/clause_doers.py``, the verbs
``context.DEED_CLAUSE_VERBS``). Main put the earlier side first. Verbs of
undergoing or receiving ("تعرض له", "تلقاها", "received") leave the order
alone, as does a clause on a noun after the deed's own ("رفضها للقرارات
التي أصدرتها": the decisions' issuer did not reject). Persian is read before
the split (``relative_deed``); the verb closing the clause now takes the
clause's doer whatever the type of the noun it is on ("محاصره‌ای که اسرائیل
علیه لبنان اعمال کرد": a COERCE noun, a SANCTION verb).

Sentences written for these tests.
"""

from __future__ import annotations

from casts import casts_in_order, first_codes


def test_arabic_blockade_imposed_by_the_clause_subject() -> None:
    # main: [LBN:COP, LBN:CVL, ISR]
    text = "تضرر المزارعون اللبنانيون من الحصار الذي فرضته إسرائيل على لبنان."
    assert first_codes(text, "ar", "COERCE")[0] == "ISR"


def test_arabic_each_listed_state_imposed_the_blockade() -> None:
    # main: [QAT:COP, QAT:BUS, SAU], [… ARE], [… BHR]
    text = "تضرر التجار القطريون من الحصار الذي فرضته السعودية والإمارات والبحرين على قطر."
    firsts = sorted(cast[0] for cast in casts_in_order(text, "ar", "COERCE"))
    assert firsts == ["ARE:", "BHR:", "SAU:"]


def test_arabic_criticism_directed_at_him() -> None:
    # main: [IRQ:GOV, TUR:GOV]
    text = "أكد رئيس الوزراء العراقي أن الانتقادات التي وجهها له الرئيس التركي لا أساس لها."
    assert casts_in_order(text, "ar", "ACCUSE")[0] == ["TUR:GOV", "IRQ:GOV"]


def test_arabic_invitation_directed_to_him() -> None:
    # main: [FRA:GOV, MAR:GOV]
    text = "رحب الرئيس الفرنسي بالدعوة التي وجهها له العاهل المغربي لزيارة الرباط."
    assert first_codes(text, "ar", "REQUEST") == ["MAR", "FRA"]


def test_english_sanctions_that_turkey_imposed() -> None:
    # main: [IRQ:CVL, TUR]
    text = "Iraqi farmers were hurt by the sanctions that Turkey imposed on Iraq."
    assert first_codes(text, "en", "SANCTION") == ["TUR", "IRQ"]


def test_english_criticism_the_president_levelled() -> None:
    # main: [IRQ:GOV, TUR:GOV]
    text = "The Iraqi prime minister dismissed the criticism that the Turkish president levelled at him."
    assert casts_in_order(text, "en", "ACCUSE")[0] == ["TUR:GOV", "IRQ:GOV"]


def test_english_strikes_read_as_a_noun() -> None:
    # main: [IRQ:GOV, TUR]
    text = (
        "The Iraqi government protested against the strikes that Turkey launched on its territory."
    )
    assert first_codes(text, "en", "ASSAULT") == ["TUR", "IRQ"]


def test_english_aid_provided_to_refugees() -> None:
    # main: [SYR:REF, DEU]
    text = "Syrian refugees in Jordan depend on the aid that Germany provided to them."
    assert first_codes(text, "en", "AID") == ["DEU", "SYR"]


def test_persian_verb_closing_a_clause_on_another_type_of_deed() -> None:
    # main: [LBN:CVL, ISR] (the blockade's noun is COERCE, the verb SANCTION)
    text = "کشاورزان لبنانی از محاصره‌ای که اسرائیل علیه لبنان اعمال کرد آسیب دیدند."
    assert first_codes(text, "fa", "SANCTION") == ["ISR", "LBN"]


def test_persian_verb_closing_a_criticised_clause() -> None:
    # main: [QAT, SAU]
    text = "قطر از محاصره‌ای که عربستان علیه قطر اعمال کرده است انتقاد کرد."
    assert first_codes(text, "fa", "SANCTION") == ["SAU", "QAT"]


# guards: read right on main, and still so


def test_arabic_rejection_of_decisions_another_issued() -> None:
    text = "عبرت المستشارة الألمانية عن رفضها للقرارات التي أصدرتها الحكومة الأمريكية."
    assert first_codes(text, "ar", "REJECT") == ["DEU", "USA"]


def test_arabic_object_fronted_in_the_clause_is_no_doer() -> None:
    # "على إيران" before the clause's subject: Iran is what it was imposed on
    text = "تضرر المزارعون اللبنانيون من العقوبات التي فرضتها على إيران الولايات المتحدة."
    assert first_codes(text, "ar", "SANCTION")[0] != "IRN"


def test_arabic_aid_the_refugees_received() -> None:
    text = "أشاد وزير الخارجية الأردني بالمساعدات التي تلقاها اللاجئون السوريون من ألمانيا."
    assert first_codes(text, "ar", "AID") == ["DEU", "SYR"]


def test_arabic_attack_the_soldiers_underwent() -> None:
    text = "أدان الجيش العراقي الهجوم الذي تعرض له الجنود الأتراك."
    assert casts_in_order(text, "ar", "ACCUSE")[0] == ["IRQ:MIL", "TUR:MIL"]


def test_english_aid_the_refugees_received() -> None:
    text = "The Jordanian minister praised the aid that Syrian refugees received from Germany."
    assert first_codes(text, "en", "SUPPORT") == ["JOR", "SYR"]


def test_persian_sanctions_the_union_imposed() -> None:
    text = "ترکیه تحریم‌هایی را که اتحادیه اروپا علیه روسیه اعمال کرد محکوم کرد."
    assert first_codes(text, "fa", "SANCTION") == ["EU", "RUS"]


def test_persian_strikes_russia_carried_out() -> None:
    text = "ده‌ها غیرنظامی سوری در حملاتی که روسیه به ادلب انجام داد کشته شدند."
    assert casts_in_order(text, "fa", "ASSAULT")[0] == ["RUS:", "SYR:CVL"]
