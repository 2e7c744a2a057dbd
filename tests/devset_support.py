"""The checks every blind half's tests share on its specs alone, nothing built (``unseen_half``,
``halves_before``, ``blind_half`` ...), used by test_devset.py and the test_devset_halves and
test_devset_fresh files; building a recording and checking the build is devset_builds.py's.
The halves from fresh23 on (test_devset_fresh23.py and after) open with ``blind_half``,
``new_accents`` (from fresh31 on, with no accent new, ``accents_heard_again``) and
``said_in_words`` and build one recording with devset_builds' ``built_as_planned``, so that
each half's file keeps only its own ids, scene facts and exact values (from fresh32 on with
``voices_heard_before`` and ``accented``; from fresh33 on with ``one_accent_pairs``, and from
fresh34 on ``blind_half`` takes the half's ``noises`` when it does not use each of the eight
once; from fresh44 on with ``voice_for``, from fresh47 on ``pointed_at`` and
``accents_by_last_heard``, and from fresh48 on ``talks_over``, ``late_and_answering``,
``women_only``, ``one_accent`` and ``whispering``, and fresh44's, fresh45's and fresh50's
``muffled``); from fresh44 on, what a half leans on and when each was last done is
``leaned_on``'s."""

from __future__ import annotations

import difflib
import itertools
from collections import Counter

from bodycam.transcribe import devset

#: espeak variants and flite voices of women (the rest in the set are men's).
WOMEN = {"f1", "f2", "f3", "f4", "f5", "Annie", "grandma", "whisperf", "slt"}
#: espeak's women's variants beyond WOMEN's, as their voice files give their sex.
MORE_WOMEN = {
    "steph",
    "steph2",
    "steph3",
    "Andrea",
    "Alicia",
    "belinda",
    "linda",
    "anika",
    "anikaRobot",
    "aunty",
}
ALL_WOMEN = WOMEN | MORE_WOMEN


def unseen_half(
    half: str, speakers: dict[str, list[str]], shortest: float = 45, longest: float = 70
) -> dict:
    """The specs of a blind half by id, checked against what every blind half promises: its ids
    (used by no other half) and speakers, only by name, ``shortest``-``longest`` s at 0-20 dB
    SNR, the wearer first at 0 dB."""
    recordings = {spec.id: spec for spec in devset.specs(half)}
    assert list(recordings) == list(speakers)
    assert not {spec.id for spec in devset.RECORDINGS if spec.half != half} & set(recordings)
    assert half in devset.HALVES and half not in devset.DEVELOPMENT_HALVES
    assert not {spec.id for spec in devset.specs()} & set(recordings)  # only by name
    for spec in recordings.values():
        labels = list(dict.fromkeys(voice.label for voice in spec.voices))
        assert labels == speakers[spec.id], spec.id
        assert shortest <= spec.duration <= longest and 0 <= spec.snr_db <= 20, spec.id
        assert spec.voices[0].wearer and spec.voices[0].gain_db == 0, spec.id
    return recordings


def every_engine_and_noise(recordings: dict) -> tuple[set, set, set]:
    """The engines, flite voices and noise kinds a half uses (a half that promises all of them
    compares these with every one there is)."""
    voices = [v for spec in recordings.values() for v in spec.voices]
    return (
        {v.engine for v in voices},
        {v.voice for v in voices if v.engine == "flite"},
        {spec.noise for spec in recordings.values()},
    )


def halves_before(half: str) -> list:
    """The specs of every half listed before ``half``: what a blind half claims to be new
    against (a later half may repeat it)."""
    before = devset.HALVES[: devset.HALVES.index(half)]
    return [spec for spec in devset.RECORDINGS if spec.half in before]


def early_voices(spec) -> list[int]:
    """The voices heard before a late voice comes: all but the late one and a short-line one."""
    return [i for i in range(len(spec.voices)) if i not in (spec.short_line, spec.late_voice)]


def scene_lines(recordings: dict) -> list[str]:
    """Every line a half's voices are given (``Voice.lines``), in order, checked: every speaker
    has scene lines and a short-line speaker exactly one."""
    for spec in recordings.values():
        assert all(voice.lines for voice in spec.voices), spec.id
        if spec.short_line is not None:
            assert len(spec.voices[spec.short_line].lines) == 1, spec.id
    return [line for spec in recordings.values() for voice in spec.voices for line in voice.lines]


def espeak_variant(voice) -> str:
    """An espeak voice's variant (``en-us+m3`` -> ``m3``), a flite voice's name."""
    return voice.voice.split("+")[-1]


