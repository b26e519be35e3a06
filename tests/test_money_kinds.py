"""Issue 11: what a sum is (kind), ranges and qualifiers, and which event carries it.

Sentences written for these tests, in Arabic, Persian and English.
"""

from __future__ import annotations

import pytest

from diplowatch.extract.money import find_money
from diplowatch.model import Document, Record
from diplowatch.pipeline import process
from diplowatch.text.normalize import normalize


def sums(text: str, lang: str) -> list[tuple[float, str, str | None, str | None, float | None]]:
    ntext = normalize(text).text
    return [(m.value, m.currency, m.kind, m.approx, m.upper) for m in find_money(ntext, lang)]


KINDS = [
    ("en", "They agreed to raise bilateral trade to $50 billion by 2028.", "target"),
    ("en", "They set a target of $10 billion in two-way trade.", "target"),
    ("en", "The trade volume of $50 billion by 2028 was agreed.", "target"),
    ("en", "Bilateral trade reached $20 billion last year.", "trade"),
    ("en", "Japan pledged $2 billion in loans to Vietnam.", "loan"),
    ("en", "Korea gave a $30 million grant to Laos.", "grant"),
    ("en", "Saudi investments in Egypt worth $10 billion were announced.", "investment"),
    ("en", "Japan pledged $1.5 billion in aid to Ukraine.", "pledge"),
    ("ar", "اتفقا على رفع حجم التبادل التجاري بين البلدين إلى 50 مليار دولار.", "target"),
    ("ar", "بلغ حجم التبادل التجاري بين البلدين 20 مليار دولار.", "trade"),
    ("ar", "قدمت كوريا قرضا بقيمة 150 مليار وون لفيتنام.", "loan"),
    ("ar", "قدمت السعودية منحة بقيمة 6 ملايين دولار.", "grant"),
    ("ar", "أعلنت الإمارات عن استثمارات بقيمة 5 مليارات دولار في مصر.", "investment"),
    ("ar", "قدمت اليابان مساعدات إنسانية بقيمة 10 ملايين دولار.", "pledge"),
    ("fa", "دو کشور توافق کردند حجم تجارت را به ۳۰ میلیارد دلار برسانند.", "target"),
    ("fa", "حجم مبادلات تجاری دو کشور سال گذشته به ۱۲ میلیارد دلار رسید.", "trade"),
    ("fa", "کره جنوبی ۵۰۰ میلیون یورو وام به ازبکستان اعطا کرد.", "loan"),
    ("fa", "ژاپن ۲ میلیون دلار کمک بلاعوض به افغانستان داد.", "grant"),
    ("fa", "چین ۳ میلیارد دلار در ایران سرمایه‌گذاری می‌کند.", "investment"),
    ("fa", "قطر ۵ میلیون دلار کمک بشردوستانه ارسال کرد.", "pledge"),
    # no cue word: the event decides
    ("en", "Korea will provide 10 billion won to Vietnam.", None),
]


@pytest.mark.parametrize(("lang", "text", "kind"), KINDS)
def test_kind_from_the_words_around_the_sum(lang: str, text: str, kind: str | None) -> None:
    [(_, _, got, _, _)] = sums(text, lang)
    assert got == kind


@pytest.mark.parametrize(
    ("lang", "text", "kinds"),
    [
        # each sum its own noun
        ("en", "Korea will provide a $1 billion loan and a $2 billion grant.", ["loan", "grant"]),
        ("ar", "قدمت كوريا قرضا بقيمة 500 مليون دولار ومنحة بقيمة 30 مليون دولار.", ["loan", "grant"]),
        ("fa", "کره ۵۰۰ میلیون دلار وام و ۳۰ میلیون دلار کمک بلاعوض داد.", ["loan", "grant"]),
        # from the current level to the target
        ("en", "They aim to increase trade from $2 billion to $5 billion.", ["trade", "target"]),
        ("ar", "اتفقا على زيادة حجم التجارة من 6 مليارات دولار إلى 30 مليار دولار.", ["trade", "target"]),
        ("fa", "توافق کردند حجم تجارت را از ۶ میلیارد دلار به ۳۰ میلیارد دلار افزایش دهند.", ["trade", "target"]),
    ],
)  # fmt: skip
def test_two_sums_two_kinds(lang: str, text: str, kinds: list[str]) -> None:
    assert [k for _, _, k, _, _ in sums(text, lang)] == kinds


