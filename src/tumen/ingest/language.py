"""Language identification restricted to the languages documentation work meets.

py3langid ships its small model inside the package: nothing is downloaded. The list
can be changed with ``TUMEN_LANGUAGES=en,ko,zh``.
"""

from __future__ import annotations

import os
from functools import cache
from typing import Any

DEFAULT_LANGUAGES = ("en", "ko", "zh", "ja", "ru", "fr", "de", "es")
MIN_LETTERS = 20
MIN_CONFIDENCE = 0.8


def languages() -> tuple[str, ...]:
    env = os.environ.get("TUMEN_LANGUAGES")
    if env:
        return tuple(code.strip().lower() for code in env.split(",") if code.strip())
    return DEFAULT_LANGUAGES


@cache
def _identifier(langs: tuple[str, ...]) -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages(list(langs))
    return identifier


def detect(text: str) -> str | None:
    """The ISO 639-1 code of ``text``'s language, or None when too short or unsure."""
    sample = text[:5000]
    if sum(ch.isalpha() for ch in sample) < MIN_LETTERS:
        return None
    code, confidence = _identifier(languages()).classify(sample)
    return str(code) if confidence >= MIN_CONFIDENCE else None
