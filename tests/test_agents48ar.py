"""Agents of Arabic actors read from ONTOLOGY.md's list, not from samples
(round 48, agents48ar; every sentence written for these tests).

- ``lang/ar/agents._AGENTS_48``: the nouns, bodies and titles of each agent
  no round had listed (local councils and mayors, electoral commissions,
  a unit's commander, paratroopers, police ranks in the construct,
  gendarmes, Morocco's prosecutors, parliamentary committees, a jihadist
  group's emir, the dual of civilians and clerics, owners of a trade's
  shops, faculty and a named nuclear scientist, rights and relief bodies,
  health centres, forgers); English and Persian got the same nouns, but
  for the nuclear scientist: they cannot tell "the" one named from "a"
  scientist struck, who stays the state (test_assault34fa), and the test
  below keeps that reading.
- ``_STATE_BODIES_48``: bodies only one state has, named without its
  adjective (al-Azhar, the Coptic church, the Council of Senior Scholars,
  the Maronite patriarch, the Guardian Council, Sudan's sovereign council,
  the gendarmerie, the Dawa party), in the three languages.
- ``lang/<code>/places``: Algeria's wilayas, Morocco's towns, Kuwait's
  governorates, Baghdad's halves and Israel's towns give an agent written
  with them their state, in the three languages.
- Words left out because they are mostly something else (a knife, tear gas,
  "a question" in Persian, a pharmacy, a campaign office) name no place or
  agent.
"""

from __future__ import annotations

import pytest

from casts import run


def _casts(text: str, lang: str) -> set[str]:
    """'CODE:AGENT' of every actor of every event of ``text``."""
    return {f"{a.code or '-'}:{a.agent}" for e in run(text, lang).events for a in e.actors}


def _agents(text: str, lang: str) -> set[str | None]:
    """The agents of every actor of every event of ``text``."""
    return {a.agent for e in run(text, lang).events for a in e.actors}


