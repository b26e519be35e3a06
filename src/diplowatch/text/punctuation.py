"""The punctuation that ends a clause, a title or a token, in one place.

Several extraction steps stop a scan at a comma or a clause break; when each
spelled its own set they drifted apart (one forgot the Arabic comma, another
the brackets). The sets are written once here, in the lowest layer that needs
them, and the ones that truly differ are named derivations of the shared ones.
Each is a string when its order is read (``str.find`` per character, in turn)
and a frozenset when only membership is.
"""

from __future__ import annotations

#: The Latin and the Arabic comma, in that order (Persian writes the Arabic one).
COMMAS = ",\u060c"

#: The Latin and the Arabic semicolon.
SEMICOLONS = ";\u061b"

#: Characters that close a clause ("according to X, …"): commas, semicolons,
#: a colon, brackets and a line end. A source cue, an addressee or a clause's
#: participants are read no further than the first of them.
CLAUSE_BREAKS = frozenset(COMMAS + SEMICOLONS + ":()[]\n")

#: Punctuation between a title and a country word that ends the title's phrase:
#: the clause breaks without square brackets (an editor's insertion reads on).
TITLE_BREAKS = CLAUSE_BREAKS - frozenset("[]")

#: What ends a name's phrase: a title's breaks but the commas, since a name is
#: often set off by commas from the country it belongs to.
NAME_BREAKS = TITLE_BREAKS - frozenset(COMMAS)

#: Where a long sentence may be cut in pieces: after a comma or a semicolon.
SOFT_BREAKS = COMMAS + SEMICOLONS

#: Marks that end a phrase when glued to its last word ("السابق،", "former)"):
#: the soft breaks, a colon, the Latin ends of a sentence and closing brackets
#: and quotes (``extract/titles``).
GLUED_PHRASE_ENDS = SOFT_BREAKS + ':.!?)"\u00bb'

#: The marks that end a sentence (Latin and Arabic question mark): a clause
#: read back from a trigger stops at the sentence before it.
SENTENCE_STOPS = frozenset(".!?\u061f")

#: Marks between a verb and a noun that put the noun in another clause or
#: sentence (``extract/licensed.py``): the soft breaks, a colon and the ends
#: of a sentence.
PHRASE_BREAK_MARKS = frozenset(SOFT_BREAKS + ":.!?\u061f")

#: Marks that end a clause a comma does not: the ends of a sentence, the
#: Arabic semicolon and a colon (``extract/commented``,
#: ``extract/alleged_stance``: a deed and the words about it stand in one).
CLAUSE_END_MARKS = frozenset(".!?\u061f\u061b:")

#: Percent signs, Latin and Arabic: a number with one is a share, no count
#: of people ("40% من").
PERCENT_SIGNS = "%\u066a"

#: Punctuation stripped from the edges of a number's token ("(12", "5،").
EDGE_PUNCT = "()[]\u00ab\u00bb\"'" + COMMAS + ":;.!?\u061f"

#: Quotation marks and commas stripped from a word's edges before it is
#: looked up ("«دعوة»", "قبوله،": ``extract/invitations.invited_last``).
WORD_EDGE_MARKS = "\u00ab\u00bb\"'" + COMMAS

#: Opening quotation marks and the mark that closes each: a title or a name
#: in quotes ("«…»", "“…”", "\"…\"") is read as one span (``extract/nonevents.in_title``).
QUOTE_PAIRS = {"\u00ab": "\u00bb", "\u201c": "\u201d", '"': '"', "\u2018": "\u2019", "'": "'"}

#: What ends the clause of a fixed formula or a named outlet, quotes included
#: (``extract/courtesy``, ``extract/press_talks``): the clause breaks, the
#: ends of a sentence, the Arabic semicolon, guillemets and a straight quote.
QUOTED_CLAUSE_BREAKS = CLAUSE_BREAKS | SENTENCE_STOPS | frozenset('\u061b:\u00ab\u00bb"')

#: A slash between words ("… استفاده کنیم/ آمریکا …") sets two clauses side
#: by side; inside a token ("۱۴۰۰/۰۶/۳۱") it writes a date (``extract/obliged_clause``).
CLAUSE_SLASH = "/"

#: What ends a sentence for a span read on from a word (``extract/mention_scan``,
#: ``extract/armed_protest``): the sentence stops and a line end.
SENTENCE_ENDS = SENTENCE_STOPS | frozenset("\n")

#: What ends a sentence for a word read back across it (``extract/this_country``):
#: the sentence stops, a line end and a colon.
SENTENCE_ENDS_OR_COLON = SENTENCE_ENDS | frozenset(":")

#: What may stand right before a word that opens its clause
#: (``extract/countries``: a title with only these before it is the clause's
#: subject): the ends of a sentence, a line end, a colon, the Arabic
#: semicolon and an opening quote. Not a comma: what follows one is an
#: apposition or comes after an adverbial.
CLAUSE_OPENING_MARKS = SENTENCE_ENDS_OR_COLON | frozenset('\u061b\u00ab"')
