"""The corroboration matrix of a case file: facts × reports, each cell saying whether the report supports
the fact, contradicts another report of it, or is silent — and which reports are one source, and why.

Built from stored facts (their statements, independent-source groups and conflicts) and the stored
dependencies between documents (copies, relays); nothing is judged again, the reasons are read off the
stored groups with :func:`tumen.corroborate.verdicts.dependency_reasons`. Pure: facts in, matrix out.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from string import ascii_uppercase

from tumen.corroborate.facts import Fact, Support
from tumen.corroborate.verdicts import dependency_reasons

SUPPORTS, CONTRADICTS, SILENT = "supports", "contradicts", "silent"


@dataclass(frozen=True)
class Column:
    """One report (document) that tells of at least one of the facts."""

    document: int
    title: str | None
    outlet: str | None
    published: date | None


@dataclass(frozen=True)
class Cell:
    state: str  # supports | contradicts | silent
    source: str | None = None  # the letter of the fact's independent source this report belongs to
    witnesses: tuple[str, ...] = ()  # who the report quotes for the fact ("the outlet" for its own narration)
    hearsay: bool = False
    conflicts: tuple[str, ...] = ()  # "time: 2019 vs 2021 (document 4)"
    evidence: tuple[tuple[int, int], ...] = ()  # (start, end) of each statement in the document


@dataclass(frozen=True)
class Dependence:
    """A report that is not an independent source for a fact, and why."""

    document: int
    label: str
    reason: str


@dataclass
class Row:
    fact: Fact
    cells: list[Cell]
    sources: int
    dependent: list[Dependence] = field(default_factory=list)


@dataclass
class Matrix:
    columns: list[Column]
    rows: list[Row]

    def not_independent(self) -> list[tuple[int, str, list[str]]]:
        """Each (document, reason) once across the matrix, with the facts it applies to."""
        found: dict[tuple[int, str], list[str]] = {}
        for row in self.rows:
            for dep in row.dependent:
                found.setdefault((dep.document, dep.reason), []).append(row.fact.id)
        return [(doc, reason, facts) for (doc, reason), facts in found.items()]


def _letter(index: int) -> str:
    return ascii_uppercase[index] if index < len(ascii_uppercase) else f"S{index + 1}"


def _conflict_notes(statements: Sequence[Support], fact: Fact) -> tuple[str, ...]:
    notes: list[str] = []
    for conflict in fact.conflicts:
        for mine, other in ((conflict.left, conflict.right), (conflict.right, conflict.left)):
            if any(mine is s for s in statements):
                note = f"{conflict.kind}: {conflict.detail} (against document {other.document})"
                if note not in notes:
                    notes.append(note)
    return tuple(notes)


def build(
    facts: Iterable[Fact],
    documents: Mapping[int, tuple[str | None, str | None, date | None]],
    dependencies: Iterable[tuple[int, int, str]],
) -> Matrix:
    """The matrix of ``facts`` over every document that states one of them. ``documents`` gives each
    document's (title, outlet, published); ``dependencies`` the stored (document, depends on, why)."""
    facts = list(facts)
    dependencies = list(dependencies)
    doc_ids = sorted(
        {s.document for f in facts for s in f.supports},
        key=lambda d: (documents.get(d, (None, None, None))[2] or date.max, d),
    )
    columns = [Column(d, *documents.get(d, (None, None, None))) for d in doc_ids]
    rows: list[Row] = []
    for fact in facts:
        group_of = {id(s): i for i, group in enumerate(fact.groups) for s in group}
        cells: list[Cell] = []
        for doc in doc_ids:
            statements = [s for s in fact.supports if s.document == doc]
            if not statements:
                cells.append(Cell(SILENT))
                continue
            notes = _conflict_notes(statements, fact)
            groups = sorted({group_of[id(s)] for s in statements if id(s) in group_of})
            witnesses = tuple(dict.fromkeys(s.witness_label or "the outlet" for s in statements))
            cells.append(
                Cell(
                    CONTRADICTS if notes else SUPPORTS,
                    "/".join(_letter(g) for g in groups) or None,
                    witnesses,
                    all(s.hearsay for s in statements),
                    notes,
                    tuple((s.start, s.end) for s in statements),
                )
            )
        dependent = [
            Dependence(s.document, s.source_label(), reason)
            for s, reason in dependency_reasons(fact, dependencies)
            if reason and not reason.startswith("the same report as")  # one report's sentences are one cell
        ]
        rows.append(Row(fact, cells, fact.independent_sources, list(dict.fromkeys(dependent))))
    return Matrix(columns, rows)
