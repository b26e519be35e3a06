"""Arabic agent nouns a news reader meets that no earlier round listed
(agents27ar, ``lang/ar/agents.py`` ``_MORE_AGENT_NOUNS``, ``_FROM_AFAR``
and ``NAMED_GROUPS``).

* Jailers, conscripts and tanks: "سجان" is COP, "مجند" MIL, tanks,
  armour and warships an armed force's (owned: of the country written next
  to them).
* Callings: investors (BUS), anchors (MED), priests, nuns and preachers
  (REL), ambulance crews and medical teams (HLH).
* People: passers-by and the kidnapped (CVL), the Maghreb's "حراقة" and
  deportees (REF), defectors (OPP), traffickers of people or arms (CRM).
* Bodies named by a phrase: "المجلس الدستوري" (JUD), "الكتل النيابية"
  (LEG), "وكالات الإغاثة" (NGO), and the names of watchdogs and armed
  movements ("المرصد السوري", "جند الأقصى", "أبو سياف"), with the common
  misspelling "ميلشيات".
* An officer's rank followed by the police or a security service ("العقيد
  في الشرطة") is COP, not the army's; a tribe's sheikh is CVL; an army's
  operations command ("قائد عمليات نينوى") MIL.
* "مستشار الأمن الوطني", the national security adviser by his other name,
  is an official of the government (``lang/ar/roles.py``), not of the
  security services ("الأمن الوطني").

Parallel triples written for these tests; a Persian or English sentence
whose noun that language's tables do not yet have is marked xfail."""

from __future__ import annotations

import pytest

from casts import cast, run

# Persian nouns the Persian tables do not yet have (a conscript's country,
# "مجری تلویزیون", "ابوسیاف", "شورای قانون اساسی"; the relief agencies came with agents27fa),
# and a rescue at sea, which neither the Persian nor the English triggers
# read as help yet: known gaps, not this round's Arabic rules.
_FA_GAP = pytest.mark.xfail(strict=True, reason="Persian tables lack this noun")
_NO_RESCUE = pytest.mark.xfail(strict=True, reason="no AID trigger for a rescue at sea")


def _has(actors: set[str], wanted: str) -> bool:
    """'CODE:AGENT' must be there as written; a bare 'AGENT' with any code."""
    if ":" in wanted:
        return wanted in actors
    return any(a.endswith(f":{wanted}") for a in actors)


# --- security, armed forces and their arms: COP, MIL ---


@pytest.mark.parametrize(
    ("lang", "text", "etype", "wanted"),
    [
        ("ar", "اعتدى السجانون على الأسرى الفلسطينيين في سجن النقب.", "ASSAULT", ("COP", "CVL")),
        (
            "fa",
            "زندانبانان به زندانیان فلسطینی در زندان نقب حمله کردند.",
            "ASSAULT",
            ("COP", "CVL"),
        ),
        (
            "en",
            "Prison guards attacked Palestinian prisoners in the Negev prison.",
            "ASSAULT",
            ("COP", "CVL"),
        ),
        ("ar", "قصفت دبابات إسرائيلية منازل في رفح.", "ASSAULT", ("ISR:MIL",)),
        (
            "fa",
            "تانک\u200cهای اسرائیلی خانه\u200cهایی را در رفح گلوله\u200cباران کردند.",
            "ASSAULT",
            ("ISR:MIL",),
        ),
        ("en", "Israeli tanks shelled houses in Rafah.", "ASSAULT", ("ISR:MIL",)),
        ("ar", "قتل مسلحون خمسة مجندين في سيناء.", "ASSAULT", ("EGY:MIL",)),
        # tri29a: "در سینا" is in Egypt, so the conscripts are Egyptian
        ("fa", "افراد مسلح پنج سرباز وظیفه را در سینا کشتند.", "ASSAULT", ("EGY:MIL",)),
        ("en", "Gunmen killed five conscripts in Sinai.", "ASSAULT", ("EGY:MIL",)),
    ],
)
def test_security(lang: str, text: str, etype: str, wanted: tuple[str, ...]) -> None:
    actors = cast(run(text, lang), etype)
    assert all(_has(actors, w) for w in wanted), actors


