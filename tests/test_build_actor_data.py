"""scripts/build_actor_data.py builds each language's ``actors`` table from
Unicode CLDR and the language's own ``actor_sources`` table.

Nothing in the script names a language: the curated names, the adjective
rules and the CLDR city keys are data in ``lang/<code>/actor_sources.py``.
"""

from __future__ import annotations

import importlib.util
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

from diplowatch import lang
from diplowatch.lang import languages

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "scripts" / "build_actor_data.py"
TOY = Path(__file__).parent / "data" / "toy_language" / "zz"


@pytest.fixture(scope="module")
def script() -> ModuleType:
    pytest.importorskip("babel", reason="babel (a dev dependency) builds the actor tables")
    spec = importlib.util.spec_from_file_location("build_actor_data", SCRIPT)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["build_actor_data"] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def lang_folder(tmp_path: Path) -> Iterator[Path]:
    """A temporary folder of language packages the registry reads during the test."""
    package = sys.modules["diplowatch.lang"]
    before = list(package.__path__)
    try:
        yield tmp_path
    finally:
        package.__path__[:] = before
        for name, module in list(sys.modules.items()):
            if str(getattr(module, "__file__", "") or "").startswith(str(tmp_path)):
                del sys.modules[name]
        lang.registry.refresh()


def test_the_committed_actor_tables_are_what_the_sources_build(script: ModuleType) -> None:
    """Same check as ``build_actor_data.py --check``."""
    outputs = script.build()
    assert {p.parent.name for p in outputs} == {"xx", *languages()}
    for path, text in outputs.items():
        assert path.read_text(encoding="utf-8") == script.ruff_format(text), (
            f"{path} is stale: rerun scripts/build_actor_data.py"
        )


def test_the_script_names_no_language() -> None:
    text = SCRIPT.read_text(encoding="utf-8")
    for code in languages():
        assert f'"{code}"' not in text and f"'{code}'" not in text, code
    assert not any("\u0600" <= c <= "\u06ff" for c in text), "Arabic-script letters in code"


@pytest.mark.parametrize(
    ("code", "name", "adjective"),
    [
        ("ar", "فرنسا", "فرنسي"),  # -ا → -ي
        ("ar", "كينيا", "كيني"),  # -يا → -ي
        ("ar", "المغرب", "مغربي"),  # the article goes, -ي is added
        ("ar", "اليابان", "ياباني"),
        ("ar", "توغو", None),  # -و: no rule
        ("ar", "كوريا الجنوبية", None),  # several words: listed by hand
        ("fa", "ژاپن", "ژاپنی"),
        ("fa", "کانادا", "کانادایی"),
        ("fa", "روسیه", "روسیه\u200cای"),
        ("fa", "مالی", "مالیایی"),
        ("fa", "کره\u0654 شمالی", None),  # several words once the hamza is gone
        ("en", "Japan", None),  # English derives nothing: its adjectives are listed
    ],
)
def test_adjectives_are_derived_by_each_languages_own_rules(
    script: ModuleType, code: str, name: str, adjective: str | None
) -> None:
    sources = script.read_sources(code)
    assert sources is not None
    assert script.derive_adjective(name, sources) == adjective


def test_english_capitals_are_the_keys_of_the_other_languages_cldr_cities(
    script: ModuleType,
) -> None:
    sources = script.every_source()
    assert sources["en"].CAPITALS["KOR"] == ("Seoul",)
    assert {s.CLDR_CITIES_FROM for code, s in sources.items() if code != "en"} == {"en"}
    assert sources["en"].CLDR_CITIES_FROM == ""  # English uses its own names as they are


def _toy_with_sources(folder: Path, sources: str) -> None:
    target = folder / "zz"
    shutil.copytree(TOY, target, ignore=shutil.ignore_patterns("__pycache__"))
    (target / "actor_sources.py").write_text(sources, encoding="utf-8")
    init = target / "__init__.py"
    text = init.read_text(encoding="utf-8").replace(
        '"actors",', '"actor_sources",\n        "actors",'
    )
    init.write_text(text, encoding="utf-8")
    lang.add_folder(folder)


def test_a_new_languages_sources_are_read_with_defaults(
    script: ModuleType, lang_folder: Path
) -> None:
    _toy_with_sources(
        lang_folder,
        'EXTRA_NAMES = {"KOR": ("Korvia",)}\n'
        'ADJECTIVE_ENDINGS = (("a", "an"), ("", "ian"))\n'
        'CLDR_CITIES_FROM = "en"\n',
    )
    sources = script.read_sources("zz")
    assert sources.EXTRA_NAMES == {"KOR": ("Korvia",)}
    assert sources.CAPITALS == {} and sources.CASE_SENSITIVE is None  # defaults
    assert script.derive_adjective("Japoria", sources) == "Japorian"
    assert script.derive_adjective("Iranda", sources) == "Irandan"
    assert "zz" in script.every_source()


def test_a_misspelt_name_in_the_sources_is_refused(script: ModuleType, lang_folder: Path) -> None:
    _toy_with_sources(lang_folder, 'EXTRA_NAME = {"KOR": ("Korvia",)}\n')
    with pytest.raises(SystemExit, match=r"lang/zz/actor_sources.py: unknown name\(s\) EXTRA_NAME"):
        script.read_sources("zz")


def test_a_cldr_key_language_without_sources_is_refused(
    script: ModuleType, lang_folder: Path
) -> None:
    _toy_with_sources(lang_folder, 'CLDR_CITIES_FROM = "xx"\n')
    with pytest.raises(SystemExit, match="CLDR_CITIES_FROM names 'xx'"):
        script.every_source()
