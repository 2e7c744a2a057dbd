"""Debrief: clips of tagged moments with provenance, captions and redaction (issue #12).

Pure functions over plain data: no database, CLI or pages here. The job that renders a clip,
``bodycam clip`` and the Debrief page call :func:`render_clip` and store its
:class:`ClipResult` as the clip's provenance.

Modules: ``clip`` (request, planning, cutting), ``keyframes`` (where a stream copy can start),
``captions`` (WebVTT sidecar, burned captions, lower-third), ``redaction`` (face detection,
tracking and blur; detection preview), ``facemodel`` (the CenterFace model file), ``files``
(hashing, all-or-nothing output).
"""

from .captions import lower_third_text
from .clip import COPY_THRESHOLD, ClipRequest, ClipResult, plan_clip, render_clip

__all__ = [
    "COPY_THRESHOLD",
    "ClipRequest",
    "ClipResult",
    "lower_third_text",
    "plan_clip",
    "render_clip",
]
