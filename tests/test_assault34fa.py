"""Attacks told in Arabic, Persian and English read the same (round 34,
assault34fa; every sentence written for these tests, in natural news wording
for each language, not word for word): passive and impersonal attacks,
attack nouns with the target after "به/على/on", doers named by "از سوی/
توسط/به دست", shelling, bombing and firing, kills, wounds and martyrs,
threats, denials and accusations of attacks, and attacks in another sense.

Rule added in this round: a merchant ship ("کشتی تجاری", "کشتی باری",
"سفينة تجارية", "ناقلة نفط", "سفينة شحن") is a side of what befalls it, of
its country only when one is written next to it and of no agent
(``extract/vessels``: the owned pseudo-agent "VESSEL", cleared from the
finished events), so "یک کشتی تجاری مورد حمله قرار گرفت", "تعرضت سفينة
تجارية لهجوم" are reported as English "a merchant ship was attacked" was;
its owner named after it by a cue of owning or managing ("متعلق به شرکت
اسرائیلی", "تديرها شركة إسرائيلية", ``context.VESSEL_OWNER_CUES``) is the
side instead (``vessels.owned_by_named``). A ship is never the doer, and a
deed whose only sides are ships takes no scene country for its attacker
(``implied_sides._deed_place``).

Known differences kept: English gives ships the business agent (BUS): the
English challenge set is annotated so, the Persian corpus leaves the ship
without agent (moving English to no agent lowered English odd agents .940 to
.926). A bare Persian "نفتکش" as a side lowered held-out Persian parties and
is left out (xfail below).
"""

from __future__ import annotations

import pytest

from casts import reading_lines as _read

