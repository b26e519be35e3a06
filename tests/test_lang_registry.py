"""The language registry: a language is a folder, and a wrong folder is refused.

The toy language (``tests/data/toy_language/zz``, "Zedish") is the walk-through
of ``docs/lexicons.md``: it is copied into a temporary folder, added with
``diplowatch.lang.add_folder`` and extracts events like any other language.
"""

from __future__ import annotations

import ast
import importlib
import re
import shutil
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from diplowatch import lang
from diplowatch.lang import LanguageDataError, language, languages, registry
from diplowatch.lang.registry import REQUIRED, TABLES
from diplowatch.model import Document
from diplowatch.pipeline import process

TOY = Path(__file__).parent / "data" / "toy_language" / "zz"
ENGLISH = Path(lang.__file__).parent / "en"


@pytest.fixture
def lang_folder(tmp_path: Path) -> Iterator[Path]:
    """A temporary folder of language packages the registry reads during the test."""
    package = importlib.import_module("diplowatch.lang")
    before = list(package.__path__)
    try:
        yield tmp_path
    finally:
        package.__path__[:] = before
        for name, module in list(sys.modules.items()):
            if str(getattr(module, "__file__", "") or "").startswith(str(tmp_path)):
                del sys.modules[name]
        lang.registry.refresh()


def _copy(source: Path, folder: Path, code: str) -> Path:
    """``source``'s tables under ``folder/<code>``, declared with that code."""
    target = folder / code
    shutil.copytree(source, target, ignore=shutil.ignore_patterns("__pycache__"))
    init = target / "__init__.py"
    text = init.read_text(encoding="utf-8")
    old = next(line for line in text.splitlines() if line.strip().startswith("code = "))
    init.write_text(text.replace(old, f'    code = "{code}"'), encoding="utf-8")
    return target


def test_every_language_declares_itself_with_the_required_tables() -> None:
    assert set(languages()) >= {"ar", "fa", "en"}
    for code in languages():
        declared = language(code)
        assert declared.code == code
        assert declared.name and declared.script
        assert declared.direction in ("ltr", "rtl")
        assert set(REQUIRED) <= set(declared.tables) <= set(TABLES)
    assert language("fa").direction == "rtl" and language("en").script == "Latn"


def test_an_unknown_table_name_is_refused_naming_the_known_ones() -> None:
    with pytest.raises(
        LanguageDataError, match="unknown table 'date'; known tables: actor_sources, actors"
    ):
        lang.load("ar", "date")
    with pytest.raises(LanguageDataError, match="unknown language 'zz'"):
        lang.require("zz", "dates")
    assert lang.load("ar", "stop_words") is None  # optional, and Arabic has none


def test_a_language_missing_a_required_table_is_refused(lang_folder: Path) -> None:
    folder = _copy(TOY, lang_folder, "zx")
    (folder / "dates.py").unlink()
    init = folder / "__init__.py"
    init.write_text(init.read_text(encoding="utf-8").replace('"dates",', ""), encoding="utf-8")
    lang.add_folder(lang_folder)
    with pytest.raises(LanguageDataError, match=r"lang/zx: missing required table\(s\) dates"):
        languages()


def test_a_language_naming_an_unknown_table_is_refused(lang_folder: Path) -> None:
    folder = _copy(TOY, lang_folder, "zx")
    init = folder / "__init__.py"
    text = init.read_text(encoding="utf-8").replace('"actors",', '"actors",\n        "idioms",')
    init.write_text(text, encoding="utf-8")
    lang.add_folder(lang_folder)
    with pytest.raises(LanguageDataError, match=r"lang/zx: unknown table\(s\) idioms"):
        languages()


def test_a_table_shipped_but_not_named_is_refused(lang_folder: Path) -> None:
    folder = _copy(TOY, lang_folder, "zx")
    (folder / "sectors.py").write_text('SECTORS = {"trade": ("komerco",)}\n', encoding="utf-8")
    lang.add_folder(lang_folder)
    with pytest.raises(LanguageDataError, match="lang/zx: ships sectors.py without naming it"):
        languages()


def test_a_table_named_but_not_shipped_is_refused(lang_folder: Path) -> None:
    folder = _copy(TOY, lang_folder, "zx")
    (folder / "money.py").unlink()
    lang.add_folder(lang_folder)
    with pytest.raises(LanguageDataError, match="lang/zx: names table.s. it does not ship: money"):
        languages()


def test_a_folder_whose_code_is_not_its_name_is_refused(lang_folder: Path) -> None:
    shutil.copytree(TOY, lang_folder / "zx", ignore=shutil.ignore_patterns("__pycache__"))
    lang.add_folder(lang_folder)
    with pytest.raises(LanguageDataError, match="lang/zx: declares code 'zz', not 'zx'"):
        languages()


def _events(text: str, code: str) -> list[tuple[object, ...]]:
    record = process(Document(doc_id="toy", text=text, lang=code))
    assert record.lang == code
    return [
        (
            e.type,
            e.mode,
            e.status,
            [a.code for a in e.actors],
            e.date,
            [(m.value, m.currency) for m in e.amounts],
        )
        for e in record.events
    ]


