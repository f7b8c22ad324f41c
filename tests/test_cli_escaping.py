"""User and document text reaches the terminal as written: brackets intact, control characters visible.

Runs the real ``tumen`` command (click's runner) on a real SQLite store holding invented documents
whose text, titles, outlets and file names contain rich markup, escape sequences and line breaks.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from tumen.cli import main
from tumen.cli.render import json_text, markup_safe, plain, styled

ESC = "\x1b"
CLEAR = ESC + "[2J"
QUOTE_A = "Kim Min-jun was arrested [redacted] by police in Hyesan on 3 March 2019, his sister said [/laughs]."
STORY_A = f"{QUOTE_A}\nNobody has seen him since [sic].\n"
STORY_B = (
    "Kim Min-jun was arrested by police in Hyesan on 9 March 2019, according to [bold]x[/bold] a neighbour [/laughs].\n"
    f"{CLEAR}The neighbour paid $8,000 to a broker in 2018.\n"
)
TITLE_A = f"Taken [redacted] {CLEAR}at night"
OUTLET_A = "[/laughs] Wire"
OUTLET_B = f"Hanbit [the guard] {CLEAR}Daily"
SHOWN_B = "Hanbit [the guard] \\x1b[2JDaily"  # as the terminal shows it


def tumen(*args: str, input: bytes | None = None) -> Result:
    """The real command; an uncaught exception fails the test with its traceback."""
    return CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)


def assert_clean(result: Result) -> None:
    assert ESC.encode() not in result.stdout_bytes, "a raw ESC byte reached stdout"
    assert ESC.encode() not in result.stderr_bytes, "a raw ESC byte reached stderr"
    assert b"\r" not in result.stdout_bytes + result.stderr_bytes
    assert "Traceback" not in result.stdout + result.stderr


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    folder = tmp_path_factory.mktemp("escaping")
    db = str(folder / "t.db")
    a = folder / "night [raid].txt"
    a.write_text(STORY_A, encoding="utf-8")
    b = folder / "neighbour.txt"
    b.write_text(STORY_B, encoding="utf-8")
    assert tumen("--db", db, "init").exit_code == 0
    result = tumen("--db", db, "ingest", str(a), "--title", TITLE_A, "--outlet", OUTLET_A, "--published", "2023-05-01")
    assert result.exit_code == 0, result.stderr
    result = tumen("--db", db, "ingest", str(b), "--outlet", OUTLET_B, "--published", "2023-06-01")
    assert result.exit_code == 0, result.stderr
    processed = tumen("--db", db, "process")
    assert processed.exit_code == 0, processed.stderr
    yield db


def test_documents_lists_titles_and_outlets_as_written(store: str) -> None:
    result = tumen("--db", store, "documents")
    assert result.exit_code == 0
    assert_clean(result)
    assert "Taken [redacted] \\x1b[2Jat night" in result.stdout
    assert OUTLET_A in result.stdout and SHOWN_B in result.stdout
    listed = json.loads(tumen("--db", store, "documents", "--json").stdout)
    assert listed[0]["title"] == TITLE_A  # JSON keeps the value exactly (ESC as \u001b)


def test_show_prints_metadata_and_text_as_written(store: str) -> None:
    result = tumen("--db", store, "show", "1")
    assert result.exit_code == 0
    assert_clean(result)
    assert "Taken [redacted] \\x1b[2Jat night" in result.stdout
    assert OUTLET_A in result.stdout
    assert "night [raid].txt" in result.stdout
    assert STORY_A.strip() in result.stdout  # the stored text, line breaks and brackets intact
    result = tumen("--db", store, "show", "2")
    assert_clean(result)
    assert "[bold]x[/bold]" in result.stdout
    assert "\\x1b[2JThe neighbour paid $8,000" in result.stdout
    shown = json.loads(tumen("--db", store, "show", "2", "--json").stdout)
    assert shown["text"] == STORY_B


def test_facts_prints_quotes_as_written(store: str) -> None:
    result = tumen("--db", store, "facts", "1")
    assert result.exit_code == 0, result.stderr
    assert_clean(result)
    assert "Taken [redacted] \\x1b[2Jat night" in result.stdout and OUTLET_A in result.stdout
    assert QUOTE_A in result.stdout
    result = tumen("--db", store, "facts", "2")
    assert result.exit_code == 0
    assert_clean(result)
    assert "according to [bold]x[/bold] a neighbour [/laughs]." in result.stdout
    assert "\\x1b[2JThe neighbour paid $8,000 to a broker in 2018." in result.stdout
    assert json.loads(tumen("--db", store, "facts", "2", "--json").stdout)["document"] == 2


def test_person_prints_sources_and_quotes_as_written(store: str) -> None:
    result = tumen("--db", store, "person", "Kim Min-jun")
    assert result.exit_code == 0, result.stderr
    assert_clean(result)
    assert result.stdout.startswith("Kim Min-jun  (P")
    assert OUTLET_A in result.stdout and SHOWN_B in result.stdout  # the sources of the contradicted arrest
    assert f"«{QUOTE_A}»" in result.stdout
    assert "according to [bold]x[/bold] a neighbour" in result.stdout


def test_person_not_found_names_the_query_as_written(store: str) -> None:
    result = tumen("--db", store, "person", "[/laughs] Kim")
    assert result.exit_code == 1
    assert_clean(result)
    assert result.stderr == "error: no person '[/laughs] Kim' (give a name, a person id such as P1a2b3c4d, or DOC:pN)\n"


def test_ingest_reports_file_names_as_written(tmp_path: Path) -> None:
    db = str(tmp_path / "t.db")
    tumen("--db", db, "init")
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a [bold]b[red] c.txt").write_bytes(b"")  # fails: empty
    (folder / "x\ningested 999, duplicates 0, failed 0\n.txt").write_bytes(b"")  # fails: empty
    (folder / f"t{CLEAR}.txt").write_bytes(b"")  # fails: empty
    (folder / "ok [1].txt").write_text("An invented note [redacted] about nothing in particular.\n")
    result = tumen("--db", db, "ingest", str(folder))
    assert result.exit_code == 1
    assert_clean(result)
    assert result.stdout.splitlines() == ["ingested 1, duplicates 0, failed 3"]
    failed = result.stderr.splitlines()
    assert len(failed) == 3, failed
    assert any("a [bold]b[red] c.txt" in line for line in failed)
    assert any("x\\ningested 999, duplicates 0, failed 0\\n.txt" in line for line in failed)
    assert any("t\\x1b[2J.txt" in line for line in failed)
    assert not any(line.startswith("ingested") for line in failed)
    listing = tumen("--db", db, "documents")
    assert "ok [1]" in tumen("--db", db, "show", "1").stdout and listing.exit_code == 0


def test_stdin_with_markup_ingests_and_shows(tmp_path: Path) -> None:
    db = str(tmp_path / "t.db")
    tumen("--db", db, "init")
    text = "A [italic]made-up[/italic] line read from standard input :smile: [/]\n"
    result = tumen("--db", db, "ingest", "-", "--title", "[/]", input=text.encode())
    assert result.exit_code == 0, result.stderr
    shown = tumen("--db", db, "show", "1")
    assert_clean(shown)
    assert text.strip() in shown.stdout  # no markup, no emoji codes replaced
    assert "  [/]" in shown.stdout


# ---------------------------------------------------------------------------- the helpers


def test_plain_makes_control_characters_visible() -> None:
    assert plain(f"a{CLEAR}b\r\nc\td") == "a\\x1b[2Jb\\r\\nc\\td"
    assert plain("x\u202eevil\x9b\x7f\u2028y") == "x\\u202eevil\\x9b\\x7f\\u2028y"
    assert plain("line one\n\tline two\r", multiline=True) == "line one\n\tline two\\r"
    assert plain("[redacted] 강미래 €") == "[redacted] 강미래 €"


def test_markup_safe_and_styled_keep_brackets() -> None:
    from rich.console import Console

    console = Console(width=200, emoji=False, highlight=False, color_system=None)
    for text in ("[redacted]", "[/laughs]", "[bold]x[/bold]", "a \\[b] c", "[the guard]: said"):
        with console.capture() as captured:
            console.print("[bold]" + markup_safe(text) + "[/bold]")
            console.print(styled(("name", "bold"), " ", text))
        assert captured.get() == f"{text}\nname {text}\n"
    with console.capture() as captured:
        console.print(styled(f"ends with a backslash \\ {CLEAR}"))
    assert captured.get() == "ends with a backslash \\ \\x1b[2J\n"


def test_json_text_escapes_what_json_leaves_raw() -> None:
    data = {"title": f"a{ESC}\u202eb\x9b", "text": "[x]\nline"}
    text = json_text(data)
    assert ESC not in text and "\u202e" not in text and "\x9b" not in text
    assert json.loads(text) == data
