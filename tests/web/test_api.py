"""The REST API over a real processed store, on a SQLite file and on PostgreSQL: every answer is checked against
what :class:`tumen.Tumen` and the JSON export say for the same store, pages are walked to the end, and bad input
gets a JSON error naming the field."""

from __future__ import annotations

import json
import shutil
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
import sqlalchemy as sa
from fastapi.testclient import TestClient

from pg_testing import PG_ENV, fresh_database, pg_admin_url
from tumen import Tumen
from tumen.cases.casebase import CaseBase
from tumen.corroborate.facts import Fact
from tumen.export import json_export as ex
from tumen.web import create_app

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples" / "corpus"
# Invented: a document whose text holds markup, quotes and Hangul, to come back byte for byte.
HOSTILE_TEXT = (
    'Seo Ha-rin said "<script>alert(1)</script>" was written on the cell wall in Onsong.\n'
    "서하린은 2019년 3월 온성에서 체포되었다고 말했다. Quote: 'it & <b>it</b>' — \u00a0end."
)
HOSTILE_QUERIES = [
    "' OR 1=1 --",
    '"; DROP TABLE documents; --',
    "NEAR(arrest detained)",
    '"unbalanced',
    "arrest*",
    "title:arrest",
    "<script>alert(1)</script>",
    "javascript:alert(1)",
    "%_%",
    "\\",
    "강미래 AND OR NOT",
    "a\u0000b",
    "\u202eevil",
]


@dataclass
class Site:
    """A processed store, the app over it, and the Tumen that answers the same questions directly."""

    tumen: Tumen
    client: TestClient
    backend: str

    def get(self, url: str, **params: Any) -> Any:
        answer = self.client.get(url, params=params)
        assert answer.status_code == 200, (url, params, answer.text)
        return answer.json()

    def walk(self, url: str, **params: Any) -> list[Any]:
        """Every item of a listing, following `next` to the end."""
        items: list[Any] = []
        cursor = None
        for _ in range(1000):
            page = self.get(url, **params, **({"cursor": cursor} if cursor else {}))
            assert set(page) == {"items", "next"}
            items += page["items"]
            cursor = page["next"]
            if cursor is None:
                return items
            assert page["items"], "a page with a next cursor is never empty"
        raise AssertionError("the walk did not end")


def _build(url: str) -> None:
    folder = Path(url.removeprefix("sqlite:///")).parent if url.startswith("sqlite") else None
    with Tumen.init(url) as tumen:
        tumen.ingest([str(EXAMPLES)])
        hostile = (folder or Path("/tmp")) / f"hostile-{uuid.uuid4().hex[:6]}.txt"
        hostile.write_text(HOSTILE_TEXT, encoding="utf-8")
        tumen.ingest([str(hostile)], meta={"title": "Cell <b>wall</b> & 'quotes'", "outlet": "Invented Wire"})
        hostile.unlink()
        tumen.process(workers=1)


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def store_url(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The sample corpus plus one invented document, ingested and processed once per module and backend."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path_factory.mktemp('api') / 'tumen.db'}"
        _build(url)
        yield url
        return
    admin = pg_admin_url()
    if admin is None:
        pytest.skip(f"PostgreSQL tests need {PG_ENV}")
    with fresh_database(admin, "tumen_api") as url:
        _build(url)
        yield url


@pytest.fixture(scope="module")
def site(store_url: str, sign_in: Callable[..., TestClient]) -> Iterator[Site]:
    with Tumen.open(store_url) as tumen, TestClient(create_app(tumen)) as client:
        sign_in(client, via="token")
        yield Site(tumen, client, "sqlite" if store_url.startswith("sqlite") else "postgresql")


@pytest.fixture(scope="module")
def casebase(site: Site) -> CaseBase:
    return site.tumen.casebase()


def plain(value: Any) -> Any:
    """As it comes back from JSON."""
    return json.loads(json.dumps(value, ensure_ascii=False))


# -- persons ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "filters",
    [{}, {"status": "released"}, {"status": "unknown"}, {"at_risk": True}, {"at_risk": False}, {"q": "Kang"},
     {"q": "강미래"}, {"q": "Choi", "status": "dead"}, {"q": "Ri Chol-jin", "at_risk": True}],
)  # fmt: skip
def test_persons_pages_walk_to_exactly_the_listing(site: Site, filters: dict[str, Any]) -> None:
    expected = plain([ex.person_item(p) for p in site.tumen.persons(**filters)])
    params = {k: str(v).lower() if isinstance(v, bool) else v for k, v in filters.items()}
    assert site.walk("/api/persons", limit=2, **params) == expected
    assert site.walk("/api/persons", limit=500, **params) == expected
    if filters == {}:
        assert len(expected) > 4 and len({p["id"] for p in expected}) == len(expected)


