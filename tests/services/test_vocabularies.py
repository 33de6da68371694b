"""One home for each vocabulary: core holds the words, kb and mapping keep their old names."""

from __future__ import annotations

from desktop.core import kb_vocab, vocab
from desktop.services import kb
from desktop.services.vocabularies import import_preset_labels
from desktop.sheets import mapping


def test_preset_labels_follow_the_presets_in_order() -> None:
    labels = import_preset_labels()
    assert list(labels) == [preset.name for preset in mapping.PRESETS]
    assert all(label for label in labels.values())


def test_kb_and_mapping_names_are_the_core_vocabularies() -> None:
    assert kb.STATUS_LABELS is kb_vocab.STATUS_LABELS
    assert kb.KIND_LABELS is kb_vocab.KIND_LABELS
    assert mapping.FIELD_LABELS is vocab.IMPORT_FIELD_LABELS


def test_every_import_field_has_a_label() -> None:
    assert set(mapping.FIELDS) == set(vocab.IMPORT_FIELD_LABELS)
