"""English number words for amounts ("five million", "half a billion", "$2.5bn")."""

# Data tables are laid out by hand (several entries a line).
# fmt: off

VALUES: dict[str, float] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100,
}
SCALES: dict[str, float] = {
    "thousand": 1e3, "k": 1e3, "million": 1e6, "mn": 1e6, "m": 1e6, "mln": 1e6,
    "billion": 1e9, "bn": 1e9, "b": 1e9, "trillion": 1e12, "tn": 1e12,
}
PLURAL_SCALES = ("thousands", "millions", "billions", "trillions")
DUALS: dict[str, float] = {}
# Only meaningful before a scale ("a million", "half a billion").
FRACTIONS: dict[str, float] = {"a": 1, "an": 1, "half a": 0.5, "half": 0.5, "quarter of a": 0.25}
CONJUNCTIONS = ("and",)
PREFIXES: tuple[str, ...] = ()
# A scale word with no number in front counts as one of it: "a million" is written with "a" (see FRACTIONS); a bare "million dollars" is rare.
BARE_SCALE_IS_ONE = False
# fmt: on