def test_persons_items_are_export_items(site: Site) -> None:
    validator = ex._item_validator("person")
    for item in site.walk("/api/persons", limit=7):
        assert not list(validator.iter_errors(item)), item["id"]


def test_person_file_is_the_case_file(site: Site) -> None:
    event = ex._item_validator("event")
    persons = site.tumen.persons()
    assert persons
    for person in persons:
        file = site.tumen.case_file(person)
        found = site.get(f"/api/persons/{person.id}")
        assert found == plain(
            {
                "person": ex.person_item(file.person),
                "relations": [ex.relation_item(r) for r in file.relations],
                "events": [ex.event_item(f) for f in file.facts],
                "names": file.names,
                "corrections": {"person": file.corrections, "events": file.event_corrections},
            }
        )
        for item in found["events"]:
            assert not list(event.iter_errors(item))
    with_events = site.get(f"/api/persons/{persons[0].id}")
    assert with_events["events"] and all(e["verdict"] for e in with_events["events"])
    assert any(e["evidence"] and e["evidence"][0]["quote"] for e in with_events["events"])


def test_ids_and_case_files_are_what_the_cli_prints(site: Site, store_url: str) -> None:
    from click.testing import CliRunner

    from tumen.cli.app import main

    listed = CliRunner().invoke(main, ["--db", store_url, "persons", "--json", "--limit", "1000"])
    assert listed.exit_code == 0, listed.output
    cli_ids = [p["id"] for p in json.loads(listed.output)]
    assert [p["id"] for p in site.walk("/api/persons", limit=3)] == cli_ids
    for person_id in cli_ids[:3]:
        shown = CliRunner().invoke(main, ["--db", store_url, "person", person_id, "--json"])
        assert shown.exit_code == 0, shown.output
        assert site.get(f"/api/persons/{person_id}") == json.loads(shown.output)


def test_unknown_person_is_404(site: Site) -> None:
    for person_id in ("P00000000", "nobody", "<script>", "' OR 1=1 --"):
        answer = site.client.get(f"/api/persons/{person_id}")
        assert answer.status_code == 404
        assert answer.json()["error"].startswith("no person")


# -- documents -------------------------------------------------------------------------------------------------


def test_document_with_and_without_text(site: Site) -> None:
    for info in site.tumen.documents():
        stored = site.tumen.document(info.id)
        found = site.get(f"/api/documents/{info.id}")
        assert {k: found[k] for k in ex.document_item(info)} == plain(ex.document_item(info))
        assert found["text"] == stored.text  # byte for byte
        assert (found["chars"], found["size"], found["media_type"]) == (stored.chars, stored.size, stored.media_type)
        bare = site.get(f"/api/documents/{info.id}", text="false")
        assert "text" not in bare and bare == {k: v for k, v in found.items() if k != "text"}
        assert site.get(f"/api/documents/{info.sha256[:12]}", text="false") == bare


