"""Arabic event extraction on sentences written for these tests.

One or more sentences per PLOVER type (verbs in several persons and tenses,
passives, verbal nouns, words standing apart), the known false friends
(نشر خبر، الاجتماعي، وقع الحادث، رحلة، صادر عن، نداء تونس، أبطال), and the
rules that keep sources, places, sport and disasters out of the events.
"""

from __future__ import annotations

import pytest

from diplowatch.model import Document, Event, Record
from diplowatch.pipeline import process


def run(text: str) -> Record:
    return process(Document(doc_id="t", text=text, lang="ar", published="2024-04-23"))


def units(event: Event) -> set[str]:
    return {f"{a.code or '-'}:{a.agent or ''}" for a in event.actors}


def types(text: str) -> set[str]:
    return {e.type for e in run(text).events}


def only(text: str, etype: str) -> Event:
    found = [e for e in run(text).events if e.type == etype]
    assert found, f"no {etype} in {[(e.type, units(e)) for e in run(text).events]}"
    return found[0]


# (sentence, type, units that must be among the event's actors)
CASES = [
    # CONSULT
    ("استقبل العاهل المغربي وزير الخارجية الإسباني في الرباط.", "CONSULT", {"MAR:GOV", "ESP:GOV"}),
    ("يلتقي الرئيس المصري نظيره الفرنسي في باريس غدا.", "CONSULT", {"EGY:GOV"}),
    ("أجرت وزيرة الخارجية الألمانية مباحثات مع نظيرها الأردني.", "CONSULT", {"DEU:GOV"}),
    # AGREE
    ("وقعت قطر وتركيا اتفاقية تعاون في مجال الدفاع.", "AGREE", {"QAT:", "TUR:"}),
    ("اتفقت الجزائر وتونس على تعزيز التعاون الأمني على الحدود.", "AGREE", {"DZA:", "TUN:"}),
    ("توصلت الحكومة السودانية وقوات الدعم السريع إلى اتفاق لوقف القتال.", "AGREE", {"SDN:GOV"}),
    # COOPERATE
    ("تتعاون مصر والسودان في إدارة مياه النيل.", "COOPERATE", {"EGY:", "SDN:"}),
    # AID
    ("قدمت السعودية مساعدات إنسانية إلى اليمن.", "AID", {"SAU:", "YEM:"}),
    ("أرسلت تركيا طائرات محملة بالأدوية إلى الصومال.", "AID", {"TUR:", "SOM:"}),
    # SUPPORT
    (
        "أشاد الرئيس التونسي بجهود الجيش الجزائري في حماية الحدود.",
        "SUPPORT",
        {"TUN:GOV", "DZA:MIL"},
    ),
    ("أكدت الكويت وقوفها إلى جانب الأردن في مواجهة الإرهاب.", "SUPPORT", {"KWT:", "JOR:"}),
    # REQUEST
    ("دعت فرنسا إيران إلى وقف الهجمات على السفن التجارية.", "REQUEST", {"FRA:", "IRN:"}),
    ("طالب البرلمان الليبي الأمم المتحدة بإرسال مراقبين.", "REQUEST", {"LBY:LEG", "UN:"}),
    # CONCEDE
    ("أفرجت السلطات الإيرانية عن ناقلة نفط بريطانية.", "CONCEDE", {"IRN:GOV"}),
    ("أطلقت السلطات اللبنانية سراح ثلاثة صيادين سوريين.", "CONCEDE", {"LBN:GOV"}),
    ("رفعت بلجيكا التحذير من السفر إلى تونس.", "CONCEDE", {"BEL:"}),
    # (an apology to passengers for a delay is courtesy, no concession:
    # tests/test_extract_senses17.py)
    ("اعتذرت شركة الطيران الأمريكية للحكومة الكويتية عن طرد ركاب كويتيين.", "CONCEDE", {"USA:BUS"}),
    # ACCUSE
    (
        "اتهمت منظمة العفو الدولية قوات الأمن السورية بتعذيب المعتقلين.",
        "ACCUSE",
        {"-:NGO", "SYR:COP"},
    ),
    ("نددت الخارجية القطرية بقرار الحكومة الإسرائيلية.", "ACCUSE", {"QAT:GOV", "ISR:GOV"}),
    # REJECT
    ("رفض البرلمان العراقي مشروع القانون الذي تقدمت به الحكومة.", "REJECT", {"IRQ:LEG", "IRQ:GOV"}),
    ("أبطلت المحكمة الدستورية قرار وزير الداخلية المصري.", "REJECT", {"EGY:GOV"}),
    # THREATEN
    ("هددت إيران بإغلاق مضيق هرمز أمام السفن الأمريكية.", "THREATEN", {"IRN:"}),
    ("الأمين العام لحزب الله يهدد إسرائيل بحرب جديدة.", "THREATEN", {"LBN:REB", "ISR:"}),
    # PROTEST
    ("تظاهر آلاف المغاربة في الرباط احتجاجا على غلاء الأسعار.", "PROTEST", {"MAR:CVL"}),
    ("تظاهر مئات الأتراك في أنقرة للمطالبة باستقالة الحكومة.", "PROTEST", {"TUR:CVL", "TUR:GOV"}),
    ("نظم عمال الموانئ في تونس إضرابا عن العمل.", "PROTEST", {"TUN:LAB"}),
    # SANCTION
    ("فرضت الولايات المتحدة عقوبات جديدة على كوريا الشمالية.", "SANCTION", {"USA:", "PRK:"}),
    ("طردت ألمانيا دبلوماسيين روسيين من أراضيها.", "SANCTION", {"DEU:"}),
    ("قطعت جيبوتي علاقاتها الدبلوماسية مع قطر.", "SANCTION", {"DJI:", "QAT:"}),
    # MOBILIZE
    ("نشرت وزارة الدفاع الروسية قوات إضافية على الحدود مع أوكرانيا.", "MOBILIZE", {"RUS:MIL"}),
    ("أجرت البحرية الإيرانية مناورات عسكرية في مضيق هرمز.", "MOBILIZE", {"IRN:MIL"}),
    ("ستنشر السلطات البريطانية ألف جندي في شوارع لندن.", "MOBILIZE", {"GBR:MIL"}),
    # COERCE
    ("اعتقلت الشرطة المصرية عشرين ناشطا معارضا في القاهرة.", "COERCE", {"EGY:COP", "EGY:OPP"}),
    ("اعتقل خمسة أشخاص في مدينة صفاقس.", "COERCE", {"TUN:CVL"}),
    ("قضت محكمة مصرية بالسجن عشر سنوات على صحفي معارض.", "COERCE", {"EGY:JUD"}),
    ("ألقت الشرطة الكندية القبض على رجل في تورنتو.", "COERCE", {"CAN:COP"}),
    # ASSAULT
    ("قتل سبعة أشخاص بتفجير سيارة مفخخة في بغداد.", "ASSAULT", {"IRQ:CVL"}),
    (
        "أطلق مسلحون مجهولون النار على دورية للشرطة العراقية في الموصل.",
        "ASSAULT",
        {"IRQ:UAF", "IRQ:COP"},
    ),
    ("قصف الطيران الحربي السوري مواقع للمعارضة في إدلب.", "ASSAULT", {"SYR:MIL"}),
    ("اقتحم مسلح مدرسة في ولاية تكساس الأمريكية.", "ASSAULT", {"USA:UAF"}),
    # RETREAT
    ("انسحبت القوات التركية من مواقعها في شمال العراق.", "RETREAT", {"TUR:MIL"}),
    ("سلم ثلاثة مسلحين أنفسهم إلى الجيش الجزائري في تمنراست.", "RETREAT", {"DZA:MIL"}),
    ("تراجعت الحكومة الأردنية عن قرار رفع أسعار الخبز.", "RETREAT", {"JOR:GOV"}),
]


