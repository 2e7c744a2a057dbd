"""Whether espeak-ng speaks the voice a spec names, or silently another one.

espeak-ng 1.51 (Debian's) resolves ``en-gb`` and unknown names such as ``en-sc`` through its
language table, and on that path it drops any ``+variant``: ``en-gb+f2``, ``en-gb+croak`` and
``en-sc+f2`` are all byte for byte the default British male voice. The development set had
twenty-one recordings whose "woman", "croaking man" or "whisperer" was that one male voice at
another pitch (found in session 14). ``en`` is the same British voice and keeps its variant.
The only sure test is to listen: speak a probe with and without the variant and compare.
"""

from __future__ import annotations

import functools
import subprocess
import tempfile
from pathlib import Path

from bodycam.core.errors import BodycamError

_PROBE = "Step back from the car."
#: espeak-ng's fallback voice: what it speaks for a name it does not know.
_FALLBACK = "en"
#: Names that are the fallback voice itself, so sounding like it is no sign of a wrong name.
_FALLBACK_NAMES = frozenset({"en", "en-gb"})


class EspeakVoiceError(BodycamError):
    """A voice name espeak-ng would not speak as written."""


@functools.cache
def _probe(program: str, name: str) -> bytes:
    with tempfile.TemporaryDirectory(prefix="bodycam-espeak-") as work:
        path = Path(work) / "probe.wav"
        subprocess.run(
            [program, "-v", name, "-w", str(path), _PROBE], check=True, capture_output=True
        )
        return path.read_bytes()


def check_voice(program: str, name: str) -> None:
    """Raise :class:`EspeakVoiceError` unless espeak-ng speaks ``name`` as written.

    Args:
        program: Path of the espeak-ng executable.
        name: A voice, optionally with a variant (``en-us+f3``).
    """
    base, _, variant = name.partition("+")
    if base not in _FALLBACK_NAMES and _probe(program, base) == _probe(program, _FALLBACK):
        raise EspeakVoiceError(_unknown_voice(base))
    if variant and _probe(program, name) == _probe(program, base):
        raise EspeakVoiceError(_dropped_variant(name))


def known_misreading(name: str) -> str | None:
    """Why espeak-ng would not speak ``name`` as written, for the names found by listening in
    session 14 (a variant after ``en-gb``, the unknown ``en-sc``), without running espeak-ng:
    a script loader can refuse them where no espeak-ng is at hand. :func:`check_voice` is the
    sure test for any other name.

    Args:
        name: A voice, optionally with a variant (``en-gb+f2``).

    Returns:
        The reason and the name to write instead, or None when the name is not a known case.
    """
    base, _, variant = name.partition("+")
    if base in _UNKNOWN_NAMES:
        return _unknown_voice(base)
    if base == "en-gb" and variant:
        return _dropped_variant(name)
    return None


#: Names Debian's espeak-ng 1.51 does not know and speaks as its default voice (session 14).
_UNKNOWN_NAMES = frozenset({"en-sc"})


def _unknown_voice(base: str) -> str:
    return (
        f"espeak-ng does not know the voice {base!r} and speaks its default British voice "
        f"instead: pick a name from `espeak-ng --voices=en` (e.g. en-gb-scotland)"
    )


def _dropped_variant(name: str) -> str:
    base, _, variant = name.partition("+")
    return (
        f"espeak-ng drops the variant of {name!r} and speaks plain {base!r}: write "
        f"{'en' if base == 'en-gb' else base}+{variant} (en is the same British voice and "
        "keeps its variant)"
    )