# (English, Arabic, Persian, the reading of all three)
AGREED: list[tuple[str, str, str, tuple[str, ...]]] = [
    (
        "The Israeli army shelled the south of Lebanon.",
        "قصف الجيش الإسرائيلي جنوب لبنان.",
        "ارتش اسرائیل جنوب لبنان را گلوله\u200cباران کرد.",
        ("ASSAULT reported ISR:MIL LBN:",),
    ),
    (
        "Israeli forces opened fire on Palestinian protesters.",
        "أطلقت القوات الإسرائيلية النار على متظاهرين فلسطينيين.",
        "نیروهای اسرائیلی به سوی معترضان فلسطینی آتش گشودند.",
        ("ASSAULT reported ISR:MIL PSE:CVL",),
    ),
    (
        "The Houthis fired a missile at Saudi Arabia.",
        "أطلق الحوثيون صاروخا على السعودية.",
        "حوثی\u200cها یک موشک به سمت عربستان شلیک کردند.",
        ("ASSAULT reported YEM:REB SAU:",),
    ),
    (
        "Three Afghan soldiers were killed in a Taliban attack.",
        "قتل ثلاثة جنود أفغان في هجوم لطالبان.",
        "سه سرباز افغان در حمله طالبان کشته شدند.",
        ("ASSAULT reported AFG:REB AFG:MIL",),
    ),
    (
        "Five civilians were wounded in the shelling.",
        "أصيب خمسة مدنيين في القصف.",
        "پنج غیرنظامی در گلوله\u200cباران زخمی شدند.",
        ("ASSAULT reported -:UAF -:CVL",),
    ),
    (
        "Thirty people were wounded by gunfire.",
        "أصيب ثلاثون شخصا بالرصاص.",
        "سی نفر بر اثر اصابت گلوله زخمی شدند.",
        ("ASSAULT reported -:UAF -:CVL",),
    ),
    (
        "Israeli forces killed two Palestinians in the West Bank.",
        "قتلت القوات الإسرائيلية فلسطينيين اثنين في الضفة الغربية.",
        "نیروهای اسرائیلی دو فلسطینی را در کرانه باختری کشتند.",
        ("ASSAULT reported ISR:MIL PSE:CVL",),
    ),
    (
        "Four Iranian border guards were killed by armed men.",
        "قتل أربعة من حرس الحدود الإيرانيين على يد مسلحين.",
        "چهار مرزبان ایرانی به دست افراد مسلح کشته شدند.",
        ("ASSAULT reported IRN:UAF IRN:COP",),
    ),
    (
        "Taliban fighters attacked a police checkpoint in Kunduz.",
        "هاجم مسلحو طالبان نقطة تفتيش للشرطة في قندوز.",
        "شبه\u200cنظامیان طالبان به یک ایست بازرسی پلیس در قندوز حمله کردند.",
        ("ASSAULT reported AFG:REB AFG:COP",),
    ),
    (
        "The attack on the convoy was carried out by the Taliban.",
        "نفذت طالبان الهجوم على القافلة.",
        "حمله به کاروان از سوی طالبان انجام شد.",
        ("ASSAULT reported AFG:REB",),
    ),
    (
        "The president died of a heart attack.",
        "توفي الرئيس إثر نوبة قلبية.",
        "رئیس جمهور بر اثر حمله قلبی درگذشت.",
        (),
    ),
    (
        "Iran's wrestling team won the world championship.",
        "فاز منتخب إيران للمصارعة ببطولة العالم.",
        "تیم ملی کشتی ایران قهرمان جهان شد.",
        (),
    ),
    (
        "If Israel attacks Iran, the region will burn.",
        "إذا هاجمت إسرائيل إيران فستحترق المنطقة.",
        "اگر اسرائیل به ایران حمله کند، منطقه به آتش کشیده می\u200cشود.",
        (),
    ),
    (
        "Gunmen attacked a police station in Quetta.",
        "هاجم مسلحون مركزا للشرطة في كويتا.",
        "افراد مسلح به یک ایستگاه پلیس در کویته حمله کردند.",
        ("ASSAULT reported PAK:UAF PAK:COP",),
    ),
    (
        "Israeli warplanes struck Damascus airport.",
        "قصفت طائرات حربية إسرائيلية مطار دمشق.",
        "جنگنده\u200cهای اسرائیلی فرودگاه دمشق را بمباران کردند.",
        ("ASSAULT reported ISR:MIL SYR:",),
    ),
    (
        "The Russian army shelled Kharkiv on Sunday.",
        "قصف الجيش الروسي خاركيف يوم الأحد.",
        "ارتش روسیه روز یکشنبه خارکیف را گلوله\u200cباران کرد.",
        ("ASSAULT reported RUS:MIL UKR:",),
    ),
    (
        "Kharkiv was shelled by Russian forces.",
        "تعرضت خاركيف لقصف من القوات الروسية.",
        "خارکیف از سوی نیروهای روسیه گلوله\u200cباران شد.",
        ("ASSAULT reported RUS:MIL",),
    ),
    (
        "Saudi-led coalition aircraft bombed Sanaa.",
        "قصفت طائرات التحالف بقيادة السعودية صنعاء.",
        "هواپیماهای ائتلاف سعودی صنعا را بمباران کردند.",
        ("ASSAULT reported SAU:MIL YEM:",),
    ),
    (
        "Turkish drones struck PKK positions in northern Iraq.",
        "قصفت طائرات مسيرة تركية مواقع لحزب العمال الكردستاني في شمال العراق.",
        "پهپادهای ترکیه مواضع پ\u200cک\u200cک را در شمال عراق هدف قرار دادند.",
        ("ASSAULT reported TUR:MIL TUR:REB",),
    ),
    (
        "Two Israeli soldiers were killed in a Hamas attack.",
        "قتل جنديان إسرائيليان في هجوم لحماس.",
        "دو سرباز اسرائیلی در حمله حماس کشته شدند.",
        ("ASSAULT reported PSE:REB ISR:MIL",),
    ),
    (
        "Ten Syrian soldiers were killed in an Israeli air strike.",
        "قتل عشرة جنود سوريين في غارة جوية إسرائيلية.",
        "ده سرباز سوری در حمله هوایی اسرائیل کشته شدند.",
        ("ASSAULT reported ISR:MIL SYR:MIL",),
    ),
    (
        "Seven civilians were killed in a Russian missile strike on Odesa.",
        "قتل سبعة مدنيين في ضربة صاروخية روسية على أوديسا.",
        "هفت غیرنظامی در حمله موشکی روسیه به اودسا کشته شدند.",
        ("ASSAULT reported RUS:MIL UKR:CVL",),
    ),
    (
        "An Iranian nuclear scientist was assassinated near Tehran.",
        "اغتيل عالم نووي إيراني قرب طهران.",
        "یک دانشمند هسته\u200cای ایرانی در نزدیکی تهران ترور شد.",
        ("ASSAULT reported IRN:",),
    ),
    (
        "Six Afghan policemen were killed by the Taliban.",
        "قتل ستة من رجال الشرطة الأفغان على يد طالبان.",
        "شش پلیس افغان به دست طالبان کشته شدند.",
        ("ASSAULT reported AFG:REB AFG:COP",),
    ),
    (
        "Three Iraqi soldiers were martyred in an ISIS attack.",
        "استشهد ثلاثة جنود عراقيين في هجوم لداعش.",
        "سه سرباز عراقی در حمله داعش به شهادت رسیدند.",
        ("ASSAULT reported -:REB IRQ:MIL",),
    ),
    (
        "Two Lebanese civilians were wounded by Israeli shelling.",
        "أصيب مدنيان لبنانيان بقصف إسرائيلي.",
        "دو غیرنظامی لبنانی بر اثر گلوله\u200cباران اسرائیل زخمی شدند.",
        ("ASSAULT reported ISR:MIL LBN:CVL",),
    ),
    (
        "Israel threatened to attack Iran's nuclear facilities.",
        "هددت إسرائيل بمهاجمة المنشآت النووية الإيرانية.",
        "اسرائیل تهدید کرد به تاسیسات هسته\u200cای ایران حمله می\u200cکند.",
        ("THREATEN reported ISR: IRN:",),
    ),
    (
        "Israel accused Iran of attacking the oil tanker.",
        "اتهمت إسرائيل إيران بمهاجمة ناقلة النفط.",
        "اسرائیل ایران را به حمله به نفتکش متهم کرد.",
        ("ACCUSE reported ISR: IRN:",),
    ),
    (
        "The minister suffered a heart attack.",
        "أصيب الوزير بنوبة قلبية.",
        "وزیر دچار حمله قلبی شد.",
        (),
    ),
    (
        "Iran beat Iraq two goals to one in the football match.",
        "فاز منتخب إيران على العراق بهدفين مقابل هدف في مباراة كرة القدم.",
        "تیم ملی فوتبال ایران در این مسابقه دو بر یک عراق را شکست داد.",
        (),
    ),
    (
        "Iranian police arrested ten protesters in Tehran.",
        "اعتقلت الشرطة الإيرانية عشرة متظاهرين في طهران.",
        "پلیس ایران ده معترض را در تهران بازداشت کرد.",
        ("COERCE reported IRN:COP IRN:CVL",),
    ),
    (
        "The Houthis kidnapped two aid workers in Sanaa.",
        "اختطف الحوثيون اثنين من عمال الإغاثة في صنعاء.",
        "حوثی\u200cها دو امدادگر را در صنعا ربودند.",
        ("ASSAULT reported YEM:REB -:NGO",),
    ),
    (
        "Iranian security forces fired tear gas at protesters.",
        "أطلقت قوات الأمن الإيرانية الغاز المسيل للدموع على المتظاهرين.",
        "نیروهای امنیتی ایران به سوی معترضان گاز اشک\u200cآور شلیک کردند.",
        ("ASSAULT reported IRN:COP IRN:CVL",),
    ),
    (
        "Israeli forces demolished a Palestinian home in Hebron.",
        "هدمت القوات الإسرائيلية منزلا فلسطينيا في الخليل.",
        "نیروهای اسرائیلی یک خانه فلسطینی را در الخلیل تخریب کردند.",
        # types39ar: a demolition is read in all three languages
        ("COERCE reported ISR:MIL PSE:",),
    ),
    (
        "Gunmen abducted five Pakistani workers.",
        "خطف مسلحون خمسة عمال باكستانيين.",
        "افراد مسلح پنج کارگر پاکستانی را ربودند.",
        ("ASSAULT reported -:UAF PAK:LAB",),
    ),
    (
        "The Taliban attacked the city of Kunduz.",
        "هاجمت طالبان مدينة قندوز.",
        "طالبان به شهر قندوز حمله کردند.",
        ("ASSAULT reported AFG:REB",),
    ),
    (
        "The Taliban launched an offensive on Kabul.",
        "شنت طالبان هجوما على كابول.",
        "طالبان حمله\u200cای را به کابل آغاز کردند.",
        ("ASSAULT reported AFG:REB AFG:",),
    ),
]

