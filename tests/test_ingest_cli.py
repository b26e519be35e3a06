"""Ingestion through the real CLI: `diplowatch extract` on mixed, messy inputs."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from diplowatch.cli import main

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"


def test_extract_on_a_messy_folder(tmp_path: Path) -> None:
    story = (FIXTURES / "ar_article.txt").read_text(encoding="utf-8")
    (tmp_path / "legacy.txt").write_bytes(story.encode("cp1256"))
    (tmp_path / "copy.txt").write_text(story, encoding="utf-8")
    (tmp_path / "photo.png").write_bytes(b"\x89PNG\r\n")
    lines = (FIXTURES / "mixed.jsonl").read_text(encoding="utf-8")
    (tmp_path / "batch.jsonl").write_text(lines, encoding="utf-8")
    result = CliRunner().invoke(
        main, ["extract", str(tmp_path), "--workers", "1", "--no-progress"], catch_exceptions=False
    )
    assert result.exit_code == 0, result.output
    records = [json.loads(x) for x in result.stdout.splitlines() if x.strip()]
    by_id = {r["doc_id"]: r for r in records}
    assert set(by_id) == {"j-ar-1", "j-fa-1", "j-en-1", "batch-8", "copy", "legacy"}
    legacy = by_id["legacy"]
    assert legacy["encoding"] == "windows-1256"
    assert legacy["duplicate_of"] == "copy" and legacy["duplicate_kind"] == "exact"
    assert "not extracted again" in legacy["note"] and legacy["events"] == []
    assert "موضوعات ذات صلة" in by_id["copy"]["dropped_lines"]
    assert by_id["copy"]["source"] == "وكالة الأنباء التجريبية"
    stderr = result.stderr
    assert "batch.jsonl:4: not valid JSON" in stderr
    assert "ignored 1 file(s) that are not articles (.png 1)" in stderr
    assert "Traceback" not in stderr

    strict = CliRunner().invoke(main, ["extract", str(tmp_path), "--workers", "1", "--strict"])
    assert strict.exit_code == 1
