"""Turn raw bytes into text, naming the encoding that was used.

Arabic and Persian archives still contain windows-1256 and ISO-8859-6
files and Windows tools write UTF-16; guessing wrong yields mojibake that
extracts nothing, so the order is fixed: byte-order mark, UTF-16 without a
mark (NUL pattern), strict UTF-8, the encoding the document declares, then
a statistical guess restricted to the encodings such news actually uses.
Binary files are recognised early so they get a clear message instead of
a page of replacement characters.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

_BOMS: tuple[tuple[bytes, str, str], ...] = (
    (codecs.BOM_UTF8, "utf-8-sig", "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32", "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32", "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16", "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16", "utf-16"),
)

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (or Office document)"),
    (b"\x1f\x8b", "gzip-compressed data"),
    (b"\x7fELF", "an executable"),
    (b"RIFF", "a media file"),
    (b"\xd0\xcf\x11\xe0", "an old Office document"),
)

# Python codec name → the name reported in meta["encoding"].
_NICE = {
    "utf_8": "utf-8",
    "cp1256": "windows-1256",
    "iso8859_6": "iso-8859-6",
    "iso8859-6": "iso-8859-6",
    "cp1252": "windows-1252",
}
_GUESSES = ["cp1256", "iso8859_6", "cp1252"]
_SAMPLE = 64 * 1024


class DecodeError(ValueError):
    """The bytes are not text in any encoding we accept."""


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str


_CONTROLS = re.compile("[\x00-\x08\x0e-\x1f]")


def _looks_binary(text: str) -> bool:
    sample = text[:_SAMPLE]
    if not sample:
        return False
    controls = len(_CONTROLS.findall(sample))
    return "\x00" in sample or controls > len(sample) * 0.01


def _utf16_without_bom(data: bytes) -> str | None:
    sample = data[:_SAMPLE]
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    half = max(1, len(sample) // 2)
    if odd > half * 0.2 and even < half * 0.05:
        return "utf-16-le"
    if even > half * 0.2 and odd < half * 0.05:
        return "utf-16-be"
    return None


def _arabic_score(text: str) -> float:
    """Share of plausible characters, or 0 if the text is not mostly Arabic script.

    Plausible: Arabic-block letters, ASCII, whitespace, ZWNJ/ZWJ and common
    punctuation. Mojibake from the wrong single-byte code page fails this.
    """
    sample = text[:_SAMPLE]
    if not sample:
        return 0.0
    arabic = sum(1 for c in sample if "\u0600" <= c <= "\u06ff")
    letters = sum(1 for c in sample if c.isalpha())
    if not letters or arabic < letters * 0.5:
        return 0.0
    plausible = sum(
        1
        for c in sample
        if "\u0600" <= c <= "\u06ff"
        or c.isascii()
        or c in "\u200c\u200d\u00ab\u00bb\u2013\u2014\u2026\u00a0"
    )
    return plausible / len(sample)


def _single_byte_arabic(data: bytes) -> Decoded | None:
    """Pick windows-1256 or ISO-8859-6 when one clearly yields Arabic text."""
    best: tuple[float, str, str] | None = None
    for codec in ("cp1256", "iso8859_6"):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        score = _arabic_score(text)
        if score >= 0.98 and (best is None or score > best[0]):
            best = (score, codec, text)
    return Decoded(best[2], _NICE[best[1]]) if best else None


def sniff_binary(data: bytes) -> str | None:
    """What kind of binary file this is, or None if it may be text."""
    for magic, what in _MAGIC:
        if data.startswith(magic):
            return what
    return None


def normalise_label(label: str) -> str | None:
    """A declared charset ("Windows-1256", "utf8") as a Python codec, or None."""
    try:
        return codecs.lookup(label.strip().strip("\"'")).name
    except (LookupError, ValueError):
        return None


def decode_bytes(data: bytes, declared: str | None = None) -> Decoded:
    """Decode ``data``; raise DecodeError with a human reason if impossible.

    The steps go from the surest to the weakest sign (the module's order):
    a byte-order mark, a binary signature, NUL bytes (UTF-16 or binary),
    strict UTF-8, the declared encoding, a single-byte Arabic code page,
    a statistical guess."""
    marked = _by_bom(data)
    if marked is not None:
        return marked
    what = sniff_binary(data)
    if what:
        raise DecodeError(f"binary file ({what}), not text")
    if b"\x00" in data[:_SAMPLE]:
        return _with_nuls(data)
    for step in (_as_utf8, lambda d: _as_declared(d, declared), _as_arabic, _guessed):
        decoded = step(data)
        if decoded is not None:
            return decoded
    raise DecodeError(
        "cannot decode: not valid UTF-8, UTF-16, windows-1256 or ISO-8859-6 (is it a binary file?)"
    )


def _by_bom(data: bytes) -> Decoded | None:
    """The encoding a byte-order mark names; its bytes must then be valid."""
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data.decode(codec), name)
            except UnicodeDecodeError as exc:
                raise DecodeError(
                    f"starts with a {name} byte-order mark but is not valid {name}: {exc.reason}"
                ) from None
    return None


def _with_nuls(data: bytes) -> Decoded:
    """Text with NUL bytes is UTF-16 without a mark (its NUL pattern tells
    the byte order) or it is binary: no other encoding we accept has NULs."""
    utf16 = _utf16_without_bom(data)
    if utf16:
        try:
            text = data.decode(utf16)
        except UnicodeDecodeError:
            text = ""
        if text and not _looks_binary(text):
            return Decoded(text, utf16)
    raise DecodeError("binary file (contains NUL bytes), not text")


def _as_utf8(data: bytes) -> Decoded | None:
    """Strict UTF-8; valid UTF-8 full of control characters is binary."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return None
    if _looks_binary(text):
        raise DecodeError("binary file (control characters), not text")
    return Decoded(text, "utf-8")


def _as_declared(data: bytes, declared: str | None) -> Decoded | None:
    """The encoding the document declares, when it is a known codec other
    than UTF-8 (already tried) and yields text."""
    named = normalise_label(declared) if declared else None
    if not named or named in ("utf-8", "utf_8"):
        return None
    try:
        text = data.decode(named)
    except UnicodeDecodeError:
        return None
    return None if _looks_binary(text) else Decoded(text, _NICE.get(named, named))


def _as_arabic(data: bytes) -> Decoded | None:
    """windows-1256 or ISO-8859-6 when one clearly yields Arabic text."""
    arabic = _single_byte_arabic(data)
    return arabic if arabic is not None and not _looks_binary(arabic.text) else None


def _guessed(data: bytes) -> Decoded | None:
    """A statistical guess among the encodings such news uses (``_GUESSES``)."""
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=_GUESSES).best()
    if best is None:
        return None
    codec = best.encoding
    try:
        text = data.decode(codec)
    except UnicodeDecodeError:
        text = ""
    return Decoded(text, _NICE.get(codec, codec)) if text and not _looks_binary(text) else None
