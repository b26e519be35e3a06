"""A built lexicon kept on disk, so a new process need not build it again.

Building a language's lexicon (``lexicon.lexicon``: ~45,000 keys, their
variants, one automaton) costs 0.5-1.5 s of CPU per language, paid by every
CLI call, test process and Dask worker before its first sentence. Loading the
same object from a pickle costs 0.1-0.2 s of CPU on a quiet machine (the
automaton rebuilt from its keys; 0.3-0.6 s under load). The file is an exact
copy of what the build made (pickle keeps the entries shared between keys), so a
process that loads it extracts byte for byte what one that builds does.

Where: ``$DIPLOWATCH_CACHE_DIR``, else ``$XDG_CACHE_HOME/diplowatch``, else
``~/.cache/diplowatch``. ``DIPLOWATCH_LEXICON_CACHE=0`` (or the CLI's
``--no-lexicon-cache``) turns it off: every process builds, nothing is read
or written.

Which file: its name carries a key hashed from the package version, the
interpreter's and pyahocorasick's versions, and the bytes of every source
and data file the build can read (the packages ``lang``, ``text``, ``dates``
and ``extract``, below which the build sits). Any edit to a table or to the
code makes a new key, so a stale lexicon is never read. Checkouts at other
commits may share the folder (worktrees, Dask workers of another install), so
writing a file keeps the newest ``KEEP`` keys of the language by modification
time, and reading one touches it: a key still in use is not taken from a
neighbour, and the folder holds at most ``KEEP`` files (2-5 MB each) per
language. A temporary file a killed writer left is removed once it is older
than ``_STALE_TEMP`` seconds (a younger one may be another writer's).

Why it is safe to unpickle: loading a pickle runs code named in it, so only
files this package wrote are read, from a directory only the user can write
(owned by the user, no group or other write bit; a directory that is not is
left unused). A file is read only when it opens with the key expected; a
file that fails to load or holds something else (corrupt, truncated, from
another build) is ignored and written again. Files are written to a
temporary name and renamed over (``os.replace``), so processes building at
once (Dask workers) never read half a file.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import pickle
import stat
import sys
import tempfile
import time
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

from diplowatch.version import __version__

CACHE_ENV = "DIPLOWATCH_LEXICON_CACHE"
DIR_ENV = "DIPLOWATCH_CACHE_DIR"
# values of ``CACHE_ENV`` that turn the cache off
_OFF = frozenset({"0", "off", "no", "false"})
# the packages whose files the build can read (lang → text → dates → extract)
_SOURCES = ("lang", "text", "dates", "extract")
_SUFFIXES = (".py", ".tsv")
_MAGIC = b"diplowatch built lexicon\n"
# bumped when the file's layout changes
_FORMAT = "2"
# files of one name kept after a write (this build's and the newest others)
KEEP = 3
# a temporary file older than this (seconds) has no live writer
_STALE_TEMP = 3600.0

log = logging.getLogger(__name__)


def enabled() -> bool:
    """Whether built lexicons are read from and written to disk."""
    return os.environ.get(CACHE_ENV, "1").strip().lower() not in _OFF


def cache_dir() -> Path:
    """The directory built lexicons are kept in (it may not exist yet)."""
    explicit = os.environ.get(DIR_ENV, "").strip()
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME", "").strip()
    return (Path(base) if base else Path.home() / ".cache") / "diplowatch"


@cache
def build_key() -> str:
    """The hash naming this build (``key_of`` this package)."""
    return key_of(Path(__file__).resolve().parents[1])


def key_of(root: Path) -> str:
    """A hash of the versions and of every file under ``root`` the build
    reads (its path and bytes)."""
    digest = hashlib.sha256()
    for part in (_FORMAT, __version__, sys.version, _ahocorasick_version()):
        digest.update(part.encode() + b"\0")
    for package in _SOURCES:
        for path in sorted((root / package).rglob("*")):
            if path.suffix in _SUFFIXES and path.is_file():
                digest.update(path.relative_to(root).as_posix().encode() + b"\0")
                digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()


def _ahocorasick_version() -> str:
    """pyahocorasick's compiled module, by size and time (a pickled
    automaton is in its own format): any other install of it is another
    build. Cheaper than asking the package metadata for its version."""
    import ahocorasick

    try:
        info = os.stat(str(ahocorasick.__file__))
    except (OSError, TypeError):
        return "unknown"
    return f"{info.st_size}:{info.st_mtime_ns}"


def cached(name: str, build: Callable[[], Any], valid: Callable[[Any], bool]) -> Any:
    """What ``build()`` returns, read from the cache file ``name`` when one
    written by this build is there and ``valid`` accepts what it holds;
    otherwise built and written for the next process."""
    if not enabled():
        return build()
    folder = cache_dir()
    path = folder / f"{name}-{build_key()[:24]}.pickle"
    found = _read(path, valid)
    if found is not None:
        return found
    built = build()
    if _private(folder, create=True):
        _write(path, built)
        _prune(folder, name, keep=path)
    return built


def _private(folder: Path, *, create: bool = False) -> bool:
    """Whether ``folder`` is a directory only this user can write (made so
    when ``create`` and it is missing)."""
    try:
        if create:
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        info = folder.stat()
    except OSError:
        return False
    return stat.S_ISDIR(info.st_mode) and _owned(info)


def _owned(info: os.stat_result) -> bool:
    """Owned by this user and writable by nobody else."""
    if info.st_mode & (stat.S_IWGRP | stat.S_IWOTH):
        return False
    getuid = getattr(os, "getuid", None)
    return getuid is None or info.st_uid == getuid()


def _header() -> bytes:
    return _MAGIC + build_key().encode() + b"\n"


def _read(path: Path, valid: Callable[[Any], bool]) -> Any:
    """The object kept in ``path``, or None when there is none to trust.
    Unpickled from the open file: holding its bytes too (and a slice of
    them) cost two copies of the file at start-up."""
    if not _private(path.parent):
        return None
    header = _header()
    try:
        with path.open("rb") as handle:
            if not _owned(os.fstat(handle.fileno())) or handle.read(len(header)) != header:
                return None
            value = pickle.load(handle)
    except OSError:
        return None
    except Exception as exc:  # noqa: BLE001 - a damaged file may fail in any way; it is rebuilt
        log.info("rebuilding %s: %s", path, exc)
        return None
    if not valid(value):
        return None
    _touch(path)
    return value


def _touch(path: Path) -> None:
    """Mark ``path`` as used now, so another build's prune keeps it."""
    with contextlib.suppress(OSError):
        os.utime(path)


