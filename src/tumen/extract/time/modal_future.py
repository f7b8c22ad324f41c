"""The reported or conditional future of "would": a yearless date the modal governs lies ahead.

"The court said the fine would be paid in January", "the father would be travelling Thursday": the date comes
after "would" in its clause, the modal's own verb phrase reaching it — no clause opener ("that", "when",
"which" …) and no past-tense verb of another clause ("would appeal the ruling he received in May") between
them, and "would" not followed by "have" (a counterfactual past: "would have been freed in March"). Nor a date in
the genitive ("would fight Monday's ruling"). A habit told with "would" ("every year she would visit in May") is
no future: a word of habit anywhere in the clause cancels the rule. Vocabulary: ``modal_future`` in
``tumen/data/time_words.yaml``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?(?:-[a-z]+)*")


@dataclass(frozen=True)
class ModalFuture:
    """``modals`` ("would"), what after them makes a past (``past_after``: "have"), the words that open another
    clause (``breaks``), the words before a participle that keep it in the modal's phrase (``participle_after``:
    "be", "been", "and"), the words of habit (``habitual``), the pronouns that make a past verb after them a clause
    of its own (``subjects``), the prepositions between a verb and its date (``prepositions``: "on") and the
    farthest the date may be (``reach`` words)."""

    modals: frozenset[str]
    past_after: frozenset[str]
    breaks: frozenset[str]
    participle_after: frozenset[str]
    habitual: frozenset[str]
    subjects: frozenset[str]
    prepositions: frozenset[str]
    reach: int = 12

    def governs(
        self, clause_before: str, clause: str, after: str, is_past: Callable[[str], bool], irregular: frozenset[str]
    ) -> bool:
        """Whether a modal in ``clause_before`` (the clause up to the date) governs the date. ``clause`` is the
        whole clause (for words of habit), ``after`` the text right after the date (a genitive "Monday's ruling"
        names the day of a thing, not of the modal's verb); ``is_past`` tells a past-tense verb, ``irregular``
        the past forms that are no adjectives ("was", "paid": "united" and "unspecified" end in -ed but tell no
        clause)."""
        if after.startswith(("'s", "’s")):
            return False
        words = _WORD.findall(clause_before.lower())
        at = next((i for i in range(len(words) - 1, -1, -1) if words[i] in self.modals), None)
        if at is None or len(words) - at - 1 > self.reach:
            return False
        between = words[at + 1 :]
        if any(word in self.past_after for word in between[:2]):
            return False
        for k, word in enumerate(between):
            if word in self.breaks:
                return False
            previous = between[k - 1] if k else ""
            if is_past(word) and previous in self.subjects:  # "the ruling it received in May"
                return False
            if word in irregular and previous not in self.participle_after:  # "the sentence was"
                return False
        verb = len(between) - (2 if between and between[-1] in self.prepositions else 1)
        if verb >= 0 and is_past(between[verb]) and (verb == 0 or between[verb - 1] not in self.participle_after):
            return False  # "would appeal the decision, announced on Wednesday": the announcement's day
        return not any(word in self.habitual for word in _WORD.findall(clause.lower()))
