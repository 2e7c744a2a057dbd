"""Synthetic demo footage: a scripted de-escalation encounter with exact reference turns.

``script`` reads script.yaml, ``voices`` makes the sound, ``picture`` draws the frames and
``build`` encodes them into the MP4 with its reference transcript and speaker turns.
"""

from bodycam.demo.build import (
    DemoEncodingFailed,
    DemoFootage,
    DemoToolMissing,
    build_demo_footage,
)
from bodycam.demo.script import DEFAULT_SCRIPT, ScriptLine, load_script

__all__ = [
    "DEFAULT_SCRIPT",
    "DemoEncodingFailed",
    "DemoFootage",
    "DemoToolMissing",
    "ScriptLine",
    "build_demo_footage",
    "load_script",
]