@pytest.mark.parametrize(("text", "etype", "want"), CASES)
def test_type_and_actors(text: str, etype: str, want: set[str]) -> None:
    only(text, etype)
    found = set().union(*(units(e) for e in run(text).events if e.type == etype))
    assert want <= found


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("ستفرج السلطات المصرية عن الصحفيين المعتقلين الأسبوع المقبل.", "planned"),
        ("لن تتنازل قطر عن سيادتها.", "negated"),
        ("أفرجت السلطات المصرية عن الصحفيين المعتقلين أمس.", "reported"),
    ],
)
def test_status(text: str, status: str) -> None:
    assert only(text, "CONCEDE").status == status


def test_planned_sanctions_are_a_threat() -> None:
    t = types("ستفرض دول الاتحاد الأوروبي عقوبات على بيلاروسيا الشهر المقبل.")
    assert "THREATEN" in t and "SANCTION" not in t


@pytest.mark.parametrize(
    "text",
    [
        # published, not deployed
        "نشرت صحيفة فرنسية تقريرا عن الانتخابات في الجزائر.",
        "طلب المسؤول المصري عدم نشر اسمه.",
        # social, not a meeting
        "تدهورت الأوضاع الاجتماعية في المغرب والجزائر.",
        # happened, not signed
        "وقع الحادث على الطريق السريع بين تونس وسوسة.",
        # a trip, not a deportation
        "ألغت الخطوط التونسية رحلة إلى باريس بسبب الطقس.",
        # a party's name, not an appeal
        "أكد حزب نداء تونس أنه سيشارك في الانتخابات البلدية.",
        # champions, not a voiding
        "تأهل الأهلي المصري إلى نهائي دوري أبطال أفريقيا.",
        # a flood, not an attack
        "لقي ثلاثة أشخاص مصرعهم غرقا في فيضانات ضربت جنوب تونس.",
        # sport, not diplomacy
        "وصل وفد المنتخب الوطني لكرة القدم إلى القاهرة لمواجهة المنتخب المصري في مباراة ودية.",
        # congratulations? no: "here"
        "قال الوزير الأردني إن الحل هنا في يد الدول العربية.",
    ],
)
def test_false_friends_give_no_event(text: str) -> None:
    assert run(text).events == [], [(e.type, e.trigger) for e in run(text).events]