# --- armed movements, named and unnamed: REB ---


@pytest.mark.parametrize(
    ("lang", "text", "etype", "wanted"),
    [
        ("ar", "هاجمت ميلشيات مسلحة قرية في ريف حلب.", "ASSAULT", ("SYR:REB",)),
        ("fa", "شبه\u200cنظامیان به روستایی در حومه حلب حمله کردند.", "ASSAULT", ("SYR:REB",)),
        ("en", "Militias attacked a village in the Aleppo countryside.", "ASSAULT", ("SYR:REB",)),
        (
            "ar",
            "هاجم مسلحو جند الأقصى مواقع الجيش السوري في حماة.",
            "ASSAULT",
            ("SYR:REB", "SYR:MIL"),
        ),
        (
            "fa",
            "شبه\u200cنظامیان جند الاقصی به مواضع ارتش سوریه در حماه حمله کردند.",
            "ASSAULT",
            ("SYR:REB", "SYR:MIL"),
        ),
        (
            "en",
            "Jund al-Aqsa fighters attacked Syrian army positions in Hama.",
            "ASSAULT",
            ("SYR:REB", "SYR:MIL"),
        ),
    ],
)
def test_armed_movements(lang: str, text: str, etype: str, wanted: tuple[str, ...]) -> None:
    actors = cast(run(text, lang), etype)
    assert all(_has(actors, w) for w in wanted), actors


# --- people of a trade or a calling: BUS, MED, REL, HLH ---


@pytest.mark.parametrize(
    ("lang", "text", "etype", "wanted"),
    [
        ("ar", "اعتقلت الشرطة المصرية مستثمرا سعوديا في القاهرة.", "COERCE", ("SAU:BUS",)),
        (
            "fa",
            "پلیس مصر یک سرمایه\u200cگذار سعودی را در قاهره بازداشت کرد.",
            "COERCE",
            ("SAU:BUS",),
        ),
        ("en", "Egyptian police arrested a Saudi investor in Cairo.", "COERCE", ("SAU:BUS",)),
        ("ar", "اعتقلت الشرطة التركية مذيعة في إسطنبول.", "COERCE", ("TUR:MED",)),
        pytest.param(
            "fa",
            "پلیس ترکیه یک مجری تلویزیون را در استانبول بازداشت کرد.",
            "COERCE",
            ("TUR:MED",),
            marks=_FA_GAP,
        ),
        (
            "en",
            "Turkish police arrested a television presenter in Istanbul.",
            "COERCE",
            ("TUR:MED",),
        ),
        ("ar", "خطف مسلحون كاهنا في حلب.", "ASSAULT", ("SYR:REL",)),
        ("fa", "افراد مسلح یک کشیش را در حلب ربودند.", "ASSAULT", ("SYR:REL",)),
        ("en", "Gunmen kidnapped a priest in Aleppo.", "ASSAULT", ("SYR:REL",)),
        ("ar", "اعتقلت السلطات السعودية عددا من الخطباء والوعاظ.", "COERCE", ("SAU:REL",)),
        ("fa", "مقامات سعودی شماری از خطیبان و واعظان را بازداشت کردند.", "COERCE", ("SAU:REL",)),
        ("en", "Saudi authorities arrested several preachers.", "COERCE", ("SAU:REL",)),
        ("ar", "هاجم مسلحون فرق الإسعاف في بنغازي.", "ASSAULT", ("LBY:HLH",)),
        ("fa", "افراد مسلح به امدادگران در بنغازی حمله کردند.", "ASSAULT", ("LBY:HLH",)),
        ("en", "Gunmen attacked ambulance crews in Benghazi.", "ASSAULT", ("LBY:HLH",)),
    ],
)
def test_people_of_a_trade_or_a_calling(
    lang: str, text: str, etype: str, wanted: tuple[str, ...]
) -> None:
    actors = cast(run(text, lang), etype)
    assert all(_has(actors, w) for w in wanted), actors


# --- civilians, hostages and migrants: CVL, REF ---


