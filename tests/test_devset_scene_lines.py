"""Scene lines (``Voice.lines``): a recording's speakers say what its spec gives them instead of
the set's generic lines, the reference STM carries that text, bad scripts are refused by name,
and every recording written before the field came in keeps its cache key and its audio."""

from __future__ import annotations

import itertools
from dataclasses import replace

import pytest
from devset_builds import needs_voices, stm_rows

from bodycam.transcribe import devset

#: Built files' names from before ``Voice.lines`` (session 24's builds): plain turn-taking, a
#: late voice, dispatch's one reply, a shouting wearer in rain, the wearer alone with a reply
#: on the radio and then a late voice, the wearer alone in the car, a replies voice.
EARLIER_KEYS = {
    "d01": "dff9562c3b20",
    "d24": "ff2dd2d229dc",
    "d96": "f2ad28cb7f2c",
    "d113": "b43096353138",
    "d162": "52c97276c83a",
    "d168": "2bba4f6fb6b2",
    "d172": "992c52362e27",
}

#: A short scene for d01's two voices: who is asked what, in the order d01's seed has them speak.
OFFICER_LINES = (
    "Is this your bike leaning on the railings?",
    "Do you have the key for the lock?",
    "Thanks, that matches the report.",
)
CIVILIAN_LINES = (
    "Yes, I left it there this morning.",
    "It is on my key ring, here.",
    "Can I take it now?",
)


def recording(recording_id: str) -> devset.RecordingSpec:
    (spec,) = [spec for spec in devset.RECORDINGS if spec.id == recording_id]
    return spec


def scripted(spec: devset.RecordingSpec, *lines: tuple[str, ...], **more) -> devset.RecordingSpec:
    """``spec`` with each voice given the lines in order (a voice left out keeps none)."""
    voices = tuple(
        replace(voice, lines=said)
        for voice, said in itertools.zip_longest(spec.voices, lines, fillvalue=())
    )
    return replace(spec, voices=voices, **more)


def d01_scene(duration: float = 18.0) -> devset.RecordingSpec:
    return scripted(recording("d01"), OFFICER_LINES, CIVILIAN_LINES, duration=duration)


def test_earlier_recordings_keep_their_cache_keys():
    # The key hashes the spec's repr; Voice.lines is left out of it while empty, so the files
    # built before it came in (named by these keys) are read back, not built again.
    for recording_id, key in EARLIER_KEYS.items():
        assert devset.cache_key(recording(recording_id)) == key, recording_id
    # The halves written before scene lines came in (fresh21, session 25) have none.
    for spec in devset.RECORDINGS:
        if devset.HALVES.index(spec.half) < devset.HALVES.index("fresh21"):
            assert not any(voice.lines for voice in spec.voices), spec.id
            assert "lines=" not in repr(spec), spec.id
    # A voice's repr is otherwise the dataclass's own: every field, in order.
    officer = recording("d01").voices[0]
    assert repr(officer) == (
        "Voice(label='officer', engine='espeak', voice='en-us+m3', gain_db=0, wearer=True, "
        "shout=False, radio=False, rate=165, pitch=40, muffled=False)"
    )
    # Given lines, the key changes with them (a new script is a new recording).
    scene = d01_scene()
    assert "lines=('Is this your bike" in repr(scene.voices[0])
    assert devset.cache_key(scene) != devset.cache_key(replace(recording("d01"), duration=18.0))
    assert devset.cache_key(scene) != devset.cache_key(
        scripted(scene, OFFICER_LINES[::-1], CIVILIAN_LINES)
    )


def test_turn_plan_is_what_the_seed_draws():
    # d168: the wearer alone for six lines, the woman at the window first at line 6 after a
    # silence, four long silences in all (one of them hers), nobody talked over.
    plan = devset.turn_plan(recording("d168"))
    assert plan.speakers[:10] == (0, 0, 0, 0, 0, 0, 1, 0, 1, 0)
    assert (plan.silences, plan.overlaps) == ({3, 5, 6, 9}, set())
    # Scene lines are drawn around, not drawn: the plan is the same with or without them.
    assert devset.turn_plan(d01_scene()) == devset.turn_plan(recording("d01"))


def test_a_line_never_both_follows_a_silence_and_is_talked_over():
    # Where the draws put a long silence and an overlap on one line, the overlap used to win
    # and the silence was lost; now the overlap moves to the next line with neither. No
    # recording before had both on one line, so none of them changes.
    for spec in devset.RECORDINGS:
        plan = devset.turn_plan(spec)
        assert not plan.silences & plan.overlaps, spec.id
    # Six of each over lines 2-9: the seed draws silences at 3-8 and overlaps at 2, 3, 5, 6, 7
    # and 9; the four that clash move past the silences, in order.
    plan = devset.turn_plan(replace(recording("d01"), long_silences=6, overlaps=6))
    assert (plan.silences, plan.overlaps) == ({3, 4, 5, 6, 7, 8}, {2, 9, 10, 11, 12, 13})


