"""One person's case file: who they are, their timeline (and their relatives' events) with the
verdict and sources of every fact, and their relations — assembled from stored results."""

from __future__ import annotations

from dataclasses import dataclass, field

from tumen.corroborate.facts import Fact
from tumen.corroborate.relations import CaseRelation
from tumen.resolve.persons import Person


@dataclass
class CaseFile:
    person: Person
    facts: list[Fact]  # the person's and their relatives' facts, in time order
    relations: list[CaseRelation]
    names: dict[str, str] = field(default_factory=dict)  # entity id -> name, for everyone the file mentions
    # What analysts corrected (tumen import-csv), beside what was extracted: field -> value, for the person and
    # for each of the file's facts (fact id -> field -> value).
    corrections: dict[str, str] = field(default_factory=dict)
    event_corrections: dict[str, dict[str, str]] = field(default_factory=dict)

    def entity_name(self, entity_id: str | None) -> str:
        if entity_id is None:
            return "—"
        return self.names.get(entity_id, entity_id)

    @property
    def family(self) -> set[str]:
        related = {r.subject for r in self.relations} | {r.object for r in self.relations}
        related.discard(self.person.id)
        return related

    def roles(self, fact: Fact) -> list[str]:
        """How the person (and each relative) takes part in a fact: "victim", "Kim Ok-sun: subject"."""
        roles = [role for entity, role in fact.participants() if entity == self.person.id]
        family = self.family
        roles += [f"{self.entity_name(e)}: {role}" for e, role in fact.participants() if e in family]
        return roles
