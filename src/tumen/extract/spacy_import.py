"""Importing spaCy without its command line.

spaCy's package imports ``spacy.cli.info`` to offer ``spacy.info``, and with it the whole of spaCy's command
line: its project tool, an HTTP client and their dependencies, about 0.3 s of the start-up of every process that
extracts (adding one document to a case base is mostly start-up), none of which tumen uses. While spaCy is
imported here, ``spacy.cli`` is a stand-in whose ``info`` imports the real one when it is called; afterwards the
stand-in is removed, so a later ``import spacy.cli`` (``spacy download``, a user's own script) gets the real
command line. Any other part of ``spacy.cli`` that spaCy imports on the way is loaded from its own files.
"""

from __future__ import annotations

import importlib.util
import sys
import types
from pathlib import Path
from typing import Any

_CLI, _INFO = "spacy.cli", "spacy.cli.info"


def _info(*args: Any, **kwargs: Any) -> Any:
    """``spacy.info``: the real one, imported when called."""
    from spacy.cli.info import info

    return info(*args, **kwargs)


def import_spacy() -> types.ModuleType:
    """The ``spacy`` module, imported without its command line if it is not imported yet."""
    if "spacy" in sys.modules or _CLI in sys.modules:
        import spacy

        return spacy
    spec = importlib.util.find_spec("spacy")
    locations = list(spec.submodule_search_locations or []) if spec else []
    cli = types.ModuleType(_CLI)
    cli.__path__ = [str(Path(location) / "cli") for location in locations]
    info = types.ModuleType(_INFO)
    info.info = _info  # type: ignore[attr-defined]
    sys.modules[_CLI], sys.modules[_INFO] = cli, info
    try:
        import spacy
    finally:
        for name, stand_in in ((_INFO, info), (_CLI, cli)):
            if sys.modules.get(name) is stand_in:
                del sys.modules[name]
        loaded = sys.modules.get("spacy")
        if loaded is not None and getattr(loaded, "cli", None) is cli:
            delattr(loaded, "cli")
    return spacy
