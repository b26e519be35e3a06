"""Script and letter facts used by language identification.

Lingua knows Arabic, Persian and Urdu but not Pashto, Sorani Kurdish, Sindhi,
Uyghur or Jawi, which it would happily call Persian or Arabic. Those languages
write letters that standard Arabic and Persian never use, so the share of such
letters in a text is strong evidence that it is neither. Each entry lists only
letters that are *distinctive*: letters shared with Arabic or Persian (پ چ ژ گ
ی ک, ھ, ە used as a heh variant by some Persian sites) are left out on purpose.
"""

from __future__ import annotations

# Code point ranges (inclusive) of the Arabic script blocks: Arabic,
# Arabic Supplement, Arabic Extended-A, Presentation Forms A and B.
ARABIC_SCRIPT_RANGES: tuple[tuple[int, int], ...] = (
    (0x0600, 0x06FF),
    (0x0750, 0x077F),
    (0x08A0, 0x08FF),
    (0xFB50, 0xFDFF),
    (0xFE70, 0xFEFF),
)

# Letters distinctive of Arabic-script languages other than Arabic/Persian.
# Keys are ISO 639 codes (documentation only: any hit means "other").
FOREIGN_ARABIC_SCRIPT_LETTERS: dict[str, str] = {
    # Urdu: tteh, ddal, rreh, noon ghunna, yeh barree (+ with hamza).
    "ur": "\u0679\u0688\u0691\u06ba\u06d2\u06d3",
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
