"""Round 48, Persian agents read from the spec's list of agents (agents48fa;
every sentence written for these tests).

- bodies and titles of Persian news that were missing: an Afghan MP ("وکیل
  پارلمان", "وکلای ولسی جرگه") is LEG, not a lawyer; gunmen on motorbikes
  are unknown attackers (UAF); bodies "defending human rights" are NGOs; a
  police rank with its ordinal ("ستوان یکم پلیس"), a warrant officer of the
  police, the Afghan police command ("قوماندانی امنیه") and the riot guard
  are police (COP); Afghanistan's national army ("اردوی ملی") is its MIL;
  "افغانی" after police, clerics, smugglers, doctors and opponents makes
  them Afghanistan's (``lang/fa/agents.py``). English and Arabic name these
  with words they already read; their sentences check the same reading;
- a state named by itself after an agent, with a verb and a preposition of
  opposition between ("معترضان علیه آمریکا تظاهرات کردند", "students
  demonstrated against Saudi Arabia", "تظاهر طلاب ضد الولايات المتحدة") is
  what the agent acts against, not the agent's country
  (``participants._Sentence._against_state``; all three languages);
- an agent noun described as foreign ("نیروهای خارجی", "سربازان خارجی",
  "القوات الأجنبية", "foreign troops", "foreign investors") takes no country
  from the place it is in, the one state its sentence names or the
  dateline: it is by its word not of that country
  (``participants._Sentence.foreign``, ``context.FOREIGN_WORDS``; all three
  languages). A state's own bodies ("وزارت امور خارجه", "foreign ministry")
  are no foreign agents;
- "our country" closing an agent's noun phrase a word or two after the
  agent noun ("رانندگان کامیون کشورمان") is that agent's country, as right
  after it (``home_country._owned_agent``). Arabic and English have no "our
  country" data (``OUR_COUNTRY_WORDS`` is empty or absent): their sentences
  below check that no home country is made up.
"""

from __future__ import annotations

import pytest

from casts import cast, run

# --- 1. bodies and titles of Persian news ------------------------------------------

LEXICON = [
    ("fa", "وکلای پارلمان افغانستان از دولت انتقاد کردند.", "ACCUSE", "AFG:LEG"),
    ("fa", "وکیل ولسی جرگه از وزیر معادن انتقاد کرد.", "ACCUSE", "AFG:LEG"),
    ("en", "Members of the Afghan parliament criticised the government.", "ACCUSE", "AFG:LEG"),
    ("ar", "انتقد نواب البرلمان الأفغاني الحكومة.", "ACCUSE", "AFG:LEG"),
    ("fa", "موتورسواران مسلح به سوی ماموران پلیس در خاش تیراندازی کردند.", "ASSAULT", "IRN:UAF"),
    (
        "en",
        "Armed men on motorbikes opened fire on police officers in Quetta.",
        "ASSAULT",
        "PAK:UAF",
    ),
    ("ar", "أطلق مسلحون على دراجات نارية النار على رجال الشرطة في كويتا.", "ASSAULT", "PAK:UAF"),
    ("fa", "نهادهای مدافع حقوق بشر از بازداشت وکلا انتقاد کردند.", "ACCUSE", "-:NGO"),
    ("fa", "سازمان‌های مدافع حقوق بشر از اعدام زندانیان انتقاد کردند.", "ACCUSE", "-:NGO"),
    ("en", "Human rights groups criticised the arrest of lawyers.", "ACCUSE", "-:NGO"),
    ("ar", "انتقدت منظمات حقوق الإنسان اعتقال المحامين.", "ACCUSE", "-:NGO"),
    ("fa", "ستوان یکم پلیس در درگیری با اشرار در سراوان کشته شد.", "ASSAULT", "IRN:COP"),
    ("fa", "استوار پلیس در درگیری با قاچاقچیان در کرمان کشته شد.", "ASSAULT", "IRN:COP"),
    (
        "en",
        "A police first lieutenant was killed in a clash with bandits in Zahedan.",
        "ASSAULT",
        "IRN:COP",
    ),
    ("fa", "قوماندانی امنیه کابل سه نفر را بازداشت کرد.", "COERCE", "AFG:COP"),
    ("fa", "فرمانده امنیه قندهار دو مرد را بازداشت کرد.", "COERCE", "AFG:COP"),
    ("en", "The Kabul police command arrested three men.", "COERCE", "AFG:COP"),
    ("fa", "گارد ضد شورش به معترضان در تهران حمله کرد.", "ASSAULT", "IRN:COP"),
    ("en", "Riot police attacked protesters in Tehran.", "ASSAULT", "IRN:COP"),
    ("ar", "هاجمت شرطة مكافحة الشغب المحتجين في طهران.", "ASSAULT", "IRN:COP"),
    ("fa", "اردوی ملی به مواضع طالبان در هلمند حمله کرد.", "ASSAULT", "AFG:MIL"),
    ("en", "The Afghan National Army attacked Taliban positions in Helmand.", "ASSAULT", "AFG:MIL"),
    ("ar", "هاجم الجيش الوطني الأفغاني مواقع طالبان في هلمند.", "ASSAULT", "AFG:MIL"),
    ("fa", "روحانیون افغانی از این تصمیم انتقاد کردند.", "ACCUSE", "AFG:REL"),
    ("fa", "پلیس افغانی از این تصمیم انتقاد کرد.", "ACCUSE", "AFG:COP"),
    ("en", "Afghan clerics criticised the decision.", "ACCUSE", "AFG:REL"),
    ("ar", "انتقد رجال الدين الأفغان القرار.", "ACCUSE", "AFG:REL"),
]