# (language, sentence, an agent every reading must have)
AGENT_NOUNS: list[tuple[str, str, str]] = [
    # local government
    ("ar", "أدان المجلس المحلي للبلدة الهجوم الإسرائيلي على المدرسة.", "GOV"),
    ("en", "The local council condemned the Israeli attack on the school.", "GOV"),
    ("fa", "شورای محلی شهر حمله اسرائیل به مدرسه را محکوم کرد.", "GOV"),
    ("ar", "استقبل عميد بلدية مصراتة السفير الإيطالي.", "GOV"),
    ("ar", "اتهم مدير الناحية القوات التركية بقصف القرى.", "GOV"),
    ("ar", "انتقد عامل الإقليم المحتجين الذين أغلقوا الطريق.", "GOV"),
    # a unit's commander and paratroopers are the army's
    ("ar", "قال قائد اللواء إن قواته هاجمت مواقع المسلحين قرب الحدود.", "MIL"),
    ("ar", "هاجم المظليون مواقع المتمردين شمالي البلاد.", "MIL"),
    ("en", "Paratroopers attacked rebel positions in the north.", "MIL"),
    ("fa", "چتربازان به مواضع شورشیان در شمال کشور حمله کردند.", "MIL"),
    # police ranks in the construct; gendarmes; security branches
    ("ar", "اعتقل العقيد شرطة خالد علي ثلاثة مهربين.", "COP"),
    ("ar", "اعتقل الأمن السياسي عشرات الطلاب في المدينة.", "COP"),
    ("ar", "قتل مسلحون دركيين اثنين في كمين.", "COP"),
    # prosecutors and parliamentary committees
    ("ar", "أمر الوكيل العام للملك باعتقال الصحفي.", "JUD"),
    ("ar", "اتهمت اللجنة البرلمانية وزير الداخلية بالتقصير.", "LEG"),
    ("en", "The parliamentary committee accused the interior minister of negligence.", "LEG"),
    ("fa", "کمیته پارلمانی وزیر کشور را به کوتاهی متهم کرد.", "LEG"),
    # a jihadist group's emir is no head of state
    ("ar", "قتلت القوات العراقية أمير التنظيم في الموصل.", "REB"),
    ("en", "Iraqi forces killed the emir of the group in Mosul.", "REB"),
    ("fa", "نیروهای عراقی امیر داعش را در موصل کشتند.", "REB"),
    # duals that take their ending on the first word
    ("ar", "قتلت غارة إسرائيلية مدنيان في جنوب لبنان.", "CVL"),
    ("ar", "اعتقلت السلطات الإيرانية رجلي دين معارضين.", "REL"),
    # owners of a trade's shops are business
    ("ar", "أضرب أصحاب المخابز احتجاجا على قرار الحكومة.", "BUS"),
    ("en", "Bakery owners went on strike against the government's decision.", "BUS"),
    ("fa", "صاحبان نانوایی‌ها در اعتراض به تصمیم دولت اعتصاب کردند.", "BUS"),
    # students with the article, faculty, nuclear scientists
    ("ar", "اعتقلت الشرطة الطالب بعد مشاركته في الاحتجاجات.", "EDU"),
    ("ar", "اغتال مسلحون العالم النووي قرب طهران.", "EDU"),
    ("ar", "تظاهر أعضاء هيئة التدريس احتجاجا على تأخر الرواتب.", "EDU"),
    # rights and relief bodies
    ("ar", "اتهمت منظمات إغاثة الجيش بمنع القوافل.", "NGO"),
    ("en", "Aid organisations accused the army of blocking the convoys.", "NGO"),
    ("fa", "سازمان‌های امدادی ارتش را به جلوگیری از کاروان‌ها متهم کردند.", "NGO"),
    ("ar", "طالب مركز حقوقي الحكومة بالإفراج عن المعتقلين.", "NGO"),
    # health centres struck are health
    ("ar", "قصفت طائرات حربية مركزا صحيا في ريف إدلب.", "HLH"),
    ("en", "Warplanes bombed a health centre in rural Idlib.", "HLH"),
    ("fa", "هواپیماهای جنگی یک مرکز بهداشتی را در حومه ادلب بمباران کردند.", "HLH"),
    # forgers are criminals
    ("ar", "اعتقلت الشرطة المزورين في العاصمة.", "CRM"),
    ("en", "Police arrested three forgers in the capital.", "CRM"),
    ("fa", "پلیس سه جاعل را در پایتخت بازداشت کرد.", "CRM"),
]


@pytest.mark.parametrize(("lang", "text", "agent"), AGENT_NOUNS)
def test_agent_nouns(lang: str, text: str, agent: str) -> None:
    assert agent in _agents(text, lang)


# (language, sentence, a 'CODE:AGENT' every reading must have)
STATE_BODIES: list[tuple[str, str, str]] = [
    ("ar", "انتقد الأزهر الحكومة الفرنسية.", "EGY:REL"),
    ("en", "Al-Azhar criticised the French government.", "EGY:REL"),
    ("fa", "الازهر دولت فرانسه را محکوم کرد.", "EGY:REL"),
    ("ar", "اتهم مجلس السيادة الولايات المتحدة بالتدخل.", "SDN:GOV"),
    ("en", "The Sovereign Council accused the United States of interference.", "SDN:GOV"),
    ("fa", "شورای حاکمیتی آمریکا را به دخالت متهم کرد.", "SDN:GOV"),
    ("ar", "رفض مجلس صيانة الدستور المقترح الأمريكي.", "IRN:GOV"),
    ("en", "The Guardian Council rejected the American proposal.", "IRN:GOV"),
    ("fa", "شورای نگهبان پیشنهاد آمریکا را رد کرد.", "IRN:GOV"),
    ("ar", "انتقد البطريرك الماروني حزب الله.", "LBN:REL"),
    ("en", "The Maronite patriarch criticised Hezbollah.", "LBN:REL"),
    ("fa", "پاتریارک مارونی حزب‌الله را انتقاد کرد.", "LBN:REL"),
    ("ar", "اعتقلت الجندرمة عشرة لاجئين سوريين.", "TUR:COP"),
    ("ar", "اتهم حزب الدعوة تركيا بالتدخل.", "IRQ:PTY"),
    ("en", "The Dawa Party accused Turkey of interference.", "IRQ:PTY"),
    ("ar", "أدانت هيئة كبار العلماء الهجوم الإيراني.", "SAU:REL"),
    ("en", "The Council of Senior Scholars condemned the Iranian attack.", "SAU:REL"),
]


