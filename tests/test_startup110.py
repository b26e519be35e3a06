"""startup110: a built lexicon kept on disk (``extract/built_cache.py``).

A process that reads the kept copy extracts what one that builds does; a
damaged or foreign file is built again, never trusted; the key follows the
data files; the cache is off by the environment or the CLI's flag.
"""

from __future__ import annotations

import json
import os
import pickle
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from diplowatch.extract import built_cache

ROOT = Path(__file__).resolve().parents[1]

# sentences of our own, one per language, each with an event
SENTENCES = {
    "en": "The Japanese prime minister visited Brazil on Tuesday and signed a trade agreement.",
    "ar": "وقع وزير الخارجية الياباني اتفاقية تعاون تجاري مع نظيره البرازيلي في طوكيو أمس.",
    "fa": "رئیس جمهور برزیل روز سه شنبه به ژاپن سفر کرد و با نخست وزیر این کشور دیدار کرد.",
}

_EXTRACT = """
import json, sys
from diplowatch.model import Document
from diplowatch.pipeline import process
texts = json.loads(sys.argv[1])
out = {lang: process(Document(doc_id=lang, text=t, lang=lang)).to_dict()["events"]
       for lang, t in texts.items()}
print(json.dumps(out, ensure_ascii=False, sort_keys=True))
"""


def _extract_in_new_process(folder: Path, **env: str) -> dict[str, list[object]]:
    """The events of ``SENTENCES`` from a fresh interpreter using ``folder``."""
    result = subprocess.run(
        [sys.executable, "-c", _EXTRACT, json.dumps(SENTENCES)],
        env={
            **os.environ,
            "PYTHONPATH": str(ROOT / "src"),
            built_cache.DIR_ENV: str(folder),
            **env,
        },
        capture_output=True,
        text=True,
        check=True,
        timeout=240,
    )
    events: dict[str, list[object]] = json.loads(result.stdout)
    return events


def _kept(folder: Path) -> dict[str, tuple[int, int]]:
    """The lexicon files in ``folder`` by name: their inode and size (a
    rewrite renames a new inode in; a read only touches the mtime)."""
    return {p.name: (p.stat().st_ino, p.stat().st_size) for p in folder.glob("lexicon-*")}


@pytest.mark.slow(weight=3)
def test_cold_and_warm_start_give_the_same_events(tmp_path: Path) -> None:
    cold = _extract_in_new_process(tmp_path)
    kept = _kept(tmp_path)
    assert sorted(name.split("-")[1] for name in kept) == ["ar", "en", "fa"]
    warm = _extract_in_new_process(tmp_path)
    assert _kept(tmp_path) == kept  # read, not built and written again
    assert warm == cold
    assert all(cold[lang] for lang in SENTENCES)
    off = _extract_in_new_process(tmp_path / "off", **{built_cache.CACHE_ENV: "0"})
    assert off == cold
    assert not (tmp_path / "off").exists()  # nothing written with the cache off


def _counting_build(calls: list[int]) -> object:
    calls.append(1)
    return {"built": len(calls)}


def _is_built(value: object) -> bool:
    return isinstance(value, dict) and "built" in value


def _path(folder: Path, name: str) -> Path:
    return folder / f"{name}-{built_cache.build_key()[:24]}.pickle"


def test_second_call_reads_what_the_first_wrote(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(built_cache.DIR_ENV, str(tmp_path / "c"))
    calls: list[int] = []
    first = built_cache.cached("thing", lambda: _counting_build(calls), _is_built)
    second = built_cache.cached("thing", lambda: _counting_build(calls), _is_built)
    assert first == second == {"built": 1}
    assert len(calls) == 1
    assert (tmp_path / "c").stat().st_mode & 0o777 == 0o700


@pytest.mark.parametrize(
    "damage",
    [
        lambda header: b"not a pickle at all",  # a foreign file
        lambda header: header + b"\x80\x05garbage",  # our header, broken body
        lambda header: header,  # cut short after the header
        lambda header: header + pickle.dumps(["a", "list"]),  # a pickle of another thing
        lambda header: (
            b"diplowatch built lexicon\n" + b"0" * 64 + b"\n" + pickle.dumps({"built": 9})
        ),
    ],
)
def test_a_damaged_or_foreign_file_is_built_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, damage: object
) -> None:
    monkeypatch.setenv(built_cache.DIR_ENV, str(tmp_path))
    tmp_path.chmod(0o700)
    path = _path(tmp_path, "thing")
    path.write_bytes(damage(built_cache._header()))  # type: ignore[operator]
    calls: list[int] = []
    assert built_cache.cached("thing", lambda: _counting_build(calls), _is_built) == {"built": 1}
    assert len(calls) == 1
    # written again whole: the next process reads it
    assert built_cache._read(path, _is_built) == {"built": 1}


def test_a_folder_others_can_write_is_not_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o777)
    monkeypatch.setenv(built_cache.DIR_ENV, str(shared))
    calls: list[int] = []
    built_cache.cached("thing", lambda: _counting_build(calls), _is_built)
    built_cache.cached("thing", lambda: _counting_build(calls), _is_built)
    assert len(calls) == 2
    assert not list(shared.iterdir())