def test_a_toy_language_from_a_temporary_folder_extracts_events(lang_folder: Path) -> None:
    _copy(TOY, lang_folder, "zz")
    lang.add_folder(lang_folder)
    assert "zz" in languages()
    assert _events("Korvia ke Japoria renkonta.", "zz") == [
        ("CONSULT", "meeting", "reported", ["KOR", "JPN"], None, [])
    ]
    assert _events("Korvia ne renkonta Japorian.", "zz") == [
        ("CONSULT", "meeting", "negated", ["KOR", "JPN"], None, [])
    ]
    assert _events("Korvia vo renkon Japoria dumo 3 2026.", "zz") == [
        ("CONSULT", "meeting", "planned", ["KOR", "JPN"], "2026-02-03", [])
    ]
    assert _events("Korvia donacta du miliono dolaro al Iranda.", "zz") == [
        ("AID", "grant", "reported", ["KOR", "IRN"], None, [(2_000_000.0, "USD")])
    ]
    assert _events("Korvia kaj Japoria.", "zz") == []  # no trigger, no event


def test_english_data_under_a_new_code_extracts_exactly_as_english(lang_folder: Path) -> None:
    """Nothing in the code is keyed to the code "en": its data is all there is."""
    _copy(ENGLISH, lang_folder, "zy")
    lang.add_folder(lang_folder)
    sentences = [
        "South Korean President Lee Jae-myung met Japanese Prime Minister Shigeru Ishiba "
        "in Tokyo on Monday, 2 June 2025.",
        "Iran condemned the Israeli strikes on Damascus and did not attend the talks.",
        "The United States pledged $50 million in humanitarian aid to Sudan.",
        "Police arrested 20 protesters in Nairobi; Kenya's opposition called for a rally.",
        "Russia and China will sign a trade agreement next week, the Kremlin said.",
    ]
    text = " ".join(sentences)
    assert _events(text, "en")  # the sentences do name events
    assert _events(text, "zy") == _events(text, "en")


def _public_names(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = []
    for node in tree.body:
        targets = node.targets if isinstance(node, ast.Assign) else []
        if isinstance(node, ast.AnnAssign):
            targets = [node.target]
        names += [t.id for t in targets if isinstance(t, ast.Name) and t.id.isupper()]
    return [n for n in names if not n.startswith("_")]


_WORD = re.compile(r"\w+")


def _words(text: str) -> set[str]:
    return set(_WORD.findall(text))


# Reference tables kept for the tests that check the data against them.
READ_BY_TESTS = {"lang/xx/countries.py: ISO2_TO_ISO3"}


def test_every_name_in_a_table_is_read_by_the_code() -> None:
    """A misspelt or forgotten name in a table would be ignored without a
    word: every public name of every table is read by code outside the
    language folders (or builds another name of its own table). A build
    input (``registry.BUILD_TABLES``) is read by the scripts that build
    from it, not at run time: its names must be read under ``scripts/``."""
    root = Path(lang.__file__).parents[1]
    data_dirs = {root / "lang" / code for code in registry.folders()}
    # the declaration of the agents tables' fields names them all: no reader
    declared = root / "lang" / "agent_fields.py"
    code = " ".join(
        p.read_text(encoding="utf-8")
        for p in root.rglob("*.py")
        if p.parent not in data_dirs and p != declared
    )
    scripts = root.parents[1] / "scripts"
    build_code = " ".join(p.read_text(encoding="utf-8") for p in scripts.rglob("*.py"))
    assert set(TABLES) >= registry.BUILD_TABLES
    # A name is read where it stands as a whole word (``\bNAME\b``): the words
    # of each text, gathered once, answer that for every name at once.
    words, build_words = _words(code), _words(build_code)
    unread = []
    for folder in registry.folders():
        for table in registry.tables(folder):
            path = root / "lang" / folder / f"{table}.py"
            if not path.exists():
                continue  # a file table (TSV)
            own = Counter(_WORD.findall(path.read_text(encoding="utf-8")))
            readers = build_words if table in registry.BUILD_TABLES else words
            for name in _public_names(path):
                if name in readers or own[name] > 1:
                    continue
                unread.append(f"lang/{folder}/{table}.py: {name}")
    assert sorted(set(unread) - READ_BY_TESTS) == [], "names no code reads (misspelt, or dead)"


def test_merged_entries_come_from_every_language_in_order(lang_folder: Path) -> None:
    """Data applied to all languages at once (crawl residue) is gathered by the
    registry, so a new folder's table is picked up with no code naming it."""
    before = lang.merged("boilerplate", "EXACT")
    assert before, "the shipped languages name some crawl residue"
    target = _copy(TOY, lang_folder, "zz")
    (target / "boilerplate.py").write_text('EXACT = ("Legu pli",)\n', encoding="utf-8")
    init = target / "__init__.py"
    text = init.read_text(encoding="utf-8")
    init.write_text(
        text.replace('"actors",', '"actors",\n        "boilerplate",'), encoding="utf-8"
    )
    lang.add_folder(lang_folder)
    after = lang.merged("boilerplate", "EXACT")
    assert after == before + ("Legu pli",)  # "zz" sorts after ar, en, fa
    assert lang.merged("boilerplate", "NO_SUCH_NAME") == ()
