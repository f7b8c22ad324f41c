"""A "figure" of public life met without a name, for the coreference walk (:class:`tumen.extract.coref.Resolver`;
docs/extraction.md, "A "figure" of public life is a person"): "soldiers abducted a local religious figure near
Holm", "police beat a religious figure in Tarvik. He was taken to hospital" tell of one person of the story, the
figure, whom no one names. A singular "figure" that a word of a field of public life or of standing modifies
(:func:`tumen.extract.role_words.person_figure`) with an indefinite determiner ("a", "an", "one", "another") is a
new unnamed person, its descriptor the modifiers and the noun ("religious figure"); not one a name is apposed to or
given later ("a key opposition figure, Ana Berg": she).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from tumen.extract.anonymous_sources import INDEFINITE, determiner
from tumen.extract.role_words import figure_modifiers, person_figure

if TYPE_CHECKING:
    from tumen.extract.coref import Resolver


def descriptor(noun: Any) -> str:
    """ "a prominent religious figure": "prominent religious figure" — the modifiers of the field and the noun."""
    words = [c.lower_ for c in noun.children if c.i < noun.i and c.lower_ in figure_modifiers()]
    return " ".join([*words, noun.lemma_.lower()])


def introduce(r: Resolver, noun: Any) -> bool:
    """Makes ``noun`` a new unnamed person when it is an indefinite singular figure of public life no name is told
    of (see the module); whether it did."""
    if noun.tag_ != "NN" or not person_figure(noun) or determiner(noun) not in INDEFINITE:
        return False
    if r.named_here(noun):
        return False
    r.met_as(r.g.new("person", None, descriptor=descriptor(noun)).id, noun)
    return True
