"""Relatives by marriage written with hyphens are one word: "her daughter-in-law".

The tokenizer splits "daughter-in-law" at its hyphens and the parser hangs "in-law" on "daughter" as a
prepositional phrase, so every rule that reads kin nouns would take the woman for a daughter (and the parse of the
rest of the sentence suffers: "In Holm, the daughter - in - law was sold" hangs the noun on the place). The kin
nouns of ``data/kinship.yaml`` that end in "-in-law" (its relation ``in_law_of``, related by marriage) are
therefore special cases of the tokenizer: one token each, in lower case, capitalised and in capitals, before the
tagger and the parser read them.
"""

from __future__ import annotations

from typing import Any

from tumen.extract.vocab import load

SUFFIX = "-in-law"


def compounds() -> list[str]:
    """The hyphenated kin nouns ("son-in-law", "sisters-in-law"), lower case."""
    return [str(word) for word in load("kinship.yaml")["kin"] if str(word).endswith(SUFFIX)]


def add_special_cases(tokenizer: Any) -> None:
    """Keep each hyphenated kin noun one token, however it is capitalised ("Son-in-law Ivo Berg")."""
    from spacy.symbols import ORTH

    for word in compounds():
        for form in {word, word.capitalize(), word.upper()}:
            tokenizer.add_special_case(form, [{ORTH: form}])
