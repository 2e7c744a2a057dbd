"""The debrief stage: clip and session-export jobs, clips for the media route, `bodycam clip`
and `bodycam debrief`, and the Debrief page (issue #12)."""

from ..registry import Page, register_cli, register_job_kind, register_media_kind, register_page


def run_clip_job(store, job, options, progress):
    # Imported when the job runs: PyAV, OpenCV and ffmpeg stay out of `bodycam --help`.
    from .clips import run_clip_job as run

    return run(store, job, options, progress)


def run_export_job(store, job, options, progress):
    from .package import run_export_job as run

    return run(store, job, options, progress)


def locate_clip(store, clip_id):
    from .clips import locate_clip as locate

    return locate(store, clip_id)


def clip_footage(store, clip_id):
    """The footage a clip was cut from: whoever may view it may view the clip."""
    row = store.one("SELECT footage_id FROM clips WHERE id = ?", [clip_id])
    return row["footage_id"] if row else None


register_job_kind("clip", run_clip_job)
register_job_kind("debrief_export", run_export_job)
# The URL's id is the clip's id: /footage/<clip id>/clip (files under media/derived/clips/).
register_media_kind("clip", "video/mp4", locate_clip, footage_of=clip_footage)
register_cli("bodycam.cli.debrief")
register_page(
    Page(
        "Debrief",
        "bodycam.ui.debrief_page:render",
        "debrief",
        roles=("trainer", "admin"),
        icon=":material/school:",
    )
)
