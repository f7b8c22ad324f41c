"""Language identification restricted to the languages documentation work meets.

py3langid ships its small model inside the package: nothing is downloaded. The list
can be changed with ``TUMEN_LANGUAGES=en,ko,zh``.
"""

from __future__ import annotations

import logging
import os
from array import array
from functools import cache
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tumen.config import cache_dir

if TYPE_CHECKING:
    import numpy as np

log = logging.getLogger(__name__)

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
    """py3langid's identifier restricted to ``langs``. Its model ships LZMA-compressed and takes half a second
    to unpack, so the restricted model is kept unpacked in the cache (:func:`tumen.config.cache_dir`) and read
    from there by later processes."""
    import numpy as np
    from py3langid.langid import LanguageIdentifier

    path = _cached_model_path(langs)
    try:
        with np.load(path, allow_pickle=False) as data:
            identifier = LanguageIdentifier(
                data["ptc"], data["pc"], data["classes"].tolist(), _uint_array(data["nextmove"]),
                data["out_feat"].tolist(), norm_probs=True, tk_row=_uint_array(data["row"]),
            )  # fmt: skip
    except (OSError, KeyError, ValueError):
        identifier = _unpacked(langs)
        _keep(identifier, path)
    identifier.set_languages(list(langs))
    return identifier


def _unpacked(langs: tuple[str, ...]) -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages(list(langs))
    return identifier


def _cached_model_path(langs: tuple[str, ...]) -> Path:
    try:
        version = metadata.version("py3langid")
    except metadata.PackageNotFoundError:
        version = "unknown"
    return cache_dir() / f"langid-{version}-{'-'.join(langs)}.npz"


def _uint_array(values: np.ndarray) -> array[int]:
    """A NumPy array of unsigned integers as the stdlib array py3langid's automaton walks."""
    out: array[int] = array({2: "H", 4: "I", 8: "L"}[values.dtype.itemsize])
    out.frombytes(values.tobytes())
    return out


def _keep(identifier: Any, path: Path) -> None:
    """Write the restricted model to ``path`` (whole, then renamed into place); a cache that cannot be written
    is not an error."""
    import numpy as np

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_name(f"{path.stem}.{os.getpid()}.tmp.npz")
        np.savez(
            temporary, ptc=np.asarray(identifier.nb_ptc), pc=np.asarray(identifier.nb_pc),
            classes=np.array(identifier.nb_classes), nextmove=np.frombuffer(identifier.tk_nextmove,
            dtype=f"u{identifier.tk_nextmove.itemsize}"), row=np.frombuffer(identifier.tk_row,
            dtype=f"u{identifier.tk_row.itemsize}"), out_feat=np.asarray(identifier.tk_output, dtype=np.int32),
        )  # fmt: skip
        temporary.replace(path)
    except OSError as error:
        log.debug("language model not cached at %s: %s", path, error)


def detect(text: str) -> str | None:
    """The ISO 639-1 code of ``text``'s language, or None when too short or unsure."""
    sample = text[:5000]
    if sum(ch.isalpha() for ch in sample) < MIN_LETTERS:
        return None
    code, confidence = _identifier(languages()).classify(sample)
    return str(code) if confidence >= MIN_CONFIDENCE else None