def women_wearers(recordings: dict) -> list[bool]:
    """Per recording, whether the camera wearer (the first voice) is a woman's voice."""
    return [espeak_variant(s.voices[0]) in ALL_WOMEN for s in recordings.values()]


def foreign(voice) -> bool:
    """An espeak voice of another language reading the English lines (an accent)."""
    return voice.engine == "espeak" and not voice.voice.split("+")[0].startswith("en")


def espeak_variants(recordings: dict, earlier: list, new: set) -> set[str]:
    """The espeak variants a half uses, checked: none written ``en-gb+variant`` (this espeak-ng
    reads it as plain en-gb, the variant lost), and ``new`` used by none of ``earlier``."""
    espeak = [v for s in recordings.values() for v in s.voices if v.engine == "espeak"]
    assert all(v.voice.split("+")[0] not in ("en-gb", "en-sc") and "+" in v.voice for v in espeak)
    assert not new & {espeak_variant(v) for s in earlier for v in s.voices}
    return {espeak_variant(v) for v in espeak}


def check_voices_of_their_own(recordings: dict) -> None:
    """2-5 people, each on a voice of their own and no two on one espeak variant (a variant over
    two accents is still one voice's pitch and formants), the others 5-15 dB under the wearer,
    and a woman in every scene: what every half since fresh18 promises."""
    women = WOMEN | MORE_WOMEN
    for spec in recordings.values():
        assert 2 <= len(spec.voices) <= 5, spec.id
        assert len({v.voice for v in spec.voices}) == len(spec.voices), spec.id
        assert len({espeak_variant(v) for v in spec.voices}) == len(spec.voices), spec.id
        assert all(-15 <= v.gain_db <= -5 and not v.wearer for v in spec.voices[1:]), spec.id
        assert any(espeak_variant(v) in women for v in spec.voices), spec.id


def check_rates_and_pitches(recordings: dict) -> None:
    """Every espeak voice at a rate and a pitch of its own (neither espeak's default), any two in
    a scene at least 12 words a minute or 6 pitch apart, and every flite voice at a pace of its
    own: what every half since fresh23 promises."""
    for spec in recordings.values():
        espeak = [v for v in spec.voices if v.engine == "espeak"]
        assert all(v.rate and v.pitch != 50 for v in espeak), spec.id
        assert all(v.rate for v in spec.voices if v.engine == "flite"), spec.id
        for one, other in itertools.combinations(espeak, 2):
            apart = abs(one.rate - other.rate) >= 12 or abs(one.pitch - other.pitch) >= 6
            assert apart, (spec.id, one.voice, other.voice)


def words(line: str) -> list[str]:
    """A scene line's words, lower case, without the punctuation around them."""
    return [word.strip(",.!?").lower() for word in line.split()]


def accents(specs) -> set[str]:
    """The languages of the espeak voices reading English with another language's rules."""
    return {v.voice.split("+")[0] for s in specs for v in s.voices if foreign(v)}


#: Every flite voice there is; each half from fresh23 on uses all four.
FLITE_VOICES = {"rms", "awb", "slt", "kal16"}


def blind_half(
    half: str,
    speakers: dict[str, list[str]],
    shortest: float,
    longest: float,
    scenes: list,
    noises: dict[str, int] | None = None,
) -> tuple[dict, list]:
    """The specs of a blind half of eight by id and those of every half before it
    (``halves_before``), checked against what each half from fresh23 on promises: what
    ``unseen_half`` checks, both engines and every flite voice, each of the eight noises once
    (or, with ``noises``, each noise in as many recordings as it gives: fresh34 on), every
    recording's ``(noise, SNR dB, seconds)`` as ``scenes`` lists them in order, 2-5 people on
    voices of their own (``check_voices_of_their_own``) at rates and pitches of their own
    (``check_rates_and_pitches``)."""
    recordings = unseen_half(half, speakers, shortest, longest)
    engines, flite, kinds = every_engine_and_noise(recordings)
    assert (engines, flite) == ({"espeak", "flite"}, FLITE_VOICES)
    if noises is None:
        assert len(kinds) == 8
    else:
        assert Counter(s.noise for s in recordings.values()) == Counter(noises)
    assert [(s.noise, s.snr_db, s.duration) for s in recordings.values()] == scenes
    check_voices_of_their_own(recordings)
    check_rates_and_pitches(recordings)
    return recordings, halves_before(half)


def accented_lines(recordings: dict, lines: int | None = None) -> list[str]:
    """The lines a half's accented voices say (``foreign``), in order; with ``lines``, checked:
    there are that many and no word of them has one letter but "I" and "a" (each a word, not a
    letter to spell out)."""
    accented = [
        line for s in recordings.values() for v in s.voices if foreign(v) for line in v.lines
    ]
    if lines is not None:
        assert len(accented) == lines
        assert {w for line in accented for w in words(line) if len(w) == 1} == {"i", "a"}
    return accented


