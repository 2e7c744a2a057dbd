"""The registries: a stage registered here shows up in the worker, the media route, the app's
navigation and the `bodycam` command without any of them being edited."""

from __future__ import annotations

import asyncio
import sys
import types

import click
import pytest
from accounts_support import account
from click.testing import CliRunner
from starlette.requests import Request

from bodycam import registry
from bodycam.cli import cli
from bodycam.models import jobs
from bodycam.registry import Page
from bodycam.stages import STAGES
from bodycam.worker import process_jobs


@pytest.fixture
def notes_stage(monkeypatch):
    """A made-up stage: a job kind, a media kind, a CLI module with one command and a page
    that only admins may open."""
    saved = registry.snapshot()

    def run_notes_job(store, job, options, progress):
        progress(0.5, "writing")
        with store.change("worker", "job.finish") as change:
            jobs.finish(change, job)
        return f"noted {job.payload['text']}"

    @click.command("notes")
    @click.argument("text")
    def notes(text: str) -> None:
        """Echo a note, to show that a registered stage's command is reachable."""
        click.echo(f"note: {text}")

    module = types.ModuleType("notes_stage_cli")
    module.COMMANDS = (notes,)
    module.render = lambda: None
    monkeypatch.setitem(sys.modules, "notes_stage_cli", module)

    registry.register_job_kind("notes", run_notes_job)
    registry.register_media_kind(
        "notes", "text/plain", locate=lambda store, footage_id: f"media/derived/{footage_id}/n.txt"
    )
    registry.register_cli("notes_stage_cli")
    registry.register_page(Page("Notes", "notes_stage_cli:render", "notes", roles=("admin",)))
    yield
    registry.restore(saved)


def test_every_stage_module_is_listed_once_and_registers_something():
    assert len(set(STAGES)) == len(STAGES)
    assert sorted(registry.media_kinds()) == [
        "audio", "clip", "envelope", "filmstrip", "poster", "proxy",
    ]  # fmt: skip
    assert sorted(registry.REGISTRY.job_kinds) == [
        "clip", "debrief_export", "export", "ingest", "suggest", "transcribe",
    ]  # fmt: skip
    assert [(p.title, p.url_path, p.roles) for p in registry.pages()] == [
        ("Library", "library", ("supervisor", "trainer", "researcher", "admin")),
        ("Review", "review", ("supervisor", "trainer", "researcher", "admin")),
        ("Codebook", "codebook", ("admin", "researcher")),
        ("Research", "research", ("researcher", "admin")),
        ("Verify", "verify", ("supervisor", "admin")),
        ("Debrief", "debrief", ("trainer", "admin")),
        ("Sign in", "login", ()),
        ("Audit", "audit", ("admin",)),
        ("Admin", "admin", ("admin",)),
    ]
    assert registry.cli_modules() == [
        "bodycam.cli.audit",
        "bodycam.cli.users",
        "bodycam.cli.backup",
        "bodycam.cli.ingest",
        "bodycam.cli.footage",
        "bodycam.cli.process",
        "bodycam.cli.transcript",
        "bodycam.cli.segment",
        "bodycam.cli.tags",
        "bodycam.cli.research",
        "bodycam.cli.suggest",
        "bodycam.cli.debrief",
        "bodycam.cli.scale",
        "bodycam.cli.serve",
    ]
    assert registry.job_kind("transcribe").split is not None  # its compute can go to Dask


def test_registered_job_kind_is_run_by_the_worker(notes_stage, store):
    with store.change("tester", "job.enqueue") as change:
        job_id = jobs.enqueue(change, "notes", None, {"text": "hello"})
    seen = []
    [outcome] = process_jobs(store, progress=lambda job, f, m: seen.append((job.id, f, m)))
    assert outcome.to_dict() == {
        "job_id": job_id,
        "kind": "notes",
        "footage_id": None,
        "state": "done",
        "error": None,
        "detail": "noted hello",
    }
    assert seen == [(job_id, 0.5, "writing")]
    assert store.get("jobs", job_id)["state"] == "done"


def test_unregistered_job_kind_fails_with_the_kinds_this_version_runs(store):
    with store.change("tester", "job.enqueue") as change:
        job_id = jobs.enqueue(change, "notes", None)
    [outcome] = process_jobs(store)
    expected = (
        "unknown job kind 'notes': this version runs clip, debrief_export, export, ingest, "
        "suggest, transcribe; "
        "a newer version may have queued it"
    )
    assert (outcome.state, outcome.error) == ("failed", expected)
    assert store.get("jobs", job_id)["error"] == expected


def _get(endpoint, url: str):
    path, _, query = url.partition("?")
    _, _, footage_id, kind = path.split("/")
    scope = {
        "type": "http",
        "method": "GET",
        "path": path,
        "query_string": query.encode(),
        "headers": [],
        "path_params": {"footage_id": footage_id, "kind": kind},
    }
    return asyncio.run(endpoint(Request(scope)))


def test_registered_media_kind_is_signed_and_served(notes_stage, store):
    from bodycam.ui.media import media_endpoint, signed_url

    note = store.layout.derived_dir(3) / "n.txt"
    note.parent.mkdir(parents=True)
    note.write_text("a note")
    endpoint = media_endpoint(str(store.root))
    account(store)  # the admin the links are signed for
    response = _get(endpoint, signed_url(store.layout, 3, "notes", "admin"))
    assert (response.status_code, response.media_type, response.path) == (
        200,
        "text/plain",
        note.resolve(),
    )
    assert _get(endpoint, signed_url(store.layout, 4, "notes", "admin")).status_code == 404


