"""A one-word "name" that is a common English noun written with a capital only where a sentence, a line or a
caption opens (docs/extraction.md, "Places and routes").

spaCy's small model tags a capitalised common noun a person's name where a caption or a headline opens with it
("Mug shot of the doctor after her arrest"). A one-word person's form is no one's name when every place the text
writes it is the start of a sentence, a line or a quotation, right before a lower-case common noun (a caption's
"Mug shot", not "Masa, a student" nor "Masa said"), it is no listed given name, Korean surname or word of another
person's name, and the parser's English noun index (the lemmatizer's table, built from WordNet) holds it and the
noun after it in lower case. A surname said alone at a sentence's start is kept by the other person's name it belongs to
("Castro said" after "Ana Castro").
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache, lru_cache

from tumen.extract.gender import is_given_name
from tumen.extract.names import is_korean_surname
from tumen.extract.vocab import load


@cache
def english_index(part: str) -> frozenset[str]:
    """The lower-case words of one part of speech ("noun", "verb", "adj", "adv") in the parser's lemmatizer index
    (empty when the pipeline has none)."""
    from tumen.extract.nlp import english

    pipeline = english()
    if "lemmatizer" not in pipeline.pipe_names:
        return frozenset()
    lookups = pipeline.get_pipe("lemmatizer").lookups
    if not lookups.has_table("lemma_index"):
        return frozenset()
    return frozenset(str(w) for w in lookups.get_table("lemma_index").get(part, []))


def _english_nouns() -> frozenset[str]:
    return english_index("noun")


_WORD_RUN = re.compile(r"[\w-]+")
_WORD = re.compile(r"\w+")


@lru_cache(maxsize=2)
def word_runs(text: str) -> Counter[str]:
    r"""How often the text writes each run of word characters and hyphens, counted once per text: a word ``w``
    stands alone at a place (``(?<![\w-])w(?![\w-])``) exactly where a run is ``w``, so the checks below ask
    this table instead of searching the whole text once per name."""
    return Counter(_WORD_RUN.findall(text))


def written_alone(text: str, word: str) -> int:
    """How many times ``word`` (word characters only) is written in ``text`` with no word character or hyphen on
    either side."""
    if _WORD.fullmatch(word):
        return word_runs(text)[word]
    return len(re.findall(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text))


def capitalised_common_noun(text: str, form: str) -> bool:
    """Whether a one-word person's form is a common noun the text capitalises only where a sentence opens, each
    time before a lower-case common noun."""
    if " " in form or not form.isalpha() or not form[:1].isupper() or form.isupper():
        return False
    if is_given_name(form) or is_korean_surname(form) or form.lower() not in _english_nouns():
        return False
    every = written_alone(text, form)
    if not every:
        return False
    found = list(re.finditer(rf"(?<![\w-]){re.escape(form)} ([a-z]+)\b", text))
    return (
        bool(found)
        and len(found) == every
        and all(opens(text, m.start()) and m.group(1) in _english_nouns() for m in found)
    )


def opens(text: str, start: int) -> bool:
    """Whether ``start`` begins the text, a line, a sentence or a quotation — not after a title's or an initial's
    period ("Mr. Gates", "J. Hill")."""
    before = text[max(0, start - 40) : start].rstrip(" \t")
    if before.endswith(".") and (
        before.split()[-1] in load("kinship.yaml")["titles"] or re.search(r"(?:^|\W)[A-Z]\.$", before)
    ):
        return False
    return not before or before[-1] in ".!?\n\"“‘'"
