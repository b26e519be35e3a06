"""Exact and near-duplicate detection on pairs built here."""

from __future__ import annotations

from pathlib import Path

from diplowatch.ingest import iter_documents
from diplowatch.ingest.dedup import Duplicates
from diplowatch.model import Duplicate
from diplowatch.problems import ProblemReporter

EN = (
    "The foreign ministers of Argentina and Indonesia met in Jakarta on Thursday to discuss trade in "
    "agricultural goods, investment in lithium mining and a direct shipping route between the two countries. "
    "Officials said a memorandum on cooperation in renewable energy would be signed before the end of the year, "
    "and that a joint commission would meet in Buenos Aires in the spring to review progress on the projects."
)
AR = (
    "بحث وزير الخارجية السعودي مع نظيره الياباني في طوكيو يوم الخميس سبل تعزيز التعاون في مجالات الطاقة "
    "المتجددة والتقنية والاستثمار، واتفق الجانبان على عقد اجتماع للجنة المشتركة في الرياض خلال الربع الأول "
    "من العام المقبل لمتابعة تنفيذ المشاريع المتفق عليها وتوسيع التبادل التجاري بين البلدين."
)
FA = (
    "وزیر امور خارجه ترکیه در سفر به باکو با رئیس جمهور آذربایجان دیدار کرد و دو طرف درباره گسترش همکاری‌های "
    "انرژی، حمل‌ونقل و تجارت گفت‌وگو کردند. در این دیدار بر اجرای طرح خط لوله جدید و افزایش پروازهای مستقیم "
    "میان دو کشور تأکید شد و قرار است کمیسیون مشترک اقتصادی ماه آینده در آنکارا تشکیل جلسه دهد."
)
OTHER_EN = (
    "Kenya and Tanzania agreed on Monday to remove several non-tariff barriers at their shared border posts, "
    "the trade ministers of the two countries said after talks in Arusha. The ministers also agreed to set up "
    "a joint committee on cross-border electricity trade and to harmonise standards for agricultural exports."
)


def check_pair(a: str, b: str) -> tuple[str, str] | None:
    index = Duplicates()
    assert index.check("first", a) is None
    return index.check("second", b)


def test_exact_duplicates_ignore_case_spacing_and_letter_variants() -> None:
    assert check_pair(EN, "  " + EN.upper().replace(" ", "   ")) == ("exact", "first")
    assert check_pair(FA, FA.replace("ی", "ي").replace("ک", "ك")) == ("exact", "first")


def test_near_duplicates_republished_copies() -> None:
    assert check_pair(EN, "JAKARTA (Wire) - " + EN) == ("near", "first")  # dateline added
    assert check_pair(AR, AR.replace("يوم الخميس", "الخميس الماضي")) == (
        "near",
        "first",
    )  # small edit
    assert check_pair(FA, FA + " این سفر دو روز طول خواهد کشید.") == (
        "near",
        "first",
    )  # sentence added


def test_different_articles_are_not_duplicates() -> None:
    assert check_pair(EN, OTHER_EN) is None
    # The same lead sentence followed by a different story.
    lead = EN.split(". ")[0] + ". "
    assert check_pair(EN, lead + OTHER_EN) is None
    assert check_pair(AR, FA) is None


def test_short_texts_only_get_exact_matching() -> None:
    assert check_pair("Talks resumed.", "Talks resumed today.") is None
    assert check_pair("Talks resumed.", "talks  resumed") == ("exact", "first")


def test_pipeline_marks_duplicates_and_keep_duplicates(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(EN, encoding="utf-8")
    (tmp_path / "b.txt").write_text(EN + "\n", encoding="utf-8")
    (tmp_path / "c.txt").write_text("JAKARTA (Wire) - " + EN, encoding="utf-8")
    (tmp_path / "d.txt").write_text(OTHER_EN, encoding="utf-8")
    docs = list(iter_documents([str(tmp_path)], ProblemReporter(stream=None)))
    by_id = {d.doc_id: d for d in docs}
    assert by_id["a"].duplicate is None and by_id["d"].duplicate is None
    assert (by_id["b"].duplicate, by_id["b"].skip_extraction) == (Duplicate("a", "exact"), True)
    assert (by_id["c"].duplicate, by_id["c"].skip_extraction) == (Duplicate("a", "near"), True)
    assert not any(k.startswith(("duplicate", "skip")) for d in docs for k in d.meta)
    kept = list(iter_documents([str(tmp_path)], ProblemReporter(stream=None), keep_duplicates=True))
    flagged = [d for d in kept if d.duplicate is not None]
    assert len(flagged) == 2 and not any(d.skip_extraction for d in kept)


def test_chunked_content_hash_equals_whole_text_hash(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from diplowatch.ingest import dedup

    whole = {t: dedup.content_hash(t) for t in (EN, AR, FA, EN + "\n" + FA)}
    monkeypatch.setattr(dedup, "_HASH_CHUNK", 5)  # force many chunk cuts
    for text, digest in whole.items():
        assert dedup.content_hash(text) == digest