def new_accents(
    recordings: dict, earlier: list, new: set[str], lines: int | None = None
) -> list[str]:
    """The lines a half's accented voices say (``accented_lines``, with its checks), checked:
    the half's accents are ``new`` and ``earlier`` has none of them."""
    assert accents(recordings.values()) == new
    assert not accents(earlier) & new
    return accented_lines(recordings, lines)


def accents_by_last_heard(earlier: list) -> dict[str, list[str]]:
    """Per accent of ``earlier`` (``accents``), the ids of the recordings it was heard in, the
    accent heard least recently first: what a half that reads its lines in the accents heard
    least recently picks from."""
    heard_in: dict[str, list[str]] = {}
    for spec in earlier:
        for language in accents([spec]):
            heard_in.setdefault(language, []).append(spec.id)
    return dict(sorted(heard_in.items(), key=lambda item: int(item[1][-1][1:])))


def least_recent_accents(earlier: list, count: int = 6) -> tuple[set[str], int, set[int]]:
    """The ``count`` accents of ``earlier`` heard least recently (``accents_by_last_heard``),
    the fewest recordings any accent was heard in, and how many recordings each of those
    ``count`` was heard in: what a half reading the least recent accents checks."""
    heard_in = accents_by_last_heard(earlier)
    chosen = set(list(heard_in)[:count])
    fewest = min(len(ids) for ids in heard_in.values())
    return chosen, fewest, {len(heard_in[language]) for language in chosen}


def accents_heard_again(recordings: dict, earlier: list, again: set[str], lines: int) -> list[str]:
    """For a half with no accent new to the set (fresh31 on): its accents are ``again`` and its
    accented lines number ``lines`` (``accented_lines``, with its checks). Returns the ids of
    the ``earlier`` recordings that had any of those accents, in order."""
    assert accents(recordings.values()) == again
    accented_lines(recordings, lines)
    return [s.id for s in earlier if accents([s]) & again]


def said_in_words(recordings: dict, *phrases: str) -> list[str]:
    """Every scene line of a half (``scene_lines``, with its checks), checked: numbers only in
    words (not one digit), and each of ``phrases`` said somewhere (in lower case)."""
    said = scene_lines(recordings)
    assert not any(character.isdigit() for line in said for character in line)
    lowered = " ".join(said).lower()
    for phrase in phrases:
        assert phrase in lowered, phrase
    return said


def sound(voice: devset.Voice) -> tuple:
    """What makes a voice sound as it does: engine, voice, rate and (espeak only) pitch."""
    return (voice.engine, voice.voice, voice.rate, voice.pitch if voice.engine == "espeak" else 0)


def drawn(spec: devset.RecordingSpec, which: str) -> list[str]:
    """In order, who says each line that the plan puts after a long silence (``"silences"``)
    or over the line before (``"overlaps"``)."""
    plan = devset.turn_plan(spec)
    return [spec.voices[plan.speakers[line]].label for line in sorted(getattr(plan, which))]


def voice_for(spec: devset.RecordingSpec, field: str) -> devset.Voice | None:
    """The voice a spec's ``short_line``, ``late_voice`` or ``replies`` points at, or None."""
    index = getattr(spec, field)
    return None if index is None else spec.voices[index]


def pointed_at(recordings: dict, field: str) -> list[tuple[str, str]]:
    """Per recording of a half whose ``field`` (``short_line``, ``late_voice``, ``replies``) is
    set, in order: its id and the label of the voice it points at (``voice_for``)."""
    return [
        (s.id, voice_for(s, field).label)
        for s in recordings.values()
        if getattr(s, field) is not None
    ]


def leaned_on(
    leans_on, half: dict, earlier: list, last_four: tuple[str, ...]
) -> tuple[dict[str, list[str]], dict[str, str | None], dict[str, dict[str, bool]]]:
    """What a half leans on (``leans_on``: per spec, per thing, whether it does it), worked out
    once per recording of ``earlier`` and of the half (some things draw a turn plan), checked:
    the ``last_four`` halves before it (32 recordings) did none of it. Returns per thing the ids
    of the half's recordings that do it, per thing the id of the last earlier recording that did
    it (None: none did), and every recording's answers by id (for where each was done before)."""
    leaned = {s.id: leans_on(s) for s in [*earlier, *half.values()]}
    names = list(leaned[next(iter(half))])
    done = {name: [s.id for s in half.values() if leaned[s.id][name]] for name in names}
    four = [s for s in earlier if s.half in last_four]
    assert len(four) == 32
    assert not any(any(leaned[s.id].values()) for s in four)
    last = {name: ([s.id for s in earlier if leaned[s.id][name]] or [None])[-1] for name in names}
    return done, last, leaned


