"""The research stage: coding assignments, reliability, datasets (issue #13)."""

from ..registry import Page, register_cli, register_job_kind, register_page


def run_export_job(store, job, options, progress):
    # Imported when the job runs: pyarrow and pympi stay out of `bodycam --help`.
    from .export import run_export_job as run

    return run(store, job, options, progress)


register_job_kind(
    "export",
    run_export_job,
    # Researchers take only de-identified exports; identified ones are the admin's.
    permission=lambda p: (
        "export.deidentified" if p.get("deidentify", True) else "export.identified"
    ),
)
register_cli("bodycam.cli.research")
register_page(
    Page(
        "Research",
        "bodycam.ui.research_page:render",
        "research",
        roles=("researcher", "admin"),
        icon=":material/query_stats:",
    )
)
