"""A minister's portfolio names whom he serves, not whom he acts as (round
78, agents78ar; every sentence written for these tests).

A minister is the cabinet's (GOV) whatever his portfolio: "وزير شؤون الأسرى",
"وزير المجاهدين", "وزير العلاقة مع مجلس نواب الشعب" chained the title to the
people noun or body after it and made the minister a civilian, a rebel or
a legislator (``extract/mention_scan.py`` ``CABINET_ROLES``, read in
``_chained_role``; Persian "وزیر امور مهاجرین" was a refugee). Portfolios
that join a people noun with "و" ("وزير الصحة والسكان", "وزارة الهجرة
والمهجرين") or name the bodies of relations are one title and one body of
the government (``lang/ar/roles.py`` ``_PEOPLE_PORTFOLIOS``, ``lang/ar/
agents.py``). "الفلاحة" is farming (the Maghreb's word for agriculture), no
woman farmer (``NOT_AGENTS``). Farmers, refugees, civil society and a
police spokesman keep their own agents; English already read these titles
(tested as guards).
"""

from __future__ import annotations

from casts import run


def _casts(text: str, lang: str) -> set[str]:
    """'CODE:AGENT' of every actor of every event of ``text``."""
    return {f"{a.code or '-'}:{a.agent}" for e in run(text, lang).events for a in e.actors}


# --- Arabic: ministers and ministries --------------------------------------------


def test_ar_minister_of_farming_is_government() -> None:
    casts = _casts("استقبل وزير الفلاحة التونسي سفير فرنسا.", "ar")
    assert "TUN:GOV" in casts
    assert "TUN:CVL" not in casts


def test_ar_ministry_of_farming_is_government() -> None:
    casts = _casts("انتقدت وزارة الفلاحة التونسية الحكومة الفرنسية.", "ar")
    assert "TUN:GOV" in casts
    assert "TUN:CVL" not in casts


def test_ar_minister_of_prisoners_affairs_is_no_prisoner() -> None:
    casts = _casts("استقبل وزير شؤون الأسرى الفلسطيني سفير فرنسا.", "ar")
    assert "PSE:GOV" in casts
    assert "PSE:CVL" not in casts


def test_ar_minister_of_veterans_is_no_rebel() -> None:
    casts = _casts("استقبل وزير المجاهدين الجزائري سفير فرنسا.", "ar")
    assert "DZA:GOV" in casts
    assert "DZA:REB" not in casts


def test_ar_minister_for_parliament_is_no_legislator() -> None:
    casts = _casts("استقبل وزير العلاقة مع مجلس نواب الشعب التونسي سفير فرنسا.", "ar")
    assert "TUN:GOV" in casts
    assert "TUN:LEG" not in casts


def test_ar_minister_for_civil_society_is_no_ngo() -> None:
    casts = _casts("التقى وزير العلاقات مع الهيئات الدستورية والمجتمع المدني وفدا فرنسيا.", "ar")
    assert "FRA:GOV" in casts
    assert not any(c.endswith(":NGO") for c in casts)


def test_ar_minister_of_health_and_population_is_one_minister() -> None:
    casts = _casts("استقبل وزير الصحة والسكان المصري سفير فرنسا.", "ar")
    assert "EGY:GOV" in casts
    assert "EGY:CVL" not in casts


def test_ar_ministry_of_health_and_population_sends_aid() -> None:
    casts = _casts("أعلنت وزارة الصحة والسكان المصرية إرسال مساعدات طبية إلى ليبيا.", "ar")
    assert "EGY:GOV" in casts
    assert "EGY:CVL" not in casts


def test_ar_minister_of_migration_and_displaced_meets() -> None:
    casts = _casts("استقبل وزير الهجرة والمهجرين العراقي سفير فرنسا.", "ar")
    assert casts == {"IRQ:GOV", "FRA:GOV"}


