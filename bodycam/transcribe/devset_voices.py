"""The development set's spec types (a voice, a recording) and the voice constructors.

Their own module so that the spec modules (:mod:`devset_specs` and :mod:`devset_fresh3` to
:mod:`devset_fresh51`) can all use them without importing each other.
The class names and fields are part of each recording's cache key (its ``repr``): renaming,
reordering or adding them rebuilds every recording. ``Voice.lines`` (session 25) is the one
exception: it is left out of a voice's ``repr`` while empty, so the recordings written before it
keep their keys and files.
"""

from __future__ import annotations

from dataclasses import dataclass, fields


@dataclass(frozen=True)
class Voice:
    """One speaker of a recording.

    Attributes:
        label: Speaker label in the reference RTTM.
        engine: ``"espeak"`` (espeak-ng) or ``"flite"``.
        voice: espeak-ng voice+variant (``en+f2``, ``en-us+m3``; never ``en-gb+f2``, see
            :mod:`espeak_names`) or flite voice (``rms``).
        gain_db: Level relative to the camera wearer (0 dB).
        wearer: The camera wearer: close to the microphone, not coloured.
        shout: Louder, strained (soft-clipped) and, for espeak, higher and faster.
        radio: Heard through a handheld radio: 300-3400 Hz and crackle.
        muffled: Heard through a closed car window or door: little above 1 kHz reaches the
            camera (on top of the distance, or of the radio band for a radio inside the car).
        rate: espeak words per minute, or flite's duration stretch x 100 (100 = normal).
        pitch: espeak pitch 0-99 (ignored by flite).
        lines: What this speaker says, in order: its n-th turn says its n-th line, in place of
            the set's generic lines (``()``: the generic ones, as before). A short-line voice
            gets exactly one (its one line); a replies voice's lines are its replies, so write
            them as short as the replies they stand for. The turns are still drawn as before
            (who speaks, the pauses, the overlaps: ``devset.turn_plan``); the text changes how
            long each line lasts. Every line must be said: the scene's speech ends when the plan
            gives a voice a turn after its last line, and :func:`devset.mix_lines` refuses a
            script that ends over ``devset.SCRIPT_TAIL`` seconds before the recording does or
            has lines the recording has no room for.
    """

    label: str
    engine: str
    voice: str
    gain_db: float = -8.0
    wearer: bool = False
    shout: bool = False
    radio: bool = False
    rate: int = 0
    pitch: int = 50
    muffled: bool = False
    lines: tuple[str, ...] = ()

    def __repr__(self) -> str:
        # The dataclass's own repr, but without ``lines`` while it is empty: every recording's
        # cache key is a hash of its spec's repr, and the voices written before the field came
        # in must keep theirs (and their built files).
        shown = [f for f in fields(self) if f.name != "lines" or self.lines]
        values = ", ".join(f"{f.name}={getattr(self, f.name)!r}" for f in shown)
        return f"{type(self).__qualname__}({values})"


@dataclass(frozen=True)
class RecordingSpec:
    """One scripted encounter.

    Attributes:
        id: Recording id (also its file names); the half is fixed by it.
        half: One of :data:`devset_specs.HALVES`: ``"dev"``, ``"heldout"``, ``"fresh"`` to
            ``"fresh51"``.
        voices: The speakers; the first is the camera wearer.
        duration: Exact length in seconds.
        noise: ``"street"``, ``"wind"``, ``"car"``, ``"rain"``, ``"siren"``, ``"crowd"``,
            ``"music"`` or ``"dog"``.
        snr_db: Speech (all voices, where they speak) to noise power ratio.
        overlaps: Lines that start while the previous one is still being spoken.
        short_line: Index of a voice that says a single short line (``None``: nobody): a
            command, or, when it is also ``replies``, one reply (for the wearer, one
            acknowledgement), so that voice is heard once, for a word or two.
        long_silences: Pauses of 6-10 s between lines.
        late_voice: Index of a voice first heard only after a long silence, from the seventh
            line on (``None``: everyone speaks early); that silence is on top of
            ``long_silences``.
        replies: Index of a voice that answers in short replies of one to three words
            (``None``: everyone says full lines); for the wearer (0), short acknowledgements
            ("Okay.", "Go on.") to someone else's account.
        gaps: Shortest and longest pause before a line, in seconds (drawn evenly between);
            ``(0.0, 0.1)`` is turn-taking with no room between speakers.
        silence: Shortest and longest of each long silence (``long_silences`` and the one
            before a late voice), in seconds.
        description: What the recording tests.
    """

    id: str
    half: str
    voices: tuple[Voice, ...]
    duration: float
    noise: str
    snr_db: float
    overlaps: int = 0
    short_line: int | None = None
    long_silences: int = 0
    late_voice: int | None = None
    replies: int | None = None
    gaps: tuple[float, float] = (0.2, 0.9)
    silence: tuple[float, float] = (6.0, 10.0)
    description: str = ""


def _espeak(name: str, variant: str, gain: float = -8.0, **more) -> Voice:
    return Voice(name, "espeak", variant, gain_db=gain, **more)


def _flite(name: str, voice: str, gain: float = -8.0, **more) -> Voice:
    return Voice(name, "flite", voice, gain_db=gain, **more)