def test_a_statement_issued_by_a_ministry_is_no_confiscation() -> None:
    assert "COERCE" not in types("وأكد بيان صادر عن وزارة الخارجية العمانية دعم السلطنة للحوار.")


def test_unreal_objects_are_no_events() -> None:
    # asked for, threatened, alleged: the attack did not happen (yet)
    assert types("دعت فرنسا إيران إلى وقف الهجمات على السفن التجارية.") == {"REQUEST"}
    assert "ASSAULT" not in types("توعد الرئيس الروسي بشن ضربات جوية على مواقع المسلحين في سوريا.")
    assert "ASSAULT" not in types("اتهمت منظمة هيومن رايتس ووتش الجيش الميانماري بارتكاب مجزرة.")


def test_a_condemned_event_is_an_event() -> None:
    t = types("أدانت الخارجية الأردنية اعتقال الشرطة الإسرائيلية لصحفي أردني في القدس.")
    assert {"ACCUSE", "COERCE"} <= t


def test_protesters_demands_are_the_protest() -> None:
    assert types("تظاهر آلاف العراقيين في بغداد مطالبين الحكومة بتوفير الكهرباء.") == {"PROTEST"}


def test_a_place_is_no_side_of_a_meeting() -> None:
    e = only("التقى وزير الخارجية المصري نظيره الأردني في قطر.", "CONSULT")
    assert {a.code for a in e.actors} == {"EGY", "JOR"}


def test_sources_are_not_parties() -> None:
    e = only("وفق ما أورده موقع سكاي نيوز البريطاني، اعتقلت الشرطة التركية عشرة أشخاص.", "COERCE")
    assert {a.code for a in e.actors} == {"TUR"}
    e = only(
        "قالت صحيفة نيويورك تايمز الأمريكية إن الجيش العراقي قصف مواقع لتنظيم داعش.", "ASSAULT"
    )
    assert units(e) == {"IRQ:MIL", "-:REB"}
    e = only("أكد مصدر دبلوماسي جزائري أن مصر وليبيا اتفقتا على فتح الحدود.", "AGREE")
    assert {a.code for a in e.actors} == {"EGY", "LBY"}