def test_ar_occupation_ministers_are_government() -> None:
    casts = _casts("قال مسؤول فلسطيني إن وزراء الاحتلال اقتحموا المسجد الأقصى صباح اليوم.", "ar")
    assert "ISR:GOV" in casts
    assert "ISR:MIL" not in casts


# --- Arabic: what keeps its agent -------------------------------------------------


def test_ar_farmers_stay_civilians() -> None:
    casts = _casts("اعتقلت الشرطة التونسية الفلاحين المحتجين في سيدي بوزيد.", "ar")
    assert {"TUN:COP", "TUN:CVL"} <= casts


def test_ar_farmers_union_stays_labour() -> None:
    casts = _casts("دعا الاتحاد التونسي للفلاحة والصيد البحري الحكومة إلى دعم الفلاحين.", "ar")
    assert "TUN:LAB" in casts


def test_ar_police_spokesman_stays_police() -> None:
    casts = _casts("انتقد المتحدث باسم الشرطة التونسية الصحفيين.", "ar")
    assert "TUN:COP" in casts
    assert "TUN:GOV" not in casts


def test_ar_refugees_of_a_bombed_camp_stay_refugees() -> None:
    casts = _casts("قصفت الطائرات الإسرائيلية مخيما للاجئين في غزة.", "ar")
    assert "-:REF" in casts


def test_ar_civil_society_stays_ngo() -> None:
    casts = _casts("انتقدت منظمات المجتمع المدني الحكومة التونسية.", "ar")
    assert "-:NGO" in casts


# --- Persian -----------------------------------------------------------------------


def test_fa_minister_of_refugees_is_government() -> None:
    casts = _casts("وزیر امور مهاجرین و عودت‌کنندگان افغانستان با سفیر آمریکا دیدار کرد.", "fa")
    assert "AFG:GOV" in casts
    assert not any(c.endswith(":REF") for c in casts)


def test_fa_minister_of_migrants_is_government() -> None:
    """mendC79: the Persian effect of agents78ar (corpus document 522's
    minister of refugees) told by other sentences; both read a refugee
    (PAK:REF, IRQ:REF) before ``CABINET_ROLES``."""
    casts = _casts(
        "وزیر امور مهاجرین پاکستان روز دوشنبه با وزیر خارجه ایران در تهران دیدار کرد.", "fa"
    )
    assert casts == {"PAK:GOV", "IRN:GOV"}
    casts = _casts("وزیر امور پناهندگان عراق از کمک‌های آلمان به اردوگاه‌ها انتقاد کرد.", "fa")
    assert "IRQ:GOV" in casts
    assert "IRQ:REF" not in casts


def test_fa_minister_of_agriculture_is_government() -> None:
    """A guard that already held before agents78ar (mendC79): the Persian
    agriculture portfolio names no farmer noun the chain could take."""
    assert "TUR:GOV" in _casts("وزیر کشاورزی ترکیه با سفیر فرانسه دیدار کرد.", "fa")


def test_fa_refugees_stay_refugees() -> None:
    """A guard that already held before agents78ar (mendC79): refugees with
    no minister keep their agent."""
    casts = _casts("پناهجویان افغان در برابر سفارت آلمان در کابل تجمع کردند.", "fa")
    assert "AFG:REF" in casts


# --- English (guards: already read so before agents78ar; mendC79 checked each) --------


def test_en_minister_for_refugees_is_government() -> None:
    casts = _casts("The Syrian minister for refugees met the French ambassador.", "en")
    assert "SYR:GOV" in casts
    assert not any(c.endswith(":REF") for c in casts)


def test_en_minister_of_prisoners_affairs_is_government() -> None:
    casts = _casts("The Palestinian Minister of Prisoners Affairs met the French ambassador.", "en")
    assert "PSE:GOV" in casts
    assert "PSE:CVL" not in casts


def test_en_minister_of_health_and_population_is_government() -> None:
    casts = _casts(
        "The Egyptian Minister of Health and Population met the French ambassador.", "en"
    )
    assert casts == {"EGY:GOV", "FRA:GOV"}
