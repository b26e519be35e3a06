"""A path parameter that may hold any character, newlines included.

Starlette's ``path`` convertor is the regular expression ``.*``, which stops
at a newline; a JSONL id may contain one, and such a document could then
never be opened. ``anypath`` matches everything. Imported by the modules that
declare routes, before they declare them.
"""

from __future__ import annotations

from starlette.convertors import Convertor, register_url_convertor


class AnyPathConvertor(Convertor[str]):
    regex = r"[\s\S]*"

    def convert(self, value: str) -> str:
        return value

    def to_string(self, value: str) -> str:
        return str(value)


register_url_convertor("anypath", AnyPathConvertor())