def test_each_trigger_reads_its_own_sides() -> None:
    # the court sentences the child; the presidency condemns the court
    events = run("أدانت الرئاسة الفلسطينية حكم محكمة إسرائيلية بسجن طفل فلسطيني.").events
    accuse = next(e for e in events if e.type == "ACCUSE")
    coerce = next(e for e in events if e.type == "COERCE")
    assert {"PSE:GOV", "ISR:JUD"} <= units(accuse)
    assert {"ISR:JUD", "PSE:CVL"} <= units(coerce)


def test_every_state_cutting_ties_is_a_side() -> None:
    text = "أعلنت موريتانيا قطع علاقاتها مع قطر عقب قرار السعودية والبحرين قطع العلاقات مع الدوحة."
    pairs = {frozenset(a.code for a in e.actors) for e in run(text).events if e.type == "SANCTION"}
    assert frozenset({"MRT", "QAT"}) in pairs
    assert frozenset({"SAU", "QAT"}) in pairs


@pytest.mark.parametrize(
    ("text", "key", "value"),
    [
        ("قتل سبعة أشخاص بتفجير سيارة مفخخة في بغداد.", "killed", 7),
        ("اعتقلت الشرطة المصرية عشرين ناشطا معارضا في القاهرة.", "arrested", 20),
        ("أصيب 12 شخصا بجروح في انفجار عبوة ناسفة استهدفت حافلة في كابول.", "wounded", 12),
    ],
)
def test_counts(text: str, key: str, value: int) -> None:
    assert any(e.counts.get(key) == value for e in run(text).events)


def test_vague_numbers_give_no_count() -> None:
    for e in run("اعتقلت الشرطة التونسية عشرات المتظاهرين في العاصمة.").events:
        assert "arrested" not in e.counts


@pytest.mark.parametrize(
    "text",
    [
        "قال مسؤولان إيرانيان إن طهران أرسلت طائرات محملة بالأغذية إلى قطر.",
        "أكدت مصادر أمنية عراقية أن الشرطة اعتقلت عشرين متظاهرا في البصرة.",
    ],
)
def test_who_reports_is_not_a_party(text: str) -> None:
    for e in run(text).events:
        assert all(a.agent != "GOV" or a.code != "IRQ" for a in e.actors)
        assert not any(a.role == "official" for a in e.actors), units(e)


def test_a_bound_that_keeps_the_speaker_as_actor() -> None:
    e = only("أعلنت الشرطة البريطانية أنها أفرجت عن خمسة أشخاص.", "CONCEDE")
    assert "GBR:COP" in units(e)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("قرر ترامب استقبال ألف لاجئ من أستراليا.", "CONSULT"),
        ("رفض المسؤول نشر اسمه لأنه غير مخول بالحديث.", "REJECT"),
        ("أصيب شاب بجروح تهدد الحياة في حادث سير.", "THREATEN"),
        ("اعتذر المغرب عن استضافة القمة العربية.", "CONCEDE"),
        ("دعا الحزب إلى إنقاذ الاقتصاد التونسي من الانهيار.", "AID"),
    ],
)
def test_more_false_friends(text: str, absent: str) -> None:
    assert absent not in types(text)


def test_declining_to_host_is_a_refusal() -> None:
    assert "REJECT" in types("اعتذر المغرب عن استضافة القمة العربية.")


def test_the_capital_visited_is_a_party() -> None:
    text = "انتقدت المعارضة الإيرانية الزيارة التي ستقوم بها وزيرة الخارجية الألمانية إلى طهران."
    visit = only(text, "CONSULT")
    assert {a.code for a in visit.actors} == {"DEU", "IRN"}
    assert visit.status == "planned"


@pytest.mark.parametrize(
    "text",
    [
        "قال الجيش المصري إنه لا صحة لما تردد عن وقوع هجمات على مواقعه في سيناء.",
        "وجه القضاء الفرنسي تهمة الإرهاب إلى شابين بشبهة التحضير لاعتداء على كنيسة.",
    ],
)
def test_denied_or_prepared_attacks_are_no_attacks(text: str) -> None:
    assert "ASSAULT" not in types(text)


