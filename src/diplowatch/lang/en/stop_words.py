"""English function words: frequent in any English sentence, rare as whole
words in the other Latin-script languages we meet, so a text dense in them is
English without asking a statistical model."""

# fmt: off
STOP_WORDS: frozenset[str] = frozenset((
    "the", "of", "and", "to", "in", "is", "was", "for", "on", "that", "with", "as", "by",
    "at", "from", "his", "her", "their", "its", "this", "have", "has", "had", "been", "were",
    "are", "will", "would", "said", "says", "which", "who", "after", "over", "about",
    "between", "two", "also", "they", "it", "he", "she", "than", "but", "not",
))
# fmt: on