def test_unregistered_media_kind_is_refused(store):
    from bodycam.ui.media import signed_url

    with pytest.raises(ValueError, match=r"no media kind 'notes': use one of proxy, audio"):
        signed_url(store.layout, 1, "notes", "admin")


def test_registered_page_is_shown_to_its_roles_only(notes_stage):
    from bodycam.ui.navigation import visible_pages

    assert [p.title for p in visible_pages("admin")] == [
        "Library",
        "Review",
        "Codebook",
        "Research",
        "Verify",
        "Debrief",
        "Audit",
        "Admin",
        "Notes",
    ]
    assert [p.title for p in visible_pages("supervisor")] == ["Library", "Review", "Verify"]
    assert [p.title for p in visible_pages("researcher")] == [
        "Library",
        "Review",
        "Codebook",
        "Research",
    ]
    # An anonymous visitor: the sign-in page only; a signed-in one never sees it.
    assert [p.title for p in visible_pages(None)] == ["Sign in"]


def test_the_default_page_stays_the_first_when_the_app_is_started_for_a_footage(monkeypatch):
    from bodycam.ui.navigation import OPEN_FOOTAGE_ENV, pages_for, visible_pages

    def default_page() -> list[str]:
        # Outside a running app st.Page keeps only its (private) default and visibility flags.
        # The role's own pages come first, then the hidden addresses of the others.
        shown = zip(visible_pages("trainer"), pages_for("trainer"), strict=False)
        return [page.title for page, st_page in shown if st_page._default]

    monkeypatch.delenv(OPEN_FOOTAGE_ENV, raising=False)
    assert default_page() == ["Library"]
    # Streamlit serves the default page at the root and nowhere else: making Review the default
    # (until session 47) left "/review?footage=1", the address `bodycam demo` prints, to
    # "Page not found". The root now sends a new session there (open_started_footage).
    monkeypatch.setenv(OPEN_FOOTAGE_ENV, "3")
    assert default_page() == ["Library"]


def test_every_page_answers_at_its_own_address_for_every_role():
    from bodycam.ui.navigation import pages_for, visible_pages

    def flags(role):
        # Outside a running app st.Page keeps only its (private) default and visibility flags;
        # the browser test (test_review_browser) checks the addresses themselves.
        return [(page._default, page._visibility) for page in pages_for(role)]

    assert len(registry.pages()) == 9
    # A visitor: the sign-in form at the root, and hidden at the address of each of the eight
    # pages that need an account.
    assert flags(None) == [(True, "visible")] + [(False, "hidden")] * 8
    # An admin opens every page but the sign-in one.
    assert len(visible_pages("admin")) == 8
    assert flags("admin") == [(True, "visible")] + [(False, "visible")] * 7
    # A researcher: its four pages, then the four not open to it (which say so).
    assert len(visible_pages("researcher")) == 4
    opens = [(True, "visible")] + [(False, "visible")] * 3
    assert flags("researcher") == opens + [(False, "hidden")] * 4


@pytest.mark.parametrize(("owns", "status"), [(False, "ready"), (True, "failed")])
def test_a_failing_follow_up_job_leaves_the_footage_status(store, owns, status):
    """Only a job kind that owns the footage's lifecycle (transcription) fails the footage; a
    failing follow-up (suggestions, exports) must not mark a transcribed footage failed."""
    saved = registry.snapshot()

    def explode(store, job, options, progress):
        raise ValueError("detector crashed")

    registry.register_job_kind("explode", explode, owns_footage_status=owns)
    try:
        with store.change("tester", "footage.ingest") as change:
            footage_id = change.insert(
                "footage",
                {
                    "sha256": "ab" * 32,
                    "original_name": "a.mp4",
                    "original_path": "a.mp4",
                    "size": 1,
                    "ingested_at": change.at,
                    "ingested_by": "tester",
                    "status": "ready",
                },
            )
            jobs.enqueue(change, "explode", footage_id, {})
        [outcome] = process_jobs(store)
    finally:
        registry.restore(saved)
    assert (outcome.state, outcome.error) == ("failed", "ValueError: detector crashed")
    assert store.get("footage", footage_id)["status"] == status


def test_registered_command_is_part_of_the_cli(notes_stage):
    result = CliRunner().invoke(cli, ["notes", "hello"], catch_exceptions=False)
    assert (result.exit_code, result.output) == (0, "note: hello\n")
    assert "notes" in CliRunner().invoke(cli, ["--help"]).output


def test_page_with_unknown_role_and_duplicate_names_are_refused(notes_stage):
    with pytest.raises(ValueError, match=r"page 'Reports' names unknown roles \['manager'\]"):
        registry.register_page(Page("Reports", "x:render", "reports", roles=("manager",)))
    with pytest.raises(ValueError, match="job kind 'notes' is registered twice"):
        registry.register_job_kind("notes", lambda *args: "")
    with pytest.raises(ValueError, match="page 'notes' is registered twice"):
        registry.register_page(Page("Notes again", "x:render", "notes"))
