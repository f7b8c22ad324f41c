"""What a growing cluster of records says about its person: no merge may make it contradict itself.

A cluster keeps the births of its members (age-derived ones with their tolerance), their genders
from explicit cues, surname groups, given names, documents, places and organisations, the ranks of
a relative ("eldest child") and the documents where a member is someone's relative. Two clusters
conflict when one person would have two genders, two surnames, two given names, two ranks, two
differently named records of one document, two relatives one document kept apart, or (weakest,
the only one strong evidence may outweigh) disjoint births.
"""

from __future__ import annotations

from dataclasses import dataclass

from tumen.extract.kin_ranks import split
from tumen.model import Interval
from tumen.resolve.keys import given_key
from tumen.resolve.matching import COMMON_CONTEXT, Record, birth_years, similar_given, tolerant


@dataclass(slots=True)
class Profile:
    """What a growing cluster says about its person: no merge may make it contradict itself."""

    birth: Interval | None  # the births of all members (age-derived ones with their tolerance) intersected
    genders: frozenset[str]
    surnames: frozenset[str] | None  # surname groups every member with a surname shares
    givens: tuple[str, ...]  # the phonetic given names of the members
    documents: list[tuple[int, str]]  # (document, given name key or "") of each member
    context: frozenset[str]  # the specific places and organisations of the members' documents
    ranks: frozenset[str] = frozenset()  # "eldest child", "second child": a relative has one rank
    relative_in: frozenset[int] = frozenset()  # documents where a member is someone's relative

    @classmethod
    def of(cls, record: Record) -> Profile:
        name = record.name
        given = (given_key(name) or "") if name else ""
        return cls(
            tolerant(record.birth) if record.birth else None,
            # a gender resting on pronouns alone never makes a conflict (a translation's "he" for a mother)
            frozenset({record.gender}) if record.gender and not record.gender_weak else frozenset(),
            name.surname_key if name and name.surname else None,
            (given,) if given else (),
            [(record.document, given)],
            record.context - COMMON_CONTEXT,
            frozenset({record.descriptor}) if record.descriptor and split(record.descriptor)[0] else frozenset(),
            frozenset({record.document}) if record.anchor else frozenset(),
        )

    def conflict(self, other: Profile) -> str | None:
        """Why one person cannot be both clusters, or None. A disagreement about the birth comes
        last: it is the only one strong evidence may outweigh (an age may be wrong, a name not)."""
        if len(self.genders | other.genders) > 1:
            return "would have two genders"
        if len(self.ranks | other.ranks) > 1:
            return "would be two relatives (" + " / ".join(sorted(self.ranks | other.ranks)) + ")"
        if self.relative_in & other.relative_in:  # "her sister Jin-hye … her eldest sister": kept apart there
            return f"document {min(self.relative_in & other.relative_in)} tells of them as two relatives"
        if self.surnames is not None and other.surnames is not None and not (self.surnames & other.surnames):
            return "would have two surnames"
        for mine in self.givens:
            for theirs in other.givens:
                if not similar_given(mine, theirs):
                    return f"would have two given names ({mine} / {theirs})"
        small, large = sorted((self.documents, other.documents), key=len)
        names: dict[int, str] = dict(small)  # (a record without a given name may be one the extractor split)
        for document, name in large:
            if name and names.get(document) and names[document] != name:
                return f"document {document} names two different persons"
        if self.birth and other.birth and not self.birth.overlaps(other.birth):
            return f"{BIRTH_CONFLICT} {birth_years(self.birth)} and {birth_years(other.birth)}"
        return None

    def absorb(self, other: Profile) -> None:
        if self.birth is None or other.birth is None:
            self.birth = self.birth or other.birth
        else:  # disjoint only when an analyst merged them: keep what the larger side says
            self.birth = self.birth.intersect(other.birth) or self.birth
        self.genders |= other.genders
        if self.surnames is None or other.surnames is None:
            self.surnames = self.surnames if other.surnames is None else other.surnames
        else:
            self.surnames = (self.surnames & other.surnames) or self.surnames
        self.givens = (*self.givens, *(g for g in other.givens if g not in self.givens))
        self.documents += other.documents
        self.context |= other.context
        self.ranks |= other.ranks
        self.relative_in |= other.relative_in


BIRTH_CONFLICT = "would be born both"
