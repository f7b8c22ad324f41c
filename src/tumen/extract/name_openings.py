"""A capitalised adjective or word for a person before a given name is no part of the name (docs/extraction.md,
"Places and routes").

A sentence, a headline or a sports column may open a person's name with a describing word that only the position
capitalises ("Unemployed Ivo Reck, 23, was arrested", "Veterans Ana Berg and Ivo Reck", "former All-Star Ivo
Reck"); spaCy's small model then takes the word into the name, or the name finder walks back over it as a given name
it did not know. The words that open a person's mention are left out of the name when each is, in lower case, an
adjective of the parser's English index (the lemmatizer's WordNet table: "unemployed", "star", "veteran") or a
role word (``data/kinship.yaml`` roles, singular or plural), none a listed given name or a title, and the word after
them is a listed given name with a surname after it — where the word opens a sentence or a line (capitalised by its
place) or the text writes the rest of the name without it too: "Unemployed Ivo Reck" is Ivo Reck; "the band Silent
Ana Berg" stays whole. A name of a given name alone after such a word keeps it ("Young Kim", "Rich Paul": the first
word may be the given name). The name finder does not walk back over such a word to a name of two words or more
(``mentions._name_start``).

A sentence may open with a participle clause whose object is a person named before ("Narrating Berg's ordeal, her
lawyer said …"); spaCy takes the capitalised participle into the name. A first word that is the "-ing" form of an
English verb, no listed given name, is left out of a name that opens a sentence when the text has written the rest of
the name before, without it ("Ana Berg was held. Narrating Berg's ordeal, …"; not "Browning Holm was held. Holm …":
:func:`participle`).
"""

from __future__ import annotations

import re

from tumen.extract.capital_nouns import english_index, opens, written_alone
from tumen.extract.gender import is_given_name
from tumen.extract.role_words import role_words, singular
from tumen.extract.vocab import load

_WORD = re.compile(r"\S+")


def describing(word: str) -> bool:
    """A capitalised adjective or role word, no listed given name or title: "Unemployed", "Star", "Veterans"."""
    if not (word.isalpha() and word[:1].isupper() and word[1:].islower()):
        return False
    if is_given_name(word) or word in load("kinship.yaml")["titles"]:
        return False
    lower = word.lower()
    return lower in english_index("adj") or lower in role_words() or singular(lower) in role_words()


def participle(word: str) -> bool:
    """A capitalised "-ing" form of an English verb (the parser's verb index), no listed given name or title:
    "Narrating", "Describing", "Quoting" — the participle of a clause that opens a sentence."""
    if not (word.isalpha() and word.istitle() and word.endswith("ing") and len(word) > 5):
        return False
    if is_given_name(word) or word in load("kinship.yaml")["titles"]:
        return False
    stem = word.lower()[:-3]
    verbs = english_index("verb")
    return stem in verbs or stem + "e" in verbs or (stem[-1] == stem[-2] and stem[:-1] in verbs)


def name_start(text: str, start: int, end: int) -> int:
    """Where a person's name in ``text[start:end]`` starts, past the describing words that open it."""
    words = list(_WORD.finditer(text, start, end))
    if len(words) >= 2 and participle(words[0].group()) and opens(text, start):
        rest = text[words[1].start() : end]  # "Narrating Berg's ordeal, her lawyer said …": Berg, named before
        before = text[:start]  # written alone before: not "Browning Holm", nor "Waging Peace" again
        if written_alone(before, rest) > before.count(text[start:end]):
            return words[1].start()
    at = 0
    while at < len(words) and describing(words[at].group()):
        at += 1
    if at == 0 or len(words) - at < 2 or not is_given_name(words[at].group()):
        return start
    rest = text[words[at].start() : end]
    if not opens(text, start) and written_alone(text, rest) <= text.count(text[start:end]):
        return start  # "the band Silent Ana Berg": a name the text writes whole
    return words[at].start()