def test_a_ceasefire_stopped_is_an_agreement_not_shooting() -> None:
    t = types("اتفقت الفصائل السورية على إيقاف إطلاق النار في حلب.")
    assert "ASSAULT" not in t


def test_an_army_chiefs_visit_is_a_visit() -> None:
    t = types("زار قائد الجيش المصري السعودية لبحث التعاون العسكري.")
    assert "CONSULT" in t and "MOBILIZE" not in t


def test_a_court_that_condemns_convicts() -> None:
    events = run("أدانت محكمة إسرائيلية جنديا إسرائيليا بقتل شاب فلسطيني في الخليل.").events
    assert any(e.type == "COERCE" and "ISR:JUD" in units(e) for e in events)
    assert not any(e.type == "ACCUSE" and "ISR:JUD" in units(e) for e in events)


def test_an_unnamed_author_of_counted_victims_is_understood() -> None:
    # round 22 (sides22): an attack that counts its victims and names no
    # author has unidentified attackers of the place first, as Persian and
    # English read it ("سه نفر در انفجار بمب در بغداد کشته شدند")
    (e,) = run("قتل ثلاثة أشخاص في انفجار عبوة ناسفة في بغداد.").events
    assert [(a.code, a.agent) for a in e.actors] == [("IRQ", "UAF"), ("IRQ", "CVL")]


# Round 2 vocabulary: passives, executions, freezes, closures, boycotts,
# protests "in protest at", congratulations, blame, cells dismantled.
ROUND2 = [
    ("اغتيل قيادي في حركة حماس برصاص مجهولين في غزة.", "ASSAULT", {"PSE:REB"}),
    ("هوجمت دورية للشرطة التونسية في جبل الشعانبي.", "ASSAULT", {"TUN:COP"}),
    ("لقي جنديان حتفهما في انفجار لغم في سيناء.", "ASSAULT", {"EGY:MIL"}),
    # a death sentence carried out kills: ASSAULT, as Persian "اعدام کرد" (consist26)
    ("أعدمت السلطات الإيرانية ثلاثة مدانين بتهريب المخدرات.", "ASSAULT", {"IRN:GOV"}),
    ("جمدت وزارة الخزانة الأمريكية أصول شركات إيرانية.", "SANCTION", {"USA:GOV"}),
    ("أغلقت السلطات الإسرائيلية المسجد الأقصى أمام المصلين.", "COERCE", {"ISR:GOV"}),
    ("فككت وحدات الحرس الوطني خلية إرهابية في ولاية القصرين.", "COERCE", {"TUN:COP"}),
    ("قاطعت أحزاب المعارضة المصرية الانتخابات البرلمانية.", "PROTEST", {"EGY:OPP"}),
    ("احتج مئات الطلبة المغاربة على غلاء رسوم التسجيل.", "PROTEST", {"MAR:EDU"}),
    ("خرج آلاف الأردنيين في شوارع عمان احتجاجا على رفع الأسعار.", "PROTEST", {"JOR:CVL"}),
    ("هنأ العاهل الأردني الرئيس الفرنسي بمناسبة انتخابه.", "SUPPORT", {"JOR:GOV", "FRA:GOV"}),
    ("وجهت النيابة العامة المصرية تهمة التخابر إلى صحفي أجنبي.", "ACCUSE", {"EGY:JUD"}),
    ("حملت الحكومة اليمنية الحوثيين مسؤولية انهيار الهدنة.", "ACCUSE", {"YEM:GOV", "YEM:REB"}),
    ("أصدر الرئيس التونسي عفوا خاصا عن ألف سجين.", "CONCEDE", {"TUN:GOV"}),
    ("سلم عشرون مسلحا أسلحتهم للجيش الجزائري.", "RETREAT", {"DZA:MIL"}),
    # lawyers are civilians, no court (agents36ar)
    ("نفذ المحامون التونسيون وقفة احتجاجية أمام قصر العدالة.", "PROTEST", {"TUN:CVL"}),
]