def test_older_files_of_a_name_beyond_the_limit_are_removed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(built_cache.DIR_ENV, str(tmp_path))
    tmp_path.chmod(0o700)
    olds = [tmp_path / f"thing-{digit * 24}.pickle" for digit in "0123"]
    for age, old in enumerate(olds, start=1):
        old.write_bytes(b"x")
        os.utime(old, (1000.0 * (10 - age), 1000.0 * (10 - age)))
    other = tmp_path / "other-000000000000000000000000.pickle"
    other.write_bytes(b"x")
    built_cache.cached("thing", lambda: _counting_build([]), _is_built)
    # the newest KEEP - 1 of the others stay beside this build's (test_mendF110)
    assert [old.exists() for old in olds] == [True, True, False, False]
    assert other.exists()
    assert _path(tmp_path, "thing").exists()


def _tree(root: Path) -> None:
    for rel, body in {
        "lang/en/triggers.py": "VERB_TRIGGERS = {'met': 'MEET'}\n",
        "lang/xx/offices.tsv": "code\tname\n",
        "extract/lexicon.py": "def build(): pass\n",
        "serve/app.py": "app = None\n",
    }.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(body, encoding="utf-8")


def test_the_key_follows_the_data_files(tmp_path: Path) -> None:
    _tree(tmp_path)
    first = built_cache.key_of(tmp_path)
    assert built_cache.key_of(tmp_path) == first
    (tmp_path / "lang/en/triggers.py").write_text("VERB_TRIGGERS = {'meets': 'MEET'}\n")
    second = built_cache.key_of(tmp_path)
    assert second != first
    (tmp_path / "lang/xx/offices.tsv").write_text("code\tname\nFRA\tPrésident\n")
    third = built_cache.key_of(tmp_path)
    assert third not in (first, second)
    # a module the build cannot read leaves the key alone
    (tmp_path / "serve/app.py").write_text("app = 1\n")
    assert built_cache.key_of(tmp_path) == third


@pytest.mark.parametrize("value", ["0", "off", "FALSE", "no"])
def test_the_environment_turns_it_off(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, value: str
) -> None:
    monkeypatch.setenv(built_cache.DIR_ENV, str(tmp_path / "c"))
    monkeypatch.setenv(built_cache.CACHE_ENV, value)
    calls: list[int] = []
    built_cache.cached("thing", lambda: _counting_build(calls), _is_built)
    built_cache.cached("thing", lambda: _counting_build(calls), _is_built)
    assert len(calls) == 2
    assert not (tmp_path / "c").exists()


def test_the_cli_flag_turns_it_off(monkeypatch: pytest.MonkeyPatch) -> None:
    from diplowatch.cli import main

    monkeypatch.setenv(built_cache.CACHE_ENV, "1")  # put back as it was afterwards
    result = CliRunner().invoke(main, ["--no-lexicon-cache", "summary", "--help"])
    assert result.exit_code == 0, result.output
    # off for the command only: put back after it (test_mendF110)
    assert os.environ.get(built_cache.CACHE_ENV) == "1"


def test_the_folder_follows_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(built_cache.DIR_ENV, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", "/somewhere/cache")
    assert built_cache.cache_dir() == Path("/somewhere/cache/diplowatch")
    monkeypatch.setenv(built_cache.DIR_ENV, "/elsewhere")
    assert built_cache.cache_dir() == Path("/elsewhere")


def test_short_texts_make_no_lsh_index() -> None:
    from diplowatch.ingest.dedup import Duplicates

    index = Duplicates()
    for lang, text in SENTENCES.items():
        assert index.check(lang, text) is None
    assert index._lsh is None  # datasketch not needed yet
    assert index.check("again", SENTENCES["fa"]) == ("exact", "fa")
    index.clear()
    assert index._lsh is None


def test_a_long_text_still_finds_its_near_copy() -> None:
    from diplowatch.ingest.dedup import Duplicates

    words = [f"word{i}" for i in range(60)]
    text = " ".join(words)
    copy = " ".join([*words[:-1], "different"])
    index = Duplicates()
    assert index.check("first", text) is None
    assert index._lsh is not None
    assert index.check("second", copy) == ("near", "first")


_CLI_ONE = """
import sys
from diplowatch.cli import main
try:
    main(["extract", sys.argv[1], "-o", sys.argv[2]])
except SystemExit as exc:
    assert not exc.code, exc.code
print("datasketch" in sys.modules)
"""


@pytest.mark.parametrize("lang", sorted(SENTENCES))
def test_one_sentence_cli_call_loads_no_duplicate_index(tmp_path: Path, lang: str) -> None:
    source = tmp_path / "one.jsonl"
    source.write_text(json.dumps({"id": lang, "text": SENTENCES[lang], "lang": lang}) + "\n")
    out = tmp_path / "out.jsonl"
    result = subprocess.run(
        [sys.executable, "-c", _CLI_ONE, str(source), str(out)],
        env={**os.environ, "PYTHONPATH": str(ROOT / "src")},
        capture_output=True,
        text=True,
        check=True,
        timeout=240,
    )
    assert result.stdout.strip() == "False"
    assert json.loads(out.read_text().splitlines()[0])["events"]
