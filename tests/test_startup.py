"""Start-up: a command imports only what it uses, so every command starts quickly, and the store's revision check
agrees with Alembic without importing it."""

from __future__ import annotations

import json
import subprocess
import sys

from tumen.store import migrate

HEAVY = ("alembic", "trafilatura", "pypdf", "docx", "spacy", "datasketch", "scipy", "weasyprint", "fastapi")


def _modules_after(code: str) -> set[str]:
    script = f"import json, sys\n{code}\nprint(json.dumps(sorted({{m.split('.')[0] for m in sys.modules}})))"
    out = subprocess.run([sys.executable, "-c", script], check=True, capture_output=True, text=True).stdout
    return set(json.loads(out.strip().splitlines()[-1]))


def test_head_revision_read_from_the_files_is_alembics_head() -> None:
    assert migrate.head_revision() == migrate.alembic_head()


def test_the_command_line_starts_without_the_heavy_libraries() -> None:
    loaded = _modules_after("import tumen.cli")
    assert loaded.isdisjoint(HEAVY), sorted(loaded & set(HEAVY))


def test_opening_a_store_does_not_import_alembic(tmp_path: object) -> None:
    db = f"{tmp_path}/s.db"
    subprocess.run([sys.executable, "-m", "tumen", "--db", db, "init"], check=True, capture_output=True)
    loaded = _modules_after(f"from tumen import Tumen\nTumen.open({db!r}).close()")
    assert "alembic" not in loaded


def test_an_uninitialised_database_has_no_revision(tmp_path: object) -> None:
    from sqlalchemy import create_engine

    assert migrate.current_revision(create_engine(f"sqlite:///{tmp_path}/empty.db")) is None


def test_a_pdf_is_still_read_through_its_reader_loaded_on_first_use() -> None:
    from tumen.errors import InputError
    from tumen.ingest.readers import READERS

    try:
        READERS["application/pdf"](b"%PDF-1.4 not really", "broken.pdf")
    except InputError as error:
        assert "broken.pdf" in str(error)
    else:
        raise AssertionError("a broken PDF must be refused with its name")


def test_loading_the_english_pipeline_leaves_spacys_command_line_unimported() -> None:
    """spaCy's package imports its whole command line (project tool, HTTP client) for ``spacy.info``; tumen
    imports spaCy without it, and the pipeline still parses."""
    loaded = _modules_after(
        "from tumen.extract.nlp import english\nassert [t.text for t in english()('Kim was arrested.')][:2] == "
        "['Kim', 'was']\nassert 'spacy.cli' not in sys.modules"
    )
    assert "spacy" in loaded and loaded.isdisjoint({"weasel", "httpx", "typer"}), sorted(loaded)


def test_spacys_command_line_and_info_still_work_after_that() -> None:
    code = (
        "from tumen.extract.nlp import english\nenglish()\nimport spacy, spacy.cli\n"
        "assert callable(spacy.cli.download)\nprint(json.dumps(sorted(spacy.info(silent=True))))"
    )
    script = f"import json, sys\n{code}"
    out = subprocess.run([sys.executable, "-c", script], check=True, capture_output=True, text=True).stdout
    assert "spacy_version" in json.loads(out.strip().splitlines()[-1])