@pytest.mark.parametrize(("text", "etype", "want"), ROUND2)
def test_round2_vocabulary(text: str, etype: str, want: set[str]) -> None:
    only(text, etype)
    found = set().union(*(units(e) for e in run(text).events if e.type == etype))
    assert want <= found


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # an asylum seeker asks for nothing
        ("رحلت السلطات الألمانية مئات من طالبي اللجوء.", "REQUEST"),
        ("رحلت السلطات الألمانية 400 طالب لجوء.", "REQUEST"),
        # a firm recalling its staff summons no diplomat
        ("استدعت شركة غوغل موظفيها من الخارج.", "ACCUSE"),
        # a state's boycott of goods is no demonstration
        ("قاطعت الدول العربية البضائع الإسرائيلية.", "PROTEST"),
    ],
)
def test_round2_false_friends(text: str, absent: str) -> None:
    assert absent not in types(text)


def test_a_politicians_attack_is_one_of_words() -> None:
    assert types("هاجم الرئيس التركي الاتحاد الأوروبي بسبب موقفه من اللاجئين.") == {"ACCUSE"}
    assert "ASSAULT" in types("هاجم مسلحون مجهولون حاجزا للجيش المصري في العريش.")


ROUND2_MORE = [
    ("استشهد عون أمن في هجوم إرهابي بمدينة القصرين.", "ASSAULT", {"TUN:COP", "TUN:UAF"}),
    ("فجر انتحاري نفسه وسط سوق شعبية في بغداد.", "ASSAULT", {"IRQ:UAF"}),
    ("قتل 20 مدنيا في غارات جوية على صنعاء.", "ASSAULT", {"YEM:CVL"}),
    ("تبادل الجيش الليبي وميليشيات مسلحة إطلاق النار في طرابلس.", "ASSAULT", {"LBY:REB"}),
    ("قدم أمير الكويت التعازي للرئيس المصري في ضحايا الحادث.", "SUPPORT", {"KWT:GOV", "EGY:GOV"}),
    ("لوحت الولايات المتحدة بفرض عقوبات جديدة على فنزويلا.", "THREATEN", {"USA:", "VEN:"}),
    ("تجمع مئات المغاربة أمام البرلمان للتنديد بقانون التقاعد.", "PROTEST", {"MAR:CVL"}),
    ("أغلق محتجون الطريق الرابطة بين سيدي بوزيد والقصرين.", "PROTEST", {"TUN:CVL"}),
    ("منعت السلطات الجزائرية صحفيين فرنسيين من دخول أراضيها.", "COERCE", {"DZA:GOV"}),
    ("أودع القضاء اللبناني رجل أعمال السجن بتهمة الفساد.", "COERCE", {"LBN:JUD"}),
    ("صوت البرلمان العراقي ضد مشروع قانون الموازنة.", "REJECT", {"IRQ:LEG"}),
    ("أسقط مجلس النواب الأردني مشروع القانون المعدل.", "REJECT", {"JOR:LEG"}),
    ("عززت تونس تواجدها العسكري على الحدود مع ليبيا.", "MOBILIZE", {"TUN:"}),
    ("أجرت القوات البحرية التونسية والأمريكية تمرينا مشتركا قبالة بنزرت.", "MOBILIZE", {"TUN:MIL"}),
    ("تسلمت تونس من الولايات المتحدة طائرات عسكرية.", "AID", {"TUN:"}),
    (
        "اتفقت الحكومة والاتحاد العام التونسي للشغل على الزيادة في الأجور.",
        "AGREE",
        {"TUN:GOV", "TUN:LAB"},
    ),
]


@pytest.mark.parametrize(("text", "etype", "want"), ROUND2_MORE)
def test_round2_more_vocabulary(text: str, etype: str, want: set[str]) -> None:
    only(text, etype)
    found = set().union(*(units(e) for e in run(text).events if e.type == etype))
    assert want <= found


def test_authorities_closing_a_road_restrict() -> None:
    assert "COERCE" in types("أغلقت السلطات المصرية الطريق المؤدية إلى ميدان التحرير.")
    assert "PROTEST" not in types("أغلقت السلطات المصرية الطريق المؤدية إلى ميدان التحرير.")


