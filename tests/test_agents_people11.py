"""Private persons told as individuals (round 11): the arrested, the
wounded, the killed named by age ("خمسيني" a man in his fifties, "پیرمرد",
"a pensioner"), by being a baby or old, or as a worker, farmer or student
counted by a number. The spec ("Agents"): private persons are CVL, a worker
LAB, a student EDU, a trader BUS. Precision: a decade ("الخمسينيات"), an old
people's home ("دار المسنين") and a verb spelt like a counted noun ("20 طالبا"
are twenty students, not "they demanded") are no people. Sentences written
for these tests."""

from __future__ import annotations

import pytest

from casts import cast, run


@pytest.mark.parametrize(
    ("text", "etype", "actor"),
    [
        # held on a charge of fraud, a criminal (agents41ar, extract/held_criminals.py)
        ("اعتقلت الشرطة المصرية خمسينيا في القاهرة بتهمة الاحتيال.", "COERCE", "EGY:CRM"),
        ("قتل عشريني طعنا في الجزائر العاصمة على يد مجهولين.", "ASSAULT", "DZA:CVL"),
        ("اعتقلت قوات الأمن التونسية ثلاثينيا في صفاقس.", "COERCE", "TUN:CVL"),
        ("اعتقلت الشرطة التركية رضيعا وأمه في أنقرة.", "COERCE", "TUR:CVL"),
        ("اعتقلت الشرطة التركية امرأتين في إسطنبول.", "COERCE", "TUR:CVL"),
        # tri30a: farmers are civilians, as English "farmers", Persian "کشاورزان"
        ("هاجم مستوطنون مزارعا فلسطينيا قرب نابلس.", "ASSAULT", "PSE:CVL"),
        ("اعتقلت الشرطة الأردنية 20 طالبا خلال احتجاج في عمان.", "COERCE", "JOR:EDU"),
        ("اعتقلت الشرطة المصرية 300 عامل في مصنع للنسيج.", "COERCE", "EGY:LAB"),
        ("اعتقلت الشرطة التونسية التلميذ في سوسة.", "COERCE", "TUN:EDU"),
    ],
)
def test_arabic_individuals_are_participants(text: str, etype: str, actor: str) -> None:
    assert actor in cast(run(text, "ar"), etype)


def test_arabic_counted_student_is_no_demand() -> None:
    record = run("اعتقلت الشرطة الأردنية 20 طالبا خلال احتجاج في عمان.", "ar")
    assert "REQUEST" not in {e.type for e in record.events}
    # the verb itself still demands
    record = run("طالب البرلمان المصري الحكومة بالاستقالة.", "ar")
    assert "REQUEST" in {e.type for e in record.events}


def test_arabic_uncounted_worker_and_decade_are_no_people() -> None:
    # "عامل" without a number is "a factor"
    record = run("قال وزير الخارجية المصري إن الاقتصاد عامل مهم في العلاقات مع الأردن.", "ar")
    assert not any(a.agent == "LAB" for e in record.events for a in e.actors)
    record = run("اعتقلت الشرطة المصرية الكاتب الذي ولد في الخمسينيات.", "ar")
    assert "EGY:CVL" not in cast(record, "COERCE")


def test_arabic_old_peoples_home_is_no_participant() -> None:
    record = run("تبرع رجال الأعمال التونسيون لدار المسنين في صفاقس.", "ar")
    assert not any(a.agent == "CVL" for e in record.events for a in e.actors)


@pytest.mark.parametrize(
    ("text", "etype", "actor"),
    [
        ("نیروهای امنیتی عراق یک پیرمرد را در بصره بازداشت کردند.", "COERCE", "IRQ:CVL"),
        ("پلیس ترکیه یک پیرزن را در آنکارا بازداشت کرد.", "COERCE", "TUR:CVL"),
        ("نیروهای آمریکایی یک نوزاد را در تگزاس بازداشت کردند.", "COERCE", "USA:CVL"),
        ("پلیس عراق یک سالمند را در بغداد بازداشت کرد.", "COERCE", "IRQ:CVL"),
    ],
)
def test_persian_individuals_are_participants(text: str, etype: str, actor: str) -> None:
    assert actor in cast(run(text, "fa"), etype)


@pytest.mark.parametrize(
    ("text", "etype", "actor"),
    [
        ("Iraqi security forces detained a pensioner in Basra.", "COERCE", "IRQ:CVL"),
        ("Gunmen kidnapped an Egyptian worker in Libya.", "ASSAULT", "EGY:LAB"),
        ("Turkish police detained an elderly man in Ankara.", "COERCE", "TUR:CVL"),
        ("Israeli soldiers shot dead a Palestinian child near Hebron.", "ASSAULT", "PSE:CVL"),
        ("Iraqi police arrested a toddler in Baghdad.", "COERCE", "IRQ:CVL"),
    ],
)
def test_english_individuals_are_participants(text: str, etype: str, actor: str) -> None:
    assert actor in cast(run(text, "en"), etype)


def test_english_aid_worker_keeps_its_own_agent() -> None:
    record = run("Gunmen kidnapped a British aid worker in Yemen.", "en")
    assert "GBR:LAB" not in cast(record, "ASSAULT")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("التقى وزير حماية المواطنين اليوناني نظيره التركي في أثينا.", "ar"),
        ("Greece's Minister of Citizen Protection met his Turkish counterpart in Athens.", "en"),
    ],
)
def test_citizen_protection_ministry_names_no_citizens(text: str, lang: str) -> None:
    consult = cast(run(text, lang), "CONSULT")
    assert "GRC:GOV" in consult
    assert "GRC:CVL" not in consult


def test_persian_citizens_killed_stay_participants() -> None:
    record = run("یک شهروند بریتانیایی در حمله به نفتکش کشته شد.", "fa")
    assert "GBR:CVL" in cast(record, "ASSAULT")
