"""Crawl-residue removal: what goes, what must stay."""

from __future__ import annotations

import json

import pytest

from conftest import shared_path
from diplowatch.ingest.boilerplate import clean_text, is_boilerplate, source_value

DROPPED = [
    "موضوعات ذات صلة",
    "ابق على اتصال",
    "احصل على النشرة الإخبارية",
    "تعليق (0)",
    "التعليقات (12)",
    "اقرأ أيضاً: قمة جديدة في الرياض",
    "// انتهى //",
    "فيسبوك تويتر واتساب",
    "© 2024 جميع الحقوق محفوظة لموقع تجريبي",
    "يستخدم هذا الموقع ملفات تعريف الارتباط لتحسين تجربتك.",
    "مهمترین اخبار ایران و جهان",
    "مهم‌ترین اخبار ایران و جهان",
    "اخبار مرتبط",
    "نسخه چاپی",
    "کد خبر: ۱۲۳۴",
    "انتهای پیام/",
    "بیشتر بخوانید: دیدار دو وزیر",
    "ما را در اینستاگرام دنبال کنید",
    "کلیه حقوق این وب‌سایت محفوظ است.",
    "Go Top",
    "Back to top",
    "Share this article",
    "Facebook | Twitter | WhatsApp | Email",
    "Comments (0)",
    "This website uses cookies to improve your experience.",
    "We use cookies to personalise content and ads.",
    "Read more: Ministers meet in Geneva",
    "Subscribe to our newsletter",
    "Copyright 2024 Example Media. All rights reserved.",
    "•••",
]

KEPT = [
    # Real sentences that start like, or contain, widget words.
    "اشترك في الاجتماع وزراء خارجية الدول العربية وممثلون عن الأمم المتحدة.",
    "شارك الرئيس في القمة التي عقدت في الدوحة يوم الاثنين.",
    "وقال المتحدث إن التعليقات الأخيرة للوزير أثارت جدلاً واسعاً.",
    "کلیه حقوق بازنشستگان از ماه آینده افزایش می‌یابد.",
    "ارسال کمک‌های انسانی به غزه از سر گرفته شد.",
    "بیشتر کشورهای عضو با این طرح موافقت کردند.",
    "Share prices rose after the two governments signed the agreement.",
    "The minister said the website of the embassy was hacked last week.",
    "Read the full statement of the foreign ministry below.",
    "Twitter was blocked in the country for two days after the vote.",
    "Comments by the ambassador drew a sharp response from Ankara.",
    "Source of the dispute is a 1974 border agreement, officials said.",
    "الرئيسية",  # dropped on purpose: a lone menu word (check the list below)
]


@pytest.mark.parametrize("line", DROPPED)
def test_widget_lines_are_dropped(line: str) -> None:
    assert is_boilerplate(line)


@pytest.mark.parametrize("line", KEPT[:-1])
def test_real_sentences_are_kept(line: str) -> None:
    assert not is_boilerplate(line)
    assert source_value(line) is None


def test_source_lines_become_metadata() -> None:
    assert source_value("المصدر: وكالة الأنباء التجريبية") == "وكالة الأنباء التجريبية"
    assert source_value("منبع : خبرگزاری آزمایشی") == "خبرگزاری آزمایشی"
    assert (
        source_value("Source: https://wire.example.invalid/story/1")
        == "https://wire.example.invalid/story/1"
    )
    assert (
        source_value("منبع تصویر، Example Images") is None
    )  # a photo credit, not the article source


def test_clean_text_keeps_kept_lines_byte_for_byte() -> None:
    text = "First line of the story.\r\nGo Top\r\nSecond line, with  two spaces.\r\nSource: Example Wire\r\n"
    cleaned = clean_text(text)
    assert cleaned.text == "First line of the story.\r\nSecond line, with  two spaces.\r\n"
    assert cleaned.dropped == ["Go Top"]
    assert cleaned.sources == ["Example Wire"]
    untouched = "No widget here.\nNone at all."
    assert clean_text(untouched).text == untouched


def test_on_the_shared_corpus_only_short_lines_are_dropped() -> None:
    path = shared_path("data", "corpus", "news.jsonl")
    total = dropped = 0
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            text = json.loads(line)["text"]
            total += text.count("\n") + 1
            for removed in clean_text(text).dropped:
                dropped += 1
                # Every removed line is a label or a one-line teaser, never a paragraph.
                assert len(removed.split()) <= 20, removed
    assert dropped < total * 0.01