def test_document_text_with_markup_and_hangul_comes_back_as_stored(site: Site) -> None:
    hits = site.tumen.search('"cell wall"')
    assert len(hits) == 1
    answer = site.client.get(f"/api/documents/{hits[0].document_id}")
    assert answer.headers["content-type"].startswith("application/json")
    assert answer.json()["text"] == HOSTILE_TEXT
    assert answer.json()["title"] == "Cell <b>wall</b> & 'quotes'"
    assert "서하린은".encode() in answer.content  # UTF-8 as is, not \uXXXX
    assert b"\\uc11c" not in answer.content


def test_unknown_document_is_404_without_text(site: Site) -> None:
    for ref in ("999999", "abcdef12", "not-a-ref", "1 OR 1=1"):
        answer = site.client.get(f"/api/documents/{ref}")
        assert answer.status_code == 404, ref
        assert answer.json()["error"].startswith("no document")
    assert site.client.get("/api/documents/1", params={"text": "perhaps"}).json()["error"].startswith("text:")


# -- events ----------------------------------------------------------------------------------------------------


def _involves(fact: Fact, person: str) -> bool:
    return person in {e for e, _r in fact.participants()} | {s.witness for s in fact.supports if s.witness}


def _overlaps(fact: Fact, start: date | None, end: date | None) -> bool:
    if start is None and end is None:
        return True
    t = fact.time
    return t is not None and (start is None or t.latest >= start) and (end is None or t.earliest <= end)


def _expected_events(case: CaseBase, **wanted: Any) -> list[Any]:
    start = date.fromisoformat(wanted["from"]) if "from" in wanted else None
    end = date.fromisoformat(wanted["to"]) if "to" in wanted else None
    return plain(
        [
            ex.event_item(f)
            for f in case.facts
            if ("person" not in wanted or _involves(f, wanted["person"]))
            and ("type" not in wanted or f.type == wanted["type"])
            and ("verdict" not in wanted or f.verdict.value == wanted["verdict"])
            and ("place" not in wanted or f.place == wanted["place"])
            and _overlaps(f, start, end)
        ]
    )


def test_events_walk_is_the_export_order(site: Site, casebase: CaseBase) -> None:
    everything = _expected_events(casebase)
    assert len(everything) > 10
    assert site.walk("/api/events", limit=2) == everything
    assert site.walk("/api/events", limit=500) == everything
    validator = ex._item_validator("event")
    assert all(not list(validator.iter_errors(e)) for e in everything)