@needs_voices
def test_scene_lines_are_said_in_order_and_are_the_reference_text(tmp_path):
    built = devset.build_recording(d01_scene(), tmp_path)
    rows = stm_rows(built)
    said = [(label, text) for _, _, label, _, _, text in rows]
    assert said == [
        ("officer", OFFICER_LINES[0]),
        ("civilian", CIVILIAN_LINES[0]),
        ("officer", OFFICER_LINES[1]),
        ("civilian", CIVILIAN_LINES[1]),
        ("officer", OFFICER_LINES[2]),
        ("civilian", CIVILIAN_LINES[2]),
    ]
    # The draws are those of the generic recording: the same first line's start and the same
    # pauses between lines; only the lines (and so their lengths) differ.
    _, generic = devset.mix_lines(replace(recording("d01"), duration=18.0))
    starts = [float(row[3]) for row in rows]
    ends = [float(row[4]) for row in rows]
    assert starts[0] == pytest.approx(generic[0][1], abs=1e-3)
    pauses = [start - end for end, start in zip(ends, starts[1:], strict=False)]
    generic_pauses = [b[1] - a[2] for a, b in itertools.pairwise(generic)]
    assert pauses[: len(generic_pauses)] == pytest.approx(generic_pauses, abs=1e-3)
    assert not {text for _, text in said} & set(devset._LINES)


@needs_voices
def test_a_short_line_and_replies_say_the_voices_own_lines():
    # d96: the wearer and dispatch, whose one reply on the radio is the whole of its part
    # (short_line and replies on one voice). Given lines, each says its own: dispatch its one.
    spec = recording("d96")
    assert (spec.short_line, spec.replies) == (1, 1)
    officer, dispatch = spec.voices
    wearer_lines = (
        "Control, show me arriving at the Spar on Dock Road.",
        "The shutter is down, no sign of forced entry at the front.",
        "I am going round the back to check the fire door.",
        "Back door is secure too, it looks like a false alarm.",
    )
    scene = replace(
        spec,
        duration=20.0,
        long_silences=0,
        voices=(
            replace(officer, lines=wearer_lines),
            replace(dispatch, lines=("Received, keyholder is en route.",)),
        ),
    )
    _, turns = devset.mix_lines(scene)
    assert [(label, text) for label, _, _, text in turns] == [
        ("officer", wearer_lines[0]),
        ("dispatch", "Received, keyholder is en route."),
        *[("officer", line) for line in wearer_lines[1:]],
    ]


@pytest.mark.parametrize(
    ("lines", "fault"),
    [
        (("Stop there.", ""), "line 2 is empty or blank"),
        (("   ",), "line 1 is empty or blank"),
        (("Stop there.\nPolice!",), "line 1 has a line break or another control character"),
        ((" Stop there.",), "line 1 has spaces around it"),
        (("-- Stop there.",), "line 1 starts with '-'"),
        (("<shouting> Stop there.",), "line 1 starts with '<'"),
        (("...",), "line 1 has no letter or digit to say"),
        ("Stop there.", r"lines must be a tuple of strings, one per turn, got 'Stop there.'"),
        (("Stop there.", 3), "lines must be a tuple of strings"),
    ],
)
def test_bad_scene_lines_are_refused_naming_the_recording_and_voice(lines, fault):
    spec = scripted(recording("d01"), OFFICER_LINES, lines)
    with pytest.raises(ValueError, match=r"d01: voice 1 \('civilian', espeak 'en-us\+f3'\)") as e:
        devset.mix_lines(spec)  # refused before a word is synthesized
    assert fault in str(e.value)
    with pytest.raises(ValueError, match="d01: voice 1"):
        devset.turn_plan(spec)


def test_a_short_line_speaker_gets_one_line():
    spec = recording("d96")
    scene = scripted(spec, (), ("Received.", "Keyholder en route."))
    with pytest.raises(
        ValueError,
        match=r"d96: voice 1 \('dispatch', .*\) is the short-line speaker, heard once, but has "
        r"2 lines; give it exactly one",
    ):
        devset.mix_lines(scene)


@needs_voices
def test_too_few_lines_for_the_recording_are_refused():
    # Three lines each fill 15 s of d01's turns; at 30 s the wearer's fourth turn comes with
    # 15 s still to fill.
    with pytest.raises(
        ValueError,
        match=r"d01: voice 0 \('officer', espeak 'en-us\+m3'\) has said all 3 of its lines by "
        r"15\.3 s and the plan gives it turn 4, with 14\.7 s of the 30 s recording left; give "
        r"it more lines .* or make the recording at most 20 s long",
    ):
        devset.mix_lines(d01_scene(duration=30.0))


@needs_voices
def test_lines_the_recording_has_no_room_for_are_refused():
    with pytest.raises(
        ValueError,
        match=r"d01: voice 0 \('officer', .*\): the speech ends after 4 turns \(the recording "
        r"is full\) with its line 3 of 3 unsaid; make the recording longer",
    ):
        devset.mix_lines(d01_scene(duration=14.0))