# (English, Arabic, Persian, the Arabic and Persian reading, the English one:
# ships are business there)
SHIPS: list[tuple[str, str, str, tuple[str, ...], tuple[str, ...]]] = [
    (
        "A merchant ship was attacked in the Red Sea on Tuesday.",
        "تعرضت سفينة تجارية لهجوم في البحر الأحمر يوم الثلاثاء.",
        "یک کشتی تجاری روز سه\u200cشنبه در دریای سرخ مورد حمله قرار گرفت.",
        ("ASSAULT reported -:UAF -:",),
        ("ASSAULT reported -:UAF -:BUS",),
    ),
    (
        "A cargo ship came under attack off the coast of Yemen.",
        "تعرضت سفينة شحن لهجوم قبالة سواحل اليمن.",
        "یک کشتی باری در نزدیکی سواحل یمن هدف حمله قرار گرفت.",
        ("ASSAULT reported -:UAF -:",),
        ("ASSAULT reported -:UAF -:BUS",),
    ),
    (
        "Iran's Revolutionary Guards seized a merchant ship in the Gulf.",
        "احتجز الحرس الثوري الإيراني سفينة تجارية في الخليج.",
        "سپاه پاسداران ایران یک کشتی تجاری را در خلیج فارس توقیف کرد.",
        ("COERCE reported IRN:MIL -:",),
        ("COERCE reported IRN:MIL -:BUS",),
    ),
    (
        "A merchant ship was hit by a missile in the Gulf of Aden.",
        "أصيبت سفينة تجارية بصاروخ في خليج عدن.",
        "یک کشتی تجاری در خلیج عدن با موشک هدف قرار گرفت.",
        ("ASSAULT reported -:UAF -:",),
        ("ASSAULT reported -:UAF -:BUS",),
    ),
    (
        "The attack on the merchant ship took place on Thursday.",
        "وقع الهجوم على السفينة التجارية يوم الخميس.",
        "حمله به کشتی تجاری روز پنجشنبه صورت گرفت.",
        ("ASSAULT reported -:UAF -:",),
        ("ASSAULT reported -:UAF -:BUS",),
    ),
    (
        "A fishing boat was attacked off the coast of Somalia.",
        "تعرض قارب صيد لهجوم قبالة سواحل الصومال.",
        "یک کشتی ماهیگیری در نزدیکی سواحل سومالی مورد حمله قرار گرفت.",
        ("ASSAULT reported -:UAF -:",),
        ("ASSAULT reported -:UAF -:BUS",),
    ),
    (
        "Unknown gunmen attacked a cargo ship in the Gulf of Guinea.",
        "هاجم مسلحون مجهولون سفينة شحن في خليج غينيا.",
        "افراد مسلح ناشناس به یک کشتی باری در خلیج گینه حمله کردند.",
        ("ASSAULT reported -:UAF -:",),
        ("ASSAULT reported -:UAF -:BUS",),
    ),
    (
        "Merchant ships were attacked in the Red Sea.",
        "تعرضت سفن تجارية لهجمات في البحر الأحمر.",
        "کشتی\u200cهای تجاری در دریای سرخ مورد حمله قرار گرفتند.",
        ("ASSAULT reported -:UAF -:",),
        ("ASSAULT reported -:UAF -:BUS",),
    ),
    (
        "An Israeli merchant ship was attacked in the Arabian Sea.",
        "تعرضت سفينة تجارية إسرائيلية لهجوم في بحر العرب.",
        "یک کشتی تجاری اسرائیلی در دریای عرب مورد حمله قرار گرفت.",
        ("ASSAULT reported -:UAF ISR:",),
        ("ASSAULT reported -:UAF ISR:BUS",),
    ),
    (
        "A Greek cargo ship was seized by the Houthis.",
        "احتجز الحوثيون سفينة شحن يونانية.",
        "حوثی\u200cها یک کشتی باری یونانی را توقیف کردند.",
        ("COERCE reported YEM:REB GRC:",),
        ("COERCE reported YEM:REB GRC:BUS",),
    ),
    (
        "An Israeli oil tanker was attacked off the coast of Oman.",
        "تعرضت ناقلة نفط إسرائيلية لهجوم قبالة سواحل عمان.",
        "یک نفتکش اسرائیلی در نزدیکی سواحل عمان مورد حمله قرار گرفت.",
        ("ASSAULT reported -:UAF ISR:",),
        ("ASSAULT reported -:UAF ISR:BUS",),
    ),
    (
        "Iran seized a British oil tanker in the Strait of Hormuz.",
        "احتجزت إيران ناقلة نفط بريطانية في مضيق هرمز.",
        "ایران یک نفتکش انگلیسی را در تنگه هرمز توقیف کرد.",
        ("COERCE reported IRN: GBR:",),
        ("COERCE reported IRN: GBR:BUS",),
    ),
    (
        "An Iranian oil tanker was hit by two missiles in the Red Sea.",
        "أصيبت ناقلة نفط إيرانية بصاروخين في البحر الأحمر.",
        "یک نفتکش ایرانی در دریای سرخ با دو موشک هدف قرار گرفت.",
        ("ASSAULT reported -:UAF IRN:",),
        ("ASSAULT reported -:UAF IRN:BUS",),
    ),
    (
        "Pirates attacked a merchant ship off Somalia.",
        "هاجم قراصنة سفينة تجارية قبالة الصومال.",
        "دزدان دریایی به یک کشتی تجاری در نزدیکی سومالی حمله کردند.",
        ("ASSAULT reported -:CRM -:",),
        ("ASSAULT reported -:CRM -:BUS",),
    ),
    (
        "The Houthis claimed an attack on a cargo ship.",
        "تبنى الحوثيون هجوما على سفينة شحن.",
        "حوثی\u200cها مسئولیت حمله به یک کشتی باری را بر عهده گرفتند.",
        ("ASSAULT reported YEM:REB -:",),
        ("ASSAULT reported YEM:REB -:BUS",),
    ),
    (
        "The Houthis threatened to attack merchant ships.",
        "هدد الحوثيون بمهاجمة السفن التجارية.",
        "حوثی\u200cها تهدید کردند به کشتی\u200cهای تجاری حمله می\u200cکنند.",
        ("THREATEN reported YEM:REB -:",),
        ("THREATEN reported YEM:REB -:BUS",),
    ),
    (
        "Iran denied attacking the merchant ship.",
        "نفت إيران مهاجمة السفينة التجارية.",
        "ایران حمله به کشتی تجاری را رد کرد.",
        ("ASSAULT negated IRN: -:",),
        ("ASSAULT negated IRN: -:BUS",),
    ),
    (
        "Israeli naval forces opened fire on Palestinian fishing boats off Gaza.",
        "أطلقت البحرية الإسرائيلية النار على قوارب صيد فلسطينية قبالة غزة.",
        "نیروی دریایی اسرائیل به سوی کشتی\u200cهای ماهیگیری فلسطینی در سواحل غزه آتش گشود.",
        ("ASSAULT reported ISR:MIL PSE:",),
        ("ASSAULT reported ISR:MIL PSE:BUS",),
    ),
    (
        "A Chinese cargo ship was hit by a missile.",
        "أصيبت سفينة شحن صينية بصاروخ.",
        "یک کشتی باری چینی با موشک هدف قرار گرفت.",
        ("ASSAULT reported -:UAF CHN:",),
        ("ASSAULT reported -:UAF CHN:BUS",),
    ),
    (
        "Britain seized an Iranian oil tanker off Gibraltar.",
        "احتجزت بريطانيا ناقلة نفط إيرانية قبالة جبل طارق.",
        "انگلیس یک نفتکش ایرانی را در نزدیکی جبل الطارق توقیف کرد.",
        ("COERCE reported GBR: IRN:",),
        ("COERCE reported GBR: IRN:BUS",),
    ),
    (
        "Iran released the British oil tanker.",
        "أفرجت إيران عن ناقلة النفط البريطانية.",
        "ایران نفتکش انگلیسی را آزاد کرد.",
        ("CONCEDE reported IRN: GBR:",),
        ("CONCEDE reported IRN: GBR:BUS",),
    ),
    (
        "A Japanese oil tanker was attacked near the Strait of Hormuz.",
        "تعرضت ناقلة نفط يابانية لهجوم قرب مضيق هرمز.",
        "یک نفتکش ژاپنی در نزدیکی تنگه هرمز مورد حمله قرار گرفت.",
        ("ASSAULT reported -:UAF JPN:",),
        ("ASSAULT reported -:UAF JPN:BUS",),
    ),
]


