"""Debrief: clips of tagged moments with provenance, captions and redaction (issue #12).

The rendering core is pure functions over plain data (no database, CLI or pages): ``clip``
(request, planning, cutting), ``keyframes`` (where a stream copy can start),
``captions`` (WebVTT sidecar, burned captions, lower-third), ``redaction`` (face detection,
tracking and blur; detection preview), ``facemodel`` (the CenterFace model file), ``files``
(hashing, all-or-nothing output).

Its edge with the database: ``clips`` (request keys, reuse, the ``clip`` job; records each
:class:`ClipResult` as the clip's provenance), ``sessions`` and ``prompts`` (debrief
sessions), ``package`` and ``package_html`` (the offline zip), ``stage`` (registrations).
"""

from __future__ import annotations

import importlib

# Loaded on first use: the stage's registrations (stage.py) import this package, and
# `bodycam --help` must not pull in PyAV and pandas through clip.py.
_LAZY = {
    "lower_third_text": "captions",
    "COPY_THRESHOLD": "clip",
    "ClipRequest": "clip",
    "ClipResult": "clip",
    "plan_clip": "clip",
    "render_clip": "clip",
}


def __getattr__(name: str):
    if name in _LAZY:
        return getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "COPY_THRESHOLD",
    "ClipRequest",
    "ClipResult",
    "lower_third_text",
    "plan_clip",
    "render_clip",
]
