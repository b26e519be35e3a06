#!/usr/bin/env python3
"""Regenerate the actor lexicons from Unicode CLDR (via babel) plus curated tables.

Why a generator: CLDR gives us correct, reviewed country and city names in
Arabic, Persian and English for every territory, but it has no demonyms, no
colloquial forms ("أميركا", "انگلیس", "Britain"), no seat-of-government
metonyms and no organisations.  Those live in the CURATED tables below, which
this script merges with CLDR, so rerunning it never loses hand work.

babel is a dev-only dependency: the output modules are committed and nothing
imports babel at run time.

Usage::

    .venv/bin/python scripts/build_actor_data.py          # rewrite the modules
    .venv/bin/python scripts/build_actor_data.py --check  # exit 1 if they are stale

Writes ``src/diplowatch/lang/xx/countries.py`` and
``src/diplowatch/lang/<ar|fa|en>/actors.py``.  ``roles.py`` and ``persons.py``
are hand-written modules and are not touched.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from diplowatch.lang import language, languages  # noqa: E402

LANG_DIR = ROOT / "src" / "diplowatch" / "lang"
LANGS = languages()

# ---------------------------------------------------------------------------
# Language-independent facts
# ---------------------------------------------------------------------------

# The 193 UN member states, by ISO 3166-1 alpha-2 code (mapped to alpha-3 below).
UN_MEMBERS_ISO2 = """
AF AL DZ AD AO AG AR AM AU AT AZ BS BH BD BB BY BE BZ BJ BT BO BA BW BR BN BG BF BI CV KH
CM CA CF TD CL CN CO KM CG CD CR CI HR CU CY CZ DK DJ DM DO EC EG SV GQ ER EE SZ ET FJ FI
FR GA GM GE DE GH GR GD GT GN GW GY HT HN HU IS IN ID IR IQ IE IL IT JM JP JO KZ KE KI KW
KG LA LV LB LS LR LY LI LT LU MG MW MY MV ML MT MH MR MU MX FM MD MC MN ME MA MZ MM NA NR
NP NL NZ NI NE NG KP MK NO OM PK PW PA PG PY PE PH PL PT QA KR RO RU RW KN LC VC WS SM ST
SA SN RS SC SL SG SK SI SB SO ZA SS ES LK SD SR SE CH SY TJ TH TL TG TO TT TN TR TM TV UG
UA AE GB TZ US UY UZ VU VE VN YE ZM ZW
""".split()  # noqa: SIM905

# Observers and partially recognised states that news treats as state actors.
EXTRA_STATES_ISO2 = ["PS", "VA", "TW", "XK"]

# CLDR lists several historical alpha-3 aliases for some alpha-2 codes; these are the current ones.
ISO3_PREFERRED = {
    "MM": "MMR",
    "CD": "COD",
    "DE": "DEU",
    "FR": "FRA",
    "TL": "TLS",
    "YE": "YEM",
    "XK": "XKX",
}

IGOS = """
ADB AIIB APEC ARABLEAGUE ASEAN AU BRICS CIS CSTO EAEU EBRD ECO ECOWAS EU FAO G20 G7 GCC IAEA ICC
ICRC IMF IOM NAM NATO OECD OIC OPEC OSCE SCO UN UNESCO UNHCR UNICEF WFP WHO WORLDBANK WTO
""".split()  # noqa: SIM905

# ---------------------------------------------------------------------------
# CURATED: names CLDR gets wrong for news use, or forms it lacks.
# Keys are ISO3.  Values are added to the CLDR names.
# ---------------------------------------------------------------------------

# CLDR display names that are not how anyone writes the country in running text.
DROP_NAMES = {
    "ar": {
        "الكونغو - كينشاسا",
        "الكونغو - برازافيل",
        "الأراضي الفلسطينية",
        "هونغ كونغ الصينية (منطقة إدارية خاصة)",
    },
    "fa": {"کنگو - کینشاسا", "کنگو - برازویل", "سرزمین‌های فلسطینی"},
    "en": {"Congo - Kinshasa", "Congo - Brazzaville", "Palestinian Territories"},
}

# Extra names per language (long forms, short and colloquial forms).  ISO3 -> names.
EXTRA_NAMES: dict[str, dict[str, tuple[str, ...]]] = {
    "ar": {
        "AFG": ("أفغانستان", "جمهورية أفغانستان الإسلامية", "إمارة أفغانستان الإسلامية"),
        "ARE": ("الإمارات", "دولة الإمارات", "دولة الإمارات العربية المتحدة", "الامارات"),
        "AUS": ("استراليا",),
        "AZE": ("أذربيجان", "جمهورية أذربيجان", "اذربيجان"),
        "BHR": ("مملكة البحرين",),
        "BIH": ("البوسنة", "البوسنة والهرسك", "البوسنة و الهرسك"),
        "BLR": ("روسيا البيضاء", "بيلاروسيا", "بيلاروس"),
        "BGD": ("بنجلاديش", "بنغلادش"),
        "CHE": ("الاتحاد السويسري",),
        "CHN": ("جمهورية الصين الشعبية", "الصين الشعبية"),
        "CIV": ("ساحل العاج", "كوت ديفوار", "كوت ديفوار"),
        "COD": ("الكونغو الديمقراطية", "جمهورية الكونغو الديمقراطية", "الكونغو الديموقراطية"),
        "COG": ("جمهورية الكونغو", "الكونغو برازافيل", "الكونغو"),
        "CZE": ("جمهورية التشيك", "الجمهورية التشيكية", "تشيكيا"),
        "DEU": ("جمهورية ألمانيا الاتحادية", "المانيا"),
        "DNK": ("الدانمارك", "الدنمارك"),
        "DZA": ("الجمهورية الجزائرية", "الجمهورية الجزائرية الديمقراطية الشعبية"),
        "EGY": ("جمهورية مصر العربية",),
        "ESP": ("اسبانيا", "المملكة الإسبانية"),
        "ETH": ("أثيوبيا", "اثيوبيا"),
        "FRA": ("الجمهورية الفرنسية",),
        "GBR": (
            "بريطانيا",
            "بريطانيا العظمى",
            "المملكة المتحدة لبريطانيا العظمى وأيرلندا الشمالية",
            "المملكة المتحدة لبريطانيا العظمى وإيرلندا الشمالية",
            "المملكة المتحدة لبريطانيا العظمى و أيرلندا الشمالية",
            "إنجلترا",
            "انجلترا",
            "انكلترا",
        ),
        "HUN": ("هنغاريا", "المجر"),
        "IDN": ("اندونيسيا", "جمهورية إندونيسيا"),
        "IND": ("جمهورية الهند",),
        "IRL": ("إيرلندا", "ايرلندا", "جمهورية أيرلندا"),
        "IRN": (
            "جمهورية إيران الإسلامية",
            "الجمهورية الإسلامية الإيرانية",
            "الجمهورية الإسلامية في إيران",
            "ايران",
        ),
        "IRQ": ("جمهورية العراق",),
        "ISR": ("دولة إسرائيل", "اسرائيل", "الكيان الصهيوني", "الكيان الإسرائيلي"),
        "ITA": ("ايطاليا",),
        "JOR": ("المملكة الأردنية الهاشمية", "المملكة الأردنية", "الاردن"),
        "JPN": ("دولة اليابان",),
        "KAZ": ("قازاقستان", "جمهورية كازاخستان"),
        "KGZ": ("قيرغيزستان", "قرغيزيا", "جمهورية قيرغيزستان", "قيرغيزيا", "قرغيزستان"),
        "KOR": ("كوريا الجنوبية", "جمهورية كوريا", "كوريا"),
        "KWT": ("دولة الكويت",),
        "LBN": ("الجمهورية اللبنانية",),
        "LBY": ("دولة ليبيا",),
        "MAR": ("المملكة المغربية",),
        "MDA": ("مولدافيا",),
        "MKD": ("مقدونيا", "جمهورية مقدونيا الشمالية"),
        "MLI": ("جمهورية مالي",),
        "MMR": ("ميانمار", "بورما"),
        "MRT": ("الجمهورية الإسلامية الموريتانية",),
        "NLD": ("مملكة هولندا",),
        "NZL": ("نيوزيلاندا",),
        "OMN": ("سلطنة عمان", "سلطنة عُمان", "عمان", "عُمان"),
        "PAK": ("جمهورية باكستان الإسلامية",),
        "PHL": ("الفليبين", "الفيليبين"),
        "POL": ("بولونيا",),
        "ISL": ("أيسلندا",),
        "MNE": ("مونتينيغرو",),
        "URY": ("الأوروغواي", "أوروغواي"),
        "BHS": ("البهاما",),
        "MDV": ("المالديف",),
        "ZAF": ("جنوب إفريقيا", "جمهورية جنوب أفريقيا", "جمهورية جنوب إفريقيا"),
        "ECU": ("إكوادور",),
        "CAF": ("أفريقيا الوسطى", "إفريقيا الوسطى"),
        "GNQ": ("غينيا الإستوائية",),
        "PRK": (
            "كوريا الشمالية",
            "كوريا الديمقراطية",
            "كوريا الديموقراطية",
            "جمهورية كوريا الديمقراطية الشعبية",
            "جمهورية كوريا الشعبية الديمقراطية",
        ),
        "PSE": ("فلسطين", "دولة فلسطين", "الأراضي الفلسطينية"),
        "QAT": ("دولة قطر",),
        "RUS": ("روسيا الاتحادية", "الاتحاد الروسي"),
        "SAU": ("السعودية", "المملكة العربية السعودية"),
        "SDN": ("جمهورية السودان",),
        "SWZ": ("سوازيلاند", "سوازيلند"),
        "SYR": ("سورية", "الجمهورية العربية السورية"),
        "TLS": ("تيمور الشرقية",),
        "TUN": ("الجمهورية التونسية",),
        "TUR": ("الجمهورية التركية",),
        "TWN": ("تايوان",),
        "UKR": ("اوكرانيا",),
        "USA": (
            "الولايات المتحدة الأمريكية",
            "الولايات المتحدة الأميركية",
            "أمريكا",
            "أميركا",
            "امريكا",
            "اميركا",
        ),
        "VAT": ("الكرسي الرسولي", "دولة الفاتيكان"),
        "VNM": ("جمهورية فيتنام الاشتراكية", "فييتنام", "فيتنام"),
        "XKX": ("كوسوفو",),
        "YEM": ("الجمهورية اليمنية",),
    },
    "fa": {
        "AFG": ("جمهوری اسلامی افغانستان", "امارت اسلامی افغانستان"),
        "ARE": ("امارات", "امارات متحده عربی"),
        "AZE": ("جمهوری آذربایجان",),
        "BLR": ("روسیه سفید", "بلاروس"),
        "CHN": ("جمهوری خلق چین",),
        "CIV": ("ساحل عاج",),
        "COD": ("جمهوری دموکراتیک کنگو", "کنگوی دموکراتیک"),
        "COG": ("جمهوری کنگو", "کنگو"),
        "DEU": ("جمهوری فدرال آلمان", "جرمنی"),
        "GBR": (
            "انگلیس",
            "انگلستان",
            "بریتانیا",
            "بریتانیای کبیر",
            "پادشاهی متحده",
            "پادشاهی متحده بریتانیای کبیر و ایرلند شمالی",
            "برتانیه",
            "بریتانیه",
        ),
        "IND": ("هندوستان",),
        "IRN": ("جمهوری اسلامی ایران", "جمهوری اسلامی"),
        "ISR": ("رژیم صهیونیستی", "رژیم اسرائیل", "رژیم اشغالگر قدس"),
        "KGZ": ("قرقیزستان", "قرقیزیا", "جمهوری قرقیزستان"),
        "KOR": ("کره جنوبی", "جمهوری کره", "کره", "کوریای جنوبی", "کوریا"),
        "JPN": ("جاپان",),
        "MKD": ("مقدونیه",),
        "MMR": ("میانمار", "برمه"),
        "PRK": ("کره شمالی", "جمهوری دموکراتیک خلق کره", "جمهوری خلق کره", "کوریای شمالی"),
        "PSE": ("فلسطین", "دولت فلسطین", "تشکیلات خودگردان فلسطین"),
        "RUS": ("فدراسیون روسیه",),
        "SAU": ("عربستان", "عربستان سعودی", "پادشاهی عربستان سعودی"),
        "SWZ": ("سوازیلند",),
        "SYR": ("جمهوری عربی سوریه",),
        "TLS": ("تیمور شرقی",),
        "TUR": ("جمهوری ترکیه",),
        "USA": (
            "آمریکا",
            "امریکا",
            "ایالات متحده",
            "ایالات متحده آمریکا",
            "ایالات متحده امریکا",
            "ایالات متحده‌ی آمریکا",
        ),
        "VAT": ("واتیکان",),
        "VNM": ("ویتنام", "جمهوری سوسیالیستی ویتنام"),
    },
    "en": {
        "ARE": ("UAE", "U.A.E.", "the Emirates"),
        "BIH": ("Bosnia", "Bosnia-Herzegovina", "Bosnia and Herzegovina"),
        "BLR": ("Belorussia",),
        "BOL": ("Plurinational State of Bolivia",),
        "BRN": ("Brunei Darussalam",),
        "CHN": ("People's Republic of China", "PRC", "mainland China"),
        "CIV": ("Ivory Coast", "Cote d'Ivoire", "Côte d'Ivoire"),
        "COD": (
            "DR Congo",
            "DRC",
            "Democratic Republic of the Congo",
            "Democratic Republic of Congo",
        ),
        "COG": ("Republic of the Congo", "Congo-Brazzaville", "Congo"),
        "CPV": ("Cape Verde",),
        "CZE": ("Czech Republic",),
        "DEU": ("Federal Republic of Germany",),
        "FSM": ("Federated States of Micronesia",),
        "GBR": (
            "UK",
            "U.K.",
            "Britain",
            "Great Britain",
            "United Kingdom of Great Britain and Northern Ireland",
            "England",
        ),
        "IRN": ("Islamic Republic of Iran",),
        "KGZ": ("Kyrgyz Republic", "Kirghizia"),
        "KOR": ("South Korea", "Republic of Korea", "ROK", "Korea"),
        "LAO": ("Lao PDR", "Lao People's Democratic Republic"),
        "MDA": ("Republic of Moldova",),
        "MKD": ("Macedonia", "Republic of North Macedonia"),
        "MMR": ("Burma", "Myanmar"),
        "NLD": ("Holland", "Kingdom of the Netherlands"),
        "PRK": ("North Korea", "DPRK", "Democratic People's Republic of Korea"),
        "PSE": (
            "Palestine",
            "State of Palestine",
            "Palestinian Authority",
            "Palestinian territories",
        ),
        "RUS": ("Russian Federation",),
        "SAU": ("Kingdom of Saudi Arabia", "KSA"),
        "SWZ": ("Swaziland",),
        "SYR": ("Syrian Arab Republic",),
        "TLS": ("East Timor",),
        "TUR": ("Turkey", "Turkiye", "Republic of Turkey"),
        "TWN": ("Republic of China",),
        "TZA": ("United Republic of Tanzania",),
        "USA": ("United States of America", "US", "U.S.", "USA", "U.S.A.", "America"),
        "VAT": ("Holy See", "the Vatican", "Vatican"),
        "VEN": ("Bolivarian Republic of Venezuela",),
        "VNM": ("Viet Nam", "Socialist Republic of Vietnam"),
        "XKX": ("Kosovo",),
    },
}

# English demonyms / adjectives.  CLDR has none, so this table is complete by hand.
EN_ADJECTIVES: dict[str, tuple[str, ...]] = {
    "AFG": ("Afghan",), "AGO": ("Angolan",), "ALB": ("Albanian",), "AND": ("Andorran",),
    "ARE": ("Emirati",), "ARG": ("Argentine", "Argentinian"), "ARM": ("Armenian",),
    "ATG": ("Antiguan",), "AUS": ("Australian",), "AUT": ("Austrian",), "AZE": ("Azerbaijani",),
    "BDI": ("Burundian",), "BEL": ("Belgian",), "BEN": ("Beninese",), "BFA": ("Burkinabe",),
    "BGD": ("Bangladeshi",), "BGR": ("Bulgarian",), "BHR": ("Bahraini",), "BHS": ("Bahamian",),
    "BIH": ("Bosnian",), "BLR": ("Belarusian",), "BLZ": ("Belizean",), "BOL": ("Bolivian",),
    "BRA": ("Brazilian",), "BRB": ("Barbadian",), "BRN": ("Bruneian",), "BTN": ("Bhutanese",),
    "BWA": ("Botswanan",), "CAF": ("Central African",), "CAN": ("Canadian",), "CHE": ("Swiss",),
    "CHL": ("Chilean",), "CHN": ("Chinese",), "CIV": ("Ivorian",), "CMR": ("Cameroonian",),
    "COD": ("Congolese",), "COL": ("Colombian",), "COM": ("Comoran", "Comorian"),
    "CPV": ("Cape Verdean", "Cabo Verdean"), "CRI": ("Costa Rican",), "CUB": ("Cuban",),
    "CYP": ("Cypriot",), "CZE": ("Czech",), "DEU": ("German",), "DJI": ("Djiboutian",),
    "DNK": ("Danish", "Dane"), "DOM": ("Dominican",), "DZA": ("Algerian",), "ECU": ("Ecuadorian",),
    "EGY": ("Egyptian",), "ERI": ("Eritrean",), "ESP": ("Spanish", "Spaniard"), "EST": ("Estonian",),
    "ETH": ("Ethiopian",), "FIN": ("Finnish", "Finn"), "FJI": ("Fijian",), "FRA": ("French",),
    "FSM": ("Micronesian",), "GAB": ("Gabonese",), "GBR": ("British", "Briton", "Brit"), "GEO": ("Georgian",),
    "GHA": ("Ghanaian",), "GIN": ("Guinean",), "GMB": ("Gambian",), "GNB": ("Bissau-Guinean",),
    "GNQ": ("Equatorial Guinean", "Equatoguinean"), "GRC": ("Greek",), "GRD": ("Grenadian",),
    "GTM": ("Guatemalan",), "GUY": ("Guyanese",), "HND": ("Honduran",), "HRV": ("Croatian",),
    "HTI": ("Haitian",), "HUN": ("Hungarian",), "IDN": ("Indonesian",), "IND": ("Indian",),
    "IRL": ("Irish",), "IRN": ("Iranian",), "IRQ": ("Iraqi",), "ISL": ("Icelandic",),
    "ISR": ("Israeli",), "ITA": ("Italian",), "JAM": ("Jamaican",), "JOR": ("Jordanian",),
    "JPN": ("Japanese",), "KAZ": ("Kazakh", "Kazakhstani"), "KEN": ("Kenyan",),
    "KGZ": ("Kyrgyz", "Kyrgyzstani"), "KHM": ("Cambodian",), "KIR": ("I-Kiribati",),
    "KNA": ("Kittitian",), "KOR": ("Korean", "South Korean"), "KWT": ("Kuwaiti",),
    "LAO": ("Lao", "Laotian"), "LBN": ("Lebanese",), "LBR": ("Liberian",), "LBY": ("Libyan",),
    "LCA": ("Saint Lucian",), "LIE": ("Liechtensteiner",), "LKA": ("Sri Lankan",),
    "LSO": ("Basotho",), "LTU": ("Lithuanian",), "LUX": ("Luxembourgish",), "LVA": ("Latvian",),
    "MAR": ("Moroccan",), "MCO": ("Monegasque",), "MDA": ("Moldovan",), "MDG": ("Malagasy",),
    "MDV": ("Maldivian",), "MEX": ("Mexican",), "MHL": ("Marshallese",),
    "MKD": ("Macedonian", "North Macedonian"), "MLI": ("Malian",), "MLT": ("Maltese",),
    "MMR": ("Myanmar", "Burmese"), "MNE": ("Montenegrin",), "MNG": ("Mongolian",),
    "MOZ": ("Mozambican",), "MRT": ("Mauritanian",), "MUS": ("Mauritian",), "MWI": ("Malawian",),
    "MYS": ("Malaysian",), "NAM": ("Namibian",), "NER": ("Nigerien",), "NGA": ("Nigerian",),
    "NIC": ("Nicaraguan",), "NLD": ("Dutch", "Dutchman"), "NOR": ("Norwegian",), "NPL": ("Nepali", "Nepalese"),
    "NRU": ("Nauruan",), "NZL": ("New Zealander",), "OMN": ("Omani",), "PAK": ("Pakistani",),
    "PAN": ("Panamanian",), "PER": ("Peruvian",), "PHL": ("Philippine", "Filipino"),
    "PLW": ("Palauan",), "PNG": ("Papua New Guinean",), "POL": ("Polish",),
    "PRK": ("North Korean",), "PRT": ("Portuguese",), "PRY": ("Paraguayan",),
    "PSE": ("Palestinian",), "QAT": ("Qatari",), "ROU": ("Romanian",), "RUS": ("Russian",),
    "RWA": ("Rwandan",), "SAU": ("Saudi", "Saudi Arabian"), "SDN": ("Sudanese",),
    "SEN": ("Senegalese",), "SGP": ("Singaporean",), "SLB": ("Solomon Islander",),
    "SLE": ("Sierra Leonean",), "SLV": ("Salvadoran",), "SMR": ("Sammarinese",),
    "SOM": ("Somali",), "SRB": ("Serbian",), "SSD": ("South Sudanese",), "STP": ("Santomean",),
    "SUR": ("Surinamese",), "SVK": ("Slovak",), "SVN": ("Slovenian", "Slovene"),
    "SWE": ("Swedish", "Swede"), "SWZ": ("Swazi", "Emaswati"), "SYC": ("Seychellois",),
    "SYR": ("Syrian",), "TCD": ("Chadian",), "TGO": ("Togolese",), "THA": ("Thai",),
    "TJK": ("Tajik", "Tajikistani"), "TKM": ("Turkmen",), "TLS": ("Timorese",),
    "TON": ("Tongan",), "TTO": ("Trinidadian",), "TUN": ("Tunisian",), "TUR": ("Turkish", "Turk"),
    "TUV": ("Tuvaluan",), "TWN": ("Taiwanese",), "TZA": ("Tanzanian",), "UGA": ("Ugandan",),
    "UKR": ("Ukrainian",), "URY": ("Uruguayan",), "USA": ("American",),
    "UZB": ("Uzbek", "Uzbekistani"), "VAT": ("Vatican",), "VCT": ("Vincentian",),
    "VEN": ("Venezuelan",), "VNM": ("Vietnamese",), "VUT": ("Vanuatuan", "Ni-Vanuatu"),
    "WSM": ("Samoan",), "XKX": ("Kosovar", "Kosovan"), "YEM": ("Yemeni",),
    "ZAF": ("South African",), "ZMB": ("Zambian",), "ZWE": ("Zimbabwean",),
}  # fmt: skip

# Arabic adjective stems (masc. sing., no ال) where the rule in ar_adjective() is wrong or
# the country has a multi-word name.  An empty tuple suppresses the rule.
AR_ADJECTIVES: dict[str, tuple[str, ...]] = {
    "AFG": ("أفغاني", "أفغانستاني", "أفغان"), "MDV": ("مالديفي",), "MMR": ("ميانماري", "بورمي"), "MAR": ("مغربي", "مغاربة"), "ARE": ("إماراتي",), "AUT": ("نمساوي",),
    "BEL": ("بلجيكي",), "BIH": ("بوسني",), "BLR": ("بيلاروسي",), "CAF": (),
    "CHE": ("سويسري",), "CIV": ("إيفواري",), "COD": ("كونغولي",), "COG": (),
    "CPV": (), "CZE": ("تشيكي",), "DNK": ("دنماركي", "دانماركي"), "DOM": ("دومينيكاني",),
    "ESP": ("إسباني", "اسباني", "إسبان"), "GBR": ("بريطاني", "إنجليزي", "انجليزي", "انكليزي", "إنجليز", "انجليز", "إنكليز"),
    "GNB": (), "GNQ": (), "GRC": ("يوناني",), "IRL": ("أيرلندي", "إيرلندي"),
    "ISR": ("إسرائيلي", "صهيوني", "صهاينة"), "KGZ": ("قرغيزي", "قيرغيزي", "قرغيزستاني", "قيرغيزستاني"),
    "KAZ": ("كازاخستاني", "كازاخي"), "KOR": ("كوري", "كوري جنوبي", "كوري الجنوبي", "كورية الجنوبية", "كوريين الجنوبيين", "كوريون الجنوبيون"),
    "MCO": ("موناكي",), "MKD": ("مقدوني",), "MLI": ("مالي",), "NLD": ("هولندي",),
    "NOR": ("نرويجي",), "NZL": ("نيوزيلندي",), "PER": ("بيروفي",), "PRK": ("كوري شمالي", "كورية شمالية", "كوري الشمالي", "كورية الشمالية", "كوريين الشماليين", "كوريون الشماليون"),
    "PSE": ("فلسطيني",), "RUS": ("روسي", "روس"), "SAU": ("سعودي",), "SLV": ("سلفادوري",),
    "SSD": ("جنوب سوداني",), "SWE": ("سويدي",), "TGO": ("توغولي",), "TJK": ("طاجيكي", "طاجيكستاني"),
    "TKM": ("تركماني", "تركمانستاني"), "TLS": ("تيموري",), "TUR": ("تركي", "أتراك"),
    "TZA": ("تنزاني",), "USA": ("أمريكي", "أميركي", "امريكي", "اميركي", "أمريكان", "أميركان"),
    "UZB": ("أوزبكي", "أوزبكستاني"), "VAT": ("فاتيكاني",), "VNM": ("فيتنامي",),
    "YEM": ("يمني",), "ZAF": ("جنوب أفريقي", "جنوب إفريقي"), "XKX": ("كوسوفي",),
    "LKA": ("سريلانكي",), "BGD": ("بنغلاديشي",), "PHL": ("فلبيني",),
    "HUN": ("مجري", "هنغاري"), "DEU": ("ألماني", "ألمان"), "CYP": ("قبرصي",), "EGY": ("مصري",),
    "IRQ": ("عراقي",), "JOR": ("أردني",), "LBN": ("لبناني",), "SYR": ("سوري",),
    "OMN": ("عماني",), "QAT": ("قطري",), "KWT": ("كويتي",), "BHR": ("بحريني",),
    "DZA": ("جزائري",), "TUN": ("تونسي",), "LBY": ("ليبي",), "SDN": ("سوداني",),
    "MRT": ("موريتاني",), "SOM": ("صومالي",), "DJI": ("جيبوتي",), "COM": ("قمري",),
    "IND": ("هندي", "هنود"), "PAK": ("باكستاني",), "CHN": ("صيني",), "JPN": ("ياباني",),
    "IRN": ("إيراني",), "FRA": ("فرنسي",), "ITA": ("إيطالي",), "CAN": ("كندي",),
    "BRA": ("برازيلي",), "ARG": ("أرجنتيني",), "MEX": ("مكسيكي",), "AUS": ("أسترالي",),
    "IDN": ("إندونيسي",), "MYS": ("ماليزي",), "SGP": ("سنغافوري",), "THA": ("تايلاندي",),
    "TWN": ("تايواني",), "UKR": ("أوكراني",), "POL": ("بولندي",), "PRT": ("برتغالي",),
    "FIN": ("فنلندي",), "ETH": ("إثيوبي",), "NGA": ("نيجيري",), "KEN": ("كيني",),
    "SEN": ("سنغالي",), "TCD": ("تشادي",), "NER": ("نيجري",), "GEO": ("جورجي",),
    "ARM": ("أرميني", "أرمني", "أرمن"), "AZE": ("أذربيجاني", "أذري"), "MNG": ("منغولي",), "LAO": ("لاوسي",),
    "KHM": ("كمبودي",), "NPL": ("نيبالي",), "CUB": ("كوبي",), "VEN": ("فنزويلي",),
    "COL": ("كولومبي",), "CHL": ("تشيلي",), "SRB": ("صربي",), "HRV": ("كرواتي",),
    "ROU": ("روماني",), "BGR": ("بلغاري",), "ALB": ("ألباني",), "MLT": ("مالطي",),
}  # fmt: skip

# Persian adjective forms where fa_adjective() is wrong or the name has several words.
FA_ADJECTIVES: dict[str, tuple[str, ...]] = {
    "AFG": ("افغانستانی", "افغان"), "ARE": ("اماراتی",), "AUT": ("اتریشی",),
    "BEL": ("بلژیکی",), "CHE": ("سوئیسی",), "CHN": ("چینی",), "CZE": ("چکی",),
    "DEU": ("آلمانی",), "EGY": ("مصری",), "ESP": ("اسپانیایی",), "FRA": ("فرانسوی",),
    "GBR": ("انگلیسی", "بریتانیایی", "برتانوی"), "GRC": ("یونانی",), "IND": ("هندی",),
    "IRN": ("ایرانی",), "IRQ": ("عراقی",), "ISR": ("اسرائیلی", "صهیونیستی"),
    "ITA": ("ایتالیایی",), "JPN": ("ژاپنی", "جاپانی"), "KOR": ("کره‌ای",),
    "MLI": ("مالیایی",), "PRK": (), "PSE": ("فلسطینی",), "RUS": ("روسی", "روس"),
    "SAU": ("سعودی", "عربستانی"), "SYR": ("سوری",), "TUR": ("ترکیه‌ای",),
    "USA": ("آمریکایی", "امریکایی"), "NLD": ("هلندی",), "PAK": ("پاکستانی",),
    "TJK": ("تاجیک", "تاجیکستانی"), "UZB": ("ازبک", "ازبکستانی"), "TKM": ("ترکمن", "ترکمنستانی"),
    "KAZ": ("قزاق", "قزاقستانی"), "KGZ": ("قرقیز", "قرقیزستانی"),
    "AZE": (),  # "آذربایجانی" is mostly about Iran's Azerbaijan provinces
    "ZAF": (), "SSD": (), "CAF": (), "WSM": ("ساموآیی",), "TLS": ("تیموری",),
    "SRB": ("صربستانی", "صرب"), "HRV": ("کرواسیایی", "کروات"), "MNG": ("مغولستانی", "مغول"),
    "BGR": ("بلغارستانی", "بلغار"), "COD": ("کنگویی",), "COG": (),
    "LBN": ("لبنانی",), "JOR": ("اردنی",), "YEM": ("یمنی",), "QAT": ("قطری",),
    "KWT": ("کویتی",), "BHR": ("بحرینی",), "OMN": ("عمانی",), "VNM": ("ویتنامی",),
    "UKR": ("اوکراینی",), "POL": ("لهستانی",), "SWE": ("سوئدی",), "NOR": ("نروژی",),
    "DNK": ("دانمارکی",), "FIN": ("فنلاندی",), "HUN": ("مجارستانی", "مجار"),
    "ARM": ("ارمنی", "ارمنستانی"), "GEO": ("گرجی",), "BLR": ("بلاروسی",),
    "CUB": ("کوبایی",), "VEN": ("ونزوئلایی",), "BRA": ("برزیلی",), "MEX": ("مکزیکی",),
    "CAN": ("کانادایی",), "AUS": ("استرالیایی",), "IDN": ("اندونزیایی", "اندونزیائی"),
    "MYS": ("مالزیایی",), "THA": ("تایلندی",), "PHL": ("فیلیپینی",),
}  # fmt: skip

# Capitals in English (also the key used to look up CLDR's Arabic/Persian city names
# through the time-zone exemplar cities).
EN_CAPITALS: dict[str, tuple[str, ...]] = {
    "AFG": ("Kabul",), "AGO": ("Luanda",), "ALB": ("Tirana",), "AND": ("Andorra la Vella",),
    "ARE": ("Abu Dhabi",), "ARG": ("Buenos Aires",), "ARM": ("Yerevan",), "ATG": ("St. John's",),
    "AUS": ("Canberra",), "AUT": ("Vienna",), "AZE": ("Baku",), "BDI": ("Gitega", "Bujumbura"),
    "BEL": ("Brussels",), "BEN": ("Porto-Novo", "Cotonou"), "BFA": ("Ouagadougou",),
    "BGD": ("Dhaka",), "BGR": ("Sofia",), "BHR": ("Manama",), "BHS": ("Nassau",),
    "BIH": ("Sarajevo",), "BLR": ("Minsk",), "BLZ": ("Belmopan",), "BOL": ("La Paz", "Sucre"),
    "BRA": ("Brasilia", "Brasília"), "BRB": ("Bridgetown",), "BRN": ("Bandar Seri Begawan",),
    "BTN": ("Thimphu",), "BWA": ("Gaborone",), "CAF": ("Bangui",), "CAN": ("Ottawa",),
    "CHE": ("Bern", "Berne"), "CHL": ("Santiago",), "CHN": ("Beijing", "Peking"),
    "CIV": ("Yamoussoukro", "Abidjan"), "CMR": ("Yaounde", "Yaoundé"), "COD": ("Kinshasa",),
    "COG": ("Brazzaville",), "COL": ("Bogota", "Bogotá"), "COM": ("Moroni",), "CPV": ("Praia",),
    "CRI": ("San Jose",), "CUB": ("Havana",), "CYP": ("Nicosia",), "CZE": ("Prague",),
    "DEU": ("Berlin",), "DJI": ("Djibouti City",), "DMA": ("Roseau",), "DNK": ("Copenhagen",),
    "DOM": ("Santo Domingo",), "DZA": ("Algiers",), "ECU": ("Quito",), "EGY": ("Cairo",),
    "ERI": ("Asmara",), "ESP": ("Madrid",), "EST": ("Tallinn",), "ETH": ("Addis Ababa",),
    "FIN": ("Helsinki",), "FJI": ("Suva",), "FRA": ("Paris",), "FSM": ("Palikir",),
    "GAB": ("Libreville",), "GBR": ("London",), "GEO": ("Tbilisi",), "GHA": ("Accra",),
    "GIN": ("Conakry",), "GMB": ("Banjul",), "GNB": ("Bissau",), "GNQ": ("Malabo",),
    "GRC": ("Athens",), "GRD": ("St. George's",), "GTM": ("Guatemala City",),
    "GUY": ("Georgetown",), "HND": ("Tegucigalpa",), "HRV": ("Zagreb",), "HTI": ("Port-au-Prince",),
    "HUN": ("Budapest",), "IDN": ("Jakarta",), "IND": ("New Delhi",), "IRL": ("Dublin",),
    "IRN": ("Tehran",), "IRQ": ("Baghdad",), "ISL": ("Reykjavik",), "ISR": ("Tel Aviv",),
    "ITA": ("Rome",), "JAM": ("Kingston",), "JOR": ("Amman",), "JPN": ("Tokyo",),
    "KAZ": ("Astana", "Nur-Sultan"), "KEN": ("Nairobi",), "KGZ": ("Bishkek",),
    "KHM": ("Phnom Penh",), "KIR": ("Tarawa",), "KNA": ("Basseterre",), "KOR": ("Seoul",),
    "KWT": ("Kuwait City",), "LAO": ("Vientiane",), "LBN": ("Beirut",), "LBR": ("Monrovia",),
    "LBY": ("Tripoli",), "LCA": ("Castries",), "LIE": ("Vaduz",), "LKA": ("Colombo",),
    "LSO": ("Maseru",), "LTU": ("Vilnius",), "LUX": ("Luxembourg City",), "LVA": ("Riga",),
    "MAR": ("Rabat",), "MCO": ("Monaco",), "MDA": ("Chisinau", "Chișinău"),
    "MDG": ("Antananarivo",), "MDV": ("Male",), "MEX": ("Mexico City",), "MHL": ("Majuro",),
    "MKD": ("Skopje",), "MLI": ("Bamako",), "MLT": ("Valletta",), "MMR": ("Naypyidaw", "Nay Pyi Taw"),
    "MNE": ("Podgorica",), "MNG": ("Ulaanbaatar", "Ulan Bator"), "MOZ": ("Maputo",),
    "MRT": ("Nouakchott",), "MUS": ("Port Louis",), "MWI": ("Lilongwe",),
    "MYS": ("Kuala Lumpur", "Putrajaya"), "NAM": ("Windhoek",), "NER": ("Niamey",),
    "NGA": ("Abuja",), "NIC": ("Managua",), "NLD": ("Amsterdam", "The Hague"), "NOR": ("Oslo",),
    "NPL": ("Kathmandu",), "NRU": ("Yaren",), "NZL": ("Wellington",), "OMN": ("Muscat",),
    "PAK": ("Islamabad",), "PAN": ("Panama City",), "PER": ("Lima",), "PHL": ("Manila",),
    "PLW": ("Ngerulmud",), "PNG": ("Port Moresby",), "POL": ("Warsaw",), "PRK": ("Pyongyang",),
    "PRT": ("Lisbon",), "PRY": ("Asuncion", "Asunción"), "PSE": ("Ramallah",), "QAT": ("Doha",),
    "ROU": ("Bucharest",), "RUS": ("Moscow",), "RWA": ("Kigali",), "SAU": ("Riyadh",),
    "SDN": ("Khartoum",), "SEN": ("Dakar",), "SGP": ("Singapore",), "SLB": ("Honiara",),
    "SLE": ("Freetown",), "SLV": ("San Salvador",), "SMR": ("San Marino",),
    "SOM": ("Mogadishu",), "SRB": ("Belgrade",), "SSD": ("Juba",), "STP": ("Sao Tome", "São Tomé"),
    "SUR": ("Paramaribo",), "SVK": ("Bratislava",), "SVN": ("Ljubljana",), "SWE": ("Stockholm",),
    "SWZ": ("Mbabane",), "SYC": ("Victoria",), "SYR": ("Damascus",), "TCD": ("N'Djamena",),
    "TGO": ("Lome", "Lomé"), "THA": ("Bangkok",), "TJK": ("Dushanbe",), "TKM": ("Ashgabat",),
    "TLS": ("Dili",), "TON": ("Nuku'alofa",), "TTO": ("Port of Spain",), "TUN": ("Tunis",),
    "TUR": ("Ankara",), "TUV": ("Funafuti",), "TWN": ("Taipei",), "TZA": ("Dodoma", "Dar es Salaam"),
    "UGA": ("Kampala",), "UKR": ("Kyiv", "Kiev"), "URY": ("Montevideo",),
    "USA": ("Washington", "Washington, D.C.", "Washington DC"), "UZB": ("Tashkent",),
    "VAT": ("Vatican City",), "VCT": ("Kingstown",), "VEN": ("Caracas",), "VNM": ("Hanoi",),
    "VUT": ("Port Vila",), "WSM": ("Apia",), "XKX": ("Pristina",), "YEM": ("Sanaa", "Sana'a"),
    "ZAF": ("Pretoria", "Cape Town"), "ZMB": ("Lusaka",), "ZWE": ("Harare",),
}  # fmt: skip

# English capital spellings that differ from CLDR's time-zone exemplar city.
TZ_SPELLING = {"Tirana": "Tirane", "N'Djamena": "Ndjamena"}

# Arabic / Persian capitals that CLDR's exemplar cities do not cover, plus common variants.
AR_CAPITALS: dict[str, tuple[str, ...]] = {
    "ALB": ("تيرانا",), "AND": ("أندورا لا فيلا",), "ARG": ("بوينس آيرس", "بوينوس آيرس"),
    "ATG": ("سانت جونز",), "BLZ": ("بلموبان",), "BRB": ("بريدجتاون",), "BRN": ("بندر سري بكاوان",),
    "CMR": ("ياوندي",), "COM": ("موروني",), "CPV": ("برايا",), "CRI": ("سان خوسيه",),
    "DJI": ("مدينة جيبوتي",), "DMA": ("روسو",), "ECU": ("كيتو",), "FJI": ("سوفا",),
    "FSM": ("باليكير",), "GRD": ("سانت جورجز",), "GTM": ("مدينة غواتيمالا",), "GUY": ("جورج تاون",),
    "JAM": ("كينغستون",), "KNA": ("باستير",), "LCA": ("كاستريس",), "LUX": ("مدينة لوكسمبورغ",),
     "MLT": ("فاليتا",), "MUS": ("بورت لويس",), "MWI": ("ليلونغوي",),
    "NRU": ("يارين",), "NZL": ("ولنجتون", "ويلينغتون"), "PAN": ("مدينة بنما",), "PLW": ("نجيرولمود",),
    "SLB": ("هونيارا",), "SLV": ("سان سلفادور",), "SYC": ("فيكتوريا",), "TCD": ("نجامينا", "انجامينا"),
    "TON": ("نوكوالوفا",), "VCT": ("كينغستاون",), "VUT": ("بورت فيلا",), "MDA": ("كيشيناو",),
    "TGO": ("لومي",),
    "ARE": ("أبوظبي", "أبو ظبي", "ابوظبي"), "AUS": ("كانبرا",), "BRA": ("برازيليا",),
    "CAN": ("أوتاوا", "اوتاوا"), "CHE": ("برن",), "CHN": ("بكين", "بيجين", "بيجينغ"),
    "DZA": ("الجزائر العاصمة",), "EGY": ("القاهرة",), "ETH": ("أديس أبابا",),
    "IND": ("نيودلهي", "نيو دلهي"), "IRN": ("طهران",), "IRQ": ("بغداد",), "ISR": ("تل أبيب",),
    "JOR": ("عمّان",), "JPN": ("طوكيو",), "KAZ": ("أستانا", "نور سلطان"),
    "KOR": ("سيول", "سول", "سيئول"), "KWT": ("مدينة الكويت",), "LBN": ("بيروت",),
    "LBY": ("طرابلس",), "MAR": ("الرباط",), "MMR": ("نايبيداو",), "NGA": ("أبوجا",),
    "NLD": ("أمستردام", "لاهاي"), "PAK": ("إسلام آباد", "إسلام أباد", "اسلام اباد"),
    "PRK": ("بيونغ يانغ", "بيونغيانغ", "بيونج يانج"), "PSE": ("رام الله",),
    "QAT": ("الدوحة",), "RUS": ("موسكو",), "SAU": ("الرياض",), "SYR": ("دمشق",),
    "TUN": ("تونس العاصمة",), "TUR": ("أنقرة", "انقرة"), "TWN": ("تايبيه", "تايبي"),
    "UKR": ("كييف", "كيف"), "USA": ("واشنطن", "واشنطن العاصمة"), "VNM": ("هانوي",),
    "YEM": ("صنعاء",), "ZAF": ("بريتوريا",), "GBR": ("لندن",), "FRA": ("باريس",),
    "DEU": ("برلين",), "ITA": ("روما",), "ESP": ("مدريد",), "OMN": ("مسقط",),
    "BHR": ("المنامة",), "AFG": ("كابول", "كابل"), "SDN": ("الخرطوم",), "MRT": ("نواكشوط",),
    "KGZ": ("بيشكيك",), "UZB": ("طشقند",), "TJK": ("دوشنبه",), "TKM": ("عشق آباد", "عشق أباد"),
    "AZE": ("باكو",), "BEL": ("بروكسل",), "MYS": ("كوالالمبور", "كوالا لمبور"),
    "IDN": ("جاكرتا",), "THA": ("بانكوك",), "PHL": ("مانيلا",), "SGP": ("سنغافورة",),
}  # fmt: skip

FA_CAPITALS: dict[str, tuple[str, ...]] = {
    "ALB": ("تیرانا",), "AND": ("آندورا لا ولا",), "ARG": ("بوئنوس آیرس",), "ATG": ("سنت جانز",),
    "BLZ": ("بلموپان",), "BRB": ("بریج‌تاون",), "BRN": ("بندر سری بگاوان",), "CMR": ("یائونده",),
    "COM": ("مورونی",), "CPV": ("پرایا",), "CRI": ("سان خوزه",), "DJI": ("شهر جیبوتی",),
    "DMA": ("روزو",), "ECU": ("کیتو",), "FJI": ("سووا",), "FSM": ("پالیکیر",), "GRD": ("سنت جورجز",),
    "GTM": ("گواتمالاسیتی",), "GUY": ("جورج‌تاون",), "JAM": ("کینگستون",), "KNA": ("باستر",),
    "LCA": ("کاستریس",), "LUX": ("شهر لوکزامبورگ",), "MAR": ("رباط",), "MDV": ("ماله",),
    "MLT": ("والتا",), "MMR": ("نی‌پی‌دا", "نایپیداو"), "MUS": ("پورت لوئیس",), "MWI": ("لیلونگوه",),
    "NRU": ("یارن",), "NZL": ("ولینگتون",), "PAN": ("پاناماسیتی",), "PLW": ("ملکئوک",),
    "SLB": ("هونیارا",), "SLV": ("سان سالوادور",), "SYC": ("ویکتوریا",), "TCD": ("انجامنا",),
    "TON": ("نوکوآلوفا",), "VCT": ("کینگزتاون",), "VUT": ("پورت ویلا",), "MDA": ("کیشیناو",),
    "TGO": ("لومه",),
    "ARE": ("ابوظبی", "ابو ظبی"), "AUS": ("کانبرا",), "BRA": ("برازیلیا",), "CAN": ("اتاوا", "اوتاوا"),
    "CHE": ("برن",), "CHN": ("پکن",), "IND": ("دهلی نو", "دهلی‌نو"), "IRN": ("تهران",),
    "ISR": ("تل‌آویو", "تل آویو"), "JOR": ("امان",), "JPN": ("توکیو",), "KAZ": ("آستانه", "نورسلطان"),
    "KOR": ("سئول",), "LBY": ("طرابلس",), "NGA": ("ابوجا",), "NLD": ("آمستردام", "لاهه"),
    "PAK": ("اسلام‌آباد", "اسلام آباد"), "PRK": ("پیونگ‌یانگ", "پیونگ یانگ"), "PSE": ("رام‌الله",),
    "RUS": ("مسکو",), "SAU": ("ریاض",), "TUR": ("آنکارا",), "TWN": ("تایپه",),
    "UKR": ("کی‌یف", "کیف", "کییف"), "USA": ("واشنگتن",), "VNM": ("هانوی",), "YEM": ("صنعا",),
    "ZAF": ("پرتوریا",), "AFG": ("کابل",), "TJK": ("دوشنبه",), "UZB": ("تاشکند",),
    "TKM": ("عشق‌آباد", "عشق آباد"), "KGZ": ("بیشکک",), "AZE": ("باکو",), "ARM": ("ایروان",),
    "IRQ": ("بغداد",), "SYR": ("دمشق",), "LBN": ("بیروت",), "EGY": ("قاهره",),
    "QAT": ("دوحه",), "OMN": ("مسقط",), "BHR": ("منامه",), "KWT": ("کویت",),
    "GBR": ("لندن",), "FRA": ("پاریس",), "DEU": ("برلین",), "ITA": ("رم",), "BEL": ("بروکسل",),
    "AUT": ("وین",), "ESP": ("مادرید",), "MYS": ("کوالالامپور",), "IDN": ("جاکارتا",),
}  # fmt: skip

# Seats of government and leaders' residences used as metonyms for the state.
SEATS: dict[str, dict[str, tuple[str, ...]]] = {
    "ar": {
        "USA": ("البيت الأبيض",), "RUS": ("الكرملين",), "FRA": ("الإليزيه", "قصر الإليزيه"),
        "GBR": ("داونينغ ستريت", "داوننغ ستريت"), "KOR": ("البيت الأزرق",),
        "TUN": ("قصر قرطاج",), "EGY": ("قصر الاتحادية",), "VAT": ("الفاتيكان",),
    },
    "fa": {
        "USA": ("کاخ سفید",), "RUS": ("کرملین",), "FRA": ("الیزه", "کاخ الیزه"),
        "GBR": ("داونینگ استریت",), "KOR": ("کاخ آبی",),
    },
    "en": {
        "USA": ("White House", "the Pentagon", "Pentagon"), "RUS": ("Kremlin", "the Kremlin"),
        "FRA": ("Élysée", "Elysee", "Élysée Palace", "Elysee Palace", "Quai d'Orsay"),
        "GBR": ("Downing Street", "Whitehall"), "KOR": ("Blue House",), "CHN": ("Zhongnanhai",),
        "JPN": ("Kantei",), "DEU": ("Bundeskanzleramt",),
    },
}  # fmt: skip

# Intergovernmental organisations.  Security Council and General Assembly count as UN.
IGO_NAMES: dict[str, dict[str, tuple[str, ...]]] = {
    "ar": {
        "ADB": ("بنك التنمية الآسيوي",),
        "AIIB": ("البنك الآسيوي للاستثمار في البنية التحتية",),
        "APEC": ("أبيك", "منتدى التعاون الاقتصادي لآسيا والمحيط الهادئ", "منتدى آبيك"),
        "ARABLEAGUE": ("جامعة الدول العربية", "الجامعة العربية"),
        "ASEAN": ("آسيان", "رابطة دول جنوب شرق آسيا", "رابطة أمم جنوب شرق آسيا", "الآسيان"),
        "AU": ("الاتحاد الأفريقي", "الاتحاد الإفريقي"),
        "BRICS": ("بريكس", "مجموعة بريكس"),
        "CIS": ("رابطة الدول المستقلة", "كومنولث الدول المستقلة"),
        "CSTO": ("منظمة معاهدة الأمن الجماعي",),
        "EAEU": ("الاتحاد الاقتصادي الأوراسي",),
        "EBRD": ("البنك الأوروبي لإعادة الإعمار والتنمية", "البنك الأوروبي للإنشاء والتعمير"),
        "ECO": ("منظمة التعاون الاقتصادي", "منظمة التعاون الاقتصادي إيكو"),
        "ECOWAS": (
            "إيكواس",
            "الإيكواس",
            "الاكواس",
            "المجموعة الاقتصادية لدول غرب أفريقيا",
            "المجموعة الاقتصادية لدول غرب إفريقيا",
        ),
        "EU": (
            "الاتحاد الأوروبي",
            "الاتحاد الاوروبي",
            "المفوضية الأوروبية",
            "البرلمان الأوروبي",
            "المجلس الأوروبي",
        ),
        "FAO": ("منظمة الأغذية والزراعة", "الفاو", "منظمة الفاو"),
        "G20": ("مجموعة العشرين", "مجموعة الـ20", "مجموعة الـ 20", "قمة العشرين"),
        "G7": (
            "مجموعة السبع",
            "مجموعة الدول السبع",
            "مجموعة الدول الصناعية السبع",
            "مجموعة الـ7",
            "مجموعة الـ 7",
        ),
        "GCC": ("مجلس التعاون الخليجي", "مجلس التعاون لدول الخليج العربية", "دول مجلس التعاون"),
        "IAEA": ("الوكالة الدولية للطاقة الذرية",),
        "ICC": ("المحكمة الجنائية الدولية",),
        "ICRC": ("اللجنة الدولية للصليب الأحمر",),
        "IMF": ("صندوق النقد الدولي",),
        "IOM": ("المنظمة الدولية للهجرة",),
        "NAM": ("حركة عدم الانحياز",),
        "NATO": (
            "حلف شمال الأطلسي",
            "حلف الناتو",
            "الناتو",
            "حلف شمال الاطلسي",
            "الحلف الأطلسي",
            "حلف الأطلسي",
        ),
        "OECD": ("منظمة التعاون الاقتصادي والتنمية",),
        "OIC": ("منظمة التعاون الإسلامي", "منظمة المؤتمر الإسلامي"),
        "OPEC": ("أوبك", "منظمة البلدان المصدرة للبترول", "منظمة الدول المصدرة للنفط"),
        "OSCE": ("منظمة الأمن والتعاون في أوروبا",),
        "SCO": ("منظمة شنغهاي للتعاون",),
        "UN": (
            "الأمم المتحدة",
            "الامم المتحدة",
            "مجلس الأمن",
            "مجلس الأمن الدولي",
            "الجمعية العامة للأمم المتحدة",
            "مجلس حقوق الإنسان",
            "الأونروا",
            "وكالة غوث وتشغيل اللاجئين الفلسطينيين",
            "منظمة الأمم المتحدة",
            "الأممي",
            "الأممية",
            "الأمميين",
        ),
        "UNESCO": ("اليونسكو", "منظمة الأمم المتحدة للتربية والعلم والثقافة"),
        "UNHCR": ("المفوضية السامية للأمم المتحدة لشؤون اللاجئين", "مفوضية اللاجئين"),
        "UNICEF": ("اليونيسف", "اليونيسيف", "منظمة الأمم المتحدة للطفولة"),
        "WFP": ("برنامج الأغذية العالمي",),
        "WHO": ("منظمة الصحة العالمية",),
        "WORLDBANK": ("البنك الدولي", "مجموعة البنك الدولي", "البنك العالمي"),
        "WTO": ("منظمة التجارة العالمية",),
    },
    "fa": {
        "ADB": ("بانک توسعه آسیایی",),
        "AIIB": ("بانک سرمایه‌گذاری زیرساخت آسیا",),
        "APEC": ("اپک", "همکاری اقتصادی آسیا و اقیانوسیه"),
        "ARABLEAGUE": ("اتحادیه عرب", "جامعه عرب"),
        "ASEAN": (
            "آسه‌آن",
            "آسه آن",
            "آسیان",
            "اتحادیه کشورهای جنوب شرق آسیا",
            "انجمن کشورهای جنوب شرق آسیا",
        ),
        "AU": ("اتحادیه آفریقا",),
        "BRICS": ("بریکس",),
        "CIS": ("کشورهای مستقل مشترک‌المنافع", "جامعه کشورهای مستقل مشترک‌المنافع"),
        "CSTO": ("سازمان پیمان امنیت جمعی",),
        "EAEU": ("اتحادیه اقتصادی اوراسیا",),
        "EBRD": ("بانک اروپایی بازسازی و توسعه",),
        "ECO": (
            "اکو",
            "سازمان همکاری اقتصادی",
            "سازمان همکاری‌های اقتصادی",
            "سازمان همکاری اقتصادی اکو",
            "سازمان همکاری‌های اقتصادی اکو",
        ),
        "ECOWAS": ("اکوواس", "جامعه اقتصادی کشورهای غرب آفریقا"),
        "EU": ("اتحادیه اروپا", "اتحادیه اروپایی", "کمیسیون اروپا", "پارلمان اروپا"),
        "FAO": ("فائو", "سازمان خواربار و کشاورزی"),
        "G20": ("گروه ۲۰", "گروه بیست", "جی ۲۰", "جی‌۲۰"),
        "G7": ("گروه ۷", "گروه هفت", "جی ۷"),
        "GCC": ("شورای همکاری خلیج فارس", "شورای همکاری خلیج"),
        "IAEA": ("آژانس بین‌المللی انرژی اتمی", "آژانس انرژی اتمی"),
        "ICC": ("دیوان کیفری بین‌المللی",),
        "ICRC": ("کمیته بین‌المللی صلیب سرخ",),
        "IMF": ("صندوق بین‌المللی پول",),
        "IOM": ("سازمان بین‌المللی مهاجرت",),
        "NAM": ("جنبش عدم تعهد",),
        "NATO": ("ناتو", "پیمان آتلانتیک شمالی", "سازمان پیمان آتلانتیک شمالی"),
        "OECD": ("سازمان همکاری و توسعه اقتصادی",),
        "OIC": ("سازمان همکاری اسلامی", "سازمان کنفرانس اسلامی"),
        "OPEC": ("اوپک", "سازمان کشورهای صادرکننده نفت"),
        "OSCE": ("سازمان امنیت و همکاری اروپا",),
        "SCO": ("سازمان همکاری شانگهای", "سازمان شانگهای"),
        "UN": (
            "سازمان ملل",
            "سازمان ملل متحد",
            "ملل متحد",
            "شورای امنیت",
            "شورای امنیت سازمان ملل",
            "مجمع عمومی سازمان ملل",
            "شورای حقوق بشر سازمان ملل",
            "آنروا",
        ),
        "UNESCO": ("یونسکو",),
        "UNHCR": ("کمیساریای عالی سازمان ملل در امور پناهندگان", "کمیساریای عالی پناهندگان"),
        "UNICEF": ("یونیسف",),
        "WFP": ("برنامه جهانی غذا",),
        "WHO": ("سازمان جهانی بهداشت", "سازمان بهداشت جهانی"),
        "WORLDBANK": ("بانک جهانی",),
        "WTO": ("سازمان تجارت جهانی",),
    },
    "en": {
        "ADB": ("Asian Development Bank", "ADB"),
        "AIIB": ("Asian Infrastructure Investment Bank", "AIIB"),
        "APEC": ("APEC", "Asia-Pacific Economic Cooperation"),
        "ARABLEAGUE": ("Arab League", "League of Arab States"),
        "ASEAN": (
            "ASEAN",
            "Association of Southeast Asian Nations",
            "Association of South East Asian Nations",
        ),
        "AU": ("African Union",),
        "BRICS": ("BRICS",),
        "CIS": ("Commonwealth of Independent States",),
        "CSTO": ("CSTO", "Collective Security Treaty Organization"),
        "EAEU": ("Eurasian Economic Union", "EAEU"),
        "EBRD": ("EBRD", "European Bank for Reconstruction and Development"),
        "ECO": ("Economic Cooperation Organization", "Economic Cooperation Organisation"),
        "ECOWAS": ("ECOWAS", "Economic Community of West African States"),
        "EU": (
            "EU",
            "E.U.",
            "European Union",
            "European Commission",
            "European Parliament",
            "European Council",
        ),
        "FAO": ("FAO", "Food and Agriculture Organization"),
        "G20": ("G20", "G-20", "Group of 20", "Group of Twenty"),
        "G7": ("G7", "G-7", "Group of Seven"),
        "GCC": (
            "GCC",
            "Gulf Cooperation Council",
            "Cooperation Council for the Arab States of the Gulf",
        ),
        "IAEA": ("IAEA", "International Atomic Energy Agency"),
        "ICC": ("International Criminal Court",),
        "ICRC": ("ICRC", "International Committee of the Red Cross"),
        "IMF": ("IMF", "International Monetary Fund"),
        "IOM": ("International Organization for Migration",),
        "NAM": ("Non-Aligned Movement", "Non-Aligned Movement"),
        "NATO": ("NATO", "North Atlantic Treaty Organization"),
        "OECD": (
            "OECD",
            "Organisation for Economic Co-operation and Development",
            "Organization for Economic Cooperation and Development",
        ),
        "OIC": (
            "OIC",
            "Organisation of Islamic Cooperation",
            "Organization of Islamic Cooperation",
            "Organisation of the Islamic Conference",
        ),
        "OPEC": ("OPEC",),
        "OSCE": ("OSCE", "Organization for Security and Co-operation in Europe"),
        "SCO": ("Shanghai Cooperation Organisation", "Shanghai Cooperation Organization"),
        "UN": (
            "UN",
            "U.N.",
            "United Nations",
            "Security Council",
            "UN Security Council",
            "UN General Assembly",
            "General Assembly",
            "UN Human Rights Council",
            "UNRWA",
        ),
        "UNESCO": ("UNESCO",),
        "UNHCR": ("UNHCR", "UN Refugee Agency", "UN High Commissioner for Refugees"),
        "UNICEF": ("UNICEF",),
        "WFP": ("World Food Programme", "World Food Program", "WFP"),
        "WHO": ("World Health Organization", "World Health Organisation"),
        "WORLDBANK": ("World Bank", "World Bank Group"),
        "WTO": ("WTO", "World Trade Organization"),
    },
}

# Big non-capital cities and diplomatic venues: locations only, never actors.
CITIES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "AUS": ("Sydney", "Melbourne"), "BRA": ("Rio de Janeiro", "Sao Paulo", "São Paulo"),
        "CAN": ("Toronto", "Montreal", "Vancouver"), "CHE": ("Geneva", "Davos", "Zurich", "Lausanne"),
        "CHN": ("Shanghai", "Guangzhou", "Shenzhen", "Hong Kong", "Wuhan", "Xi'an", "Chongqing"),
        "DEU": ("Munich", "Hamburg", "Frankfurt", "Bonn"), "EGY": ("Sharm el-Sheikh", "Alexandria"),
        "ESP": ("Barcelona",), "FRA": ("Marseille", "Lyon", "Strasbourg"), "IND": ("Mumbai", "Kolkata", "Bangalore", "Chennai"),
        "IRN": ("Mashhad", "Isfahan", "Tabriz", "Shiraz"), "ITA": ("Milan", "Naples", "Venice"),
        "JPN": ("Osaka", "Kyoto", "Hiroshima", "Nagoya"), "KAZ": ("Almaty",),
        "KOR": ("Busan", "Incheon", "Jeju"), "NLD": ("Rotterdam",), "PAK": ("Karachi", "Lahore"),
        "QAT": (), "RUS": ("St Petersburg", "Saint Petersburg", "Sochi", "Kazan", "Vladivostok"),
        "SAU": ("Jeddah", "Mecca", "Medina", "Dammam"), "ARE": ("Dubai", "Sharjah"),
        "TUR": ("Istanbul", "Antalya", "Izmir"), "USA": ("New York", "Los Angeles", "Chicago", "San Francisco", "Camp David"),
        "VNM": ("Ho Chi Minh City", "Da Nang"), "AFG": ("Kandahar", "Herat", "Mazar-i-Sharif"),
        "UZB": ("Samarkand",), "KGZ": ("Osh",), "TUN": ("Sfax", "Sousse"), "MAR": ("Casablanca", "Marrakech", "Tangier"),
        "IRQ": ("Erbil", "Basra", "Mosul"), "SYR": ("Aleppo",), "LBY": ("Benghazi",), "YEM": ("Aden",),
        "GBR": ("Manchester", "Edinburgh"), "POL": ("Krakow",),  "PSE": ("Gaza",),
    },
    "ar": {
        # A gazetteer of major cities, provinces and regions: agents named
        # with a place ("الشرطة في القيروان") take its country.
        "CHE": ("جنيف", "دافوس", "زيورخ", "لوزان"),
        "USA": (
            "نيويورك", "لوس أنجلوس", "شيكاغو", "كامب ديفيد", "سان فرانسيسكو", "هيوستن", "ميامي",
            "بوسطن", "فيلادلفيا", "أتلانتا", "دالاس", "سياتل", "ديترويت", "لاس فيغاس", "أورلاندو",
            "فلوريدا", "كاليفورنيا", "تكساس", "لويزيانا", "لوزيانا", "فرجينيا", "أوهايو", "ميشيغان",
            "أريزونا", "نيفادا", "كنتاكي", "لويسفيل", "باتون روج", "بالتيمور", "مينيسوتا", "هاواي",
            "ألاسكا", "ولاية نيويورك", "ولاية واشنطن", "كارولينا الشمالية", "كارولينا الجنوبية",
            "بنسلفانيا", "ماساتشوستس", "نيوجيرسي", "كولورادو", "أوريغون", "ويسكونسن", "ميزوري",
        ),
        "EGY": (
            "شرم الشيخ", "الإسكندرية", "الاسكندرية", "الجيزة", "بورسعيد", "بور سعيد", "السويس",
            "الإسماعيلية", "أسوان", "الأقصر", "أسيوط", "المنيا", "سوهاج", "طنطا", "المنصورة",
            "الزقازيق", "سيناء", "شمال سيناء", "جنوب سيناء", "العريش", "الغردقة", "الفيوم",
            "دمياط", "قنا", "بني سويف", "الشيخ زويد", "مرسى مطروح",
        ),
        "SAU": (
            "جدة", "مكة المكرمة", "مكة", "المدينة المنورة", "الدمام", "الطائف", "تبوك", "أبها",
            "جازان", "جيزان", "نجران", "القطيف", "الأحساء", "حائل", "بريدة", "القصيم", "ينبع",
            "العيص", "المنطقة الشرقية", "عسير", "الظهران", "خميس مشيط", "الجبيل", "العوامية",
        ),
        "ARE": ("دبي", "الشارقة", "عجمان", "رأس الخيمة", "الفجيرة", "أم القيوين"),
        "OMN": ("صلالة", "ظفار", "صحار"),
        "TUR": (
            "إسطنبول", "اسطنبول", "أنطاليا", "إزمير", "ازمير", "أضنة", "غازي عنتاب", "ديار بكر",
            "ديار بكير", "قونية", "هاتاي", "كلس", "شانلي أورفة", "إنجرليك", "انجرليك", "ملاطية",
            "طرابزون", "البسفور", "ماردين", "أورفة", "سروج", "قيصري",
        ),
        "CHN": ("شنغهاي", "قوانغتشو", "هونغ كونغ", "ووهان", "شينجيانغ", "التبت", "ماكاو"),
        "IRN": (
            "مشهد", "أصفهان", "تبريز", "شيراز", "قم", "الأهواز", "الاهواز", "بندر عباس",
            "كرمانشاه", "زاهدان", "بوشهر", "سيستان وبلوشستان", "خوزستان", "كرمان", "جزيرة كيش",
        ),
        "RUS": ("سان بطرسبورغ", "سوتشي", "قازان", "الشيشان", "غروزني", "فلاديفوستوك", "داغستان"),
        "KOR": ("بوسان", "إنتشون", "جيجو"),
        "JPN": ("أوساكا", "كيوتو", "هيروشيما", "ناغازاكي", "أوكيناوا", "فوكوشيما"),
        "IND": ("مومباي", "بومباي", "كلكتا", "بنغالور", "حيدر آباد", "غوجارات"),
        "PAK": ("كراتشي", "لاهور", "بيشاور", "كويتا", "راولبندي", "وزيرستان", "بلوشستان"),
        "DEU": ("ميونيخ", "هامبورغ", "فرانكفورت", "كولونيا", "دوسلدورف", "شتوتغارت", "دريسدن", "بافاريا"),
        "FRA": (
            "مرسيليا", "ليون", "ستراسبورغ", "تولوز", "بوردو", "كاليه", "مونبلييه",
            "كورسيكا", "غرونوبل", ),
        "GBR": (
            "مانشستر", "برمنغهام", "ليفربول", "إدنبرة", "غلاسكو", "اسكتلندا", "أسكتلندا",
            "ويلز", "أيرلندا الشمالية", "بلفاست", "ليدز", "كارديف",
        ),
        "ITA": ("ميلانو", "نابولي", "صقلية", "لامبيدوزا", "تورينو", "البندقية", "فلورنسا", "جنوة", "باليرمو"),
        "ESP": ("برشلونة", "فالنسيا", "إشبيلية", "كتالونيا", "كاتالونيا", "مليلية", "سبتة", "ملقة"),
        "BEL": ("أنتويرب", "لييج", "مولنبيك"),
        "NLD": ("روتردام", "لاهاي", "أوتريخت"),
        "SWE": ("غوتلاند", "غوتنبرغ", "مالمو"),
        "TUN": (
            "صفاقس", "سوسة", "بنزرت", "جربة", "القيروان", "أريانة", "اريانة", "بن عروس", "منوبة",
            "نابل", "زغوان", "باجة", "جندوبة", "سليانة", "المنستير", "المهدية", "القصرين",
            "سيدي بوزيد", "قابس", "مدنين", "تطاوين", "قفصة", "توزر", "الحمامات", "جرجيس",
            "بن قردان", "حلق الوادي", "الشعانبي", "جبل الشعانبي", "قرقنة",
        ),
        "MAR": (
            "الدار البيضاء", "مراكش", "طنجة", "فاس", "مكناس", "أكادير", "وجدة", "تطوان",
            "الحسيمة", ),
        "DZA": (
            "وهران", "قسنطينة", "عنابة", "سطيف", "تلمسان", "البليدة", "بجاية", "تيزي وزو",
            "سكيكدة", "باتنة", "ورقلة", "غرداية", "تمنراست", "عين أميناس", "تيبازة", "بومرداس",
        ),
        "LBY": (
            "بنغازي", "مصراتة", "سرت", "درنة", "سبها", "طبرق", "أجدابيا", "رأس لانوف", "غريان",
            "الكفرة", "الجفرة", "زليتن", "الهلال النفطي", "صبراتة", "ترهونة", "البريقة",
        ),
        "IRQ": (
            "أربيل", "البصرة", "الموصل", "النجف", "كركوك", "كربلاء", "الفلوجة", "الرمادي",
            "تكريت", "سامراء", "الأنبار", "نينوى", "ديالى", "السليمانية", "دهوك", "الكوت", "الناصرية", "بعقوبة", "تلعفر", "سنجار", "إقليم كردستان",
        ),
        "SYR": (
            "حلب", "اللاذقية", "حمص", "حماة", "طرطوس", "إدلب", "ادلب", "دير الزور", "الرقة",
            "درعا", "القامشلي", "الحسكة", "منبج", "عفرين", "الغوطة", "الغوطة الشرقية", "تدمر",
            "عين العرب", "كوباني", "جرابلس", "السويداء", "داريا", "الزبداني", "حرستا",
        ),
        "LBN": ("صيدا", "بعلبك", "الضاحية الجنوبية", "عين الحلوة", "عرسال", "جونية", "النبطية"),
        "JOR": ("إربد", "اربد", "العقبة", "الرمثا", "المفرق"),
        "YEM": (
            "عدن", "تعز", "الحديدة", "مأرب", "حضرموت", "المكلا", "صعدة", "لحج", "أبين", "شبوة",
            "الضالع", "ذمار",
        ),
        "SDN": ("أم درمان", "دارفور", "بورتسودان", "كسلا", "الفاشر", "نيالا", "كردفان", "جنوب كردفان"),
        "PSE": (
            "غزة", "قطاع غزة", "الضفة الغربية", "نابلس", "الخليل", "جنين", "بيت لحم", "طولكرم",
            "قلقيلية", "أريحا", "خان يونس", "دير البلح", "رفح الفلسطينية",
        ),
        "ISR": ("حيفا", "عسقلان", "ديمونا", "بئر السبع", "إيلات", "النقب", "أسدود", "نتانيا"),
        "VNM": ("مدينة هوشي منه", "هو تشي منه"),
        "AFG": ("قندهار", "هرات", "مزار شريف", "جلال آباد", "قندوز", "هلمند", "غزني", "ننغرهار"),
        "KAZ": ("ألماتي",),
        "NGA": ("مايدوغوري", "بورنو", "لاغوس", "كانو"),
        "SOM": ("كيسمايو", "بونتلاند"),
        "MLI": ("تمبكتو", "غاو", "كيدال"),
        "UKR": ("دونيتسك", "لوغانسك", "خاركيف", "أوديسا", "دونباس", "ماريوبول"),
        "BHR": ("المحرق",),
        "KWT": ("الجهراء",),
        "QAT": ("الوكرة", "الخور"),
    },
    "fa": {
        "CHE": ("ژنو", "داووس", "زوریخ", "لوزان"), "USA": ("نیویورک", "لس‌آنجلس", "شیکاگو", "کمپ دیوید"),
        "IRN": ("مشهد", "اصفهان", "تبریز", "شیراز", "قم", "اهواز", "کرمانشاه", "بندرعباس", "چابهار", "بوشهر"),
        "AFG": ("هرات", "قندهار", "مزار شریف", "بلخ", "جلال‌آباد", "غزنی", "قندوز"),
        "TUR": ("استانبول", "آنتالیا", "ازمیر"), "ARE": ("دبی", "شارجه"),
        "SAU": ("جده", "مکه", "مدینه"), "EGY": ("شرم‌الشیخ", "اسکندریه"),
        "CHN": ("شانگهای", "گوانگژو", "هنگ کنگ", "ووهان"), "RUS": ("سن پترزبورگ", "سوچی", "کازان"),
        "KOR": ("بوسان",), "JPN": ("اوساکا", "کیوتو", "هیروشیما"), "IND": ("بمبئی", "مومبای"),
        "PAK": ("کراچی", "لاهور", "پیشاور", "کویته"), "IRQ": ("اربیل", "بصره", "نجف", "کربلا", "موصل"),
        "SYR": ("حلب",), "TJK": ("خجند",), "UZB": ("سمرقند", "بخارا"), "TKM": ("مرو",),
        "DEU": ("مونیخ", "هامبورگ", "فرانکفورت"), "PSE": ("غزه",), "KAZ": ("آلماتی",),
    },
}  # fmt: skip

# English gazetteer: major cities, provinces, regions and (for the USA) states, so
# that police, protesters or militants named with a place take its country.
# Locations only, never actors; English only (the Arabic and Persian lists are their
# helpers' and stay as they are).  Disputed places and names that are also common
# given names or words are left out.
EN_GAZETTEER: dict[str, tuple[str, ...]] = {
    "AFG": ("Jalalabad", "Kunduz", "Helmand", "Nangarhar", "Bamiyan", "Khost", "Ghazni"),
    "AGO": ("Cabinda",),
    "ARE": ("Ras Al Khaimah", "Fujairah"),
    "AUS": ("Brisbane", "Perth", "Queensland", "New South Wales", "Tasmania"),
    "AZE": ("Nagorno-Karabakh", "Karabakh", "Ganja", "Sumgait", "Nakhchivan", "Stepanakert", "Khankendi"),
    "BGD": ("Chittagong", "Chattogram", "Cox's Bazar", "Sylhet", "Khulna"),
    "BRA": ("Manaus", "Recife", "Porto Alegre", "Belo Horizonte", "Bahia"),
    "BFA": ("Djibo", "Bobo-Dioulasso"),
    "CAN": ("Calgary", "Edmonton", "Winnipeg", "Quebec", "Ontario", "Alberta", "British Columbia", "Nova Scotia"),
    "CHN": ("Xinjiang", "Tibet", "Lhasa", "Urumqi", "Guangdong", "Fujian", "Sichuan", "Yunnan", "Hainan",
            "Macau", "Macao", "Tianjin", "Nanjing", "Hangzhou", "Dalian", "Qingdao", "Harbin", "Inner Mongolia",
            "Zhejiang", "Jiangsu", "Shandong", "Hubei", "Henan", "Chengdu", "Xiamen", "Kunming"),
    "CIV": ("Abidjan", "Bouake"),
    "CMR": ("Douala", "Bamenda"),
    "COD": ("Goma", "Bukavu", "North Kivu", "South Kivu", "Ituri", "Bunia", "Lubumbashi", "Walikale",
            "Katanga", "Kasai"),
    "COL": ("Medellin", "Medellín", "Cali", "Barranquilla", "Catatumbo"),
    "DEU": ("Cologne", "Dresden", "Leipzig", "Stuttgart", "Dusseldorf", "Düsseldorf", "Bavaria", "Saxony"),
    "DZA": ("Oran", "Kabylie"),
    "ECU": ("Guayaquil",),
    "EGY": ("Sinai", "North Sinai", "Luxor", "Aswan", "Port Said", "Suez", "Ismailia", "Giza", "Hurghada"),
    "ESP": ("Catalonia", "Seville", "Bilbao", "Basque Country", "Andalusia", "Canary Islands",
            "Ceuta", "Melilla"),
    "ETH": ("Mekelle", "Tigray", "Amhara", "Oromia", "Gondar", "Bahir Dar", "Afar", "Dire Dawa"),
    "FRA": ("Toulouse", "Bordeaux", "Lille", "Nantes", "Calais", "Corsica", "New Caledonia", "Brittany",
            "Normandy"),
    "GBR": ("Birmingham", "Liverpool", "Glasgow", "Belfast", "Cardiff", "Scotland", "Wales", "Northern Ireland",
            "Leeds", "Bristol"),
    "GEO": ("Batumi", "Abkhazia", "South Ossetia", "Kutaisi"),
    "GRC": ("Thessaloniki", "Lesbos", "Crete", "Piraeus"),
    "HTI": ("Cap-Haitien",),
    "IDN": ("Surabaya", "Bali", "Aceh", "Sulawesi", "Sumatra", "Medan", "Bandung"),
    "IND": ("Delhi", "Ahmedabad", "Pune", "Srinagar", "Manipur", "Kerala", "Assam", "Gujarat", "Uttar Pradesh",
            "Bihar", "Maharashtra", "Tamil Nadu", "Karnataka", "Jammu", "Ladakh", "Bengaluru", "Lucknow",
            "Chhattisgarh", "Odisha", "West Bengal"),
    "IRN": ("Qom", "Ahvaz", "Zahedan", "Kermanshah", "Bandar Abbas", "Chabahar", "Bushehr", "Natanz",
            "Fordow", "Khuzestan", "Sistan and Baluchestan", "Sistan-Baluchestan"),
    "IRQ": ("Kirkuk", "Najaf", "Karbala", "Fallujah", "Ramadi", "Tikrit", "Sulaimaniyah", "Anbar",
            "Nineveh", "Diyala", "Sinjar", "Duhok", "Dohuk", "Kurdistan Region"),
    "ISR": ("Haifa", "Eilat", "Ashdod", "Ashkelon", "Sderot", "Negev", "Galilee", "Netanya", "Beersheba"),
    "ITA": ("Turin", "Sicily", "Sardinia", "Lampedusa", "Genoa", "Bologna", "Palermo"),
    "JOR": ("Aqaba", "Zarqa", "Irbid"),
    "JPN": ("Okinawa", "Fukushima", "Yokohama", "Sapporo", "Kobe", "Hokkaido", "Fukuoka"),
    "KAZ": ("Atyrau", "Shymkent", "Karaganda", "Aktau"),
    "KEN": ("Mombasa", "Kisumu", "Garissa", "Lamu"),
    "KOR": ("Daegu", "Gwangju", "Ulsan", "Daejeon"),
    "LBN": ("Sidon", "Baalbek", "Nabatieh", "Bekaa", "Bekaa Valley"),
    "LBY": ("Misrata", "Sirte", "Derna", "Sabha", "Zawiya"),
    "MAR": ("Fez", "Agadir", "Meknes"),
    "MDA": ("Transnistria",),
    "MEX": ("Guadalajara", "Monterrey", "Tijuana", "Ciudad Juarez", "Sinaloa", "Culiacan", "Culiacán",
            "Chihuahua", "Michoacan", "Michoacán", "Acapulco", "Cancun", "Jalisco", "Tamaulipas", "Oaxaca"),
    "MLI": ("Timbuktu", "Kidal", "Mopti", "Menaka"),
    "MMR": ("Yangon", "Mandalay", "Rakhine", "Sittwe", "Kachin", "Sagaing"),
    "MOZ": ("Cabo Delgado", "Beira", "Pemba"),
    "MYS": ("Sabah", "Sarawak", "Penang", "Johor"),
    "NER": ("Agadez", "Tillaberi", "Tillabéri", "Diffa", "Zinder"),
    "NGA": ("Lagos", "Kano", "Kaduna", "Maiduguri", "Borno", "Port Harcourt", "Ibadan", "Zamfara",
            "Plateau State", "Benue", "Katsina", "Sokoto"),
    "NZL": ("Auckland", "Christchurch"),
    "PAK": ("Peshawar", "Quetta", "Rawalpindi", "Balochistan", "Baluchistan", "Khyber Pakhtunkhwa",
            "Waziristan", "North Waziristan", "South Waziristan", "Sindh", "Multan", "Faisalabad", "Gwadar"),
    "PER": ("Cusco", "Arequipa"),
    "PHL": ("Cebu", "Davao", "Mindanao", "Marawi", "Luzon", "Zamboanga"),
    "POL": ("Gdansk", "Wroclaw", "Lodz"),
    "PRT": ("Porto",),
    "PSE": ("Gaza Strip", "West Bank", "Rafah", "Khan Younis", "Khan Yunis", "Jenin", "Nablus", "Hebron",
            "Jabalia", "Deir al-Balah", "Nuseirat", "Tulkarm", "Bethlehem", "Gaza City"),
    "RUS": ("Belgorod", "Kursk", "Bryansk", "Rostov", "Rostov-on-Don", "Krasnodar", "Novosibirsk",
            "Yekaterinburg", "Chechnya", "Dagestan", "Grozny", "Kaliningrad", "Murmansk", "Siberia",
            "Voronezh", "Nizhny Novgorod", "Samara", "Tatarstan"),
    "SAU": ("Neom", "Tabuk", "Abha", "Jazan"),
    "SDN": ("Omdurman", "Port Sudan", "Darfur", "El Fasher", "Nyala", "Kordofan", "Wad Madani", "Gezira",
            "El Geneina", "North Darfur", "West Darfur", "South Kordofan", "Kassala", "El Obeid"),
    "SOM": ("Kismayo", "Baidoa", "Puntland", "Jubaland", "Beledweyne"),
    "SYR": ("Homs", "Hama", "Idlib", "Latakia", "Tartus", "Raqqa", "Deir ez-Zor", "Deir el-Zour", "Daraa",
            "Qamishli", "Kobani", "Afrin", "Manbij", "Palmyra", "Sweida", "Suwayda"),
    "THA": ("Chiang Mai", "Phuket", "Pattaya", "Yala", "Pattani", "Narathiwat"),
    "TUR": ("Diyarbakir", "Gaziantep", "Hatay", "Kahramanmaras", "Adana", "Bursa", "Konya", "Trabzon",
            "Incirlik"),
    "TWN": ("Kaohsiung", "Taichung", "Kinmen"),
    "UKR": ("Kharkiv", "Odesa", "Odessa", "Lviv", "Dnipro", "Zaporizhzhia", "Kherson", "Mariupol",
            "Bakhmut", "Donetsk", "Luhansk", "Donbas", "Donbass", "Crimea", "Sevastopol", "Sumy", "Chernihiv",
            "Mykolaiv", "Avdiivka", "Pokrovsk", "Kramatorsk"),
    "USA": ("Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware",
            "Florida", "Hawaii", "Idaho", "Illinois", "Iowa", "Kansas", "Kentucky", "Louisiana",
            "Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana",
            "Nebraska", "Nevada", "New Hampshire", "New Jersey", "New Mexico", "North Carolina",
            "North Dakota", "Ohio", "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island", "South Carolina",
            "South Dakota", "Tennessee", "Texas", "Utah", "Vermont", "West Virginia", "Wisconsin", "Wyoming",
            "Atlanta", "Boston", "Dallas", "Miami", "Seattle", "Philadelphia", "Detroit", "Baltimore", "Denver",
            "Minneapolis", "New Orleans", "Las Vegas", "San Diego", "Pittsburgh", "Honolulu", "Memphis",
            "Nashville", "Sacramento", "St. Louis", "Kansas City", "Oklahoma City", "Salt Lake City",
            "Milwaukee", "Cincinnati", "Tampa", "Newark", "Pearl Harbor", "Brooklyn", "Manhattan"),
    "VEN": ("Maracaibo",),
    "YEM": ("Hodeidah", "Marib", "Taiz", "Saada", "Mukalla", "Hadramout"),
    "ZAF": ("Johannesburg", "Durban", "Soweto", "KwaZulu-Natal"),
    "ZWE": ("Bulawayo",),
}  # fmt: skip

# Surface forms that are also ordinary words: the engine only accepts them inside a longer
# form or after a COUNTRY_CUES word.
AMBIGUOUS: dict[str, dict[str, str]] = {
    "ar": {
        "مالي": "Mali, but also the adjective 'financial'",
        "عمان": "Oman, but also Amman (Jordan's capital)",
        "عُمان": "Oman, written with a damma; still collides with Amman once diacritics are dropped",
        "بنين": "Benin, but also 'boys/sons'",
        "مسقط": "Muscat, but also 'place of' (مسقط رأس = birthplace)",
        "طرابلس": "Tripoli in Libya, but also Tripoli in Lebanon",
        "الرباط": "Rabat, but also 'the bond/tie'",
        "غرينادا": "Grenada, but also Granada in Spain",
        "كابل": "Kabul, but also 'cable'",
        "سول": "Seoul, but also the English 'soul' in transliterated names",
        "كيف": "Kyiv, but also 'how'",
        "برن": "Bern, a short string common inside foreign names",
        "جورجيا": "Georgia the country, but also the US state",
        "جوبا": "Juba, but also the tail of وجوبا (necessarily)",
        "ليون": "Lyon, but also the tail of بليون (billion) after the ب clitic, and the name Leon",
        "مشهد": "Mashhad, but also 'scene'",
        "ديلي": "Dili (East Timor), but also 'Daily' in newspaper names",
        "مجري": "Hungarian, but also مجرى 'course/channel' once ى is folded",
        "فيكتوريا": "Victoria (Seychelles), but also a given name and other places",
    },
    "fa": {
        "مالی": "Mali, but also 'financial'",
        "امان": "Amman, but also 'safety/mercy'",
        "کیف": "Kyiv, but also 'bag'",
        "برن": "Bern, but also a colloquial verb form",
        "دوشنبه": "Dushanbe, but also 'Monday'",
        "مدینه": "Medina, but also 'city' in names",
        "مرو": "Merv, but also 'do not go'",
        "استانه": "Astana, but also آستانه 'threshold' (در آستانه = on the verge of)",
        "الجزیره": "Algiers, but also the Al Jazeera channel",
        "چک": "Czechia, but also 'cheque' and 'check'",
        "دیلی": "Dili (East Timor), but also 'Daily' in newspaper names",
        "ویکتوریا": "Victoria (Seychelles), but also a given name and other places",
        "گرجستان": "Georgia the country, but also the US state",
    },
    "en": {
        "Chad": "Chad, but also a given name",
        "Georgia": "Georgia the country, but also the US state",
        "Jordan": "Jordan, but also a given name and surname",
        "Georgian": "Georgian the adjective, but also the US state or architecture",
        "Polish": "Polish, but also the verb 'polish' once lower-cased",
        "Victoria": "Seychelles' capital, but also a given name and Australian state",
        "Male": "Maldives' capital, but also 'male'",
        "Kingston": "Jamaica's capital, but also several other towns",
        "Georgetown": "Guyana's capital, but also Washington's neighbourhood and university",
        "San Jose": "Costa Rica's capital, but also the Californian city",
        "Santiago": "Chile's capital, but also other cities and a given name",
        "Washington": "The US capital, but also the US state and a surname",
        "America": "The USA, but also the continent(s)",
        "Lao": "Laos, but also a common East Asian surname",
        "Guinea": "Guinea, but also part of other country names",
        "Congo": "Republic of the Congo, but often the DRC or the river",
        "Congolese": "Either Congo",
        "Dominican": "The Dominican Republic, but also Dominica's demonym and the religious order",
        "Vatican": "The Holy See, but also the building",
        "Mali": "Mali, but also a surname",
        "Niger": "Niger, but also part of the river name",
        "General Assembly": "UN General Assembly, but also any organisation's general assembly",
    },
}

COUNTRY_CUES: dict[str, tuple[str, ...]] = {
    "ar": ("دولة", "جمهورية", "مملكة", "سلطنة", "إمارة", "بلد", "البلد", "العاصمة", "عاصمة", "سفارة", "سفير", "سفيرة", "رئيس", "رئيسة", "حكومة", "وزير خارجية"),
    "fa": ("کشور", "جمهوری", "دولت", "پادشاهی", "سلطان‌نشین", "پایتخت", "سفارت", "سفیر", "رئیس جمهور", "وزیر خارجه"),
    "en": ("country of", "republic of", "state of", "kingdom of", "sultanate of", "government of", "capital", "embassy of", "ambassador to", "president of"),
}  # fmt: skip

# All-caps acronyms that are ordinary words once lower-cased ("US" / "us"): match them
# case-sensitively on the original text.
EN_CASE_SENSITIVE = ("US", "UN", "EU", "ROK", "PRC", "KSA", "UAE", "DRC", "ADB", "FAO", "WFP")

# When two codes claim the same normalised form, the one named here wins.
PREFER: dict[str, dict[str, str]] = {
    "ar": {"عمان": "OMN", "جيبوتي": "DJI", "الكويت": "KWT"},
    "fa": {"عمان": "OMN", "کویت": "KWT"},
    "en": {},
}

# ---------------------------------------------------------------------------
# Generation
# ---------------------------------------------------------------------------

_DIACRITICS = re.compile("[\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_FOLD = str.maketrans(
    {
        "ي": "ی",
        "ى": "ی",
        "ئ": "ی",
        "ك": "ک",
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ة": "ه",
        "ۀ": "ه",
        "ؤ": "و",
        "\u200c": " ",
        "\u200f": "",
        "\u200e": "",
    }
)


def fold(text: str) -> str:
    """Collapse spelling variants so that collisions can be detected across scripts' habits."""
    try:  # the project's own normaliser, once it exists
        from diplowatch.text.normalize import normalize

        return str(normalize(text).text)
    except ImportError:
        pass
    text = _DIACRITICS.sub("", text).translate(_FOLD).lower()
    return " ".join(text.replace("’", "'").split())


