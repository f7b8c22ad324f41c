"""/openapi.json describes every REST endpoint: an OpenAPI 3 document whose operations have summaries, described
parameters and response schemas that resolve (a structure check, no validator package needed)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from tumen import Tumen
from tumen.export import json_export as ex
from tumen.web import create_app

ENDPOINTS = {
    "/api/persons": {"q", "status", "at_risk", "limit", "cursor"},
    "/api/persons/{person_id}": {"person_id"},
    "/api/documents/{ref}": {"ref", "text"},
    "/api/events": {"person", "type", "place", "from", "to", "verdict", "limit", "cursor"},
    "/api/search": {"q", "limit", "cursor"},
}
METHODS = {"get", "put", "post", "delete", "options", "head", "patch", "trace"}


@pytest.fixture(scope="module")
def spec(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    path: Path = tmp_path_factory.mktemp("openapi") / "tumen.db"
    with Tumen.init(f"sqlite:///{path}") as tumen, TestClient(create_app(tumen)) as client:
        answer = client.get("/openapi.json")
        assert answer.status_code == 200
        yield answer.json()


def _resolve(spec: dict[str, Any], ref: str) -> dict[str, Any]:
    assert ref.startswith("#/"), ref
    node: Any = spec
    for part in ref[2:].split("/"):
        assert part in node, f"unresolved {ref}"
        node = node[part]
    assert isinstance(node, dict)
    return node


def _refs(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref":
                yield value
            else:
                yield from _refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from _refs(value)


def test_openapi_is_an_openapi_3_document(spec: dict[str, Any]) -> None:
    assert spec["openapi"].startswith("3.")
    assert spec["info"]["title"] and spec["info"]["version"]
    assert isinstance(spec["paths"], dict)
    for path, item in spec["paths"].items():
        assert path.startswith("/")
        for method, operation in item.items():
            assert method in METHODS | {"parameters", "summary", "description"}, (path, method)
            if method in METHODS:
                assert operation["responses"], (path, method)
                for code in operation["responses"]:
                    assert code == "default" or (code.isdigit() and len(code) == 3), code
    for ref in _refs(spec):  # every reference points at something
        _resolve(spec, ref)
    ids = [op["operationId"] for item in spec["paths"].values() for m, op in item.items() if m in METHODS]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize("path", sorted(ENDPOINTS))
def test_every_endpoint_is_documented(spec: dict[str, Any], path: str) -> None:
    operation = spec["paths"][path]["get"]
    assert operation["summary"] and operation["description"]
    parameters = {p["name"]: p for p in operation["parameters"]}
    assert set(parameters) == ENDPOINTS[path]
    for name, parameter in parameters.items():
        assert parameter["in"] in ("query", "path") and parameter["description"], name
        assert "schema" in parameter, name
        assert parameter["required"] is (parameter["in"] == "path" or (path, name) == ("/api/search", "q"))
    body = operation["responses"]["200"]["content"]["application/json"]["schema"]
    assert "$ref" in body and _resolve(spec, body["$ref"])["properties"]
    for code in ("404", "422"):
        error = operation["responses"][code]["content"]["application/json"]["schema"]
        assert _resolve(spec, error["$ref"])["properties"] == {
            "error": _resolve(spec, error["$ref"])["properties"]["error"]
        }


def test_response_schemas_hold_the_export_fields(spec: dict[str, Any]) -> None:
    schemas = spec["components"]["schemas"]
    export = ex.schema()["$defs"]
    for model, kind in (("Person", "person"), ("Event", "event"), ("Evidence", "evidence")):
        assert set(export[kind]["properties"]) <= set(schemas[model]["properties"]), model
        assert set(export[kind]["required"]) <= set(schemas[model]["required"]), model
    for page in ("PersonPage", "EventPage", "SearchPage"):
        assert set(schemas[page]["properties"]) == {"items", "next"}
    person = spec["paths"]["/api/persons/{person_id}"]["get"]
    assert "307" in person["responses"]  # a retired id redirects to the surviving person
    status = {p["name"]: p for p in spec["paths"]["/api/persons"]["get"]["parameters"]}["status"]
    assert status["schema"]["enum"] == [s for s in export["person"]["properties"]["status"]["enum"] if s]
    verdict = {p["name"]: p for p in spec["paths"]["/api/events"]["get"]["parameters"]}["verdict"]
    assert "Verdict" in str(verdict["schema"])
