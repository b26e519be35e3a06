"""Tests of language identification: ar/fa/en found, everything else "other".

All sample texts were written for these tests (short factual sentences).
"""

from __future__ import annotations

import json

import pytest

from conftest import shared_path
from cost import assert_linear, growth
from diplowatch.text.langid import detect_language
from diplowatch.text.normalize import normalize

POSITIVE = {
    "ar_long": "التقى وزير الخارجية المصري يوم الخميس في القاهرة نظيره الأردني لبحث العلاقات الثنائية. وأكد الجانبان أهمية تعزيز التعاون الاقتصادي والتجاري بين البلدين. كما ناقش الوزيران الأوضاع في المنطقة وسبل دعم الاستقرار، واتفقا على عقد اجتماع جديد في عمّان الشهر المقبل.",
    "ar_short": "وزير الخارجية يلتقي نظيره الأردني",
    "ar_short2": "توقيع اتفاقية للتعاون الاقتصادي",
    "fa_long": "وزیر امور خارجه ایران روز پنجشنبه در تهران با همتای عراقی خود دیدار و گفتگو کرد. دو طرف درباره گسترش همکاری\u200cهای اقتصادی و تجاری میان دو کشور رایزنی کردند. وزیر خارجه عراق گفت که کشورش از توسعه روابط با همسایگان استقبال می\u200cکند.",
    "fa_short": "دیدار وزیر خارجه با همتای عراقی",
    "fa_short2": "سفر رئیس\u200cجمهور به پکن",
    "fa_arabic_letters": "ديدار وزير خارجه با همتاي عراقي در تهران. دو طرف درباره گسترش همكاري هاي اقتصادي گفتگو كردند.",
    "en_long": "The foreign ministers of Egypt and Jordan met in Cairo on Thursday to discuss bilateral relations. Both sides stressed the importance of closer economic and trade cooperation, and agreed to hold another meeting in Amman next month.",
    "en_short": "Egypt and Jordan sign trade agreement",
    "en_short2": "Foreign minister visits Beijing",
}

# Languages near Arabic, Persian or English that must not pass as them.
NEGATIVE = {
    "ur": "پاکستان کے وزیر خارجہ نے جمعرات کو بیجنگ کا دورہ کیا۔ انہوں نے چینی ہم منصب سے تجارت اور سلامتی پر بات چیت کی۔ دونوں ممالک نے اقتصادی راہداری کے منصوبوں پر تعاون بڑھانے کا اعلان کیا۔",
    "ur_short": "وزیر خارجہ کا دورہ چین",
    "ps": "د افغانستان د بهرنیو چارو وزیر نن له خپل پاکستاني سیال سره په کابل کې وکتل. دواړو لوریو د سوداګرۍ او امنیت په اړه خبرې وکړې. وزیر وویل چې دوه اړخیزې اړیکې به لا پیاوړې شي.",
    "ckb": "وەزیری دەرەوەی عێراق ئەمڕۆ لە بەغدا پێشوازی لە هاوتا تورکییەکەی کرد. هەردوو لا باسیان لە بازرگانی و ئاسایشی سنوور کرد. بڕیار درا کۆبوونەوەیەکی تر لە ئەنقەرە ساز بکرێت.",
    "kmr": "Wezîrê derve yê Iraqê îro li Bexdayê hevpîşeyê xwe yê Tirk pêşwazî kir. Herdu aliyan li ser bazirganî û ewlehiya sînor axivîn. Hat biryardan ku civîneke din li Enqereyê were lidarxistin.",
    "tr": "Dışişleri Bakanı bugün Bağdat'ta Iraklı mevkidaşıyla bir araya geldi. İki bakan ticaret ve sınır güvenliği konularını görüştü. Bir sonraki toplantının Ankara'da yapılması kararlaştırıldı.",
    "fr": "Le ministre des Affaires étrangères s'est rendu jeudi à Bagdad pour rencontrer son homologue irakien. Les deux responsables ont évoqué le commerce et la sécurité des frontières, et prévoient une nouvelle réunion le mois prochain.",
    "de": "Der Außenminister traf am Donnerstag in Bagdad seinen irakischen Amtskollegen. Beide sprachen über Handel und die Sicherheit der Grenzen.",
    "es": "El ministro de Asuntos Exteriores se reunió el jueves en Bagdad con su homólogo iraquí. Ambos hablaron del comercio y de la seguridad de las fronteras.",
    "id": "Menteri Luar Negeri bertemu dengan mitranya dari Irak di Bagdad pada hari Kamis. Keduanya membahas perdagangan dan keamanan perbatasan.",
    "ru": "Министр иностранных дел встретился в четверг в Багдаде со своим иракским коллегой.",
    "he": "שר החוץ נפגש ביום חמישי בבגדד עם עמיתו העיראקי.",
}


