"""The REST API over a real HTTP server (uvicorn on a loopback port, the sample store): several clients at once get
the same answers as one at a time, and the bytes on the wire are UTF-8 JSON with Hangul as is."""

from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx

from tumen import Tumen


def test_concurrent_clients_get_what_one_client_gets(live_server: Any, web_tumen: Tumen) -> None:
    url = str(live_server.url)
    person_ids = [p.id for p in web_tumen.persons()]
    paths = [f"/api/persons/{pid}" for pid in person_ids]
    paths += ["/api/persons?limit=3", "/api/events?limit=5", "/api/search?q=arrested", "/api/documents/1"]
    with httpx.Client(base_url=url, timeout=30, headers=live_server.api_headers) as client:
        alone = {path: client.get(path).json() for path in paths}
    assert all("error" not in answer for answer in alone.values())

    def fetch(path: str) -> tuple[str, object]:
        with httpx.Client(base_url=url, timeout=30, headers=live_server.api_headers) as client:
            return path, client.get(path).json()

    with ThreadPoolExecutor(max_workers=8) as pool:
        together = list(pool.map(fetch, paths * 3))
    assert all(answer == alone[path] for path, answer in together)


def test_hangul_goes_over_the_wire_as_utf8(live_server: Any, web_tumen: Tumen) -> None:
    korean = next(
        p for p in web_tumen.persons() if any("\uac00" <= ch <= "\ud7a3" for ch in p.name + "".join(p.aliases))
    )
    answer = httpx.get(f"{live_server.url}/api/persons/{korean.id}", timeout=30, headers=live_server.api_headers)
    assert answer.status_code == 200
    assert answer.headers["content-type"] == "application/json"
    hangul = next(n for n in [korean.name, *korean.aliases] if any("\uac00" <= ch <= "\ud7a3" for ch in n))
    assert hangul.encode("utf-8") in answer.content
    assert json.dumps(hangul).strip('"').encode("ascii") not in answer.content  # not as \\uXXXX escapes
