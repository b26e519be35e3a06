"""The mypyc build of the hot modules (scripts/compile_hot.py): its list, its fallback, its freshness.

Why: compiled modules are a snapshot of their sources and must only ever be faster, never
different; a machine that cannot compile keeps pure Python without failing the build.
"""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from diplowatch.model import Document
from diplowatch.pipeline import process

ROOT = Path(__file__).resolve().parent.parent


def _script() -> ModuleType:
    """The compile script loaded as a module (scripts/ is not a package)."""
    spec = importlib.util.spec_from_file_location("compile_hot", ROOT / "scripts/compile_hot.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_listed_modules_exist_and_import() -> None:
    script = _script()
    assert script.HOT_MODULES and len(set(script.HOT_MODULES)) == len(script.HOT_MODULES)
    for name in script.HOT_MODULES:
        assert script.source_path(name).is_file(), name
        assert importlib.import_module(name).__name__ == name


def test_monkeypatched_modules_stay_pure() -> None:
    # tests replace pipeline.process; a compiled module would not see the patch
    assert "diplowatch.pipeline" not in _script().HOT_MODULES


def test_compiled_files_are_not_stale() -> None:
    script = _script()
    for name in script.HOT_MODULES:
        source = script.source_path(name).stat().st_mtime
        for built in script.compiled_files(name):
            assert built.stat().st_mtime >= source, f"{built} older than its source: recompile"


def _fail_build(paths: list[str]) -> None:
    raise SystemExit("error: command 'gcc' failed: No such file or directory")


@pytest.mark.parametrize("how", ["no compiler", "no mypyc"])
def test_fallback_is_a_message_not_a_failure(
    how: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    script = _script()
    monkeypatch.setattr(script, "SRC", tmp_path)  # clean() must not touch the real tree
    monkeypatch.setattr(script, "LOG", tmp_path / "compile.log")
    monkeypatch.setattr(script, "STAMP", tmp_path / ".compiled-stamp")
    stale = tmp_path / "diplowatch/extract/events.cpython-311-x86_64-linux-gnu.so"
    stale.parent.mkdir(parents=True)
    stale.write_bytes(b"")
    if how == "no compiler":
        monkeypatch.setattr(script, "_build", _fail_build)
    else:
        monkeypatch.setitem(sys.modules, "mypyc.build", None)
    assert script.compile_hot() == 0
    assert "using pure Python" in capsys.readouterr().out
    assert not stale.exists()


def test_pure_python_gives_the_same_events(tmp_path: Path) -> None:
    """A copy of src/ without compiled files imports the .py modules and reads alike."""
    pure = tmp_path / "src"
    shutil.copytree(ROOT / "src", pure, ignore=shutil.ignore_patterns("*.so", "__pycache__"))
    code = (
        "import json, sys, diplowatch.extract.events as m\n"
        "from diplowatch.model import Document\n"
        "from diplowatch.pipeline import process\n"
        "rows = [process(Document(doc_id='t', text=t, lang=l)).to_dict()\n"
        "        for t, l in json.loads(sys.argv[1])]\n"
        "print(json.dumps([m.__file__, rows], default=str))\n"
    )
    lines = [
        ("استقبل وزير الخارجية المصري نظيره الأردني في القاهرة.", "ar"),
        ("وزیر امور خارجه ایران با همتای ترک خود در تهران دیدار کرد.", "fa"),
        ("The Egyptian foreign minister met his Jordanian counterpart in Cairo.", "en"),
    ]
    env = {**os.environ, "PYTHONPATH": str(pure)}
    out = subprocess.run(
        [sys.executable, "-c", code, json.dumps(lines)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    path, records = json.loads(out)
    assert path.endswith("events.py")
    here = [process(Document(doc_id="t", text=t, lang=lang)).to_dict() for t, lang in lines]
    assert records == json.loads(json.dumps(here, default=str))
    assert any(r["events"] for r in records)
