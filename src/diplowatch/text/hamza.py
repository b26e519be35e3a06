"""Whether a written word holds a hamza inside it (stab67ar).

Normalising folds every alif with a hamza into a bare alif; the letters it
folds and the article before which a hamza still opens its word are
language data, given by the caller (``extract/hamza_places.py`` reads the
text, ``extract/lexicon.py`` the listed place names).
"""

from __future__ import annotations


def medial_hamza(written: str, seats: str, articles: tuple[str, ...]) -> bool:
    """Whether ``written`` holds a hamza seat inside one of its words: after
    the first letter, a leading article counted as no letter (``articles``,
    longest first: "لل" of "للأردن", "ال"; and the "ل" an article leaves
    when the clitic "ل" contracts it, "لأحساء" of "للأحساء")."""
    for word in written.split():
        lead = next((a for a in articles if a and word.startswith(a)), "")
        if any(c in seats for c in word[len(lead) + 1 :]):
            return True
    return False
