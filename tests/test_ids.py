"""Person ids as users type them: the printed form and longer ones (a store may hold ids wider than 8 digits)."""

from tumen.model import is_person_id


def test_a_printed_person_id_is_recognised() -> None:
    assert is_person_id("P3d184908")
    assert is_person_id("P3d1849081")  # a wider id (benchmarks/replicate.py makes such; so may a future store)


def test_names_and_malformed_ids_are_not_person_ids() -> None:
    for text in ("Park", "Pak Chol", "P3d18490", "P3D184908", "P3d184908 ", "F3d184908", "p3d184908"):
        assert not is_person_id(text), text