def test_events_filtered(site: Site, casebase: CaseBase) -> None:
    facts = casebase.facts
    person = site.tumen.persons()[0].id
    place = next(f.place for f in facts if f.place)
    place_name = casebase.named[place].name
    kind = facts[len(facts) // 2].type
    contradicted = "contradicted"
    cases: list[dict[str, Any]] = [
        {"person": person},
        {"type": kind},
        {"verdict": contradicted},
        {"place": place},
        {"from": "2016-01-01", "to": "2016-12-31"},
        {"from": "2023-06-01"},
        {"to": "2015-12-31"},
        {"person": person, "from": "2010-01-01", "verdict": "single_source"},
        {"type": "no_such_type"},
    ]
    for wanted in cases:
        expected = _expected_events(casebase, **wanted)
        assert site.walk("/api/events", limit=2, **wanted) == expected, wanted
        if wanted != {"type": "no_such_type"}:
            assert expected, wanted  # each filter is tried on events it keeps
    # An event dated only by the principal's age at the time (no statement gives its time) is found by a period too.
    aged = next(f for f in facts if f.time is not None and f.time is f.derived_time)
    assert aged.time is not None
    reaching = {"from": aged.time.latest.isoformat()}
    assert aged.id in {e["id"] for e in site.walk("/api/events", limit=2, **reaching)}
    assert site.walk("/api/events", limit=2, **reaching) == _expected_events(casebase, **reaching)
    by_name = site.walk("/api/events", limit=3, place=place_name)
    assert {e["place"] for e in by_name} <= _place_ids(casebase, place_name)
    assert {e["id"] for e in by_name} >= {e["id"] for e in _expected_events(casebase, place=place)}


def _place_ids(case: CaseBase, name: str) -> set[str]:
    return {
        n.id
        for n in case.named.values()
        if n.kind == "place" and name.casefold() in {x.casefold() for x in [n.name, *n.aliases]}
    }


# -- search ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("q", ["arrested", "강미래", '"North Korea"', "Kang detained", "the"])
def test_search_walk_is_the_ranking(site: Site, q: str) -> None:
    expected = plain([hit.as_dict() for hit in site.tumen.search(q, limit=1000)])
    assert expected or q == "Kang detained"
    assert site.walk("/api/search", q=q, limit=2) == expected
    assert site.walk("/api/search", q=q, limit=500) == expected


@pytest.mark.parametrize("hostile", HOSTILE_QUERIES)
def test_hostile_strings_never_fail_the_server(site: Site, hostile: str) -> None:
    for url, params in [
        ("/api/search", {"q": hostile}),
        ("/api/persons", {"q": hostile}),
        ("/api/events", {"place": hostile}),
        ("/api/events", {"person": hostile}),
        ("/api/events", {"type": hostile}),
        ("/api/persons", {"status": hostile}),
        ("/api/persons", {"cursor": hostile}),
    ]:
        answer = site.client.get(url, params=params)
        assert answer.status_code in (200, 400, 404, 422), (url, params, answer.text)
        body = answer.json()
        assert (
            ("items" in body) if answer.status_code == 200 else (set(body) == {"error"} and "\n" not in body["error"])
        )
    for path in (f"/api/persons/{quote(hostile, safe='')}", f"/api/documents/{quote(hostile, safe='')}"):
        answer = site.client.get(path)
        assert answer.status_code in (404, 422), (path, answer.text)
        assert set(answer.json()) == {"error"}


# -- errors ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "params", "status", "field"),
    [
        ("/api/persons", {"limit": "0"}, 422, "limit"),
        ("/api/persons", {"limit": "501"}, 422, "limit"),
        ("/api/persons", {"limit": "ten"}, 422, "limit"),
        ("/api/persons", {"at_risk": "maybe"}, 422, "at_risk"),
        ("/api/persons", {"status": "free"}, 422, "status"),
        ("/api/events", {"from": "2020-13-01"}, 422, "from"),
        ("/api/events", {"from": "2021-01-01", "to": "2020-01-01"}, 422, "from"),
        ("/api/events", {"verdict": "true"}, 422, "verdict"),
        ("/api/events", {"type": "Arrest!"}, 422, "type"),
        ("/api/events", {"person": "P00000000"}, 404, "person"),
        ("/api/events", {"place": "Atlantis"}, 404, "place"),
        ("/api/events", {"cursor": "bm90IGEgY3Vyc29y"}, 400, "cursor"),
        ("/api/search", {}, 422, "q"),
        ("/api/search", {"q": "   "}, 422, "q"),
        ("/api/search", {"q": " ".join(f"w{i}" for i in range(80))}, 400, "terms"),
        ("/api/search", {"q": "x" * 1001}, 422, "q"),
        ("/api/nowhere", {}, 404, "/api/nowhere"),
    ],
)
def test_errors_name_the_field(site: Site, url: str, params: dict[str, str], status: int, field: str) -> None:
    answer = site.client.get(url, params=params)
    assert answer.status_code == status, answer.text
    body = answer.json()
    assert set(body) == {"error"}
    assert field in body["error"] and "\n" not in body["error"] and "Traceback" not in body["error"]


