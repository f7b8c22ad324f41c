"""The records mention clustering reads and writes: spans in, mentions with features, scored links, clusters out."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Span:
    """A mention as the caller knows it: where it is and what kind of thing it names."""

    key: str
    document: str
    group: str  # mentions of different groups (topics) never meet
    sentence: str  # key of its sentence
    order: int  # position in its document (for antecedents)
    tokens: tuple[int, ...]  # word positions in the sentence
    kind: str  # entity | event
    type: str  # person | organisation | location | time | thing | event
    negated: bool = False


@dataclass(frozen=True)
class Mention:
    """A mention with the features resolution compares."""

    key: str
    document: str
    group: str
    sentence: str
    order: int
    kind: str
    type: str
    text: str
    lemma: str  # head lemma, lower case
    pos: str
    proper: bool
    pronoun: bool
    plural: bool
    name: frozenset[str] = frozenset()  # lower-cased proper-name words
    context: frozenset[str] = frozenset()  # content lemmas of the sentence
    same_as: tuple[tuple[str, str], ...] = ()  # (mention key, why): identity the syntax states
    arguments: tuple[tuple[str, str], ...] = ()  # events: (role, entity mention key)
    negated: bool = False
    story: str = ""


@dataclass(frozen=True)
class Link:
    """A scored pair of mentions; the merged ones are kept with their reasons."""

    left: str
    right: str
    total: float
    reasons: tuple[str, ...]


@dataclass
class MentionResolution:
    """Which mentions are one thing (cluster ids are the smallest mention key of each cluster)."""

    cluster_of: dict[str, str] = field(default_factory=dict)  # mention key -> cluster id
    members: dict[str, list[str]] = field(default_factory=dict)
    links: list[Link] = field(default_factory=list)  # the merges, with their reasons
    stories: dict[str, str] = field(default_factory=dict)  # document -> story id