@pytest.mark.parametrize(
    ("lang", "text", "etype", "wanted"),
    [
        ("ar", "أطلق مسلحون النار على المارة في كراتشي.", "ASSAULT", ("PAK:CVL",)),
        ("fa", "افراد مسلح به سوی رهگذران در کراچی تیراندازی کردند.", "ASSAULT", ("PAK:CVL",)),
        ("en", "Gunmen opened fire on passers-by in Karachi.", "ASSAULT", ("PAK:CVL",)),
        (
            "ar",
            "أفرجت جماعة أبو سياف عن المخطوفين في جنوب الفلبين.",
            "CONCEDE",
            ("PHL:REB", "PHL:CVL"),
        ),
        pytest.param(
            "fa",
            "گروه ابوسیاف گروگان\u200cها را در جنوب فیلیپین آزاد کرد.",
            "CONCEDE",
            ("PHL:REB", "PHL:CVL"),
            marks=_FA_GAP,
        ),
        (
            "en",
            "Abu Sayyaf released the hostages in the southern Philippines.",
            "CONCEDE",
            ("PHL:REB", "PHL:CVL"),
        ),
        ("ar", "أنقذ خفر السواحل التونسي عشرات الحراقة قبالة صفاقس.", "AID", ("TUN:COP", "REF")),
        pytest.param(
            "fa",
            "گارد ساحلی تونس ده\u200cها مهاجر غیرقانونی را در نزدیکی صفاقس نجات داد.",
            "AID",
            ("TUN:COP", "REF"),
            marks=_NO_RESCUE,
        ),
        pytest.param(
            "en",
            "The Tunisian coast guard rescued dozens of irregular migrants off Sfax.",
            "AID",
            ("TUN:COP", "REF"),
            marks=_NO_RESCUE,
        ),
    ],
)
def test_civilians(lang: str, text: str, etype: str, wanted: tuple[str, ...]) -> None:
    actors = cast(run(text, lang), etype)
    assert all(_has(actors, w) for w in wanted), actors


# --- courts, parliaments and the opposition: JUD, LEG, OPP ---


@pytest.mark.parametrize(
    ("lang", "text", "etype", "wanted"),
    [
        ("ar", "رفض المجلس الدستوري الفرنسي الطعن الذي قدمته المعارضة.", "REJECT", ("FRA:JUD",)),
        pytest.param(
            "fa",
            "شورای قانون اساسی فرانسه شکایت مخالفان را رد کرد.",
            "REJECT",
            ("FRA:JUD",),
            marks=_FA_GAP,
        ),
        (
            "en",
            "The French Constitutional Council rejected the opposition's appeal.",
            "REJECT",
            ("FRA:JUD",),
        ),
        (
            "ar",
            "دعا رئيس الحكومة التونسية الكتل النيابية إلى دعم الحكومة.",
            "REQUEST",
            ("TUN:LEG",),
        ),
        (
            "fa",
            "نخست\u200cوزیر تونس از فراکسیون\u200cهای پارلمانی خواست از دولت حمایت کنند.",
            "REQUEST",
            ("TUN:LEG",),
        ),
        (
            "en",
            "The Tunisian prime minister called on the parliamentary blocs to back the government.",
            "REQUEST",
            ("TUN:LEG",),
        ),
        ("ar", "اعتقلت قوات الأمن السورية عددا من المنشقين في درعا.", "COERCE", ("SYR:OPP",)),
        (
            "fa",
            "نیروهای امنیتی سوریه شماری از مخالفان جداشده را در درعا بازداشت کردند.",
            "COERCE",
            ("SYR:OPP",),
        ),
        (
            "en",
            "Syrian security forces arrested several defectors in Deraa.",
            "COERCE",
            ("SYR:OPP",),
        ),
    ],
)
def test_courts(lang: str, text: str, etype: str, wanted: tuple[str, ...]) -> None:
    actors = cast(run(text, lang), etype)
    assert all(_has(actors, w) for w in wanted), actors


# --- criminals and civil society: CRM, NGO ---


