"""Decisions of round 62 (ranks62fa) on officers named after a land rank;
every sentence written for these tests.

A military side that travels is read as its forces deployed (MOBILIZE)
unless its doer holds an office; a land rank before a personal name ("سردار
X", "سرتیپ X", "Colonel X", "العقيد X") names one officer, whose own trip is
a visit (CONSULT). An admiral's voyage and a trip of forces named between
the officer and the verb stay a deployment.
"""

from __future__ import annotations

from casts import every_actor, run


def _types(text: str, lang: str) -> list[str]:
    """The event types of ``text``, in order."""
    return [e.type for e in run(text, lang).events]


# --- an officer named after his rank travels as a person ---


def test_persian_irgc_general_trip_is_a_visit() -> None:
    text = "سردار کاوه نوری دیروز به دمشق سفر کرد و با وزیر دفاع سوریه دیدار کرد."
    types = _types(text, "fa")
    assert "MOBILIZE" not in types
    assert "CONSULT" in types


def test_persian_brigadier_trip_is_a_visit() -> None:
    types = _types("سرتیپ کاوه نوری هفته گذشته به مسکو سفر کرد.", "fa")
    assert types == ["CONSULT"]


def test_english_brigadier_general_visit_is_a_visit() -> None:
    types = _types("Brigadier General Tom Baxter visited Kabul on Monday.", "en")
    assert types == ["CONSULT"]


def test_english_colonel_visit_with_a_meeting_is_no_deployment() -> None:
    text = "Colonel Tom Baxter visited Kabul and met the Afghan defence minister."
    types = _types(text, "en")
    assert "MOBILIZE" not in types
    assert "CONSULT" in types


def test_arabic_first_general_visit_is_a_visit() -> None:
    """Arabic reads no military visit as a deployment: already a visit."""
    text = "زار الفريق أول ماهر الحلبي القاهرة والتقى وزير الدفاع المصري."
    types = _types(text, "ar")
    assert "MOBILIZE" not in types
    assert "CONSULT" in types


# --- forces and fleets still deploy ---


def test_persian_admiral_telling_of_fleet_voyage_stays_deployment() -> None:
    text = "امیر دریادار کاوه نوری گفت: در این سفر ناوگروه به بندر جده رسید."
    assert _types(text, "fa") == ["MOBILIZE"]


def test_persian_forces_sent_named_after_the_general_still_deploy() -> None:
    text = "سرتیپ کاوه نوری گفت نیروهای ارتش به مرز سفر کردند."
    assert _types(text, "fa") == ["MOBILIZE"]


def test_persian_fleet_trip_still_deploys() -> None:
    assert _types("ناوگروه ارتش به بندر جده سفر کرد.", "fa") == ["MOBILIZE"]


def test_english_troops_visit_still_deploys() -> None:
    text = "Colonel Tom Baxter said the army's troops travelled to Kabul."
    assert "CONSULT" not in _types(text, "en")


def test_english_rear_admiral_fleet_visit_stays_deployment() -> None:
    text = "Rear Admiral Tom Baxter visited the port of Jeddah with the fleet."
    assert "CONSULT" not in _types(text, "en")


def test_arabic_troops_visit_still_no_visit() -> None:
    text = "قال العقيد ماهر الحلبي إن قوات الجيش وصلت إلى بغداد."
    assert "CONSULT" not in _types(text, "ar")


# --- a rank in apposition after a title names the title's holder ---


def _actors(text: str, lang: str) -> list[str]:
    """'CODE:AGENT' of every actor of every event of ``text``, in order."""
    return every_actor(text, lang)


def test_persian_minister_then_general_speaks_as_the_minister() -> None:
    text = "وزیر دفاع اسرائیل، سرلشکر کاوه نوری گفت: دولت لبنان مسئول شلیک این موشک‌ها است."
    assert _actors(text, "fa") == ["ISR:GOV", "LBN:GOV"]


def test_persian_minister_then_foreign_general_title_speaks() -> None:
    text = "وزیر دفاع اسرائیل، ژنرال کاوه نوری گفت: دولت لبنان مسئول شلیک این موشک‌ها است."
    assert _actors(text, "fa")[0] == "ISR:GOV"


def test_persian_general_named_as_object_after_a_title_stays() -> None:
    text = "سخنگوی وزارت خارجه، سرتیپ کاوه نوری را محکوم کرد."
    assert "-:MIL" in _actors(text, "fa")


def test_persian_general_after_a_news_agency_stays_the_speaker() -> None:
    text = "به گزارش ایسنا، سردار کاوه نوری دولت آمریکا را به دخالت متهم کرد."
    assert _actors(text, "fa")[0] == "IRN:MIL"


def test_english_minister_then_admiral_speaks_as_the_minister() -> None:
    text = (
        "The Israeli defence minister, Admiral Tom Baxter, said the Lebanese"
        " government was responsible for the attack."
    )
    assert _actors(text, "en") == ["ISR:GOV", "LBN:GOV"]


def test_english_general_who_is_blamed_stays_a_side() -> None:
    text = "The Israeli defence minister said General Tom Baxter was responsible for the attack."
    assert "ISR:MIL" in _actors(text, "en")


def test_arabic_minister_then_first_general_speaks_as_the_minister() -> None:
    text = "اتهم وزير الدفاع الإسرائيلي، الفريق أول ماهر الحلبي، الحكومة اللبنانية بالهجوم."
    assert _actors(text, "ar") == ["ISR:GOV", "LBN:GOV"]


# --- a rank, a name, a comma and a title: the title tells the body ---


def test_persian_police_colonel_with_his_title_is_police() -> None:
    text = "سرهنگ کاوه نوری، رئیس پلیس استان، با سفیر فرانسه دیدار کرد."
    agents = _actors(text, "fa")
    assert agents[0].endswith(":COP")
    assert "FRA:GOV" in agents
    assert not any(a.endswith(":MIL") for a in agents)


def test_persian_irgc_general_with_his_title_meets_the_ambassador() -> None:
    text = "سردار کاوه نوری، فرمانده سپاه، با سفیر فرانسه دیدار کرد."
    assert _actors(text, "fa") == ["IRN:MIL", "FRA:GOV"]


def test_persian_general_with_police_title_accuses_as_one_side() -> None:
    text = "سردار کاوه نوری، فرمانده نیروی انتظامی، معترضان را به آشوب متهم کرد."
    assert _actors(text, "fa") == ["IRN:COP", "IRN:CVL"]


def test_persian_general_with_a_long_clause_after_keeps_his_rank() -> None:
    text = "سردار کاوه نوری که دیروز از سفر بازگشته بود، فرمانده نیروی انتظامی را متهم کرد."
    assert _actors(text, "fa")[0] == "IRN:MIL"


def test_english_general_with_his_police_title_is_police() -> None:
    text = "General Tom Baxter, the police chief of Kabul, met the French ambassador."
    agents = _actors(text, "en")
    assert agents[0].endswith(":COP")
