"""A harm done to people only befalls a person or a group, never an organisation a phrase names beside them
(docs/extraction.md, "Who may take part")."""

from tumen.extract.document import Source, extract


def _parties(text: str) -> list[tuple[str, str, str]]:
    extraction = extract(Source(text, 1, "en"))
    labels = {e.id: (e.kind, e.label) for e in extraction.entities}
    return [(event.type, p.role, labels[p.entity][1]) for event in extraction.events for p in event.participants]


def test_the_organisation_beside_the_one_killed_is_no_victim() -> None:
    parties = _parties("Soldiers killed one of the journalists in Tarvik on Monday.")
    assert ("killing", "perpetrator", "Soldiers") in parties
    assert not any(role == "victim" for _type, role, _label in parties)


def test_an_organisation_may_still_be_raided() -> None:
    assert ("raid", "victim", "Vanuzi Times") in _parties("Police raided the offices of the Vanuzi Times on Monday.")


def test_a_state_still_acts() -> None:
    assert ("forced_repatriation", "perpetrator", "China") in _parties("China returned them to North Korea in May.")