@pytest.mark.parametrize(("en", "ar", "fa", "want"), AGREED)
def test_triples_read_alike(en: str, ar: str, fa: str, want: tuple[str, ...]) -> None:
    for text, lang in ((en, "en"), (ar, "ar"), (fa, "fa")):
        assert _read(text, lang) == set(want), lang


@pytest.mark.parametrize(("en", "ar", "fa", "want", "want_en"), SHIPS)
def test_ships_read_alike(
    en: str, ar: str, fa: str, want: tuple[str, ...], want_en: tuple[str, ...]
) -> None:
    assert _read(ar, "ar") == set(want)
    assert _read(fa, "fa") == set(want)
    assert _read(en, "en") == set(want_en)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("یک کشتی تجاری در دریای سرخ هدف حمله پهپادی قرار گرفت.", "fa"),
        ("کشتی‌های باری در خلیج عدن مورد حمله قرار گرفتند.", "fa"),
        ("هوجمت سفينة تجارية في خليج عدن.", "ar"),
        ("تعرضت ناقلة نفط لهجوم قرب سواحل الإمارات.", "ar"),
    ],
)
def test_ship_alone_is_the_side_struck(text: str, lang: str) -> None:
    assert _read(text, lang) == {"ASSAULT reported -:UAF -:"}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("کشتی باری متعلق به یک شرکت اسرائیلی در دریای عرب مورد حمله قرار گرفت.", "fa"),
        ("یک کشتی تجاری که توسط شرکتی اسرائیلی اداره می‌شود هدف حمله قرار گرفت.", "fa"),
        ("تعرضت سفينة شحن مملوكة لشركة إسرائيلية لهجوم في بحر العرب.", "ar"),
    ],
)
def test_ship_owner_named_is_the_side(text: str, lang: str) -> None:
    assert _read(text, lang) == {"ASSAULT reported -:UAF ISR:BUS"}


