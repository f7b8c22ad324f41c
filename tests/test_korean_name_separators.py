"""A romanised Korean name whose surname and given name a tab or a line break separates (text pasted from a table or
a form) is read like one separated by a space: the extraction neither fails nor loses the person."""

from __future__ import annotations

from tumen.extract.document import Source, extract_many


def _persons(text: str) -> list[str]:
    [extraction] = list(extract_many([Source(text, 1, "en")]))
    return [e.name or "" for e in extraction.entities if e.kind == "person"]


def test_a_tab_between_surname_and_given_name_is_read_as_a_space() -> None:
    spaced = _persons("Police detained Kang Mirae on Monday in Seoul.")
    tabbed = _persons("Police detained Kang\tMirae on Monday in Seoul.")
    assert any("Kang" in name and "Mirae" in name for name in spaced)
    assert len(tabbed) == len(spaced)
    assert any("Kang" in name and "Mirae" in name for name in tabbed)


def test_a_place_after_a_surname_across_a_tab_is_no_name() -> None:
    """ "Ri\tLaos" as "Ri Laos": a place after a word that is also a surname is not a Korean name."""
    assert not any("Laos" in name for name in _persons("The group travelled from Ri\tLaos to Thailand in May."))
