"""Zedish names of states (a real language has these generated: scripts/build_actor_data.py)."""

COUNTRY_NAMES: dict[str, tuple[str, ...]] = {
    "KOR": ("korvia",),
    "JPN": ("japoria",),
    "IRN": ("iranda",),
}
