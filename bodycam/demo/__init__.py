"""Synthetic demo footage: a scripted de-escalation encounter with exact reference turns."""

from bodycam.demo.build import (
    DEFAULT_SCRIPT,
    DemoEncodingFailed,
    DemoFootage,
    DemoToolMissing,
    ScriptLine,
    build_demo_footage,
    load_script,
)

__all__ = [
    "DEFAULT_SCRIPT",
    "DemoEncodingFailed",
    "DemoFootage",
    "DemoToolMissing",
    "ScriptLine",
    "build_demo_footage",
    "load_script",
]
