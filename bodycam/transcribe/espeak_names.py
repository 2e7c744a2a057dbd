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
        raise EspeakVoiceError(
            f"espeak-ng does not know the voice {base!r} and speaks its default British voice "
            f"instead: pick a name from `espeak-ng --voices=en` (e.g. en-gb-scotland)"
        )
    if variant and _probe(program, name) == _probe(program, base):
        raise EspeakVoiceError(
            f"espeak-ng drops the variant of {name!r} and speaks plain {base!r}: write "
            f"{'en' if base == 'en-gb' else base}+{variant} (en is the same British voice and "
            "keeps its variant)"
        )
