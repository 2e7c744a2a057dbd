"""The suggest stage (issue 15): the ``suggest`` job (queued after every transcription and on
demand), the CLI commands and the Verify page."""

from ..registry import Page, register_cli, register_job_kind, register_page


def run_suggest_job(store, job, options, progress):
    """Run the detectors on the footage's current transcript; the job finishes in the change
    that stores the suggestions."""
    from .runs import run_detectors

    progress(0.1, "reading the transcript")
    return run_detectors(store, job.footage_id, "worker", job=job).detail()


register_job_kind("suggest", run_suggest_job, permission="suggestion.decide")
register_cli("bodycam.cli.suggest")
register_page(
    Page(
        "Verify",
        "bodycam.ui.verify_page:render",
        "verify",
        roles=("supervisor", "admin"),
        icon=":material/fact_check:",
    )
)
