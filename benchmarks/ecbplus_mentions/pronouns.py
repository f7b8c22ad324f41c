"""English pronouns by what they may stand for, and the agreement of a pronoun with an antecedent."""

from __future__ import annotations

from .records import Mention

PERSONAL = frozenset({"he", "him", "his", "himself", "she", "her", "hers", "herself"})
PLURAL_PRONOUNS = frozenset({"they", "them", "their", "theirs", "themselves", "we", "us", "our", "ours", "ourselves"})
NEUTER_PRONOUNS = frozenset({"it", "its", "itself"})
RELATIVE_PRONOUNS = frozenset({"who", "whom", "whose", "which", "that"})
OTHER_PRONOUNS = frozenset({"i", "me", "my", "mine", "myself", "you", "your", "yours", "yourself"})
PRONOUNS = PERSONAL | PLURAL_PRONOUNS | NEUTER_PRONOUNS | RELATIVE_PRONOUNS | OTHER_PRONOUNS


def can_stand_for(word: str, pronoun: Mention, candidate: Mention) -> bool:
    """Whether the pronoun ``word`` (lower case) of ``pronoun`` agrees with ``candidate`` in type and number."""
    if candidate.type != pronoun.type:
        return False
    if word in PERSONAL:
        return candidate.type == "person" and not candidate.plural
    if word in PLURAL_PRONOUNS:
        return candidate.plural or candidate.type == "organisation"
    if word in NEUTER_PRONOUNS:
        return candidate.type != "person" and not candidate.plural
    return False
