"""The victims' types of the HRDsAttack benchmark (benchmarks/hrdsattack_victims.py), with invented victims."""

from __future__ import annotations

from types import SimpleNamespace

import hrdsattack_victims as hv
from hrdsattack import DEFAULT_MAP, Mapping


def test_a_victim_no_description_types_is_typed_by_their_organisation() -> None:
    mapping = Mapping.load(DEFAULT_MAP)
    plain = SimpleNamespace(descriptor=None, titles=[])
    assert hv.victim_types(plain, {}, mapping, ["Tarvik Teachers Union"]) == ["trade unionist"]
    assert hv.victim_types(plain, {}, mapping, ["Holm Network for Human Rights"]) == ["human rights defender"]
    assert hv.victim_types(plain, {}, mapping, ["Tarvik Football Club"]) == ["insufficient information"]
    assert hv.victim_types(plain, {}, mapping, ["Tarvik Bar Association"]) == ["human rights defender"]
    assert hv.victim_types(plain, {}, mapping, ["Tarvik Journalists Association"]) == ["journalist"]
    assert hv.victim_types(plain, {}, mapping, ["WikiLeaks"]) == ["journalist"]  # a publisher of leaked documents
    reporter = SimpleNamespace(descriptor="reporter", titles=[])  # a description decides first
    assert hv.victim_types(reporter, {}, mapping, ["Tarvik Teachers Union"]) == ["journalist"]


def test_an_organisation_named_for_its_members_in_the_possessive_is_of_their_kind() -> None:
    mapping = Mapping.load(DEFAULT_MAP)
    plain = SimpleNamespace(descriptor=None, titles=[])
    assert hv.victim_types(plain, {}, mapping, ["Tarvik Lawyers' Association"]) == ["human rights defender"]
    assert hv.victim_types(plain, {}, mapping, ["Varno Reporters’ Club"]) == ["journalist"]
    assert hv.has_word("the Workers' Federation of Tarvik", ["workers' federation"])
    assert hv.has_word("the Tarvik Workers Federation", ["workers' federation"])
    assert not hv.has_word("the Tarvik Lawyersville Club", ["lawyers"])


def test_a_bare_role_beside_a_union_is_the_union_role() -> None:
    mapping = Mapping.load(DEFAULT_MAP)
    # "activists, including Ana Vale, vice president of the Tarvik Free Union of Bakers": a union activist
    vale = SimpleNamespace(descriptor="activist and vice president", titles=[])
    assert hv.victim_types(vale, {}, mapping, ["Tarvik Free Union of Bakers"]) == ["trade unionist"]
    # an activist of a newspaper is still a defender: journalists have no qualified "activist"
    assert hv.victim_types(vale, {}, mapping, ["Tarvik Daily News"]) == ["human rights defender"]
    # a qualified role keeps its own type
    rights = SimpleNamespace(descriptor="human rights activist", titles=[])
    assert hv.victim_types(rights, {}, mapping, ["Tarvik Free Union of Bakers"]) == ["human rights defender"]


def test_a_victim_is_typed_by_the_description_of_their_organisation_too() -> None:
    mapping = Mapping.load(DEFAULT_MAP)
    lantern = SimpleNamespace(id="o1", kind="organization", name="Tarvik Lantern", descriptor="online news website")
    ivo = SimpleNamespace(id="p1", kind="person", name="Ivo Lenz", descriptor=None, titles=[])
    works_for = SimpleNamespace(type="member_of", subject="p1", object="o1")
    entities = {"o1": lantern, "p1": ivo}
    organisations = hv.organisations_of(SimpleNamespace(relations=[works_for]), entities)
    assert hv.victim_types(ivo, entities, mapping, organisations["p1"]) == ["journalist"]