def clean_cldr(name: str) -> list[str]:
    """Split 'Myanmar (Burma)' into both names and spell out '&'."""
    out: list[str] = []
    match = re.fullmatch(r"(.+?)\s*\((.+)\)", name)
    parts = [match.group(1), match.group(2)] if match else [name]
    for part in parts:
        part = part.replace("’", "'").strip()
        out.append(part)
        if " & " in part:
            out.append(part.replace(" & ", " and "))
        if "\u0654" in part:
            out.append(part.replace("\u0654", ""))
    return out


def ar_adjective(name: str) -> str | None:
    """Masculine nisba stem of a one-word Arabic country name (فرنسا → فرنسي)."""
    if " " in name:
        return None
    base = name[2:] if name.startswith("ال") else name
    if base.endswith("و") or len(base) < 3:
        return None
    if base.endswith("يا"):
        return base[:-1]
    if base.endswith(("ا", "ة")):
        return base[:-1] + "ي"
    if base.endswith("ي"):
        return base
    return base + "ي"


def fa_adjective(name: str) -> str | None:
    """Persian relational adjective of a one-word country name (ژاپن → ژاپنی, کانادا → کانادایی)."""
    name = name.replace("\u0654", "")
    if " " in name or len(name) < 3:
        return None
    if name.endswith(("ا", "و")):
        return name + "یی"
    if name.endswith("ه"):
        return name + "\u200cای"
    if name.endswith("ی"):
        return name + "ایی"
    return name + "ی"