@pytest.mark.parametrize(
    ("lang", "text", "value", "approx", "upper"),
    [
        ("en", "Japan pledged about $2 billion.", 2e9, "about", None),
        ("en", "China will invest more than $3 billion.", 3e9, "over", None),
        ("en", "Japan will lend up to 100 billion yen.", 100e9, "under", None),
        ("en", "Qatar will give between 2 and 3 billion dollars.", 2e9, None, 3e9),
        ("en", "The UAE pledged $2-3 billion.", 2e9, None, 3e9),
        ("en", "Qatar will give 200 to 300 million dollars.", 200e6, None, 300e6),
        ("ar", "قدمت السعودية مساعدات بنحو 2 مليار دولار.", 2e9, "about", None),
        ("ar", "بلغ حجم التبادل حوالي 5 مليارات دولار.", 5e9, "about", None),
        ("ar", "قدمت الصين استثمارات بأكثر من 3 مليارات دولار.", 3e9, "over", None),
        ("ar", "ستقدم اليابان قروضا تصل إلى 100 مليار ين.", 100e9, "under", None),
        ("ar", "ستقدم قطر ما بين 2 و3 مليارات دولار.", 2e9, None, 3e9),
        ("ar", "تتراوح القروض بين 200 و300 مليون دولار.", 200e6, None, 300e6),
        ("fa", "عربستان حدود ۲ میلیارد دلار کمک کرد.", 2e9, "about", None),
        ("fa", "ژاپن بیش از ۲ میلیون دلار کمک کرد.", 2e6, "over", None),
        ("fa", "ژاپن تا سقف ۱۰۰ میلیارد ین وام می‌دهد.", 100e9, "under", None),
        ("fa", "قطر بین ۲ تا ۳ میلیارد دلار کمک می‌کند.", 2e9, None, 3e9),
        ("fa", "امارات ۲ تا ۳ میلیون تومان داد.", 2e7, None, 3e7),
    ],
)
def test_ranges_and_qualifiers_keep_the_stated_value(
    lang: str, text: str, value: float, approx: str | None, upper: float | None
) -> None:
    [(got, _, _, got_approx, got_upper)] = sums(text, lang)
    assert (got, got_approx, got_upper) == (value, approx, upper)


@pytest.mark.parametrize(
    ("lang", "text", "values"),
    [
        # a list is no range, and neither is a year next to a sum
        ("en", "They gave 200 tents and 3 million dollars.", [3e6]),
        ("en", "They agreed in 2023 to 3 billion dollars.", [3e9]),
        ("fa", "تا ۲۰۳۰ ۵۰ میلیارد دلار.", [50e9]),
        ("ar", "بقيمة 1 500 000 دينار.", [1.5e6]),
        ("ar", "مليونان و500 ألف دولار.", [2.5e6]),
        ("fa", "۲ میلیون و ۲۰۰ هزار دلار.", [2.2e6]),
    ],
)
def test_numbers_side_by_side(lang: str, text: str, values: list[float]) -> None:
    assert [v for v, _, _, _, _ in sums(text, lang)] == values


def run(text: str, lang: str) -> Record:
    return process(Document(doc_id="t", text=text, lang=lang, published="2024-04-23"))


@pytest.mark.parametrize(
    ("lang", "text", "etype", "kind"),
    [
        ("en", "Japan and South Korea agreed to raise bilateral trade to $50 billion by 2028.", "AGREE", "target"),
        ("ar", "اتفقت السعودية وكوريا على رفع حجم التبادل التجاري إلى 50 مليار دولار.", "AGREE", "target"),
        ("fa", "ایران و ترکیه توافق کردند حجم تجارت را به ۳۰ میلیارد دلار برسانند.", "AGREE", "target"),
        # a trade volume in the sentence after a meeting elaborates on it
        ("en", "Egypt and Kenya held talks in Cairo. Trade between them reached $700 million.", "CONSULT", "trade"),
        ("ar", "التقى وزير الخارجية المصري نظيره الكيني في القاهرة. وبلغ حجم التبادل التجاري 700 مليون دولار.", "CONSULT", "trade"),
        ("fa", "وزیر امور خارجه ایران با همتای کنیایی خود دیدار کرد. حجم مبادلات تجاری دو کشور به ۷۰۰ میلیون دلار رسید.", "CONSULT", "trade"),
    ],
)  # fmt: skip
def test_targets_and_trade_volumes_ride_on_cooperative_events(
    lang: str, text: str, etype: str, kind: str
) -> None:
    events = [e for e in run(text, lang).events if e.amounts]
    assert [(e.type, [a.kind for a in e.amounts]) for e in events] == [(etype, [kind])]
    assert events[0].amounts[0].text and events[0].amounts[0].text in text


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Iran urged South Korea to release $7 billion in frozen assets."),
        ("ar", "طالبت إيران كوريا الجنوبية بالإفراج عن 7 مليارات دولار من أصولها المجمدة."),
        ("fa", "ایران از کره جنوبی خواست ۷ میلیارد دلار از دارایی‌های بلوکه‌شده‌اش را آزاد کند."),
        # a meeting does not carry a sum that is neither target, trade nor investment
        ("en", "Japan and Korea held talks on the $3 billion fine."),
    ],
)
def test_sums_no_event_carries(lang: str, text: str) -> None:
    assert [a for e in run(text, lang).events for a in e.amounts] == []


def test_a_sum_goes_to_the_nearest_event_that_carries_it() -> None:
    text = "Japan met Korea in Tokyo and pledged $2 billion in aid to Korea."
    events = run(text, "en").events
    carrying = {e.type for e in events if e.amounts}
    assert carrying == {"AID"}, [(e.type, e.amounts) for e in events]


def test_optional_amount_fields_only_when_stated() -> None:
    record = run("Qatar will provide between 2 and 3 billion dollars in aid to Egypt.", "en")
    amount = record.to_dict()["events"][0]["amounts"][0]
    assert amount["upper"] == 3e9 and "approx" not in amount
    record = run("Japan pledged $1.5 billion in aid to Ukraine.", "en")
    amount = record.to_dict()["events"][0]["amounts"][0]
    assert "upper" not in amount and "approx" not in amount
