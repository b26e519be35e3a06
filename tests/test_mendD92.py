"""Officials "in" a place take its country only when nothing says otherwise (mendD92).

agentsar91 gave officials of no country written right before "in <place>"
the place's country (``participants._Sentence._placed_right_after``). The
review of round 91 found four ways it misreads, mended here:

- speakers of a deed done to that country ("officials in Lebanon said jets
  struck Beirut") took the struck place's slot (``_speakers_of``, data
  ``PLACED_SPEECH`` in ar and en);
- "foreign" with their noun says they are not the place's (``FOREIGN_WORDS``);
- Arabic clitics glued to a post held abroad ("وللسفراء") hid it from
  ``ABROAD_POSTS`` (now generated with every noun prefix of ``affixes``);
- seats of international bodies (``IGO_SEATS``: Geneva, Vienna, Brussels,
  New York; ar and en) give officials there no country.

F10: a bloc word with no title heading a party, or English naming the bloc
after the party ("the Labour Party's parliamentary bloc"), makes it LEG
(``mention_scan.bloc_named``). Sentences written for these tests.
"""

from __future__ import annotations

from casts import casts_in_order


def test_english_speakers_of_a_strike_are_not_its_victims() -> None:
    # main: [["ISR:MIL", "LBN:GOV"]] (the speakers became the target)
    text = "Security officials in Lebanon said Israeli jets struck Beirut."
    assert casts_in_order(text, "en", "ASSAULT") == [["ISR:MIL", "LBN:"]]


def test_speakers_of_their_own_deed_keep_the_place() -> None:
    # guards: main reads these so, and so must the mend
    own = "Officials in Iraq said they met Iranian envoys."
    assert casts_in_order(own, "en", "CONSULT") == [["IRQ:GOV", "IRN:GOV"]]
    arabic = "قال مسؤولون أمنيون في لبنان إن طائرات إسرائيلية قصفت بيروت."
    assert casts_in_order(arabic, "ar", "ASSAULT") == [["ISR:MIL", "LBN:"]]
    # Persian keeps main's reading (no PLACED_SPEECH: a codeless speaker
    # there takes the doer's slot, worse)
    persian = "مقامات در لبنان گفتند جنگنده های اسرائیلی بیروت را بمباران کردند."
    assert casts_in_order(persian, "fa", "ASSAULT") == [["ISR:MIL", "LBN:GOV"]]


def test_english_foreign_officials_are_not_the_places() -> None:
    # main: [["AFG:GOV", "AFG:REB"]]
    text = "Foreign officials in Kabul held talks with the Taliban."
    assert casts_in_order(text, "en", "CONSULT") == [["-:GOV", "AFG:REB"]]


def test_officials_in_a_place_and_foreign_ministry_officials() -> None:
    # guards: main reads these so, and so must the mend
    for text, lang in (
        ("Officials in Baghdad met the Iranian foreign minister.", "en"),
        ("Foreign Ministry officials in Baghdad met the Iranian foreign minister.", "en"),
        ("التقى مسؤولون في بغداد وزير الخارجية الإيراني.", "ar"),
        ("مقامات در بغداد با وزیر خارجه ایران دیدار کردند.", "fa"),
    ):
        assert casts_in_order(text, lang, "CONSULT") == [["IRQ:GOV", "IRN:GOV"]], text


def test_arabic_posts_abroad_with_a_clitic() -> None:
    # main: [["FRA:GOV", "IRN:GOV"]] (the "و" hid the diplomats)
    text = "التقى والدبلوماسيون في باريس وزير الخارجية الإيراني."
    assert casts_in_order(text, "ar", "CONSULT") == [["-:GOV", "IRN:GOV"]]
    # guard: without a clitic main already reads it so
    bare = "التقى الدبلوماسيون في باريس وزير الخارجية الإيراني."
    assert casts_in_order(bare, "ar", "CONSULT") == [["-:GOV", "IRN:GOV"]]


def test_officials_at_a_seat_of_international_bodies() -> None:
    # main: [["AUT:GOV", "IRN:"]] and [["CHE:GOV", "IRN:"]]
    english = "Officials in Vienna welcomed Iran's decision."
    assert casts_in_order(english, "en", "SUPPORT") == [["-:GOV", "IRN:"]]
    arabic = "رحب مسؤولون في جنيف بقرار إيران."
    assert casts_in_order(arabic, "ar", "SUPPORT") == [["-:GOV", "IRN:"]]


def test_officials_in_another_capital_keep_its_country() -> None:
    # guards: main reads these so, and so must the mend; Persian has no
    # seat list (a codeless official there takes Iran's code: worse)
    assert casts_in_order("Officials in Paris welcomed Iran's decision.", "en", "SUPPORT") == [
        ["FRA:GOV", "IRN:"]
    ]
    assert casts_in_order("رحب مسؤولون في باريس بقرار إيران.", "ar", "SUPPORT") == [
        ["FRA:GOV", "IRN:"]
    ]
    persian = "مقامات در ژنو از تصمیم ایران استقبال کردند."
    assert casts_in_order(persian, "fa", "SUPPORT") == [["CHE:GOV", "IRN:"]]


# F10: a bloc word with no title before the party ("كتلة حزب الدعوة") or,
# in English, the bloc named after it ("the Labour Party's parliamentary
# bloc") makes the party's mention the legislature's
# (``mention_scan.bloc_named``, ``BLOC_AFTER``).


def test_arabic_bloc_of_a_party_with_no_title() -> None:
    # main: [["TUN:PTY", "ISR:"]]
    text = "أعلنت كتلة حركة النهضة رفضها للاتفاق مع إسرائيل."
    assert casts_in_order(text, "ar", "REJECT") == [["TUN:LEG", "ISR:"]]


def test_english_bloc_named_after_the_party() -> None:
    # main: [["GBR:PTY", "ISR:"]] and [["TUN:PTY", "TUN:LEG"]]
    text = "The Labour Party's parliamentary bloc condemned Israel."
    assert casts_in_order(text, "en", "ACCUSE") == [["GBR:LEG", "ISR:"]]
    group = "The Ennahda party's parliamentary group criticised the government."
    assert casts_in_order(group, "en", "ACCUSE")[0][0] == "TUN:LEG"


def test_parties_with_no_bloc_stay_parties() -> None:
    # guards: main reads these so, and so must the mend
    assert casts_in_order("The Labour Party condemned Israel.", "en", "ACCUSE") == [
        ["GBR:PTY", "ISR:"]
    ]
    assert casts_in_order("The Fatah faction condemned Israel.", "en", "ACCUSE") == [
        ["PSE:PTY", "ISR:"]
    ]
    arabic = "أعلنت حركة النهضة رفضها للاتفاق مع إسرائيل."
    assert casts_in_order(arabic, "ar", "REJECT") == [["TUN:PTY", "ISR:"]]
    persian = "حزب النهضه از دولت انتقاد کرد."
    assert casts_in_order(persian, "fa", "ACCUSE") == [["TUN:PTY", "TUN:GOV"]]
    # Persian names the bloc by a legislators' noun already (agentsar91)
    bloc = "فراکسیون حزب النهضه از دولت انتقاد کرد."
    assert casts_in_order(bloc, "fa", "ACCUSE") == [["TUN:LEG", "TUN:GOV"]]