def _write(path: Path, value: Any) -> None:
    """Write ``value`` to ``path`` whole or not at all (temp file + rename).
    The temp file goes however the write ends (an error, Ctrl-C), unless
    the rename made it ``path``. Pickled straight into the file: a bytes
    copy of the lexicon raised a cold start's peak memory by ~40 MB."""
    try:
        fd, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as exc:
        log.info("not caching %s: %s", path, exc)
        return
    renamed = False
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(_header())
            pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temp, path)
        renamed = True
    except (OSError, pickle.PicklingError, TypeError, AttributeError) as exc:
        log.info("not caching %s: %s", path, exc)
    finally:
        if not renamed:
            Path(temp).unlink(missing_ok=True)


def _prune(folder: Path, name: str, keep: Path, now: float | None = None) -> None:
    """Remove the files of ``name`` beyond the newest ``KEEP`` (``keep``,
    just written, always stays) and temporary files a killed writer left."""
    others = sorted(
        ((_mtime(old), old) for old in folder.glob(f"{name}-*.pickle") if old != keep),
        reverse=True,
    )
    for _, old in others[KEEP - 1 :]:
        old.unlink(missing_ok=True)
    limit = (time.time() if now is None else now) - _STALE_TEMP
    for temp in folder.glob(f".{name}-*.tmp"):
        if _mtime(temp) < limit:
            temp.unlink(missing_ok=True)


def _mtime(path: Path) -> float:
    """When ``path`` was last written or read (0 when it has gone)."""
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0
