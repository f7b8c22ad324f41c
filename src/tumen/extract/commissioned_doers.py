"""Who is to do a deed someone is hired, paid, sent or ordered to do (object control): in "Ivo Lesk hired a gunman to
kill Ana Berg", "the commander ordered soldiers to arrest the pastor", "he paid two men to beat the journalist" the
infinitive's doer is the verb's object — the gunman, the soldiers, the two men —, not its subject, who only
commissioned the deed; in "soldiers were sent to arrest the pastor" it is the passive subject. The verbs are
``modality: commissioning`` in data/events.yaml (the deed is planned: :mod:`tumen.extract.modality`).
A passive infinitive is what befalls the one ordered: in "the governor ordered Ana Berg to be held in a camp" Ana Berg,
the verb's object, is the one held (:func:`commissioned_patient`)."""

from __future__ import annotations

from typing import Any

from tumen.extract.event_lexicon import modality_words
from tumen.extract.governing_clauses import infinitive


def commissioned_doer(clause: Any, governor: Any) -> Any | None:
    """The one ``governor`` — a verb of hiring, paying, sending or ordering — has do the active infinitive
    ``clause`` (its complement or purpose): the governor's object, or its passive subject; else None."""
    if clause.head.i != governor.i or clause.dep_ not in ("xcomp", "advcl") or not infinitive(clause):
        return None
    if not _commissioning(governor):
        return None
    return next((c for c in governor.children if c.dep_ in ("dobj", "nsubjpass")), None)


def commissioned_patient(clause: Any, governor: Any) -> Any | None:
    """The one ``governor`` — a verb of hiring, paying, sending or ordering — has undergo the passive infinitive
    ``clause``: its object ("ordered Ana Berg to be held": Ana Berg); else None (its passive subject, "Ana Berg was
    ordered to be held", is the clause's own inherited patient)."""
    if clause.head.i != governor.i or clause.dep_ != "xcomp" or clause.tag_ != "VBN":
        return None
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
        return None
    if not any(c.dep_ == "auxpass" and c.lower_ == "be" for c in clause.children):
        return None
    if not _commissioning(governor):
        return None
    return next((c for c in governor.children if c.dep_ == "dobj" and c.i < clause.i), None)


def _commissioning(governor: Any) -> bool:
    """Whether ``governor`` is a verb of hiring, paying, sending or ordering (``modality: commissioning``)."""
    return bool(governor.pos_ == "VERB" and governor.lemma_.lower() in modality_words()["commissioning"])
