"""A named person's role and gender from the descriptions beside the name, and pronouns of the person named in
their own sentence. Invented sentences."""

from __future__ import annotations

from test_plural_role_before_names import named, run
from tumen.extract.gender import decide_gender, gender_of
from tumen.extract.role_descriptions import has_role
from tumen.extract.types import Entity


def test_a_capitalised_role_before_a_name_with_its_coordinated_role() -> None:
    extraction = run("Journalist and political analyst Omar Sayed was arrested in Lindau on Monday.")
    assert named(extraction, "Omar Sayed").descriptor == "journalist and analyst"


def test_coordinated_roles_in_apposition() -> None:
    extraction = run("Police detained Oren Tallis, a doctor and activist, in Lindau on Monday.")
    assert named(extraction, "Oren Tallis").descriptor == "doctor and activist"


def test_an_occupation_as_the_complement_of_be() -> None:
    extraction = run("Arvid Nystrom was the honorary editor of the weekly. Police arrested him in May.")
    assert named(extraction, "Arvid Nystrom").descriptor == "editor"


def test_an_occupation_keeps_the_nouns_that_qualify_it() -> None:
    extraction = run("Union leader Dario Kemal was attacked outside his office in Lindau.")
    assert named(extraction, "Dario Kemal").descriptor == "union leader"


def test_a_qualifying_noun_keeps_its_own_modifier_and_refines_a_bare_role() -> None:
    """ "labour rights activist": "labour" qualifies "rights", which qualifies the role; the whole phrase replaces
    the bare "activist" read from the word before the name."""
    extraction = run("Police arrested labour rights activist Mirela Dostan in Lindau on Monday.")
    assert named(extraction, "Mirela Dostan").descriptor == "labour rights activist"
    extraction = run("Tomas Reval, a human rights worker, was detained at the border.")
    assert named(extraction, "Tomas Reval").descriptor == "human rights worker"


def test_two_appositions_of_one_name_give_both_roles() -> None:
    extraction = run("Teo Vasko, a taxi driver, union leader of Lindau and a member of the Green Party, was attacked.")
    assert named(extraction, "Teo Vasko").descriptor == "taxi driver and union leader"


def test_a_role_stated_by_a_verb_in_the_present_in_a_relative_clause() -> None:
    extraction = run("In the district of Upper Vale, Pavo Rennik, who publishes the Vale Morning Post, was arrested.")
    assert named(extraction, "Pavo Rennik").descriptor == "publisher"
    extraction = run("Mara Tull, who edits a weekly in Lindau, was detained on Monday.")
    assert named(extraction, "Mara Tull").descriptor == "editor"
    extraction = run("Mara Tull, who published a letter in May, was detained on Monday.")  # an act, not a role
    assert named(extraction, "Mara Tull").descriptor is None


def test_a_role_verb_needs_an_object_of_its_trade() -> None:
    """ "who hosts displaced families", "who writes letters to his son" state no trade; a show or a proper-noun title
    does, a named person does not."""
    families = run("Police arrested Pavo Rennik, who hosts displaced families in her home, on Monday.")
    assert named(families, "Pavo Rennik").descriptor is None
    letters = run("Guards beat Pavo Rennik, who writes letters to his jailed son every week, on Monday.")
    assert named(letters, "Pavo Rennik").descriptor is None
    guest = run("Pavo Rennik, who hosts Mara Tull in his home, was beaten on Monday.")
    assert named(guest, "Pavo Rennik").descriptor is None
    title = run("Pavo Rennik, who hosts Morning Talk on Lantern Radio, was beaten on Monday.")
    assert named(title, "Pavo Rennik").descriptor == "host"


def test_a_trade_verb_with_for_a_publication_states_a_role() -> None:
    extraction = run("Pavo Rennik, who writes for the Vale Morning Post, was arrested on Monday.")
    assert named(extraction, "Pavo Rennik").descriptor == "writer"
    extraction = run("Mara Tull, who reports for a local radio station, was detained on Monday.")
    assert named(extraction, "Mara Tull").descriptor == "reporter"


def test_a_trade_verb_with_for_anything_else_states_none() -> None:
    children = run("Police arrested Pavo Rennik, who writes for children, on Monday.")
    assert named(children, "Pavo Rennik").descriptor is None
    past = run("Mara Tull, who wrote for the Vale Morning Post in 2010, was detained on Monday.")
    assert named(past, "Mara Tull").descriptor is None