def talks_over(spec: devset.RecordingSpec, field: str) -> bool:
    """Whether the plan puts a line of the voice a spec's ``short_line`` or ``late_voice``
    points at over the line before (by index: some early recordings give two voices one
    label)."""
    plan = devset.turn_plan(spec)
    return any(plan.speakers[line] == getattr(spec, field) for line in plan.overlaps)


def late_and_answering(spec: devset.RecordingSpec) -> bool:
    """Whether the voice first heard late is the one answering in a word or two."""
    return spec.late_voice is not None and spec.late_voice == spec.replies


def women_only(spec: devset.RecordingSpec) -> bool:
    """Whether every voice of a recording is a woman's (or a girl's)."""
    return all(espeak_variant(v) in ALL_WOMEN for v in spec.voices)


def one_accent(spec: devset.RecordingSpec) -> bool:
    """Whether two accented voices of a recording read English by one language's rules."""
    languages = [v.voice.split("+")[0] for v in spec.voices if foreign(v)]
    return len(languages) != len(set(languages))


def whispering(spec: devset.RecordingSpec) -> list:
    """The voices on one of espeak's whisper variants, in order."""
    return [v for v in spec.voices if "whisper" in espeak_variant(v)]


def voices_heard_before(recordings: dict, earlier: list) -> list[str]:
    """The voices of a half that ``earlier`` recordings had already, by name: the same engine,
    voice, rate and (espeak only) pitch (``sound``). Every half from fresh30 on promises none."""
    heard = {sound(v) for s in earlier for v in s.voices}
    return [v.voice for s in recordings.values() for v in s.voices if sound(v) in heard]


def accented(spec: devset.RecordingSpec) -> list[str]:
    """A recording's accented voices (``foreign``), by name, in order."""
    return [v.voice for v in spec.voices if foreign(v)]


def one_accent_pairs(specs) -> list[tuple[str, int, int]]:
    """Per pair of accented voices of one language and one sex in a recording: its id and how
    far apart the two are in words a minute and in pitch (fresh33 on)."""
    return [
        (s.id, abs(one.rate - other.rate), abs(one.pitch - other.pitch))
        for s in specs
        for one, other in itertools.combinations([v for v in s.voices if foreign(v)], 2)
        if one.voice.split("+")[0] == other.voice.split("+")[0]
        and (espeak_variant(one) in ALL_WOMEN) == (espeak_variant(other) in ALL_WOMEN)
    ]


#: How close (difflib's ratio) a line of a newer half may come to any line written before it.
CLOSEST = 0.8


def lines_talked_over(spec) -> list[tuple[str, str]]:
    """Per line the plan puts over the one before, in order: who talks, and over whom."""
    plan = devset.turn_plan(spec)
    return [
        (spec.voices[plan.speakers[line]].label, spec.voices[plan.speakers[line - 1]].label)
        for line in sorted(plan.overlaps)
    ]


def band_limited(spec) -> list:
    """The voices heard through a radio or a phone's speaker (``Voice.radio``), in order."""
    return [v for v in spec.voices if v.radio]


def muffled(spec) -> list:
    """The voices heard through a door or a window (``Voice.muffled``), in order."""
    return [v for v in spec.voices if v.muffled]


def lines_written_before(earlier) -> list[str]:
    """Every line a half's new lines must not come near: the scene lines of the ``earlier``
    halves' recordings and the set's generic lines."""
    scenes = [line for spec in earlier for voice in spec.voices for line in voice.lines]
    generic = (devset._LINES, devset._SHORT_LINES, devset._REPLIES, devset._ACKNOWLEDGEMENTS)
    return scenes + [line for lines in generic for line in lines]


def near_earlier_lines(said: list[str], before: list[str]) -> list[tuple[str, str]]:
    """The pairs of a line of ``said`` and one of ``before`` within a difflib ratio of
    ``CLOSEST`` of each other (difflib's quick upper bounds rule most pairs out unmatched)."""
    near = []
    for line in said:
        matcher = difflib.SequenceMatcher(None, b=line)
        for other in before:
            matcher.set_seq1(other)
            bounds = (matcher.real_quick_ratio, matcher.quick_ratio, matcher.ratio)
            if all(bound() >= CLOSEST for bound in bounds):
                near.append((line, other))
    return near