def dedupe(items: Iterable[str]) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for item in items:
        item = " ".join(item.split())
        if item and item not in seen:
            seen[item] = None
    return tuple(seen)


class Claims:
    """Track which code owns each normalised surface form within one language."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.owner: dict[str, str] = {}
        self.problems: list[str] = []

    def take(self, code: str, forms: Iterable[str], what: str, strict: bool) -> tuple[str, ...]:
        kept: list[str] = []
        for form in forms:
            key = fold(form)
            owner = self.owner.get(key)
            prefer = PREFER[self.lang].get(key)
            if owner is None or owner == code:
                if prefer and prefer != code:
                    continue
                self.owner[key] = code
                kept.append(form)
            elif prefer == code:
                self.problems.append(
                    f"{self.lang}: {form!r} re-assigned {owner} -> {code} by PREFER"
                )
                self.owner[key] = code
                kept.append(form)
            elif strict and prefer is None:
                self.problems.append(
                    f"{self.lang}: {what} {form!r} of {code} already names {owner}"
                )
            # otherwise a lower-priority use of an already-claimed form: silently dropped
        return tuple(kept)


def babel_data() -> dict[str, object]:
    try:
        from babel import Locale
        from babel.core import get_global
        from babel.dates import get_timezone_location
    except ImportError:
        sys.exit("build_actor_data: babel is needed at dev time: .venv/bin/pip install -e '.[dev]'")
    iso2_to_iso3: dict[str, str] = {}
    for alias, targets in get_global("territory_aliases").items():
        if len(alias) == 3 and alias.isalpha() and len(targets) == 1:
            iso2_to_iso3.setdefault(targets[0], alias)
    iso2_to_iso3.update(ISO3_PREFERRED)
    iso2_to_iso3 = {
        k: v for k, v in iso2_to_iso3.items() if len(k) == 2 and k.isalpha() and k.isupper()
    }
    names = {lang: dict(Locale(lang).territories) for lang in LANGS}
    # time-zone exemplar cities: (ISO3, English city) -> {lang: city}
    cities: dict[tuple[str, str], dict[str, str]] = {}
    for zone, territory in get_global("zone_territories").items():
        iso3 = iso2_to_iso3.get(territory)
        if not iso3:
            continue
        en = get_timezone_location(zone, locale="en", return_city=True)
        cities[(iso3, en)] = {
            lang: get_timezone_location(zone, locale=lang, return_city=True) for lang in LANGS
        }
    return {"iso2_to_iso3": iso2_to_iso3, "names": names, "cities": cities}


def build() -> dict[Path, str]:
    data = babel_data()
    iso2_to_iso3: dict[str, str] = data["iso2_to_iso3"]  # type: ignore[assignment]
    cldr_names: dict[str, dict[str, str]] = data["names"]  # type: ignore[assignment]
    tz_cities: dict[tuple[str, str], dict[str, str]] = data["cities"]  # type: ignore[assignment]
    un = sorted(iso2_to_iso3[c] for c in UN_MEMBERS_ISO2)
    extra = sorted(iso2_to_iso3[c] for c in EXTRA_STATES_ISO2)
    states = {iso2_to_iso3[c]: c for c in UN_MEMBERS_ISO2 + EXTRA_STATES_ISO2}
    problems: list[str] = []

    def city_in(lang: str, iso3: str, en: str) -> str | None:
        found = tz_cities.get((iso3, TZ_SPELLING.get(en, en)))
        return found[lang] if found else None

    outputs: dict[Path, str] = {}
    outputs[LANG_DIR / "xx" / "countries.py"] = render_countries(iso2_to_iso3, un, extra)
    for lang in LANGS:
        claims = Claims(lang)
        country_names: dict[str, tuple[str, ...]] = {}
        for iso3, iso2 in sorted(states.items()):
            cldr = cldr_names[lang].get(iso2)
            forms = [f for f in (clean_cldr(cldr) if cldr else []) if f not in DROP_NAMES[lang]]
            forms += EXTRA_NAMES[lang].get(iso3, ())
            country_names[iso3] = claims.take(iso3, dedupe(forms), "name", strict=True)
        igo_names = {
            code: claims.take(code, dedupe(names), "IGO name", strict=True)
            for code, names in sorted(IGO_NAMES[lang].items())
        }
        adjectives: dict[str, tuple[str, ...]] = {}
        for iso3, iso2 in sorted(states.items()):
            if lang == "en":
                forms = list(EN_ADJECTIVES.get(iso3, ()))
            else:
                table = AR_ADJECTIVES if lang == "ar" else FA_ADJECTIVES
                rule = ar_adjective if lang == "ar" else fa_adjective
                if iso3 in table:
                    forms = list(table[iso3])
                else:
                    first = (
                        clean_cldr(cldr_names[lang].get(iso2, ""))[0]
                        if cldr_names[lang].get(iso2)
                        else ""
                    )
                    derived = rule(first) if first else None
                    forms = [derived] if derived else []
            kept = claims.take(iso3, dedupe(forms), "adjective", strict=True)
            if kept:
                adjectives[iso3] = kept
        capitals: dict[str, tuple[str, ...]] = {}
        for iso3 in sorted(states):
            forms = []
            for en in EN_CAPITALS.get(iso3, ()):
                forms.append(en if lang == "en" else (city_in(lang, iso3, en) or ""))
            if lang == "ar":
                forms += AR_CAPITALS.get(iso3, ())
            elif lang == "fa":
                forms += FA_CAPITALS.get(iso3, ())
            forms += SEATS[lang].get(iso3, ())
            kept = claims.take(iso3, dedupe(forms), "capital", strict=False)
            if kept:
                capitals[iso3] = kept
        cities: dict[str, tuple[str, ...]] = {}
        gazetteer = set(EN_GAZETTEER) if lang == "en" else set()
        for iso3 in sorted(set(CITIES["en"]) | set(CITIES[lang]) | gazetteer):
            forms = list(CITIES[lang].get(iso3, ()))
            if lang != "en":
                forms += [city_in(lang, iso3, en) or "" for en in CITIES["en"].get(iso3, ())]
            else:
                forms += EN_GAZETTEER.get(iso3, ())
            kept = claims.take(iso3, dedupe(forms), "city", strict=False)
            if kept:
                cities[iso3] = kept
        problems += claims.problems
        every = {
            fold(f)
            for table in (country_names, igo_names, adjectives, capitals, cities)
            for forms in table.values()
            for f in forms
        }
        for form in AMBIGUOUS[lang]:
            if fold(form) not in every:
                problems.append(f"{lang}: AMBIGUOUS form {form!r} is not in the lexicon")
        outputs[LANG_DIR / lang / "actors.py"] = render_actors(
            lang, country_names, adjectives, capitals, cities, igo_names
        )
    for problem in problems:
        print("build_actor_data:", problem, file=sys.stderr)
    if any("already names" in p or "not in the lexicon" in p for p in problems):
        sys.exit("build_actor_data: fix the collisions above (or add a PREFER entry)")
    return outputs


def literal_dict(name: str, annotation: str, table: Mapping[str, object], comment: str) -> str:
    lines = [f"# {comment}", f"{name}: {annotation} = {{"]
    for key in sorted(table):
        lines.append(f"    {key!r}: {table[key]!r},")
    lines.append("}")
    return "\n".join(lines) + "\n"


HEADER = '''"""{doc}