@pytest.mark.parametrize(("lang", "text", "etype", "actor"), LEXICON)
def test_agent_of_news_bodies(lang: str, text: str, etype: str, actor: str) -> None:
    got = cast(run(text, lang), etype)
    assert actor in got, got


def test_afghan_mp_is_no_lawyer() -> None:
    got = cast(run("وکلای پارلمان افغانستان از دولت انتقاد کردند.", "fa"), "ACCUSE")
    assert "AFG:CVL" not in got, got


def test_motorbike_of_police_stays_police() -> None:
    # only armed riders are unknown attackers; the police's riders are the police
    got = cast(run("موتورسواران پلیس به معترضان در تبریز حمله کردند.", "fa"), "ASSAULT")
    assert "IRN:COP" in got and not any(a.endswith(":UAF") for a in got), got


# --- 2. the state an agent acts against is not its country -------------------------

AGAINST = [
    ("fa", "معترضان علیه آمریکا تظاهرات کردند.", "-:CVL", "USA:CVL"),
    ("fa", "دانشجویان علیه آمریکا شعار دادند.", "-:EDU", "USA:EDU"),
    ("fa", "معلمان بر ضد عربستان تظاهرات کردند.", "-:EDU", "SAU:EDU"),
    ("en", "Protesters rallied against the United States.", "-:CVL", "USA:CVL"),
    ("en", "Students demonstrated against Saudi Arabia.", "-:EDU", "SAU:EDU"),
    ("ar", "تظاهر طلاب ضد الولايات المتحدة.", "-:EDU", "USA:EDU"),
    ("ar", "تظاهر المحتجون ضد السعودية.", "-:CVL", "SAU:CVL"),
]


@pytest.mark.parametrize(("lang", "text", "kept", "gone"), AGAINST)
def test_state_acted_against_is_no_country(lang: str, text: str, kept: str, gone: str) -> None:
    got = cast(run(text, lang), "PROTEST")
    assert kept in got and gone not in got, got


PLACED_AGAINST = [
    ("fa", "معترضان در بغداد علیه آمریکا تظاهرات کردند.", "IRQ:CVL"),
    ("fa", "دانشجویان عراقی علیه آمریکا شعار دادند.", "IRQ:EDU"),
    ("en", "Students in Baghdad demonstrated against the United States.", "IRQ:EDU"),
    ("ar", "بغداد - تظاهر المحتجون ضد السعودية.", "IRQ:CVL"),
]


@pytest.mark.parametrize(("lang", "text", "actor"), PLACED_AGAINST)
def test_place_or_adjective_still_tells(lang: str, text: str, actor: str) -> None:
    # a place, an adjective or a dateline still gives the agent its country
    assert actor in cast(run(text, lang), "PROTEST")