def test_each_role_of_a_victim_gives_a_type_by_its_most_specific_word() -> None:
    mapping = Mapping.load(DEFAULT_MAP)

    def types(descriptor: str, *titles: str) -> list[str]:
        return hv.victim_types(SimpleNamespace(descriptor=descriptor, titles=list(titles)), {}, mapping)

    assert types("blogger and activist") == ["journalist", "human rights defender"]  # two roles, two types
    assert types("labour rights activist") == ["trade unionist"]  # not also the "activist" of defenders
    assert types("doctor and activist") == ["human rights defender"]
    assert types("rights worker") == ["human rights defender"]
    assert types("media tycoon") == ["journalist"]
    assert types("poet") == types("novelist") == ["journalist"]  # writers, as "writer" and "author" are
    assert types("teacher") == ["insufficient information"]
    # a title that is the bare noun of a qualified role is that role: a labour activist, not also a defender
    assert types("labour rights activist", "Activist") == ["trade unionist"]
    assert types("journalist", "Activist") == ["journalist", "human rights defender"]


def test_the_common_roles_of_victims_have_their_types() -> None:
    mapping = Mapping.load(DEFAULT_MAP)

    def types(descriptor: str) -> list[str]:
        return hv.victim_types(SimpleNamespace(descriptor=descriptor, titles=[]), {}, mapping)

    assert types("radio host") == types("freelance videographer") == types("cartoonist") == ["journalist"]
    assert types("union activist") == types("union official") == ["trade unionist"]  # not the defenders' "activist"
    assert types("indigenous leader") == types("community leader") == ["human rights defender"]
    assert types("barrister") == types("conservationist") == ["human rights defender"]
    assert types("human rights researcher") == ["human rights defender"]
    assert types("trade union activist") == ["trade unionist"]
    assert types("opposition leader") == ["insufficient information"]
    assert types("media director") == ["journalist"]  # "the director of a local newspaper"
    assert types("social media activist") == ["human rights defender"]  # the longer word wins


def test_every_name_of_the_labels_trades_has_its_type() -> None:
    """The label set by its meaning (journalists and media workers, lawyers and other defenders, trade unionists),
    not only the words of the training articles."""
    mapping = Mapping.load(DEFAULT_MAP)

    def types(descriptor: str) -> list[str]:
        return hv.victim_types(SimpleNamespace(descriptor=descriptor, titles=[]), {}, mapping)

    journalists = ["newsreader", "subeditor", "anchorwoman", "camerawoman", "newspaperman", "playwright", "satirist"]
    assert all(types(word) == ["journalist"] for word in journalists)
    assert types("human rights attorney") == types("jurist") == types("rights monitor") == ["human rights defender"]
    unionists = ["union president", "union secretary", "labour organiser", "union chairwoman"]
    assert all(types(word) == ["trade unionist"] for word in unionists)
    assert types("president") == ["insufficient information"]  # of what, the organisation tells


def test_more_names_of_newspapers_unions_and_lawyers_type_their_members() -> None:
    mapping = Mapping.load(DEFAULT_MAP)
    plain = SimpleNamespace(descriptor=None, titles=[])
    assert hv.victim_types(plain, {}, mapping, ["Tarvik Courier"]) == ["journalist"]
    assert hv.victim_types(plain, {}, mapping, ["Lantern Weekly"]) == ["journalist"]
    assert hv.victim_types(plain, {}, mapping, ["Sindicato de Panaderos de Tarvik"]) == ["trade unionist"]
    assert hv.victim_types(plain, {}, mapping, ["Tarvik Labour Congress"]) == ["trade unionist"]
    assert hv.victim_types(plain, {}, mapping, ["Tarvik Legal Aid Centre"]) == ["human rights defender"]


def test_a_role_in_the_field_of_rights_is_a_defender() -> None:
    mapping = Mapping.load(DEFAULT_MAP)
    founder = SimpleNamespace(descriptor="rights founder", titles=[])  # "the founder of a local human rights group"
    assert hv.victim_types(founder, {}, mapping) == ["human rights defender"]
    labour = SimpleNamespace(descriptor="labour rights activist", titles=[])  # a longer word of another type wins
    assert hv.victim_types(labour, {}, mapping) == ["trade unionist"]