def test_a_role_stated_by_working_as() -> None:
    extraction = run("Gunmen seized Pia Rendell, who was working as a freelance reporter near the border at the time.")
    assert named(extraction, "Pia Rendell").descriptor == "freelance reporter"
    extraction = run("Police arrested Tomas Okafor in May. Okafor worked as a lawyer for the union.")
    assert named(extraction, "Tomas Okafor").descriptor == "lawyer"
    extraction = run("Police arrested Tomas Okafor, who described his work as journalism, in May.")  # no role
    assert named(extraction, "Tomas Okafor").descriptor is None


def test_the_role_noun_subject_after_the_only_person_named_is_that_person() -> None:
    text = "Police arrested Tomas Okafor in May. Okafor was charged with treason and the reporter was held a month."
    assert named(run(text), "Tomas Okafor").descriptor == "reporter"
    extraction = run("Police arrested Tomas Okafor and Lena Berg in May. The reporter was held for a month.")
    assert named(extraction, "Tomas Okafor").descriptor is None  # two persons named: which one is unsaid
    assert named(extraction, "Lena Berg").descriptor is None


def test_the_role_noun_subject_of_a_coordinated_clause_is_the_only_person_named_in_the_clause_before() -> None:
    text = "Omar Sayed was sacked. Police then charged Ana Cruz with fraud and the reporter spent a month in detention."
    assert named(run(text), "Ana Cruz").descriptor == "reporter"
    assert named(run(text), "Omar Sayed").descriptor is None
    text = "Omar Sayed was sacked. Ana Cruz said that the reporter spent a month in detention."  # not coordinated
    assert named(run(text), "Ana Cruz").descriptor is None


def test_the_role_noun_that_possesses_a_person_after_the_only_person_named_is_that_person() -> None:
    text = "Gunmen beat a blogger in Tarvik. Men assaulted Tumso Vell at home. The blogger’s lawyer, Jens Moll, spoke."
    assert named(run(text), "Tumso Vell").descriptor == "blogger"
    text = "Omar Tull was acquitted although he had conceded his role in the reporter’s murder."
    assert named(run(text), "Omar Tull").descriptor is None  # those named before a deed's possessor may be its doers


def test_names_joined_to_other_members_of_a_kind_are_of_that_kind() -> None:
    extraction = run("Police arrested Mara Tull, and two other activists in Lindau.")
    assert named(extraction, "Mara Tull").descriptor == "activist"
    extraction = run("Omar Sayed, along with 21 other prominent lawyers, was detained in Lindau.")
    assert named(extraction, "Omar Sayed").descriptor == "lawyer"
    extraction = run("Police arrested Anna Berg, Omar Sayed and other rights defenders.")
    assert named(extraction, "Anna Berg").descriptor == "rights defender"
    assert named(extraction, "Omar Sayed").descriptor == "rights defender"
    extraction = run("Lena Berg and fellow journalists were beaten by police.")
    assert named(extraction, "Lena Berg").descriptor == "journalist"
    extraction = run("Police arrested Anna Berg and two activists in Lindau.")  # not said to be one of them
    assert named(extraction, "Anna Berg").descriptor is None


def test_a_role_in_apposition_before_a_name_in_apposition_to_the_same_noun_describes_that_name() -> None:
    text = "Soldiers raided the home of his colleague, radio freelance producer, Anna Berg, and arrested both of them."
    assert named(run(text), "Anna Berg").descriptor == "radio freelance producer"
    extraction = run("Police detained his colleague, freelance reporter, Anna Berg, in Lindau.")
    assert named(extraction, "Anna Berg").descriptor == "reporter"
    extraction = run("Police detained his colleague, a lawyer, and Anna Berg in Lindau.")  # two persons
    assert named(extraction, "Anna Berg").descriptor is None


def test_a_plural_conjunct_describes_the_names_in_its_own_apposition() -> None:
    extraction = run("Police arrested Anna Berg, a protest leader, and two other activists, Omar Sayed and Lina Voss.")
    assert named(extraction, "Anna Berg").descriptor == "protest leader"
    assert named(extraction, "Omar Sayed").descriptor == "activist"
    assert named(extraction, "Lina Voss").descriptor == "activist"


def test_a_plural_description_of_gender_before_a_list_of_names() -> None:
    extraction = run("A court in Lindau sentenced four men – Teodor Vasko, Arvid Nystrom and Dario Kemal – to death.")
    for name in ("Teodor Vasko", "Arvid Nystrom", "Dario Kemal"):
        assert named(extraction, name).gender_votes.get("male") == 3.0
        assert named(extraction, name).gender == "male"


