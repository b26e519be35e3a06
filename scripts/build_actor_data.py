#!/usr/bin/env python3
"""Regenerate the actor lexicons from Unicode CLDR (via babel) plus curated tables.

Why a generator: CLDR gives correct, reviewed country and city names in
every language for every territory, but it has no demonyms, no colloquial
forms ("Britain", "America"), no seat-of-government metonyms and no
organisations. Those are curated by hand in each language's
``lang/<code>/actor_sources.py`` (a build table, ``registry.BUILD_TABLES``),
which this script merges with CLDR, so rerunning it never loses hand work.
The script names no language: it builds ``actors.py`` for every registered
language that has an ``actor_sources`` table, and the language-dependent
steps (deriving an adjective from a country name, which language's city
names are CLDR's keys) are data in that table.

babel is a dev-only dependency: the output modules are committed and nothing
imports babel at run time.

Usage::

    .venv/bin/python scripts/build_actor_data.py          # rewrite the modules
    .venv/bin/python scripts/build_actor_data.py --check  # exit 1 if they are stale

Writes ``src/diplowatch/lang/xx/countries.py`` (from the language-independent
facts below) and ``src/diplowatch/lang/<code>/actors.py``.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, fields
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from diplowatch.lang import language, languages, load  # noqa: E402
from diplowatch.text.normalize import normalize  # noqa: E402

LANG_DIR = ROOT / "src" / "diplowatch" / "lang"

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
# Per-language sources: lang/<code>/actor_sources.py, read through the registry
# ---------------------------------------------------------------------------

SOURCE_TABLE = "actor_sources"


@dataclass(frozen=True)
class Sources:
    """One language's ``actor_sources`` table, with a default for every name it omits.

    What each name holds is documented in the tables themselves
    (``src/diplowatch/lang/ar/actor_sources.py`` has them all).
    """

    code: str
    DROP_NAMES: frozenset[str] = frozenset()
    EXTRA_NAMES: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    ADJECTIVES: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    ADJECTIVE_IGNORE: str = ""
    ADJECTIVE_STRIP: tuple[str, ...] = ()
    ADJECTIVE_MIN_LETTERS: int = 1
    ADJECTIVE_ENDINGS: tuple[tuple[str, str | None], ...] = ()
    ADJECTIVE_NOTE: str = "adjectives."
    CLDR_CITIES_FROM: str = ""
    CAPITALS: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    SEATS: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    IGO_NAMES: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    CITIES: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    GAZETTEER: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    AMBIGUOUS: Mapping[str, str] = field(default_factory=dict)
    COUNTRY_CUES: tuple[str, ...] = ()
    CASE_SENSITIVE: tuple[str, ...] | None = None
    CLDR_SPELLINGS: Mapping[str, str] = field(default_factory=dict)
    PREFER: Mapping[str, str] = field(default_factory=dict)


def read_sources(code: str) -> Sources | None:
    """Language ``code``'s sources (None when it names no such table: its
    ``actors.py``, if any, is written by hand). A public name the script does
    not know is refused, so a misspelt table name cannot be ignored."""
    module = load(code, SOURCE_TABLE)
    if module is None:
        return None
    known = {f.name for f in fields(Sources)} - {"code"}
    public = {name for name in vars(module) if name.isupper() and not name.startswith("_")}
    unknown = sorted(public - known)
    if unknown:
        sys.exit(
            f"build_actor_data: lang/{code}/{SOURCE_TABLE}.py: unknown name(s) "
            f"{', '.join(unknown)}; known: {', '.join(sorted(known))}"
        )
    return Sources(code=code, **{name: getattr(module, name) for name in public})


def every_source() -> dict[str, Sources]:
    """The sources of every registered language that has them, by code."""
    found = {code: read_sources(code) for code in languages()}
    sources = {code: s for code, s in found.items() if s is not None}
    for code, s in sources.items():
        if s.CLDR_CITIES_FROM and s.CLDR_CITIES_FROM not in sources:
            sys.exit(
                f"build_actor_data: lang/{code}/{SOURCE_TABLE}.py: CLDR_CITIES_FROM names "
                f"{s.CLDR_CITIES_FROM!r}, a language without an {SOURCE_TABLE} table"
            )
    return sources


# ---------------------------------------------------------------------------
# Generation
# ---------------------------------------------------------------------------


def fold(text: str) -> str:
    """The project's normalised form, so that collisions are seen as the matcher sees them."""
    return str(normalize(text).text)


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
        # U+0654, the combining hamza above of the Arabic script (CLDR writes
        # Persian "Korea" with it): a mark of the script, not of one language.
        if "\u0654" in part:
            out.append(part.replace("\u0654", ""))
    return out


