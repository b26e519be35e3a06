"""Persian number words for amounts ("دو میلیارد", "۲ میلیون و ۲۰۰ هزار").

Folded with ``normalize_phrase`` at load time (ی→ي, ک→ك).
"""

# Data tables are laid out by hand (several entries a line).
# fmt: off

VALUES: dict[str, float] = {
    "یک": 1, "دو": 2, "سه": 3, "چهار": 4, "پنج": 5, "شش": 6, "شیش": 6, "هفت": 7,
    "هشت": 8, "نه": 9, "ده": 10, "یازده": 11, "دوازده": 12, "سیزده": 13, "چهارده": 14,
    "پانزده": 15, "شانزده": 16, "هفده": 17, "هجده": 18, "هیجده": 18, "نوزده": 19,
    "بیست": 20, "سی": 30, "چهل": 40, "پنجاه": 50, "شصت": 60, "هفتاد": 70, "هشتاد": 80,
    "نود": 90, "صد": 100, "یکصد": 100, "دویست": 200, "سیصد": 300, "چهارصد": 400,
    "پانصد": 500, "ششصد": 600, "هفتصد": 700, "هشتصد": 800, "نهصد": 900,
}
SCALES: dict[str, float] = {
    "هزار": 1e3, "میلیون": 1e6, "ملیون": 1e6, "میلیارد": 1e9, "ملیارد": 1e9,
    "بیلیون": 1e9, "تریلیون": 1e12, "هزار میلیارد": 1e12,
}
# "میلیون‌ها دلار" (millions of dollars) is vague: no amount.
PLURAL_SCALES = ("هزاران", "میلیون ها", "میلیاردها", "میلیون‌ها", "میلیارد‌ها")
DUALS: dict[str, float] = {}
FRACTIONS: dict[str, float] = {"نیم": 0.5, "یک چهارم": 0.25}
CONJUNCTIONS = ("و",)
PREFIXES: tuple[str, ...] = ()
# A scale word with no number in front counts as one of it: A bare "میلیون دلار" usually follows a vague word ("صدها میلیون دلار"); "یک میلیون" is written out.
BARE_SCALE_IS_ONE = False
# fmt: on
