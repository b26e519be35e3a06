"""Arabic agents of round 11: nouns that are an agent only with a country
adjective ("الأمن السعودي"), duals and feminine plurals of nationality
nouns as people, and groups of people and state services. Sentences written
for these tests; the Persian and English controls show the Arabic data does
not reach other languages."""

from __future__ import annotations

from casts import cast, run


def test_security_with_a_country_adjective_is_its_police() -> None:
    record = run("اشتبك الأمن المصري مع مجموعة مسلحة في سيناء.", "ar")
    assert "EGY:COP" in cast(record, "ASSAULT")


def test_security_alone_is_no_actor() -> None:
    record = run("أدان الوزير الهجوم وأكد حرصه على الأمن في البلاد.", "ar")
    assert not any(a.endswith(":COP") for a in cast(record, "ACCUSE"))


def test_diplomacy_with_a_country_adjective_is_its_government() -> None:
    record = run("أدانت الدبلوماسية الأردنية الاعتداء على السفارة.", "ar")
    assert "JOR:GOV" in cast(record, "ACCUSE")


def test_dual_and_feminine_nationality_nouns_are_people() -> None:
    assert "IRQ:CVL" in cast(run("قتل عراقيان في انفجار ببغداد.", "ar"), "ASSAULT")
    record = run("اعتقلت الشرطة الإسرائيلية فلسطينيتين في الخليل.", "ar")
    assert "PSE:CVL" in cast(record, "COERCE")
    assert "PSE:COP" not in cast(record, "COERCE")
    record = run("اعتقلت الشرطة الإسرائيلية ثلاث فلسطينيات قرب نابلس.", "ar")
    assert "PSE:CVL" in cast(record, "COERCE")


def test_pilgrims_expatriates_and_services() -> None:
    record = run("اعتقلت السلطات السعودية عشرات المعتمرين في مكة.", "ar")
    assert "SAU:CVL" in cast(record, "COERCE")
    record = run("أعلن الدفاع المدني الأردني إنقاذ عشرة أشخاص في عمان.", "ar")
    assert "JOR:GOV" in cast(record, "AID")
    record = run("أضربت العاملات في مصنع النسيج بصفاقس التونسية.", "ar")
    assert "TUN:LAB" in cast(record, "PROTEST")


def test_houthis_without_the_article_are_the_movement() -> None:
    record = run("اقتحم مسلحون حوثيون مقر السفارة في صنعاء.", "ar")
    assert "YEM:REB" in cast(record, "ASSAULT")


def test_persian_and_english_controls() -> None:
    record = run("تونس حمله را محکوم کرد و بر امنیت و ثبات لیبی تاکید کرد.", "fa")
    assert not any(a.endswith(":COP") for a in cast(record, "ACCUSE"))
    record = run("Two Palestinians were killed in an Israeli air strike on Rafah.", "en")
    assert "PSE:CVL" in cast(record, "ASSAULT")
    record = run("Tunisia condemned the attack and stressed security in Libya.", "en")
    assert not any(a.endswith(":COP") for a in cast(record, "ACCUSE"))
