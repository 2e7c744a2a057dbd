"""The debrief stage: clip and session-export jobs, clips for the media route, `bodycam clip`
and `bodycam debrief`, and the Debrief page (issue #12)."""

from ..registry import (
    Page,
    SplitJob,
    register_cli,
    register_job_kind,
    register_media_kind,
    register_page,
)

# Split jobs (#16): the render (face blur included) may run on a Dask worker; the rows are
# written here. Their modules import PyAV, OpenCV and ffmpeg when the job runs, so
# `bodycam --help` stays light.
CLIP = SplitJob.named(
    "bodycam.debrief.clips", "prepare_clip_job", "compute_clip_job", "write_clip_job"
)
EXPORT = SplitJob.named(
    "bodycam.debrief.package", "prepare_export_job", "compute_export_job", "write_export_job"
)


def locate_clip(store, clip_id):
    from .clips import locate_clip as locate

    return locate(store, clip_id)


def clip_footage(store, clip_id):
    """The footage a clip was cut from: whoever may view it may view the clip."""
    row = store.one("SELECT footage_id FROM clips WHERE id = ?", [clip_id])
    return row["footage_id"] if row else None


register_job_kind("clip", CLIP, permission="clip.make")
register_job_kind("debrief_export", EXPORT, permission="debrief.export")
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
