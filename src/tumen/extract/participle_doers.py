"""The doer of an active participle that modifies a noun (docs/extraction.md, "The noun an active participle hangs
on does the deed"): *Ana Vale watched guards beating her son* — the guards beat him, and the one who watched is a
witness, not the doer; *a video shows police dragging a reporter away*. The noun the participle hangs on is its
subject; the clause above it (the one who saw) is not. A participle set off by a comma is no modifier of the noun
before it but a free adjunct of its clause (*gunmen stormed a school in Tarvik, seizing forty pupils*: Tarvik
seized no one), and gets no doer here."""

from __future__ import annotations

from typing import Any

_HEADS = ("NOUN", "PROPN", "PRON")


def participle_doer(verb: Any) -> Any | None:
    """The noun an active present participle modifies ("guards beating her son": the guards), or None."""
    if verb.dep_ != "acl" or verb.tag_ != "VBG" or verb.head.pos_ not in _HEADS:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "mark", "aux", "auxpass") for c in verb.children):  # "being beaten"
        return None
    if any(t.text == "," for t in verb.doc[verb.head.i + 1 : verb.i]):  # "… in Tarvik, seizing forty pupils"
        return None
    return verb.head
