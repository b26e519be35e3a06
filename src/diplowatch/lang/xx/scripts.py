"""Script and letter facts used by language identification.

Lingua knows Arabic, Persian and Urdu but not Pashto, Sorani Kurdish, Sindhi,
Uyghur or Jawi, which it would happily call Persian or Arabic. Those languages
write letters that standard Arabic and Persian never use, so the share of such
letters in a text is strong evidence that it is neither. Each entry lists only
letters that are *distinctive*: letters shared with Arabic or Persian (پ چ ژ گ
ی ک, ھ, ە used as a heh variant by some Persian sites) are left out on purpose.
"""

from __future__ import annotations

# Letter classes (regular-expression ranges) used to count letters per
# script. Arabic-script letters exclude tatweel, digits and punctuation.
ARABIC_LETTER_CLASS = (
    "\u0620-\u063f\u0641-\u064a\u066e\u066f\u0671-\u06d3\u06d5\u06ee\u06ef"
    "\u06fa-\u06fc\u06ff\u0750-\u077f\u08a0-\u08c9\ufb50-\ufdfb\ufe70-\ufefc"
)
LATIN_LETTER_CLASS = "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff"

# Maghrebi Arabic writes g and v with these letters, which the statistical
# model has rarely seen in Arabic; they are read as their base letters
# before it is asked (after the foreign-letter check).
ARABIC_VARIANT_LETTERS: dict[str, str] = {"\u06a8": "\u0642", "\u06a4": "\u0641"}  # ڨ→ق ڤ→ف

# Letters distinctive of Arabic-script languages other than Arabic/Persian.
# Keys are ISO 639 codes (documentation only: any hit means "other").
FOREIGN_ARABIC_SCRIPT_LETTERS: dict[str, str] = {
    # Urdu: tteh, ddal, rreh, noon ghunna, heh goal (+ with hamza), yeh
    # barree (+ with hamza). Heh goal alone is in almost every Urdu sentence.
    "ur": "\u0679\u0688\u0691\u06ba\u06c1\u06c2\u06c3\u06d2\u06d3",
    # Pashto: tteh with ring, dal with ring, reh with ring, reh with dot below
    # and above, sheen with dots, kaf with ring, noon with ring, yeh with two
    # dots below, yeh with tail, hah with hamza above, hah with three dots.
    "ps": "\u067c\u0689\u0693\u0696\u069a\u06ab\u06bc\u06d0\u06cd\u0681\u0685",
    # Sorani Kurdish: reh with small v below, lam with small v, oe, yeh with
    # small v. (ە U+06D5 is also frequent in Sorani but some Persian sites use
    # it for heh, so it is not counted.)
    "ckb": "\u0695\u06b5\u06c6\u06ce",
    # Sindhi: implosives, aspirates and retroflexes.
    "sd": (
        "\u067b\u0680\u067a\u067d\u067f\u0684\u0683\u0687\u068a\u068c"
        "\u068d\u068e\u068f\u0699\u06aa\u06a6\u06b3\u06b1\u06bb"
    ),
    # Uyghur: u, yu, ve (oe and yeh-two-dots are already above).
    "ug": "\u06c7\u06c8\u06cb",
    # Malay in Jawi: nga, nya, gaf with one dot, va.
    "ms": "\u06a0\u06bd\u06ac\u06cf",
}

# Letters that only Persian (among ar/fa) writes, and letters that only
# Arabic writes. Used as tie-breaking evidence when the statistical model is
# unsure (very short texts).
PERSIAN_ONLY_LETTERS = "\u067e\u0686\u0698\u06af\u06cc\u06a9\u06c0"  # پ چ ژ گ ی ک ۀ
ARABIC_ONLY_LETTERS = "\u0629\u0649\u064a\u0643\u0624\u0625"  # ة ى ي ك ؤ إ

# Minimum share of distinctive foreign letters among Arabic-script letters for
# a text to be called "other". Urdu, Pashto and Sorani texts run at 2-8 %;
# Persian or Arabic news quoting one foreign name stays far below 1 %.
FOREIGN_LETTER_MIN_SHARE = 0.01
