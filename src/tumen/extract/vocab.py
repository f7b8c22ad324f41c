"""Vocabularies are data: YAML files in ``tumen/data``, each loaded once per process."""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any

import yaml


@cache
def load(name: str) -> Any:
    """The parsed contents of ``tumen/data/NAME`` (cached; treat as read-only)."""
    text = resources.files("tumen").joinpath("data", name).read_text(encoding="utf-8")
    return yaml.safe_load(text)
