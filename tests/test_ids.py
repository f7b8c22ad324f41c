"""Person ids as users type them: the printed form and longer ones (a store may hold ids wider than 8 digits)."""

from tumen.model import is_person_id


def test_a_printed_person_id_is_recognised() -> None:
    assert is_person_id("P3d184908")
    assert is_person_id("P3d1849081")  # a wider id (benchmarks/replicate.py makes such; so may a future store)


def test_names_and_malformed_ids_are_not_person_ids() -> None:
    for text in ("Park", "Pak Chol", "P3d18490", "P3D184908", "P3d184908 ", "F3d184908", "p3d184908"):
        assert not is_person_id(text), text


def test_a_new_id_whose_eight_digits_another_origin_holds_is_made_longer() -> None:
    """Eight hex digits clash among a few hundred thousand facts: the newcomer gets the wider id, the holder
    keeps its own, and a cluster whose stored id is its own keeps it."""
    from tumen.pipeline.ids import WIDE, assign, new_id

    clash = new_id("F", "2:e1:0")
    stored = {clash: "1:e9:0"}  # another fact, outside this update, already holds those eight digits
    holders = lambda ids: {i: stored[i] for i in ids if i in stored}  # noqa: E731
    done = assign([["2:e1:0"], ["3:e1:0"]], {}, {}, str, "F", stored=holders)
    assert done.ids == [new_id("F", "2:e1:0", WIDE), new_id("F", "3:e1:0")]
    assert len(done.ids[0]) == 1 + WIDE and done.ids[0].startswith(clash)
    same = assign([["2:e1:0"]], {}, {}, str, "F", stored=lambda ids: {i: "2:e1:0" for i in ids})
    assert same.ids == [clash]  # its own origin stored under it: no clash


def test_every_vocabulary_parses_the_same_with_the_fast_loader() -> None:
    """tumen reads its YAML vocabularies with libyaml's safe loader when PyYAML has it: same data as PyYAML's."""
    from importlib import resources

    import yaml

    from tumen.extract.vocab import parse

    files = [p for p in resources.files("tumen").joinpath("data").iterdir() if p.name.endswith(".yaml")]
    assert len(files) > 10
    for path in files:
        text = path.read_text(encoding="utf-8")
        assert parse(text) == yaml.safe_load(text), path.name