def derive_adjective(name: str, rule: Sources) -> str | None:
    """The adjective of a one-word country name by the language's ending rules
    (``ADJECTIVE_*`` in its sources); None when it has no rules or none fits."""
    for char in rule.ADJECTIVE_IGNORE:
        name = name.replace(char, "")
    if " " in name or not rule.ADJECTIVE_ENDINGS:
        return None
    prefix = next((p for p in rule.ADJECTIVE_STRIP if name.startswith(p)), "")
    base = name[len(prefix) :]
    if len(base) < rule.ADJECTIVE_MIN_LETTERS:
        return None
    for ending, replacement in rule.ADJECTIVE_ENDINGS:
        if base.endswith(ending):
            return None if replacement is None else base[: len(base) - len(ending)] + replacement
    return None


def dedupe(items: Iterable[str]) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for item in items:
        item = " ".join(item.split())
        if item and item not in seen:
            seen[item] = None
    return tuple(seen)


class Claims:
    """Track which code owns each normalised surface form within one language."""

    def __init__(self, lang: str, prefer: Mapping[str, str]) -> None:
        self.lang = lang
        self.prefer = prefer
        self.owner: dict[str, str] = {}
        self.problems: list[str] = []

    def take(self, code: str, forms: Iterable[str], what: str, strict: bool) -> tuple[str, ...]:
        kept: list[str] = []
        for form in forms:
            key = fold(form)
            owner = self.owner.get(key)
            prefer = self.prefer.get(key)
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


#: Time-zone exemplar cities: key language -> (ISO3, city in the key language)
#: -> {language: the same city in that language}.
TzCities = dict[str, dict[tuple[str, str], dict[str, str]]]


def babel_data(sources: Mapping[str, Sources]) -> dict[str, object]:
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
    names = {lang: dict(Locale(lang).territories) for lang in sources}
    cities: TzCities = {}
    for key_lang in sorted({s.CLDR_CITIES_FROM for s in sources.values()} - {""}):
        takers = [lang for lang, s in sources.items() if key_lang == s.CLDR_CITIES_FROM]
        by_key = cities.setdefault(key_lang, {})
        for zone, territory in get_global("zone_territories").items():
            iso3 = iso2_to_iso3.get(territory)
            if not iso3:
                continue
            key = get_timezone_location(zone, locale=key_lang, return_city=True)
            by_key[(iso3, key)] = {
                lang: get_timezone_location(zone, locale=lang, return_city=True) for lang in takers
            }
    return {"iso2_to_iso3": iso2_to_iso3, "names": names, "cities": cities}


def in_cldr(
    by_key: Mapping[tuple[str, str], dict[str, str]],
    keys: Sources,
    lang: str,
    iso3: str,
    names: Iterable[str],
) -> list[str]:
    """``lang``'s CLDR spelling of the key language's city ``names`` ("" where
    CLDR has no such time-zone city: ``dedupe`` drops it)."""
    found = []
    for name in names:
        cities = by_key.get((iso3, keys.CLDR_SPELLINGS.get(name, name)))
        found.append(cities[lang] if cities else "")
    return found


