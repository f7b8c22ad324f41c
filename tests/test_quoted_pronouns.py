"""A third-person pronoun inside a direct quotation is never the quotation's speaker, who speaks of himself as "I"
(docs/extraction.md, "Machine-translated and careless text; gender; …"). Invented sentences."""

from __future__ import annotations

from test_accused import roles
from test_event_senses import run


def test_he_in_a_speakers_quotation_is_someone_else() -> None:
    x = run(
        "Deputy Ivo Holm was killed in Tarvik on Monday, prosecutor Karl Vos said at a news conference. "
        "“He was shot in the head and left dying on the ground,” Vos said."
    )
    assert roles(x, "shooting") == {"Ivo Holm": "victim"}  # "Deputy" is a title, not part of the name


def test_he_in_narration_may_still_be_the_one_who_speaks() -> None:
    assert roles(run("Karl Vos said he was beaten in custody in Tarvik."), "torture") == {"Karl Vos": "victim"}