def test_a_plural_description_of_minors_makes_each_name_a_minor() -> None:
    extraction = run("Police arrested two teenagers, Oskar Lind and Tomas Vell, after a protest in Lindau.")
    assert [named(extraction, n).descriptor for n in ("Oskar Lind", "Tomas Vell")] == ["teenager", "teenager"]
    extraction = run("Police arrested two boys, Oskar Lind and Tomas Vell, after a protest in Lindau.")
    assert [named(extraction, n).descriptor for n in ("Oskar Lind", "Tomas Vell")] == ["boy", "boy"]


def test_children_by_kinship_may_be_grown_up() -> None:
    extraction = run("Police arrested her children, Oskar Lind and Anna Lind, after a protest in Lindau.")
    assert named(extraction, "Oskar Lind").descriptor is None


def test_women_such_as_a_name() -> None:
    extraction = run("Women such as Lina Voss were killed in a wave of attacks in Tarvik.")
    assert named(extraction, "Lina Voss").gender_votes.get("female") == 3.0


def test_a_description_that_is_the_subject_of_be_describes_the_name_after_it() -> None:
    extraction = run("Police found a body in Lindau. The dead man was Teodor Vasko.")
    assert named(extraction, "Teodor Vasko").gender_votes.get("male") == 3.0


def test_a_person_described_by_coordinated_roles_has_each_role() -> None:
    person = Entity("p1", "person", "Oren Tallis", descriptor="journalist and rights activist")
    assert has_role(person, "journalist") and has_role(person, "activist")
    assert not has_role(person, "rights")


def test_a_pronoun_means_the_person_named_earlier_in_its_own_sentence() -> None:
    extraction = run(
        "Dario Kemal said he had been followed. He said he feared for his family. "
        "The court sentenced the editor Teodor Vasko over an article he wrote."
    )
    assert named(extraction, "Teodor Vasko").gender_votes.get("pronoun:male") == 1.0


def test_a_name_in_apposition_to_the_subject_is_the_subject_a_pronoun_continues() -> None:
    extraction = run(
        "Anna Berg was questioned by the police in Tarvik on Monday night. "
        "The director of the weekly paper, Omar Sayed, was also detained. He was released on Friday."
    )
    assert named(extraction, "Omar Sayed").gender_votes.get("pronoun:male") == 1.0
    assert "pronoun:male" not in named(extraction, "Anna Berg").gender_votes


def test_one_of_a_plural_description_describes_the_name_in_apposition() -> None:
    extraction = run("Police reported that one of Lai’s sons, Omar Sayed, had also been arrested at his home.")
    assert named(extraction, "Omar Sayed").gender_votes.get("male") == 3.0
    extraction = run("Police said that Peta Lund, one of the best-known writers, was arrested.")
    assert named(extraction, "Peta Lund").descriptor == "writer"


def test_a_given_name_decides_between_pronouns_that_tie() -> None:
    assert gender_of({"pronoun:female": 1.0, "pronoun:male": 1.0, "name:female": 1.0}) == ("female", True)
    person = Entity("p1", "person", "Anna Berg", gender_votes={"pronoun:female": 2.0, "pronoun:male": 2.0})
    decide_gender(person)
    assert person.gender == "female"
    assert gender_of({"pronoun:female": 1.0, "pronoun:male": 2.0, "name:female": 1.0}) == ("male", True)
    assert gender_of({"female": 3.0, "male": 3.0, "name:female": 1.0}) == (None, False)


def test_a_given_name_the_name_finder_left_out_is_part_of_the_name() -> None:
    from spacy.tokens import Span

    from tumen.extract import nlp
    from tumen.extract.mentions import _name_start

    doc = next(nlp.parse_many(["In January, Golvash Ebrahimi Tarvani and Gov. Anna Berg were moved to a prison."]))
    words = [t.text for t in doc]
    surname = Span(doc, words.index("Ebrahimi"), words.index("Tarvani") + 1, label="PERSON")
    governor = Span(doc, words.index("Anna"), words.index("Berg") + 1, label="PERSON")
    doc.ents = [surname, governor]
    assert doc.text[_name_start(surname) : surname.end_char] == "Golvash Ebrahimi Tarvani"
    assert doc.text[_name_start(governor) : governor.end_char] == "Anna Berg"  # "Gov." is no given name
