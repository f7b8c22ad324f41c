"""The speaker a pronoun after a quotation tells ("“In 2008 my father was taken away …,” she said"), known as soon
as the walk enters the quotation.

A quotation whose speaker is told only after it, by a pronoun that is the subject of a reporting verb right after
its closing mark (``first_person_kin.speaks``; “…,” she said — not a "she" further on), is said by the person that
pronoun means: the one person met outside quotations in the sentences before the quotation opens (its own and the
four before) whom the pronoun's gender fits. "Mina Park, 41, fled in 2012. “In 2008 my father was taken away. My
mother told me he had been sent to a camp,” she said": the father and the mother are Park's, from their nouns on,
so the quotation's "he" may mean the father (not Park) and the "she said" is Park. Of several who fit, the one who
spoke just before the quotation is meant (“…,” Park told the forum. “… my sister …,” she said). When two or more
fit otherwise ("Mina Park and Suni Ko fled. “…,” she said") the quotation's "my mother" is no one's: no relative
is hung on a guess (the pronoun itself is left to the ordinary choice). When none fits (the speaker was met further
back), the pronoun is resolved when the walk reaches it, and the quotation's relatives are the speaker's after the
walk, as before.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from tumen.extract.antecedents import either_gender
from tumen.extract.first_person_kin import reporting, token_near
from tumen.extract.gender_votes import PRONOUNS
from tumen.extract.nlp import sentence_at
from tumen.extract.previous_sentence import fits
from tumen.extract.quotation_marks import double_bounds, in_double

if TYPE_CHECKING:
    from tumen.extract.coref import Resolver

WINDOW_SENTENCES = 4


def foretold(r: Resolver, pronoun: Any, inside: Any) -> str | None:
    """The person the speaking ``pronoun`` after the quotation holding ``inside`` means (see the module), or None;
    decided once per pronoun, when the walk first asks."""
    if pronoun.i not in r.foretold:
        fitting = _fitting(r, pronoun, inside)
        if len(fitting) > 1:
            fitting = [p for p in fitting if p in _speakers_just_before(r, inside)] or fitting
        r.foretold[pronoun.i] = fitting[0] if len(fitting) == 1 else None
        if len(fitting) > 1:
            r.unsure_speakers.add(pronoun.i)
    return r.foretold[pronoun.i]


def _fitting(r: Resolver, pronoun: Any, inside: Any) -> list[str]:
    gender = PRONOUNS.get(pronoun.lower_)
    if gender is None or either_gender(pronoun, PRONOUNS):
        return []
    opening, closing = double_bounds(r.text, inside.idx)
    if not _right_after(pronoun, closing):
        return []
    opens = token_near(inside.doc, opening).i
    start = sentence_at(inside.doc[opens], -WINDOW_SENTENCES).start
    fitting: list[str] = []
    for entity_id, last in r.last_seen.items():
        if not start <= last < opens or entity_id not in r.told_outside or entity_id in r.doers.ids:
            continue  # a person the quotation names is not the one who says it
        entity = r.g.by_id(entity_id)
        if entity.kind != "person":
            continue
        if not r.translated and (r.known_gender(entity) not in (gender, None) or not fits(entity, gender)):
            continue
        fitting.append(entity_id)
    return fitting


def _right_after(pronoun: Any, closing: int) -> bool:
    """Does the pronoun follow the quotation's closing mark (at character ``closing``) with nothing between but
    punctuation and its own verb ("…,” she said", "…,” said she")? A pronoun further on (“…” The woman told police
    she had testified) tells no speaker of this quotation."""
    if pronoun.idx <= closing:
        return False
    index = pronoun.i - 1
    while index >= 0 and pronoun.doc[index].idx > closing:
        word = pronoun.doc[index]
        if not (word.is_punct or word.i == pronoun.head.i) or pronoun.i - index > 3:
            return False
        index -= 1
    return True


def _speakers_just_before(r: Resolver, inside: Any) -> set[str]:
    """The persons who speak (subjects of a reporting verb outside quotations) in the sentence before the quotation
    holding ``inside`` opens, or before it in the sentence where it opens: “…,” Lena Holm told the forum. “…
    my sister …,” she said — Holm again, though another woman was named before."""
    opens = token_near(inside.doc, double_bounds(r.text, inside.idx)[0])
    found = set()
    for word in inside.doc[sentence_at(opens, -1).start : opens.i]:
        if word.lemma_.lower() not in reporting() or in_double(r.text, word.idx):
            continue
        found |= {p for c in word.children if c.dep_ == "nsubj" and (p := r.person_of(c)) is not None}
    return found