def test_no_pseudo_agent_leaks() -> None:
    for text, lang in (
        ("سپاه یک کشتی تجاری خارجی را توقیف کرد.", "fa"),
        ("احتجز الحرس الثوري ناقلة نفط أجنبية.", "ar"),
    ):
        assert all("VESSEL" not in line for line in _read(text, lang))


@pytest.mark.xfail(strict=True, reason="a bare tanker as a side lowered held-out fa parties")
def test_bare_tanker_struck_fa() -> None:
    assert _read("یک نفتکش در دریای عمان مورد حمله قرار گرفت.", "fa") == {
        "ASSAULT reported -:UAF -:"
    }


@pytest.mark.xfail(strict=True, reason="English drops the attack a condemnation is about")
def test_condemned_attack_en() -> None:
    assert "ASSAULT reported -:UAF -:BUS" in _read(
        "The United States condemned the attack on the merchant ship.", "en"
    )


@pytest.mark.xfail(strict=True, reason="a Persian attack on someone's words is read as force")
def test_attack_on_words_fa() -> None:
    assert _read("وزیر خارجه ایران به شدت به سخنان رئیس جمهور آمریکا حمله کرد.", "fa") == {
        "ACCUSE reported IRN:GOV USA:GOV"
    }


def test_ship_is_no_doer_and_no_scene_attacker() -> None:
    assert _read("دولت بریتانیا ایران را مسئول حمله به کشتی تجاری دانست.", "fa") >= {
        "ASSAULT reported IRN: -:"
    }
    assert _read("وزیر خارجه آمریکا در نیویورک حمله به کشتی‌های تجاری را محکوم کرد.", "fa") >= {
        "ASSAULT reported -:UAF -:"
    }