@pytest.mark.parametrize("key", sorted(POSITIVE))
def test_target_languages_long_and_short(key: str) -> None:
    assert detect_language(POSITIVE[key]) == key.split("_")[0]


@pytest.mark.parametrize("key", sorted(NEGATIVE))
def test_other_languages_are_other(key: str) -> None:
    assert detect_language(NEGATIVE[key]) == "other"


@pytest.mark.parametrize("key", sorted(POSITIVE))
def test_still_works_on_normalised_text(key: str) -> None:
    assert detect_language(normalize(POSITIVE[key]).text) == key.split("_")[0]


@pytest.mark.parametrize("key", ["ur", "ps", "ckb"])
def test_foreign_arabic_script_stays_other_after_normalisation(key: str) -> None:
    assert detect_language(normalize(NEGATIVE[key]).text) == "other"


@pytest.mark.parametrize(
    "text",
    [
        "",
        " ",
        "a",
        "ب",
        "12345",
        "۱۴۰۱/۰۸/۰۳",
        "https://example.org/news/item?id=1",
        "<p></p>",
        "...!?",
    ],
)
def test_nothing_to_go_on_is_other(text: str) -> None:
    assert detect_language(text) == "other"


def test_mixed_script_majority_decides() -> None:
    arabic_with_names = POSITIVE["ar_long"] + " (Ahmed Safadi, Sameh Shoukry)"
    assert detect_language(arabic_with_names) == "ar"
    english_with_quote = POSITIVE["en_long"] + " The banner read «مرحبا»."
    assert detect_language(english_with_quote) == "en"


def test_markup_urls_and_code_are_ignored() -> None:
    noise = (
        '<div class="x"><a href="https://news.example.com/a/b">link</a></div>'
        " .box_vote { background: #FFFFFF; border: solid 1px #ccc; } initGallery({items:[]})"
    )
    assert detect_language(noise + POSITIVE["fa_long"]) == "fa"
    assert detect_language(noise + POSITIVE["ar_short"] + " " + POSITIVE["ar_long"]) == "ar"


def test_maghrebi_letters_stay_arabic() -> None:
    assert detect_language("مهرجان الڨصرين يفتتح دورته الجديدة بمشاركة فرق من الجزائر") == "ar"
    assert detect_language("ڤيديو: وزير الخارجية في ڤيينا") == "ar"


def test_persian_after_an_arabic_formula_is_persian() -> None:
    text = "بِسْمِ اللَّهِ الرَّحْمَنِ الرَّحِيمِ. " + POSITIVE["fa_long"]
    assert detect_language(text) == "fa"


@pytest.mark.parametrize(
    "junk",
    [
        "{" * 100_000,
        "<" * 100_000,
        "a" * 100_000,
        "aB_" * 30_000,
        "ب" * 100_000,
        "\u064b" * 100_000,
    ],
    ids=["braces", "angles", "letters", "identifiers", "arabic-run", "marks"],
)
def test_junk_is_other_and_linear(junk: str) -> None:
    assert detect_language(junk) == "other"
    assert_linear(detect_language, junk[: len(junk) // 10], junk, 10)


def test_persian_outweighs_one_foreign_name() -> None:
    # A Pashto letter in a quoted place name must not turn Persian into "other".
    text = POSITIVE["fa_long"] + " او سپس به ننګرهار رفت."
    assert detect_language(text) == "fa"


def test_only_the_start_of_a_huge_text_is_read() -> None:
    big = POSITIVE["en_long"] + " " + "x" * 500_000
    huge = POSITIVE["en_long"] + " " + "x" * 5_000_000
    assert detect_language(huge) == "en"
    # Ten times the text, about the same cost: the tail is never read.
    assert growth(detect_language, big, huge) < 3


def test_every_dev_document_gets_its_language() -> None:
    path = shared_path("data", "dev", "docs.jsonl")
    wrong = []
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            doc = json.loads(line)
            got = detect_language(doc["text"])
            if got != doc["lang"]:
                wrong.append((doc["id"], doc["lang"], got))
    assert wrong == []


def test_english_function_words_decide_without_the_large_models() -> None:
    from diplowatch.text import langid

    before = langid._latin_detector.cache_info().currsize
    assert (
        detect_language("The ministers of the two countries met in Seoul and agreed on it.") == "en"
    )
    assert langid._latin_detector.cache_info().currsize == before  # no model was needed
    # French with a few shared words still goes to the model and is "other".
    assert (
        detect_language("Les ministres des deux pays se sont réunis à Séoul mardi dernier.")
        == "other"
    )
