"""Consistency of the actor, role and person lexicons (lang/xx, lang/<ar|fa|en>)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from types import ModuleType

import pytest

from diplowatch.extract.lexicon import role_titles
from diplowatch.lang import languages, load
from diplowatch.lang.xx import countries

LANGS = languages()
ROLES = {
    "head_of_state",
    "head_of_government",
    "party_leader",
    "foreign_minister",
    "minister",
    "deputy_minister",
    "ambassador",
    "legislator",
    "official",
    "business",
}
INSTITUTION_KINDS = {
    "government",
    "foreign_ministry",
    "military",
    "parliament",
    "central_bank",
    "embassy",
}

try:
    from diplowatch.text.normalize import normalize as _project_normalize

    def norm(text: str) -> str:
        return " ".join(_project_normalize(text).text.split())

except ImportError:  # pragma: no cover - only before the text package exists
    _MARKS = re.compile("[\u064b-\u065f\u0670\u0640]")
    _FOLD = str.maketrans(
        {"ی": "ي", "ى": "ي", "ک": "ك", "أ": "ا", "إ": "ا", "آ": "ا", "ة": "ه", "\u200c": " "}
    )

    def norm(text: str) -> str:
        return " ".join(_MARKS.sub("", text).translate(_FOLD).lower().split())


def actors(lang: str) -> ModuleType:
    module = load(lang, "actors")
    assert module is not None, f"lang/{lang}/actors.py is missing"
    return module


def surface_forms(module: ModuleType) -> Iterator[tuple[str, str, str]]:
    """(table, code, form) for every form that resolves to an actor code or a location."""
    for table in ("COUNTRY_NAMES", "COUNTRY_ADJECTIVES", "CAPITALS", "CITIES", "IGO_NAMES"):
        for code, forms in getattr(module, table).items():
            for form in forms:
                yield table, code, form


def test_country_tables_are_consistent() -> None:
    assert len(countries.UN_MEMBERS) == 193
    assert all(re.fullmatch("[A-Z]{3}", c) for c in countries.STATES)
    known = set(countries.ISO2_TO_ISO3.values())
    assert not countries.UN_MEMBERS - known
    assert not countries.UN_MEMBERS & countries.EXTRA_STATES
    assert {"PSE", "VAT", "TWN", "XKX"} <= countries.EXTRA_STATES
    assert countries.ISO2_TO_ISO3["KR"] == "KOR" and countries.ISO2_TO_ISO3["KP"] == "PRK"
    assert countries.ISO2_TO_ISO3["DE"] == "DEU" and countries.ISO2_TO_ISO3["YE"] == "YEM"
    required = "ASEAN UN EU AU GCC ARABLEAGUE OIC NATO APEC G7 G20 OECD SCO BRICS WHO IMF WORLDBANK WTO ECOWAS CIS OPEC IAEA NAM"
    assert set(required.split()) <= countries.IGOS
    # The ontology fixes "NAM" for the Non-Aligned Movement although it is also Namibia's ISO3
    # code; any other overlap would be a new, silent ambiguity.
    overlap = countries.IGOS & countries.STATES
    assert overlap == {"NAM"}


@pytest.mark.parametrize("lang", LANGS)
def test_every_un_member_has_a_name(lang: str) -> None:
    names = actors(lang).COUNTRY_NAMES
    missing = sorted(c for c in countries.UN_MEMBERS | countries.EXTRA_STATES if not names.get(c))
    assert not missing


@pytest.mark.parametrize("lang", LANGS)
def test_every_ontology_igo_has_a_name(lang: str) -> None:
    names = actors(lang).IGO_NAMES
    assert not sorted(c for c in countries.IGOS if not names.get(c))


@pytest.mark.parametrize("lang", LANGS)
def test_codes_are_known(lang: str) -> None:
    module = actors(lang)
    for table, code, _form in surface_forms(module):
        allowed = countries.IGOS if table == "IGO_NAMES" else countries.STATES
        assert code in allowed, f"{lang} {table}: unknown code {code}"


@pytest.mark.parametrize("lang", LANGS)
def test_no_form_names_two_codes(lang: str) -> None:
    owner: dict[str, tuple[str, str, str]] = {}
    clashes = []
    for table, code, form in surface_forms(actors(lang)):
        key = norm(form)
        assert key, f"{lang} {table} {code}: empty form {form!r}"
        if key in owner and owner[key][1] != code:
            clashes.append((form, code, owner[key]))
        owner.setdefault(key, (table, code, form))
    assert not clashes


@pytest.mark.parametrize("lang", LANGS)
def test_forms_are_trimmed_strings(lang: str) -> None:
    for table, code, form in surface_forms(actors(lang)):
        assert isinstance(form, str) and form == form.strip() and "  " not in form, (
            table,
            code,
            form,
        )


@pytest.mark.parametrize("lang", LANGS)
def test_ambiguous_entries_are_real_forms(lang: str) -> None:
    module = actors(lang)
    every = {norm(form) for _t, _c, form in surface_forms(module)}
    assert module.AMBIGUOUS
    for form, why in module.AMBIGUOUS.items():
        assert norm(form) in every, f"{lang}: AMBIGUOUS {form!r} is not in any table"
        assert why.strip()
    assert module.COUNTRY_CUES


def test_case_sensitive_acronyms_are_real_forms() -> None:
    module = actors("en")
    every = {form for _t, _c, form in surface_forms(module)}
    assert module.CASE_SENSITIVE
    assert not [a for a in module.CASE_SENSITIVE if a not in every or not a.isupper()]


KOREA = {
    # lang: (south words, north words, capital of KOR, capital of PRK)
    "ar": (
        ("الجنوبية", "جمهورية كوريا"),
        ("الشمالية", "الديمقراطية", "الديموقراطية"),
        "سيول",
        "بيونغ يانغ",
    ),
    "fa": (("جنوبی", "جمهوری کره"), ("شمالی", "دموکراتیک", "خلق"), "سئول", "پیونگ یانگ"),
    "en": (
        ("South", "Republic of Korea", "ROK"),
        ("North", "DPRK", "Democratic"),
        "Seoul",
        "Pyongyang",
    ),
}


@pytest.mark.parametrize("lang", LANGS)
def test_north_and_south_korea_are_not_swapped(lang: str) -> None:
    module = actors(lang)
    south, north, seoul, pyongyang = KOREA[lang]
    kor, prk = module.COUNTRY_NAMES["KOR"], module.COUNTRY_NAMES["PRK"]
    for name in prk:
        assert any(w in name for w in north), f"{lang} PRK name {name!r} has no north word"
        assert not any(w in name for w in south[:1]), f"{lang} PRK name {name!r} says south"
    for name in kor:
        assert not any(w in name for w in north), f"{lang} KOR name {name!r} says north"
    # "Korea" alone is South Korea
    bare = {"ar": "كوريا", "fa": "کره", "en": "Korea"}[lang]
    assert bare in kor
    assert norm(seoul) in {norm(c) for c in module.CAPITALS["KOR"]}
    assert norm(pyongyang) in {norm(c) for c in module.CAPITALS["PRK"]}


def test_well_known_forms_resolve() -> None:
    expected = {
        "ar": {
            "الولايات المتحدة": "USA",
            "أميركا": "USA",
            "بريطانيا": "GBR",
            "المملكة المتحدة لبريطانيا العظمى وأيرلندا الشمالية": "GBR",
            "طهران": "IRN",
            "موسكو": "RUS",
            "بكين": "CHN",
            "الكرملين": "RUS",
            "البيت الأبيض": "USA",
            "كوري": "KOR",
            "أمريكي": "USA",
            "تونس": "TUN",
            "مجلس التعاون الخليجي": "GCC",
            "الأمم المتحدة": "UN",
            "مجلس الأمن": "UN",
        },
        "fa": {
            "آمریکا": "USA",
            "امریکا": "USA",
            "ایالات متحده": "USA",
            "انگلیس": "GBR",
            "جمهوری اسلامی ایران": "IRN",
            "کره‌ای": "KOR",
            "روسی": "RUS",
            "چینی": "CHN",
            "ژاپنی": "JPN",
            "آمریکایی": "USA",
            "پکن": "CHN",
            "مسکو": "RUS",
            "کاخ سفید": "USA",
            "کابل": "AFG",
            "آسه‌آن": "ASEAN",
            "سازمان ملل": "UN",
            "اتحادیه اروپا": "EU",
        },
        "en": {
            "United States of America": "USA",
            "U.S.": "USA",
            "Britain": "GBR",
            "Korean": "KOR",
            "South Korean": "KOR",
            "North Korean": "PRK",
            "Iranian": "IRN",
            "Kremlin": "RUS",
            "Beijing": "CHN",
            "Seoul": "KOR",
            "ASEAN": "ASEAN",
            "Security Council": "UN",
        },
    }
    for lang, cases in expected.items():
        index = {norm(form): code for _t, code, form in surface_forms(actors(lang))}
        wrong = {
            form: index.get(norm(form))
            for form, code in cases.items()
            if index.get(norm(form)) != code
        }
        assert not wrong, f"{lang}: {wrong}"


@pytest.mark.parametrize("lang", LANGS)
def test_roles(lang: str) -> None:
    roles = load(lang, "roles")
    assert roles is not None
    assert set(roles.ROLE_TITLES) == ROLES
    assert all(roles.ROLE_TITLES[r] for r in ROLES)
    assert set(roles.INSTITUTIONS) == INSTITUTION_KINDS
    assert roles.COUNTERPART_WORDS and roles.BOTH_SIDES_WORDS
    seen: dict[str, str] = {}
    # with the titles of one state's office, which join their role
    for role, titles in role_titles(roles)[0].items():
        for title in titles:
            key = norm(title)
            assert seen.setdefault(key, role) == role, (
                f"{lang}: {title!r} is {seen[key]} and {role}"
            )


@pytest.mark.parametrize("lang", LANGS)
def test_office_holder_names(lang: str) -> None:
    """A name the extractor reads as a person (not marked as also being a
    word) must not also be a country, city, organisation or title form."""
    from diplowatch.lang import offices

    rows = offices.name_rows(lang)
    assert len(rows) > 1000
    plain = {row["name"] for row in rows if row["ambiguous"] in ("", "0")}
    roles = load(lang, "roles")
    assert roles is not None
    taken = {norm(form) for _t, _c, form in surface_forms(actors(lang))}
    taken |= {norm(t) for titles in role_titles(roles)[0].values() for t in titles}
    assert not [name for name in plain if norm(name) in taken]