def build() -> dict[Path, str]:
    sources = every_source()
    data = babel_data(sources)
    iso2_to_iso3: dict[str, str] = data["iso2_to_iso3"]  # type: ignore[assignment]
    cldr_names: dict[str, dict[str, str]] = data["names"]  # type: ignore[assignment]
    tz_cities: TzCities = data["cities"]  # type: ignore[assignment]
    un = sorted(iso2_to_iso3[c] for c in UN_MEMBERS_ISO2)
    extra = sorted(iso2_to_iso3[c] for c in EXTRA_STATES_ISO2)
    states = {iso2_to_iso3[c]: c for c in UN_MEMBERS_ISO2 + EXTRA_STATES_ISO2}
    problems: list[str] = []
    outputs: dict[Path, str] = {}
    outputs[LANG_DIR / "xx" / "countries.py"] = render_countries(iso2_to_iso3, un, extra)
    for lang, own in sources.items():
        keys = sources[own.CLDR_CITIES_FROM] if own.CLDR_CITIES_FROM else Sources(code="")
        by_key = tz_cities.get(keys.code, {})
        claims = Claims(lang, own.PREFER)
        cldr = cldr_names[lang]
        country_names: dict[str, tuple[str, ...]] = {}
        for iso3, iso2 in sorted(states.items()):
            forms = [
                f
                for f in (clean_cldr(cldr[iso2]) if cldr.get(iso2) else [])
                if f not in own.DROP_NAMES
            ]
            forms += own.EXTRA_NAMES.get(iso3, ())
            country_names[iso3] = claims.take(iso3, dedupe(forms), "name", strict=True)
        igo_names = {
            code: claims.take(code, dedupe(names), "IGO name", strict=True)
            for code, names in sorted(own.IGO_NAMES.items())
        }
        adjectives: dict[str, tuple[str, ...]] = {}
        for iso3, iso2 in sorted(states.items()):
            if iso3 in own.ADJECTIVES:
                forms = list(own.ADJECTIVES[iso3])
            else:
                first = clean_cldr(cldr[iso2])[0] if cldr.get(iso2) else ""
                derived = derive_adjective(first, own) if first else None
                forms = [derived] if derived else []
            kept = claims.take(iso3, dedupe(forms), "adjective", strict=True)
            if kept:
                adjectives[iso3] = kept
        capitals: dict[str, tuple[str, ...]] = {}
        for iso3 in sorted(states):
            forms = in_cldr(by_key, keys, lang, iso3, keys.CAPITALS.get(iso3, ()))
            forms += own.CAPITALS.get(iso3, ())
            forms += own.SEATS.get(iso3, ())
            kept = claims.take(iso3, dedupe(forms), "capital", strict=False)
            if kept:
                capitals[iso3] = kept
        cities: dict[str, tuple[str, ...]] = {}
        for iso3 in sorted(set(keys.CITIES) | set(own.CITIES) | set(own.GAZETTEER)):
            forms = list(own.CITIES.get(iso3, ()))
            forms += in_cldr(by_key, keys, lang, iso3, keys.CITIES.get(iso3, ()))
            forms += own.GAZETTEER.get(iso3, ())
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
        for form in own.AMBIGUOUS:
            if fold(form) not in every:
                problems.append(f"{lang}: AMBIGUOUS form {form!r} is not in the lexicon")
        outputs[LANG_DIR / lang / "actors.py"] = render_actors(
            own, country_names, adjectives, capitals, cities, igo_names
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
{source}.  Do not edit by hand: {edit}.
"""

from __future__ import annotations

'''


def babel_version() -> str:
    import babel

    return str(babel.__version__)


def render_countries(iso2_to_iso3: dict[str, str], un: list[str], extra: list[str]) -> str:
    doc = "Language-independent actor codes: ISO 3166-1 alpha-2 to alpha-3, UN members, extra states, IGOs."
    out = HEADER.format(
        doc=doc,
        babel=babel_version(),
        source="curated tables inside that script",
        edit="edit the script and rerun it",
    )
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
    own: Sources,
    names: dict[str, tuple[str, ...]],
    adjectives: dict[str, tuple[str, ...]],
    capitals: dict[str, tuple[str, ...]],
    cities: dict[str, tuple[str, ...]],
    igos: dict[str, tuple[str, ...]],
) -> str:
    doc = f"{language(own.code).name} names of state and IGO actors, their adjectives, capitals and cities."
    out = HEADER.format(
        doc=doc,
        babel=babel_version(),
        source=f"curated tables in lang/{own.code}/{SOURCE_TABLE}.py",
        edit="edit those tables and rerun the script",
    )
    annot = "dict[str, tuple[str, ...]]"
    adj_comment = f"ISO3 -> {own.ADJECTIVE_NOTE}"
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
            dict(own.AMBIGUOUS),
            "Surface forms that are also ordinary words: only inside a longer form or after a cue.",
        )
        + "\n"
    )
    out += f"# Words that make an AMBIGUOUS form safe when they come right before it.\nCOUNTRY_CUES: tuple[str, ...] = {own.COUNTRY_CUES!r}\n"
    if own.CASE_SENSITIVE is not None:
        out += f"\n# Acronyms that must match in their original case ('US' but not 'us').\nCASE_SENSITIVE: tuple[str, ...] = {own.CASE_SENSITIVE!r}\n"
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
