"""The contract between stages: duplicates and annotations are fields, and every
output spells them as the flat keys it always had."""

from __future__ import annotations

from diplowatch.model import Document, Duplicate, Record

NOTE = {"start": 0, "end": 5, "kind": "actor", "label": "KOR"}


def duplicate_record() -> Record:
    return Record(
        "b~2",
        "en",
        None,
        note="duplicate of a; not extracted again",
        meta={"encoding": "utf-8", "original_id": "b"},
        duplicate=Duplicate("a", "exact"),
        annotations=[dict(NOTE)],
        annotations_dropped=4,
    )


def test_output_record_keeps_its_flat_keys_in_their_order() -> None:
    out = duplicate_record().to_dict()
    assert out == {
        "doc_id": "b~2",
        "lang": "en",
        "published": None,
        "events": [],
        "note": "duplicate of a; not extracted again",
        "encoding": "utf-8",
        "original_id": "b",
        "duplicate_of": "a",
        "duplicate_kind": "exact",
        "annotations": [NOTE],
        "annotations_dropped": 4,
    }
    assert list(out)[-4:] == [
        "duplicate_of",
        "duplicate_kind",
        "annotations",
        "annotations_dropped",
    ]


def test_empty_marks_are_left_out_and_meta_never_replaces_a_field() -> None:
    record = Record("x", "fa", "2024-01-02", meta={"note": "forged", "events": "forged", "k": 1})
    assert record.to_dict() == {
        "doc_id": "x",
        "lang": "fa",
        "published": "2024-01-02",
        "events": [],
        "k": 1,
    }


def test_output_is_a_copy() -> None:
    record = duplicate_record()
    record.to_dict()["annotations"][0]["start"] = 99
    assert record.annotations[0]["start"] == 0


def test_a_record_read_back_has_its_fields() -> None:
    record = duplicate_record()
    assert Record.from_dict(record.to_dict()) == record


def test_document_marks_round_trip_through_the_flat_layout() -> None:
    doc = Document(
        "b",
        "text",
        meta={"encoding": "utf-8"},
        duplicate=Duplicate("a", "near", 0.82),
        skip_extraction=True,
    )
    flat = doc.flat_meta()
    assert flat == {
        "encoding": "utf-8",
        "duplicate_of": "a",
        "duplicate_kind": "near",
        "duplicate_similarity": 0.82,
        "skip_extraction": True,
    }
    back = Document("b", "text", meta=flat)
    back.take_flat_meta()
    assert back == doc


def test_old_flat_layout_without_kind_or_a_number() -> None:
    meta = {"duplicate_of": "a", "duplicate_similarity": "high", "x": 1}
    assert Duplicate.take(meta) == Duplicate("a", "", None)
    assert meta == {"x": 1}
    assert Duplicate.take({"duplicate_kind": "exact"}) is None
    assert Duplicate("a", "").keys() == {"duplicate_of": "a"}
