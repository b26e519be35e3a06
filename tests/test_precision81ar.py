"""Two faults of an audit of Arabic events (round 81, precision81ar; every
sentence written for these tests).

1. A count word after "without", "no", "دون وقوع", "ولم تقع", "بدون هیچ"
   says nobody was hurt, killed or held: no count, though a lone singular
   ("أطلق رجل النار", "a gunman") stands near it (``counts.NONE_BEFORE``).
2. A country adjective on a noun of a topic ("القضية الفلسطينية", "الملف
   اليمني", "the Libyan file", "مسئله فلسطینی") names what is talked of,
   never a side, as the genitive after ``TOPIC_HEADS`` does
   (``context.TOPIC_ADJECTIVE_HEADS``); not on "crisis": a state is a side of
   its crisis.
3. A state's people named after a noun that only describes them ("احترام
   إرادة الليبيين", "بأخلاق الليبيين": their will, morals, values) are no
   side, as plain citizens after such a noun were ("إرادة المواطنين",
   ``DESCRIBED_PEOPLE_HEADS``, ``described.described_at``).
"""

from __future__ import annotations

from casts import cast, every_actor, run


def _counts(text: str, lang: str, etype: str = "ASSAULT") -> list[dict[str, int]]:
    """The counts of each event of one type."""
    return [dict(e.counts) for e in run(text, lang).events if e.type == etype]


# --- 1. counts said to be none ---------------------------------------------------


def test_ar_no_injuries_gives_no_wounded() -> None:
    counts = _counts("أطلق رجل النار على دورية للشرطة دون وقوع إصابات.", "ar")
    assert counts and all("wounded" not in c for c in counts)


def test_ar_none_occurred_gives_no_wounded() -> None:
    # a guard (mendB82): a16a3dc3 read no count here already
    counts = _counts("أطلق مسلح النار على حاجز للجيش ولم تقع إصابات.", "ar")
    assert all("wounded" not in c for c in counts)


def test_ar_none_occurred_with_a_lone_victim_gives_no_wounded() -> None:
    # mendB82: a16a3dc3 read wounded 1 from the lone "جندي"
    counts = _counts("فتح مسلح النار على جندي عند الحاجز ولم تقع إصابات.", "ar")
    assert counts and all("wounded" not in c for c in counts)


def test_ar_stated_wounded_stay() -> None:
    assert {"wounded": 1} in _counts("أصيب شرطي بجروح في هجوم مسلح على دورية.", "ar")


def test_ar_killed_stay_beside_no_injuries_of_others() -> None:
    counts = _counts("قتل 5 جنود في هجوم على ثكنة دون وقوع إصابات بين المدنيين.", "ar")
    assert any(c.get("killed") == 5 for c in counts)


def test_en_without_injuries_gives_no_wounded() -> None:
    counts = _counts("A gunman opened fire on a police patrol without causing injuries.", "en")
    assert counts and all("wounded" not in c for c in counts)


def test_en_stated_wounded_stay() -> None:
    counts = _counts("Gunmen attacked a checkpoint, wounding three soldiers.", "en")
    assert any(c.get("wounded") == 3 for c in counts)


def test_fa_without_casualties_gives_no_count() -> None:
    # a guard (mendB82): a16a3dc3 read no count here already
    counts = _counts("یک مرد مسلح بدون هیچ تلفاتی به سوی پلیس تیراندازی کرد.", "fa")
    assert all(not c for c in counts)


def test_fa_without_any_wounded_gives_no_count() -> None:
    # mendB82: a16a3dc3 read wounded 1 from "زخمی" after "بدون هیچ"
    counts = _counts("یک مرد مسلح بدون هیچ زخمی به سوی پلیس تیراندازی کرد.", "fa")
    assert counts and all(not c for c in counts)


def test_fa_stated_wounded_stay() -> None:
    counts = _counts("یک مرد مسلح به سوی پلیس تیراندازی کرد و دو مامور زخمی شدند.", "fa")
    assert any(c.get("wounded") == 2 for c in counts)


# --- 2. a country adjective on a topic's noun ----------------------------------


def test_ar_palestinian_cause_is_no_side() -> None:
    record = run("ناقش وزير الخارجية السعودي القضية الفلسطينية.", "ar")
    assert "PSE:" not in cast(record, "CONSULT")


def test_ar_libyan_file_with_envoy_keeps_the_envoy() -> None:
    found = cast(run("ناقش الوزير المصري الملف الليبي مع المبعوث الأممي.", "ar"), "CONSULT")
    assert "EGY:GOV" in found and "UN:GOV" in found
    assert not any(c.startswith("LBY") for c in found)


def test_ar_yemeni_file_with_clitic_is_no_side() -> None:
    # a guard (mendB82): a16a3dc3 read no Yemen here already
    found = cast(run("التقى الوزير الأردني نظيره السعودي وتطرقا للملف اليمني.", "ar"), "CONSULT")
    assert not any(c.startswith("YEM") for c in found)


def test_ar_yemeni_file_after_a_glued_preposition_is_no_side() -> None:
    # mendB82: a16a3dc3 read YEM as the minister's counterpart
    found = cast(run("بحث الوزير الأردني بالملف اليمني.", "ar"), "CONSULT")
    assert not any(c.startswith("YEM") for c in found)


def test_ar_adjective_of_forces_stays_a_side() -> None:
    assert "SYR:MIL" in cast(run("هاجمت القوات السورية مواقع المعارضة.", "ar"), "ASSAULT")


def test_ar_adjective_of_government_stays_a_side() -> None:
    assert "LBY:GOV" in cast(run("انتقدت الحكومة الليبية قرار البرلمان.", "ar"), "ACCUSE")


