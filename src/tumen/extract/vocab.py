"""Vocabularies are data: YAML files in ``tumen/data``, each loaded once per process."""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from importlib import resources
from typing import Any

import yaml

# libyaml's safe loader when PyYAML has it (same results on every vocabulary, about 7x faster: a process that adds
# one document reads them all first), else PyYAML's own.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def parse(text: str) -> Any:
    """YAML text parsed safely (no tags that build objects)."""
    return yaml.load(text, Loader=_LOADER)


@cache
def load(name: str) -> Any:
    """The parsed contents of ``tumen/data/NAME`` (cached; treat as read-only)."""
    return parse(resources.files("tumen").joinpath("data", name).read_text(encoding="utf-8"))


def word_sets(section: dict[str, Any], fields: Iterable[str]) -> list[frozenset[str]]:
    """A data file section's word lists, lower-cased, one set per field in the order given (a dataclass's fields:
    ``Words(*word_sets(data, Words.__dataclass_fields__))``)."""
    return [frozenset(str(w).lower() for w in section[field]) for field in fields]
