#!/usr/bin/env python3
"""Compile the extraction's hot modules with mypyc, in place, when a C compiler is at hand.

Why: the extraction's profile is flat in pure Python (no one function to rewrite), so the
remaining constant factor is the interpreter itself.  mypyc turns the listed modules into C
extensions written next to their ``.py`` files (``events.cpython-311-*.so``); Python imports
the extension first, so an editable install and ``PYTHONPATH=src`` both pick it up.  The
``.py`` files stay the source of truth: output is identical compiled or not.

Why it never fails the build: the compiled modules are only faster, never different, so a
machine without gcc, Python headers or mypyc keeps the pure-Python modules (a message says
so) and ``make compiled`` goes on. Opt-in: compiled, the cost of one very long document
grows faster than its length (README), where pure Python stays linear.

Usage::

    .venv/bin/python scripts/compile_hot.py          # compile HOT_MODULES in place
    .venv/bin/python scripts/compile_hot.py --clean  # remove the compiled files (pure Python)
    .venv/bin/python scripts/compile_hot.py --list   # print the source files compiled

A compiled module is a snapshot: after editing a listed ``.py`` run the script again (the
Makefile does, its stamp depends on the sources); ``tests/test_speed32_compiled.py`` fails
while a compiled file is older than its source.
"""

from __future__ import annotations

import contextlib
import os
import sys
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src"
BUILD = ROOT / "build" / "mypyc"
# Where the compiler's own output goes: hundreds of gcc lines would bury the demo's output.
LOG = BUILD / "compile.log"
# The Makefile's mark that the compiled files are current (``make compiled``).
STAMP = ROOT / ".venv" / ".compiled-stamp"

# The modules where extraction spends its time (profile of the corpus, tools/prof.py), in
# one mypyc group so their calls to one another are native calls.  Not listed: modules
# that tests monkeypatch (pipeline), the language data under lang/ (patched by tests,
# loaded by name), and modules whose share of the time would not pay their compile time.
HOT_MODULES: tuple[str, ...] = (
    "diplowatch.extract.events",
    "diplowatch.extract.lexicon",
    "diplowatch.extract.scan",
    "diplowatch.extract.participants",
    "diplowatch.extract.mention_scan",
    "diplowatch.extract.parties",
    # split69p: the modules split from parties whose readings run for every trigger
    # (0.1-0.3 % of the pure-Python profile each; the other split modules much less)
    "diplowatch.extract.final_verb",
    "diplowatch.extract.postings",
    "diplowatch.extract.speaker_side",
    "diplowatch.extract.own_clause",
    "diplowatch.extract.quote_opening",
    "diplowatch.extract.relative_clause_out",
    "diplowatch.extract.onlookers",
    "diplowatch.extract.interlocutor",
    "diplowatch.extract.countries",
    "diplowatch.extract.titles",
    "diplowatch.text.normalize",
    "diplowatch.text.segment",
    "diplowatch.text.words",
    "diplowatch.dates.mentions",
)


def source_path(module: str) -> Path:
    """The ``.py`` file of a dotted module name under src/."""
    return SRC.joinpath(*module.split(".")).with_suffix(".py")


def compiled_files(module: str) -> list[Path]:
    """The compiled extensions of one module lying next to its source (none when pure)."""
    src = source_path(module)
    return sorted(src.parent.glob(f"{src.stem}.*.so"))


def group_libraries() -> list[Path]:
    """mypyc's shared runtime of the group (``<hash>__mypyc.*.so``), written at src/."""
    return sorted(SRC.glob("*__mypyc.*.so"))


def clean() -> int:
    """Remove every compiled file of the listed modules and the group library."""
    removed = [p for m in HOT_MODULES for p in compiled_files(m)] + group_libraries()
    for path in removed:
        path.unlink()
    STAMP.unlink(missing_ok=True)  # `make compiled` must build again
    print(f"compile_hot: removed {len(removed)} compiled files; pure Python in use")
    return 0


def _build(paths: list[str]) -> None:
    """Run mypyc and build_ext --inplace from src/ (raises when anything is missing)."""
    from mypyc.build import mypycify
    from setuptools import setup

    cwd = os.getcwd()
    os.chdir(SRC)
    try:
        modules = mypycify(
            ["--config-file", str(ROOT / "pyproject.toml"), *paths],
            opt_level=os.environ.get("MYPYC_OPT_LEVEL", "3"),
            multi_file=True,
            target_dir=str(BUILD),
        )
        setup(
            name="diplowatch-hot",
            ext_modules=modules,
            script_args=[
                "build_ext",
                "--inplace",
                f"--build-temp={BUILD / 'temp'}",
                f"--build-lib={BUILD / 'lib'}",
                f"--parallel={os.cpu_count() or 1}",
            ],
        )
    finally:
        os.chdir(cwd)


@contextlib.contextmanager
def _output_to(path: Path) -> Iterator[None]:
    """Send this process's and its children's (gcc's) stdout and stderr to ``path``."""
    path.parent.mkdir(parents=True, exist_ok=True)
    sys.stdout.flush()
    sys.stderr.flush()
    saved = (os.dup(1), os.dup(2))
    with path.open("w") as log:
        os.dup2(log.fileno(), 1)
        os.dup2(log.fileno(), 2)
        try:
            yield
        finally:
            sys.stdout.flush()
            sys.stderr.flush()
            os.dup2(saved[0], 1)
            os.dup2(saved[1], 2)
            os.close(saved[0])
            os.close(saved[1])


def _touch_compiled() -> None:
    """Date every compiled file now: build_ext leaves a module's small shim
    untouched when only the group library changed, and the freshness test
    compares the shim's time with its source's."""
    for path in [p for m in HOT_MODULES for p in compiled_files(m)] + group_libraries():
        path.touch()


def compile_hot() -> int:
    """Compile the listed modules; on any failure leave pure Python in place and say why."""
    if os.environ.get("DIPLOWATCH_PURE"):
        print("compile_hot: DIPLOWATCH_PURE set; keeping pure-Python modules")
        return clean()
    paths = [str(source_path(m).relative_to(SRC)) for m in HOT_MODULES]
    start = time.monotonic()
    print(f"compile_hot: compiling {len(paths)} hot modules with mypyc (log: {LOG}) …", flush=True)
    try:
        with _output_to(LOG):
            _build(paths)
    except (Exception, SystemExit) as exc:  # a missing compiler exits through distutils
        clean()
        print(f"compile_hot: mypyc compilation unavailable ({exc!r}; see {LOG}); using pure Python")
        return 0
    _touch_compiled()
    took = time.monotonic() - start
    print(f"compile_hot: compiled {len(paths)} modules with mypyc in {took:.0f}s")
    return 0


def main(argv: list[str]) -> int:
    """Dispatch on the one optional flag (--clean, --list)."""
    if "--clean" in argv:
        return clean()
    if "--list" in argv:
        print(" ".join(str(source_path(m).relative_to(ROOT)) for m in HOT_MODULES))
        return 0
    return compile_hot()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