def test_a_purpose_is_no_ban() -> None:
    assert "COERCE" not in types("أصدر الرئيس الأمريكي مرسوما لمنع مواطني سبع دول من دخول البلاد.")


@pytest.mark.parametrize(
    "text",
    [
        # a death toll, a foiled plot, a charge, carbon capture, "without warning"
        "ارتفعت حصيلة القتلى في العراق إلى مئة شخص.",
        "أعلنت وزارة الداخلية التونسية عن إحباط مخططات إرهابية لتنفيذ تفجيرات في العاصمة.",
        "تستخدم الشركة النرويجية تقنية احتجاز الكربون وتخزينه.",
        "أقيل المدير التونسي من منصبه دون سابق إنذار.",
        # sport: a club's complaint about a player, a fencing federation's thanks
        "قدم النادي السعودي شكوى ضد اللاعب البرتغالي إلى لجنة الاحتراف.",
        "شكر رئيس الاتحاد السعودي للمبارزة كل من ساهم في خدمة الرياضة.",
    ],
)
def test_round2_no_event(text: str) -> None:
    assert run(text).events == [], [(e.type, e.trigger) for e in run(text).events]


def test_zionist_soldiers_are_israeli() -> None:
    e = only("هاجم جنود صهاينة قرية فلسطينية قرب نابلس.", "ASSAULT")
    assert "ISR:MIL" in units(e)


def test_floods_hold_no_one() -> None:
    assert "COERCE" not in types("تسببت الأمطار الغزيرة في جازان في قطع الطرق واحتجاز المركبات.")


def test_a_veto_word_inside_another_word_vetoes_nothing() -> None:
    # "لأعبر" (that I express) holds the letters of "لاعب" (player)
    t = types(
        'وقال وزير الخارجية الأمريكي خلال اجتماع لوزراء خارجية آسيان: "دعوني لأعبر عن تضامننا".'
    )
    assert "CONSULT" in t


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a ministry's name holds "الدعوة"
        ("وزع وزير الشؤون الإسلامية والأوقاف والدعوة والإرشاد كتبا على الأئمة.", "REQUEST"),
        # support for terrorism is what a state is accused of
        ("قطعت مصر علاقاتها مع قطر بسبب دعمها للإرهاب.", "SUPPORT"),
        # a plot that "targets the security" of a country is no armed attack
        ("قال الرئيس التركي إن المؤامرة تستهدف أمن المنطقة.", "ASSAULT"),
        # wishing the wounded a quick recovery
        ("تمنى رئيس البرلمان الشفاء العاجل لجميع الجرحى.", "ASSAULT"),
        # "until" a second meeting is held: none was
        ("بقي الوضع على حاله إلى حين تنظيم اجتماع ثان لأعضاء الكتلة.", "CONSULT"),
    ],
)
def test_round2_precision(text: str, absent: str) -> None:
    assert absent not in types(text)


def test_a_customs_ambush_catches_smugglers() -> None:
    t = types("نصبت دورية للديوانة التونسية كمينا لمهربين قرب الحدود الليبية.")
    assert "COERCE" in t and "ASSAULT" not in t
    assert "ASSAULT" in types("نصب مسلحون كمينا لدورية للجيش الجزائري قرب الحدود.")


def test_a_postponed_strike_and_a_cancelled_visit_are_negated() -> None:
    # postponed: planned from round 10; negated since round 86 (postponed86:
    # it did not take place when due, as the challenge gold codes it)
    e = only("قررت النقابة الأساسية بمستشفى صفاقس تأجيل الإضراب المقرر يوم الخميس.", "PROTEST")
    assert e.status == "negated"
    e = only("أعلنت الرئاسة التونسية إلغاء زيارة الرئيس الفرنسي إلى تونس.", "CONSULT")
    assert e.status == "negated"


def test_principal_parties_are_no_head_of_state() -> None:
    e = only("انتقدت أحزاب سياسية رئيسية كورية جنوبية رئيس الوزراء الياباني.", "ACCUSE")
    assert "KOR:GOV" not in units(e)
