"""Analyst judgements, the nomenklatura way: a tiny enum that decides how decisions combine.

``positive`` ties two records into one entity, ``negative`` keeps them apart, ``unsure``
records that someone looked and could not tell (the pair stays in review). Judgements are
about *records* (a document's local entity, ``DOC:ID``), never about generated entity ids,
so they survive every re-run of the resolver.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Judgement(StrEnum):
    POSITIVE = "positive"
    NEGATIVE = "negative"
    UNSURE = "unsure"


@dataclass(frozen=True)
class Decision:
    left: str
    right: str
    judgement: Judgement
    by: str | None = None

    def pair(self) -> tuple[str, str]:
        return (self.left, self.right) if self.left <= self.right else (self.right, self.left)
