"""The first word of a list a word is in: "torture" in "amounted to torture and ill-treatment" for
"ill-treatment" (the parser hangs each later conjunct on the one before)."""

from __future__ import annotations

from typing import Any


def list_head(token: Any) -> Any:
    """The first conjunct of the list ``token`` is in (itself when it is none): up the ``conj`` links."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token