def test_en_libyan_file_is_no_side() -> None:
    found = cast(
        run("The Egyptian minister discussed the Libyan file with the envoy.", "en"), "CONSULT"
    )
    assert "EGY:GOV" in found and not any(c.startswith("LBY") for c in found)


def test_en_palestinian_issue_is_no_side() -> None:
    found = cast(
        run("The Saudi foreign minister discussed the Palestinian issue.", "en"), "CONSULT"
    )
    assert not any(c.startswith("PSE") for c in found)


def test_en_syrian_forces_stay_a_side() -> None:
    assert "SYR:MIL" in cast(run("Syrian forces attacked rebel positions.", "en"), "ASSAULT")


def test_ar_crisis_state_stays_a_side() -> None:
    found = cast(run("قطعت البحرين علاقاتها مع قطر بسبب الأزمة القطرية.", "ar"), "SANCTION")
    assert any(c.startswith("QAT") for c in found)


def test_fa_syria_crisis_is_no_side() -> None:
    found = cast(
        run("وزیر خارجه عربستان با همتای اردنی خود درباره بحران سوریه گفتگو کرد.", "fa"),
        "CONSULT",
    )
    assert {"SAU:GOV", "JOR:GOV"} <= found and not any(c.startswith("SYR") for c in found)


# --- 3. a state's people only described -------------------------------------------


def test_ar_will_of_a_people_is_no_side() -> None:
    found = cast(run("دعت الحكومة المصرية البرلمان إلى احترام إرادة الليبيين.", "ar"), "REQUEST")
    assert "EGY:GOV" in found and "LBY:CVL" not in found


def test_ar_morals_of_a_people_with_clitic_is_no_side() -> None:
    record = run(
        "أدانت الحكومة المصرية خطف مهندسين، معتبرة أنه عمل لا علاقة له بأخلاق الليبيين.", "ar"
    )
    assert "LBY:CVL" not in cast(record, "ACCUSE")


def test_ar_people_praised_stay_a_side() -> None:
    assert "LBY:CVL" in cast(run("أشاد الرئيس التونسي بصمود الليبيين.", "ar"), "SUPPORT")


def test_ar_people_protesting_stay_a_side() -> None:
    assert "LBY:CVL" in cast(run("احتج الليبيون أمام مقر الحكومة في طرابلس.", "ar"), "PROTEST")


def test_en_will_of_a_people_is_no_side() -> None:
    record = run("The Egyptian government urged parliament to respect the will of Libyans.", "en")
    assert "LBY:CVL" not in cast(record, "REQUEST")


def test_fa_interests_of_a_people_is_no_side() -> None:
    # a guard (mendB82): a16a3dc3 read no Libyans here already; "منافع" is
    # no head for a state's people (``STATE_PEOPLE_DESCRIBED_HEADS``)
    record = run("دولت مصر از پارلمان خواست منافع لیبیایی‌ها را در نظر بگیرد.", "fa")
    assert "LBY:CVL" not in cast(record, "REQUEST")


def test_fa_votes_of_a_people_is_no_side() -> None:
    # mendB82: a16a3dc3 read the Iranians as the side rejected
    found = cast(run("دولت کانادا با آرای ایرانیان مخالفت کرد.", "fa"), "REJECT")
    assert "CAN:GOV" in found and "IRN:CVL" not in found


# --- mendB82: a people form is a noun, not a topic's adjective ---------------------
# "Palestinians file a complaint", "Saudis issue a warning": the word after
# a plural people form is its verb, not a topic noun it qualifies.


def test_en_people_filing_a_complaint_are_the_accuser() -> None:
    text = "Palestinians file a complaint against Israel at the International Criminal Court."
    found = cast(run(text, "en"), "ACCUSE")
    assert "PSE:CVL" in found and not any(c.startswith("ISR") for c in found)


def test_en_people_issuing_a_warning_stay_a_side() -> None:
    assert "SAU:CVL" in every_actor("Saudis issue a warning to Iran over its missile tests.", "en")


def test_ar_people_filing_a_suit_are_the_accuser() -> None:
    text = "رفع الفلسطينيون دعوى ضد إسرائيل أمام المحكمة الجنائية الدولية."
    assert "PSE:CVL" in cast(run(text, "ar"), "ACCUSE")


def test_fa_people_filing_a_complaint_are_the_accuser() -> None:
    text = "فلسطینی‌ها از اسرائیل به دیوان کیفری بین‌المللی شکایت کردند."
    assert any(c.startswith("PSE") for c in cast(run(text, "fa"), "ACCUSE"))


def test_en_palestinian_file_stays_a_topic() -> None:
    found = cast(run("The Jordanian minister discussed the Palestinian file.", "en"), "CONSULT")
    assert not any(c.startswith("PSE") for c in found)


# --- mendB82: a state's people whose interests are struck are the target -------------
# Only will, votes, morals, values and customs describe a state's people
# (``STATE_PEOPLE_DESCRIBED_HEADS``); interests threatened are a target's.


def test_ar_interests_of_a_people_threatened_are_the_target() -> None:
    text = "هدد الحرس الثوري الإيراني باستهداف مصالح الأمريكيين في المنطقة."
    assert "USA:CVL" in cast(run(text, "ar"), "THREATEN")


def test_fa_interests_of_a_people_threatened_are_the_target() -> None:
    text = "سپاه پاسداران تهدید کرد منافع آمریکایی‌ها در منطقه را هدف قرار می‌دهد."
    assert any(c.startswith("USA") for c in cast(run(text, "fa"), "THREATEN"))


def test_en_interests_of_a_people_threatened_are_the_target() -> None:
    text = "The Revolutionary Guards threatened to target the interests of the Americans."
    assert "USA:CVL" in cast(run(text, "en"), "THREATEN")
