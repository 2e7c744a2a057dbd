"""The one list of modules that register stages (see bodycam/registry.py).

Importing a module below registers its job kinds, media kinds, CLI modules and pages; the order
here is the order of the app's pages and of nothing else that matters. A new stage adds its
``stage.py`` here, once.
"""

from __future__ import annotations

import importlib

STAGES = (
    "bodycam.models.stage",  # the audit log: `bodycam audit`
    "bodycam.ingest.stage",  # footage in: uploads, derived media, Library page
    "bodycam.transcribe.stage",  # transcription jobs: `bodycam process`, `bodycam retry`
    "bodycam.annotate.stage",  # review: Review and Codebook pages, transcript commands
    "bodycam.research.stage",  # research: assignments, reliability, exports, Research page
    "bodycam.suggest.stage",  # suggested moments: detector job, verify inbox, Verify page
    "bodycam.debrief.stage",  # training: clips, debrief sessions and exports, Debrief page
    "bodycam.scale.stage",  # scale-out on Dask: `bodycam worker-setup`
    "bodycam.ui.stage",  # the app itself: `bodycam serve`, `bodycam demo`
)


def load_stages() -> None:
    for module in STAGES:
        importlib.import_module(module)