@pytest.mark.parametrize(("lang", "text", "cast"), STATE_BODIES)
def test_bodies_of_one_state(lang: str, text: str, cast: str) -> None:
    assert cast in _casts(text, lang)


PLACES: list[tuple[str, str, str]] = [
    ("ar", "اعتقلت الشرطة في الجلفة خمسة مهربين.", "DZA:COP"),
    ("en", "Police in Djelfa arrested five smugglers.", "DZA:COP"),
    ("fa", "پلیس در جلفه پنج قاچاقچی را بازداشت کرد.", "DZA:COP"),
    ("ar", "اعتقلت الشرطة في خريبكة عشرين متظاهرا.", "MAR:COP"),
    ("en", "Police in Khouribga arrested twenty protesters.", "MAR:COP"),
    ("fa", "پلیس در خریبگه بیست معترض را بازداشت کرد.", "MAR:COP"),
    ("ar", "أصدرت محكمة جنايات الكرخ حكما بإعدام إرهابي.", "IRQ:JUD"),
    ("ar", "اعتقلت شرطة الفروانية عصابة لسرقة السيارات.", "KWT:COP"),
    ("en", "Police in Farwaniya arrested a gang of car thieves.", "KWT:COP"),
    ("ar", "اعتقلت الشرطة في الخضيرة شابا فلسطينيا.", "ISR:COP"),
    ("en", "Police in Hadera arrested a Palestinian man.", "ISR:COP"),
    ("fa", "پلیس در حدیره یک مرد فلسطینی را بازداشت کرد.", "ISR:COP"),
]


@pytest.mark.parametrize(("lang", "text", "cast"), PLACES)
def test_places_give_their_state(lang: str, text: str, cast: str) -> None:
    assert cast in _casts(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # tear gas is no wilaya of Algeria, "a question" none in Persian
        ("ar", "أطلقت الشرطة الغازات المسيلة للدموع على المتظاهرين."),
        ("fa", "پلیس برای حل این مسیله معترضان را بازداشت کرد."),
        ("en", "Police fired tear gas at the protesters."),
    ],
)
def test_words_that_are_no_places(lang: str, text: str) -> None:
    assert not any(c.startswith("DZA:") for c in _casts(text, lang))


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a pharmacy and a contracting sector are no business actors
        ("ar", "هاجم مسلحون صيدلية في المدينة وقتلوا حارسها."),
        ("ar", "قتل مسلحون عاملين في قطاع المقاولات."),
        # a candidate's campaign office is no government
        ("fa", "سخنگوی ستاد انتخاباتی نامزد اصلاح‌طلب از شورای نگهبان انتقاد کرد."),
        ("en", "Gunmen attacked a pharmacy in the city."),
    ],
)
def test_left_out_words(lang: str, text: str) -> None:
    found = _agents(text, lang)
    assert "BUS" not in found and "HLH" not in found
    if lang == "fa":
        assert "IRN:GOV" in _casts(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "اغتيل عالم نووي إيراني قرب طهران."),
        ("en", "An Iranian nuclear scientist was assassinated near Tehran."),
        ("fa", "یک دانشمند هسته‌ای ایرانی در نزدیکی تهران ترور شد."),
    ],
)
def test_an_indefinite_scientist_stays_the_state(lang: str, text: str) -> None:
    assert "IRN:EDU" not in _casts(text, lang)
