"""`diplowatch extract` / `explain` from the command line, and `--help` of every command.

Uses click's CliRunner (in-process, fast) with ``--workers 1`` except where
the process pool itself is under test, plus one real subprocess to check
the installed entry point and exit codes as a shell sees them.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from diplowatch.cli import main
from diplowatch.extract.actors import context
from diplowatch.extract.party_traits import one_sided
from diplowatch.lang import languages

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
RECORD_KEYS = {"doc_id", "lang", "published", "events"}
EVENT_KEYS = {
    "type",
    "mode",
    "status",
    "actors",
    "date",
    "location",
    "sectors",
    "amounts",
    "evidence",
}

GOOD_EN = {
    "id": "good-en",
    "text": "South Korea and Japan signed an agreement on hydrogen yesterday.",
    "lang": "en",
    "published": "2024-04-23",
}
GOOD_AR = {
    "id": "good-ar",
    "text": "وقعت السعودية وكوريا مذكرة تفاهم في مجال الطاقة أمس.",
    "published": "2024-04-23",
}


def invoke(*args: str, stdin: str | None = None):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(main, list(args), input=stdin, catch_exceptions=False)


def jsonl(text: str) -> list[dict]:  # type: ignore[type-arg]
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def write_jsonl(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def example_files() -> list[Path]:
    files = sorted(EXAMPLES.glob("*.txt"))
    if not files:
        pytest.skip("examples/ has no articles")
    return files


def test_extract_examples_jsonl() -> None:
    files = example_files()
    result = invoke("extract", "--workers", "1", str(EXAMPLES))
    assert result.exit_code == 0, result.stderr
    records = jsonl(result.stdout)
    jsonl_inputs = sum(
        1 for p in EXAMPLES.rglob("*.jsonl") for line in p.open(encoding="utf-8") if line.strip()
    )
    assert len(records) == len(files) + jsonl_inputs
    ids = {r["doc_id"] for r in records}
    assert {p.stem for p in files} <= ids  # a .txt file's id is its name without extension
    for record in records:
        assert record.keys() >= RECORD_KEYS
        assert record["lang"] in languages()
        for event in record["events"]:
            assert event.keys() >= EVENT_KEYS
            # one-sided events ("North Korea launched missiles into the sea") have
            # one, and so may the types a language lists (``ONE_SIDED_TYPES``)
            alone = one_sided(event["type"], event["mode"], context(record["lang"]))
            assert len(event["actors"]) >= (1 if alone else 2)
            assert event["status"] in {"reported", "planned", "negated"}
    # the stories are mostly diplomatic: most documents have events
    assert sum(1 for r in records if r["events"]) >= len(records) * 2 // 3
    # the language follows the file name prefix of the examples
    for record in records:
        if record["doc_id"][:3] in {"ar_", "fa_", "en_"}:
            assert record["lang"] == record["doc_id"][:2]


def test_extract_table_format() -> None:
    example_files()
    result = invoke(
        "extract",
        "--workers",
        "1",
        "--format",
        "table",
        str(EXAMPLES / "en_korea_japan_ministers.txt"),
    )
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    assert "en_korea_japan_ministers" in out
    assert "KOR" in out and "JPN" in out
    assert "CONSULT" in out or "AGREE" in out
    with pytest.raises(json.JSONDecodeError):
        json.loads(out.splitlines()[0])


def test_output_file(tmp_path: Path) -> None:
    src = write_jsonl(
        tmp_path / "in.jsonl", [json.dumps(GOOD_EN), json.dumps(GOOD_AR, ensure_ascii=False)]
    )
    out = tmp_path / "out.jsonl"
    result = invoke("extract", "--workers", "1", str(src), "-o", str(out))
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    records = jsonl(out.read_text(encoding="utf-8"))
    assert [r["doc_id"] for r in records] == ["good-en", "good-ar"]
    assert records[0]["events"][0]["date"] == "2024-04-22"
    assert records[1]["lang"] == "ar"  # detected: the line has no lang field


def test_jsonl_fields_are_carried_over(tmp_path: Path) -> None:
    line = dict(GOOD_EN, title="Hydrogen pact", url="https://example.org/a", source="Example Wire")
    src = write_jsonl(tmp_path / "in.jsonl", [json.dumps(line)])
    [record] = jsonl(invoke("extract", "--workers", "1", str(src)).stdout)
    assert record["title"] == "Hydrogen pact"
    assert record["url"] == "https://example.org/a"
    assert record["source"] == "Example Wire"
    assert record["published"] == "2024-04-23"


def test_stdin_dash() -> None:
    result = invoke(
        "extract",
        "--workers",
        "1",
        "-",
        stdin="Japan and South Korea signed an accord on hydrogen.\n",
    )
    assert result.exit_code == 0, result.stderr
    [record] = jsonl(result.stdout)
    assert record["lang"] == "en"
    assert {a["code"] for a in record["events"][0]["actors"]} == {"JPN", "KOR"}


def test_stdin_jsonl_dash() -> None:
    stdin = json.dumps(GOOD_EN) + "\n" + json.dumps(GOOD_AR, ensure_ascii=False) + "\n"
    result = invoke("extract", "--workers", "1", "-", stdin=stdin)
    assert result.exit_code == 0, result.stderr
    assert [r["doc_id"] for r in jsonl(result.stdout)] == ["good-en", "good-ar"]


def test_broken_lines_are_reported_and_the_rest_processed(tmp_path: Path) -> None:
    src = write_jsonl(
        tmp_path / "mixed.jsonl",
        [
            json.dumps(GOOD_EN),
            '{"id": "broken", "text": ',  # line 2: not JSON
            json.dumps(GOOD_AR, ensure_ascii=False),
            "[1, 2, 3]",  # line 4: not an object
            json.dumps({"id": "no-text"}),  # line 5: no text
        ],
    )
    result = invoke("extract", "--workers", "1", str(src))
    assert result.exit_code == 0
    assert [r["doc_id"] for r in jsonl(result.stdout)] == ["good-en", "good-ar"]
    err = result.stderr
    for line_no in (2, 4, 5):
        assert f"mixed.jsonl:{line_no}" in err, err
    assert "mixed.jsonl:1:" not in err and "mixed.jsonl:3:" not in err
    assert "Traceback" not in err
    strict = invoke("extract", "--workers", "1", "--strict", str(src))
    assert strict.exit_code == 1
    assert len(jsonl(strict.stdout)) == 2  # --strict still writes what it could


def test_exit_code_when_nothing_succeeds(tmp_path: Path) -> None:
    src = write_jsonl(tmp_path / "bad.jsonl", ["{oops", "not json either"])
    result = invoke("extract", "--workers", "1", str(src))
    assert result.exit_code == 1
    assert result.stdout == ""
    missing = invoke("extract", "--workers", "1", str(tmp_path / "missing.txt"))
    assert missing.exit_code == 1
    assert "missing.txt" in missing.stderr


def test_missing_argument_is_a_usage_error() -> None:
    result = CliRunner().invoke(main, ["extract"])
    assert result.exit_code == 2
    assert "INPUTS" in result.output


def test_worker_pool_gives_the_same_records(tmp_path: Path) -> None:
    docs = [dict(GOOD_EN, id=f"d{i}") for i in range(6)] + [dict(GOOD_AR, id="ar")]
    src = write_jsonl(tmp_path / "many.jsonl", [json.dumps(d, ensure_ascii=False) for d in docs])
    one = jsonl(invoke("extract", "--workers", "1", str(src)).stdout)
    two = jsonl(invoke("extract", "--workers", "2", str(src)).stdout)
    assert one == two
    assert [r["doc_id"] for r in two] == [d["id"] for d in docs]


def test_explain_highlights_evidence() -> None:
    example_files()
    path = EXAMPLES / "ar_saudi_korea_hydrogen.txt"
    result = invoke("explain", "--no-color", str(path))
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    assert "ar_saudi_korea_hydrogen" in out
    assert "trigger" in out and "evidence" in out
    assert "\x1b[" not in out  # --no-color
    text = path.read_text(encoding="utf-8")
    # each event's evidence span is given as [start:end] and points into the file text
    spans = [
        line.split("[", 1)[1].split("]", 1)[0] for line in out.splitlines() if "evidence [" in line
    ]
    assert spans
    for span in spans:
        start, end = (int(x) for x in span.split(":"))
        assert 0 <= start < end <= len(text)


def test_explain_doc_filter_and_stdin() -> None:
    stdin = json.dumps(GOOD_EN) + "\n" + json.dumps(GOOD_AR, ensure_ascii=False) + "\n"
    result = invoke("explain", "--no-color", "--doc", "good-ar", "-", stdin=stdin)
    assert result.exit_code == 0, result.stderr
    assert "good-ar" in result.stdout
    assert "good-en" not in result.stdout


def test_installed_entry_point_as_a_subprocess(tmp_path: Path) -> None:
    exe = Path(sys.executable).with_name("diplowatch")
    if not exe.exists():
        pytest.skip("diplowatch console script not installed in this environment")
    src = write_jsonl(tmp_path / "in.jsonl", [json.dumps(GOOD_EN), "{broken"])
    done = subprocess.run(
        [str(exe), "extract", "--strict", "--workers", "1", str(src)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 1  # --strict: a problem was reported
    assert [r["doc_id"] for r in jsonl(done.stdout)] == [
        "good-en"
    ]  # but the good line was still written
    assert "in.jsonl:2" in done.stderr
    assert "Traceback" not in done.stderr


COMMANDS = sorted(main.commands)


@pytest.mark.parametrize("name", COMMANDS)
def test_help_lists_every_option(name: str) -> None:
    command = main.commands[name]
    result = CliRunner().invoke(main, [name, "--help"])
    assert result.exit_code == 0, result.output
    out = result.output
    assert (
        f"Usage: main {name}" in out
        or f"Usage: diplowatch {name}" in out
        or name in out.splitlines()[0]
    )
    for param in command.params:
        if isinstance(param, click.Option) and not param.hidden:
            assert any(opt in out for opt in param.opts), (
                f"{name} --help does not list {param.opts}"
            )


def test_top_level_help_lists_every_command() -> None:
    out = CliRunner().invoke(main, ["--help"]).output
    for name in COMMANDS:
        assert name in out
    assert {"extract", "explain"} <= set(COMMANDS)


def test_table_shows_the_note_of_an_empty_record() -> None:
    doc = {
        "id": "weather",
        "text": "The weather in Seoul was sunny and warm on Tuesday.",
        "lang": "en",
    }
    result = invoke(
        "extract", "--workers", "1", "--format", "table", "-", stdin=json.dumps(doc) + "\n"
    )
    assert result.exit_code == 0, result.stderr
    assert "weather" in result.stdout
    assert "no diplomatic event found" in result.stdout