def test_dateline_gives_the_protesters_home() -> None:
    got = cast(run("تهران- ایرنا- دانشجویان علیه آمریکا شعار دادند.", "fa"), "PROTEST")
    assert "IRN:EDU" in got and "USA:EDU" not in got, got


# --- 3. "our country" a word or two after its agent ---------------------------------

OURS = [
    (
        "رانندگان کامیون کشورمان در مرز ترکیه به عوارض اعتراض کردند.",
        "PROTEST",
        "IRN:LAB",
        "TUR:LAB",
    ),
    ("دانشجویان نخبه کشورمان در ترکیه بازداشت شدند.", "COERCE", "IRN:EDU", "TUR:EDU"),
]


@pytest.mark.parametrize(("text", "etype", "kept", "gone"), OURS)
def test_our_country_closes_the_phrase(text: str, etype: str, kept: str, gone: str) -> None:
    got = cast(run(text, "fa"), etype)
    assert kept in got and gone not in got, got


def test_our_country_after_a_preposition_is_no_owner() -> None:
    # "مهاجران به کشورمان": migrants to our country are not ours
    got = cast(run("مهاجران به کشورمان حمله کردند.", "fa"), "ASSAULT")
    assert "IRN:REF" not in got, got


NO_OURS = [
    ("en", "Truck drivers of our country protested against fees at the Turkish border."),
    ("ar", "احتج سائقو شاحنات بلادنا على الرسوم على الحدود التركية."),
]


@pytest.mark.parametrize(("lang", "text"), NO_OURS)
def test_no_our_country_data_makes_no_home(lang: str, text: str) -> None:
    got = cast(run(text, lang), "PROTEST")
    assert any(a.endswith(":LAB") for a in got), got
    assert not any(a.startswith(("IRN:", "AFG:")) for a in got), got


# --- 4. foreign agents take no country from the sentence ----------------------------

FOREIGN = [
    ("fa", "نیروهای خارجی از افغانستان خارج شدند.", "RETREAT", "-:MIL", "AFG:MIL"),
    ("fa", "سربازان خارجی از افغانستان خارج شدند.", "RETREAT", "-:MIL", "AFG:MIL"),
    ("fa", "نیروهای خارجی در عراق به یک کاروان حمله کردند.", "ASSAULT", "-:MIL", "IRQ:MIL"),
    ("fa", "سرمایه‌گذاران خارجی با وزیر اقتصاد ایران دیدار کردند.", "CONSULT", "-:BUS", "IRN:BUS"),
    ("en", "Foreign troops withdrew from Afghanistan.", "RETREAT", "-:MIL", "AFG:MIL"),
    ("en", "Foreign forces in Iraq attacked a convoy.", "ASSAULT", "-:MIL", "IRQ:MIL"),
    ("en", "Foreign journalists were detained in Tehran.", "COERCE", "-:MED", "IRN:MED"),
    ("ar", "انسحبت القوات الأجنبية من أفغانستان.", "RETREAT", "-:MIL", "AFG:MIL"),
    ("ar", "هاجمت القوات الأجنبية في العراق قافلة.", "ASSAULT", "-:MIL", "IRQ:MIL"),
]


@pytest.mark.parametrize(("lang", "text", "etype", "kept", "gone"), FOREIGN)
def test_foreign_agents_take_no_country(
    lang: str, text: str, etype: str, kept: str, gone: str
) -> None:
    got = cast(run(text, lang), etype)
    assert kept in got and gone not in got, got


OWN_BODIES = [
    ("fa", "وزارت امور خارجه ایران سفیر فرانسه را احضار کرد.", "IRN:GOV"),
    ("en", "The Iranian foreign ministry summoned the French ambassador.", "IRN:GOV"),
    ("ar", "استدعت وزارة الخارجية الإيرانية السفير الفرنسي.", "IRN:GOV"),
    # a country written with them still gives them one
    ("en", "American troops withdrew from Afghanistan.", "USA:MIL"),
]


@pytest.mark.parametrize(("lang", "text", "actor"), OWN_BODIES)
def test_own_bodies_and_named_countries_kept(lang: str, text: str, actor: str) -> None:
    got = {
        a for e in run(text, lang).events for a in [f"{x.code or '-'}:{x.agent}" for x in e.actors]
    }
    assert actor in got, got
