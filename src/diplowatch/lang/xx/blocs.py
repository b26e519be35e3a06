"""Groups of states named by one name that no code of the spec stands for.

"P5+1" (the five permanent members of the Security Council and Germany) and
"P4+1" (the same without the United States) are written as one name in news
of the Iran nuclear talks, but a reader counts each member state a side of
what the group does ("talks between Iran and the 5+1": seven sides). The
spec has no code for them, so the names carry a key of this table
(``lang/<code>/context.BLOC_NAMES``) that ``extract/bloc_members.py`` turns
into the member states before an event leaves the extractor.
"""

from __future__ import annotations

BLOC_MEMBERS: dict[str, tuple[str, ...]] = {
    "P5+1": ("CHN", "FRA", "RUS", "GBR", "USA", "DEU"),
    "P4+1": ("CHN", "FRA", "RUS", "GBR", "DEU"),
}
