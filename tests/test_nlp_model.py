"""The English pipeline installs from the package index, offline, with the pinned weights."""

from __future__ import annotations

from tumen.extract import nlp


def test_the_pinned_model_files_have_the_recorded_hashes() -> None:
    name, folder = nlp.model_dir()
    assert name in nlp.MODEL_PACKAGES
    assert nlp.verify_model() == []
    expected = nlp.expected_hashes()
    if name == expected["package"]:
        assert len(expected["files"]) >= 20
        assert "ner/model" in expected["files"] and (folder / "ner" / "model").is_file()


def test_the_pipeline_loads_offline_and_finds_names() -> None:
    pipeline = nlp.english()
    assert pipeline.meta["version"] == "3.8.0"
    assert "senter" not in pipeline.pipe_names
    assert {"parser", "ner", "lemmatizer"} <= set(pipeline.pipe_names)
    doc = pipeline("Lee Soo-min said her son was returned to North Korea.")
    assert ("North Korea", "GPE") in {(e.text, e.label_) for e in doc.ents}
    assert nlp.english() is pipeline  # loaded once per process