GENERATED by scripts/build_actor_data.py from Unicode CLDR (babel {babel}) plus the
curated tables inside that script.  Do not edit by hand: edit the script and rerun it.
"""

from __future__ import annotations

'''


def babel_version() -> str:
    import babel

    return str(babel.__version__)


def render_countries(iso2_to_iso3: dict[str, str], un: list[str], extra: list[str]) -> str:
    doc = "Language-independent actor codes: ISO 3166-1 alpha-2 to alpha-3, UN members, extra states, IGOs."
    out = HEADER.format(doc=doc, babel=babel_version())
    out += literal_dict(
        "ISO2_TO_ISO3",
        "dict[str, str]",
        dict(iso2_to_iso3),
        "Every ISO 3166-1 alpha-2 code CLDR knows, with its alpha-3 code.",
    )
    out += f"\n# The {len(un)} UN member states.\nUN_MEMBERS: frozenset[str] = frozenset({tuple(un)!r})\n"
    out += f"\n# Observers and partially recognised states treated as state actors.\nEXTRA_STATES: frozenset[str] = frozenset({tuple(extra)!r})\n"
    out += f"\n# Intergovernmental organisations (upper-case short names).\nIGOS: frozenset[str] = frozenset({tuple(sorted(IGOS))!r})\n"
    out += "\n# Every code an actor may carry.\nSTATES: frozenset[str] = UN_MEMBERS | EXTRA_STATES\nACTOR_CODES: frozenset[str] = STATES | IGOS\n"
    return out


def render_actors(
    lang: str,
    names: dict[str, tuple[str, ...]],
    adjectives: dict[str, tuple[str, ...]],
    capitals: dict[str, tuple[str, ...]],
    cities: dict[str, tuple[str, ...]],
    igos: dict[str, tuple[str, ...]],
) -> str:
    doc = (
        f"{language(lang).name} names of state and IGO actors, their adjectives, capitals and cities."
    )
    out = HEADER.format(doc=doc, babel=babel_version())
    annot = "dict[str, tuple[str, ...]]"
    adj_comment = {
        "ar": "ISO3 -> masculine singular adjective stems without ال (the engine adds ال/ة/ون/ين...).",
        "fa": "ISO3 -> relational adjectives (name + ی / ای / یی).",
        "en": "ISO3 -> demonyms / adjectives.",
    }[lang]
    out += (
        literal_dict(
            "COUNTRY_NAMES",
            annot,
            names,
            "ISO3 -> names as written: CLDR name, long forms, short and colloquial forms.",
        )
        + "\n"
    )
    out += literal_dict("COUNTRY_ADJECTIVES", annot, adjectives, adj_comment) + "\n"
    out += (
        literal_dict(
            "CAPITALS",
            annot,
            capitals,
            "ISO3 -> capital city names and seats of government used as metonyms.",
        )
        + "\n"
    )
    out += (
        literal_dict(
            "CITIES",
            annot,
            cities,
            "ISO3 -> other notable cities and venues: event locations only, never actors.",
        )
        + "\n"
    )
    out += literal_dict("IGO_NAMES", annot, igos, "IGO code -> names and acronyms.") + "\n"
    out += (
        literal_dict(
            "AMBIGUOUS",
            "dict[str, str]",
            dict(AMBIGUOUS[lang]),
            "Surface forms that are also ordinary words: only inside a longer form or after a cue.",
        )
        + "\n"
    )
    out += f"# Words that make an AMBIGUOUS form safe when they come right before it.\nCOUNTRY_CUES: tuple[str, ...] = {COUNTRY_CUES[lang]!r}\n"
    if lang == "en":
        out += f"\n# Acronyms that must match in their original case ('US' but not 'us').\nCASE_SENSITIVE: tuple[str, ...] = {EN_CASE_SENSITIVE!r}\n"
    return out


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--check",
        action="store_true",
        help="only report whether the committed modules are up to date",
    )
    args = parser.parse_args()
    outputs = build()
    stale = []
    for path, text in outputs.items():
        formatted = ruff_format(text)
        if args.check:
            if not path.exists() or path.read_text(encoding="utf-8") != formatted:
                stale.append(path)
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            init = path.parent / "__init__.py"
            if not init.exists():
                init.write_text(
                    '"""Language-independent facts (ISO codes, organisations)."""\n',
                    encoding="utf-8",
                )
            path.write_text(formatted, encoding="utf-8")
            print(f"wrote {path.relative_to(ROOT)}")
    if stale:
        sys.exit("stale: " + ", ".join(str(p.relative_to(ROOT)) for p in stale))


def ruff_format(text: str) -> str:
    ruff = ROOT / ".venv" / "bin" / "ruff"
    result = subprocess.run(
        [str(ruff), "format", "--stdin-filename", "generated.py", "-"],
        input=text, capture_output=True, text=True, check=True, cwd=ROOT,
    )  # fmt: skip
    return result.stdout


if __name__ == "__main__":
    main()