@pytest.mark.parametrize(
    ("lang", "text", "etype", "wanted"),
    [
        ("ar", "اعتقلت الشرطة الليبية تجار البشر في زوارة.", "COERCE", ("LBY:CRM",)),
        ("fa", "پلیس لیبی قاچاقچیان انسان را در زواره بازداشت کرد.", "COERCE", ("LBY:CRM",)),
        ("en", "Libyan police arrested human traffickers in Zuwara.", "COERCE", ("LBY:CRM",)),
        ("ar", "طالبت وكالات الإغاثة الحكومة السودانية بفتح الطرق.", "REQUEST", ("NGO",)),
        (
            "fa",
            "سازمان\u200cهای امدادی از دولت سودان خواستند راه\u200cها را باز کند.",
            "REQUEST",
            ("NGO",),
        ),
        (
            "en",
            "Aid agencies urged the Sudanese government to open the roads.",
            "REQUEST",
            ("NGO",),
        ),
        ("ar", "اتهم المرصد السوري قوات النظام بقصف المدنيين في إدلب.", "ACCUSE", ("NGO",)),
        (
            "fa",
            "دیده\u200cبان حقوق بشر سوریه نیروهای دولتی را به بمباران غیرنظامیان در ادلب متهم کرد.",
            "ACCUSE",
            ("NGO",),
        ),
        (
            "en",
            "The Syrian Observatory accused government forces of shelling civilians in Idlib.",
            "ACCUSE",
            ("NGO",),
        ),
    ],
)
def test_criminals_and_civil_society(
    lang: str, text: str, etype: str, wanted: tuple[str, ...]
) -> None:
    actors = cast(run(text, lang), etype)
    assert all(_has(actors, w) for w in wanted), actors


# --- officers of the police by rank, tribal sheikhs, operations commands ---


@pytest.mark.parametrize(
    ("lang", "text", "etype", "wanted"),
    [
        ("ar", "اغتال مسلحون العقيد في الشرطة العراقية في البصرة.", "ASSAULT", ("IRQ:COP",)),
        ("fa", "افراد مسلح یک سرهنگ پلیس عراق را در بصره ترور کردند.", "ASSAULT", ("IRQ:COP",)),
        ("en", "Gunmen assassinated an Iraqi police colonel in Basra.", "ASSAULT", ("IRQ:COP",)),
        ("ar", "اعتقلت قوات الأمن العراقية شيخ عشيرة في الرمادي.", "COERCE", ("IRQ:CVL",)),
        (
            "fa",
            "نیروهای امنیتی عراق یک شیخ عشایر را در رمادی بازداشت کردند.",
            "COERCE",
            ("IRQ:CVL",),
        ),
        ("en", "Iraqi security forces arrested a tribal sheikh in Ramadi.", "COERCE", ("IRQ:CVL",)),
        ("ar", "التقى رئيس الوزراء العراقي قائد عمليات نينوى في الموصل.", "CONSULT", ("IRQ:MIL",)),
        (
            "fa",
            "نخست\u200cوزیر عراق با فرمانده عملیات نینوا در موصل دیدار کرد.",
            "CONSULT",
            ("IRQ:MIL",),
        ),
        (
            "en",
            "The Iraqi prime minister met the Nineveh operations commander in Mosul.",
            "CONSULT",
            ("IRQ:MIL",),
        ),
    ],
)
def test_officers_sheikhs_and_commands(
    lang: str, text: str, etype: str, wanted: tuple[str, ...]
) -> None:
    actors = cast(run(text, lang), etype)
    assert all(_has(actors, w) for w in wanted), actors


# --- the national security adviser is the government's, not the police's ---


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "التقى وزير الخارجية الأردني مستشار الأمن الوطني العراقي في عمان."),
        ("fa", "وزیر خارجه اردن با مشاور امنیت ملی عراق در امان دیدار کرد."),
        ("en", "The Jordanian foreign minister met the Iraqi national security adviser in Amman."),
    ],
)
def test_national_security_adviser_is_government(lang: str, text: str) -> None:
    actors = cast(run(text, lang), "CONSULT")
    assert {"JOR:GOV", "IRQ:GOV"} <= actors, actors
    assert "IRQ:COP" not in actors, actors
