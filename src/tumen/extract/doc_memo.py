"""What a step works out once per parsed document and keeps with it, in ``doc.user_data`` under a ``tumen_`` key:
valid while the document keeps its number of tokens (a document retokenised since is worked out anew)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

T = TypeVar("T")


def kept_with(doc: Any, key: str, build: Callable[[], T]) -> T:
    """The value kept with ``doc`` under ``key``, built by ``build`` when there is none or the tokens changed."""
    kept: tuple[int, T] | None = doc.user_data.get(key)
    if kept is None or kept[0] != len(doc):
        kept = doc.user_data[key] = (len(doc), build())
    return kept[1]