def test_an_unreachable_store_is_503_without_details() -> None:
    from tumen.store import Store

    nowhere = Tumen(Store.open("postgresql+psycopg://tumen@127.0.0.1:1/nowhere"))  # nothing listens on port 1
    with TestClient(create_app(nowhere)) as client:
        for url in ("/api/persons", "/api/search?q=arrest", "/api/persons/P00000000", "/api/documents/1"):
            answer = client.get(url, headers={"Authorization": "Bearer tmn_any"})  # its check needs the store
            assert answer.status_code == 503, url
            assert answer.json() == {"error": "the evidence store cannot be read now (see the server log)"}
    nowhere.close()


def test_a_cursor_only_continues_its_own_walk(site: Site) -> None:
    page = site.get("/api/persons", limit=1)
    assert page["next"]
    for url, params in [
        ("/api/persons", {"status": "released"}),
        ("/api/events", {}),
        ("/api/search", {"q": "arrested"}),
    ]:
        answer = site.client.get(url, params={**params, "cursor": page["next"]})
        assert answer.status_code == 400 and answer.json()["error"].startswith("cursor:")


def test_the_api_only_reads(site: Site) -> None:
    answer = site.client.post("/api/persons", json={})
    assert answer.status_code == 405 and "only reads" in answer.json()["error"]


# -- retired ids -----------------------------------------------------------------------------------------------


@pytest.fixture
def merged(
    site: Site, store_url: str, tmp_path: Path, sign_in: Callable[..., TestClient]
) -> Iterator[tuple[Site, str, str]]:
    """A copy of the store where an analyst merged two persons: (site, retired id, surviving id)."""
    if site.backend == "sqlite":
        path = tmp_path / "merged.db"
        shutil.copyfile(store_url.removeprefix("sqlite:///"), path)
        url = f"sqlite:///{path}"
        cleanup = None
    else:
        name = f"tumen_api_m_{uuid.uuid4().hex[:8]}"
        base = sa.engine.make_url(store_url).database
        site.tumen.store.engine.dispose()  # a template database must have no other connection
        admin = sa.create_engine(store_url, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.exec_driver_sql(
                f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{base}' "
                "AND pid <> pg_backend_pid()"
            )
        admin.dispose()
        admin = sa.create_engine(pg_admin_url() or "", isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.exec_driver_sql(f'CREATE DATABASE "{name}" TEMPLATE "{base}"')
        url = sa.engine.make_url(store_url).set(database=name).render_as_string(hide_password=False)
        cleanup = (admin, name)
    try:
        with Tumen.open(url) as tumen, TestClient(create_app(tumen)) as client:
            sign_in(client, via="token")
            named = [p for p in tumen.persons() if not p.name[:1].islower() and len(p.records) == 1]
            left, right = named[-2], named[-1]
            tumen.judge(left.records[0], right.records[0], "positive", by="test")
            survivor = tumen.find_persons(left.id)[0].id
            retired = right.id if survivor == left.id else left.id
            assert tumen.find_persons(retired)[0].id == survivor != retired
            yield Site(tumen, client, site.backend), retired, survivor
    finally:
        if cleanup is not None:
            engine, name = cleanup
            with engine.connect() as conn:
                conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            engine.dispose()


def test_a_retired_id_redirects_to_the_surviving_person(merged: tuple[Site, str, str]) -> None:
    site, retired, survivor = merged
    answer = site.client.get(f"/api/persons/{retired}", follow_redirects=False)
    assert answer.status_code == 307
    assert answer.headers["location"].endswith(f"/api/persons/{survivor}")
    followed = site.client.get(f"/api/persons/{retired}")
    assert followed.status_code == 200 and followed.json()["person"]["id"] == survivor
    assert followed.json()["person"] == plain(ex.person_item(site.tumen.find_persons(survivor)[0]))
    assert {e["id"] for e in site.walk("/api/events", person=retired)} == {
        e["id"] for e in site.walk("/api/events", person=survivor)
    }
    assert retired not in {p["id"] for p in site.walk("/api/persons", limit=3)}
