"""The blind halves of the development set from fresh7 on: what each promises and what makes
it new against every half before it, and one of its recordings built in full: fresh7 to
fresh10 here, fresh11 to fresh14 in test_devset_halves_late.py, fresh15 on in
test_devset_halves_newest.py.

The halves up to fresh6 are tested in test_devset.py; the checks all the blind halves share
are in devset_support.py (``unseen_half``, ``halves_before`` ...) and devset_builds.py
(``built_in_full`` ...)."""

from __future__ import annotations

import subprocess

import numpy as np
import pytest
from devset_builds import built_in_full, needs_voices, pauses_between, stm_rows
from devset_support import ALL_WOMEN, WOMEN, every_engine_and_noise, halves_before, unseen_half
from scipy import signal

from bodycam.transcribe import devset


def test_the_womens_voices_are_every_variant_espeak_gives_as_female():
    # The halves' checks of who is a woman read ALL_WOMEN; it missed "anika" and "aunty"
    # (fresh10's d85) until session 44. espeak's own list says which variants are women's.
    listed = subprocess.run(
        ["espeak-ng", "--voices=variant"], capture_output=True, text=True, check=True
    ).stdout.splitlines()[1:]
    female = {row.split()[4].removeprefix("!v/") for row in listed if row.split()[2].endswith("F")}
    assert female == ALL_WOMEN - {"slt"}  # slt is flite's woman


#: The fresh7 half: true speakers (distinct labels) of each recording.
FRESH7_SPEAKERS = {
    "d61": ["officer", "civilian", "witness"],
    "d62": ["officer", "partner", "civilian"],
    "d63": ["officer", "partner", "dispatch"],
    "d64": ["officer", "civilian"],
    "d65": ["officer", "partner", "civilian", "witness"],
    "d66": ["officer", "civilian", "partner", "witness", "bystander"],
    "d67": ["officer", "civilian"],
    "d68": ["officer", "dispatch"],
}


def _labels_of(spec, keep) -> set[str]:
    return {v.label for v in spec.voices if keep(v)}


def test_fresh7_half_is_eight_unseen_recordings_aimed_at_failures():
    fresh7 = unseen_half("fresh7", FRESH7_SPEAKERS, shortest=50, longest=75)
    assert list(fresh7) == [f"d{n}" for n in range(61, 69)]
    earlier = halves_before("fresh7")
    assert every_engine_and_noise(fresh7) == (
        {"espeak", "flite"},
        {"rms", "awb", "slt", "kal16"},
        {"street", "wind", "car"},
    )
    # Twins: one flite voice, pace and colouring for two labels, 7 dB apart; no earlier scene
    # gave one flite voice to two labels.
    elder, younger = fresh7["d61"].voices[1:]
    assert (elder.engine, elder.voice, elder.rate) == (younger.engine, younger.voice, younger.rate)
    assert elder.label != younger.label and elder.gain_db - younger.gain_db == 7
    for spec in earlier:
        flite = [(v.voice, v.label) for v in spec.voices if v.engine == "flite"]
        assert len({label for _, label in flite}) == len({voice for voice, _ in flite}), spec.id
    # The wearer shouts every line (one entry, shouting), the partner too; no earlier wearer
    # did (fresh2's d28 shouted one line, through a second entry).
    d62 = fresh7["d62"]
    assert [v.label for v in d62.voices if v.shout] == ["officer", "partner"]
    assert [v.label for v in d62.voices].count("officer") == 1 and d62.replies == 2
    assert not any(s.voices[0].shout for s in earlier)
    # Shouting over a radio: never before.
    (pursuit,) = [v for v in fresh7["d63"].voices if v.radio]
    assert pursuit.shout and pursuit.label == "dispatch"
    assert not any(v.radio and v.shout for s in earlier for v in s.voices)
    # One woman, whispered and aloud: two entries, one label, pitch and pace.
    aloud, whispered = fresh7["d64"].voices[1:]
    assert aloud.label == whispered.label and "whisper" in whispered.voice
    assert (aloud.rate, aloud.pitch) == (whispered.rate, whispered.pitch)
    for spec in earlier:
        assert not _labels_of(spec, lambda v: "whisper" in v.voice) & _labels_of(
            spec, lambda v: "whisper" not in v.voice
        ), spec.id
    # Four women, no man; no earlier scene had more than three women.
    d65 = fresh7["d65"]
    assert all(v.voice.split("+")[-1] in WOMEN for v in d65.voices) and len(d65.voices) == 4
    assert max(len(_labels_of(s, lambda v: v.voice.split("+")[-1] in WOMEN)) for s in earlier) < 4
    # A shouted line, short replies and a late arrival, three voices, in one scene; no earlier
    # scene had more than one of them.
    d66 = fresh7["d66"]
    assert len({d66.short_line, d66.replies, d66.late_voice} - {None, 0}) == 3
    rare = ("short_line", "replies", "late_voice")
    assert all(sum(getattr(s, f) is not None for f in rare) <= 1 for s in earlier)
    # 2-4 s before every line, twice the longest pause any earlier scene drew between lines.
    d67 = fresh7["d67"]
    assert d67.gaps == (2.0, 4.0) and d67.gaps[0] >= 2 * max(s.gaps[1] for s in earlier)
    # The wearer and a radio alone, the radio overlapping four times; every earlier radio had
    # at least two others to share the scene with.
    d68 = fresh7["d68"]
    assert d68.voices[1].radio and len(d68.voices) == 2 and d68.overlaps == 4
    assert all(len(s.voices) >= 3 for s in earlier if any(v.radio for v in s.voices))


@needs_voices
@pytest.mark.slow
def test_fresh7_five_voice_scene_builds_with_its_rare_voices(tmp_path):
    """d66, the half's most involved plan: its five speakers, the partner's one shouted
    command, the witness's one or two short replies, the bystander only after a long quiet."""
    built, reference = built_in_full(tmp_path, "d66", FRESH7_SPEAKERS["d66"])
    turns = {label: list(reference.label_timeline(label)) for label in reference.labels()}
    (command,) = turns["partner"]
    assert command.duration < 2.5
    assert 1 <= len(turns["witness"]) <= 2 and all(t.duration < 1.5 for t in turns["witness"])
    arrival = turns["bystander"][0].start
    assert arrival > 20 and len(turns["bystander"]) >= 2
    # The quiet before the bystander: the longest pause in the recording, 6-10 s.
    gaps = pauses_between(reference)
    assert 6 <= max(gaps) <= 10 and sum(gap < 0 for gap in gaps) == built.spec.overlaps
    pools = {
        "partner": devset._SHORT_LINES,
        "witness": devset._REPLIES,
    }
    for _, _, label, _, _, text in stm_rows(built):
        assert text in pools.get(label, devset._LINES), (label, text)


#: The fresh8 half: true speakers (distinct labels) of each recording.
FRESH8_SPEAKERS = {
    "d69": ["officer", "civilian"],
    "d70": ["officer", "partner", "civilian", "witness", "bystander"],
    "d71": ["officer", "civilian", "witness"],
    "d72": ["officer", "partner", "civilian"],
    "d73": ["officer", "civilian", "witness", "bystander"],
    "d74": ["officer", "partner", "civilian", "witness"],
    "d75": ["officer", "civilian", "dispatch", "partner"],
    "d76": ["officer", "civilian", "bystander"],
}


def _plain(voice) -> bool:
    """A voice heard in person, unstrained, in the open: only level and distance colour it."""
    return not (voice.wearer or voice.radio or voice.shout or voice.muffled)


def test_fresh8_half_is_eight_unseen_recordings_aimed_at_failures():
    fresh8 = unseen_half("fresh8", FRESH8_SPEAKERS, shortest=50, longest=75)
    assert list(fresh8) == [f"d{n}" for n in range(69, 77)]
    earlier = halves_before("fresh8")
    assert every_engine_and_noise(fresh8) == (
        {"espeak", "flite"},
        {"rms", "awb", "slt", "kal16"},
        {"street", "wind", "car", "rain", "siren"},
    )
    # Everyone but the wearer quieter, at most 14 dB; only the wearer uncoloured.
    for spec in fresh8.values():
        assert all(-14 <= v.gain_db <= -1 and not v.wearer for v in spec.voices[1:]), spec.id
    # Rain and a siren: noises no earlier scene had (wind, engines and traffic lie low).
    assert {s.noise for s in earlier} == {"street", "wind", "car"}
    assert (fresh8["d69"].noise, fresh8["d69"].snr_db, len(fresh8["d69"].voices)) == ("rain", 3, 2)
    assert (fresh8["d70"].noise, len(fresh8["d70"].voices)) == ("siren", 5)
    # Two men behind a closed window: both muffled, two labels; no earlier voice was.
    assert not any(v.muffled for s in earlier for v in s.voices)
    driver, passenger = fresh8["d71"].voices[1:]
    assert driver.muffled and passenger.muffled and driver.label != passenger.label
    assert not {driver.voice, passenger.voice.split("+")[-1]} & WOMEN
    assert not fresh8["d71"].voices[0].muffled
    # Two officers side by side: the wearer's espeak voice, 3 pitch points and 1 dB apart, the
    # partner louder than any plain voice of an earlier scene.
    wearer, partner = fresh8["d72"].voices[:2]
    assert (partner.label, partner.engine, partner.voice) == ("partner", "espeak", wearer.voice)
    assert partner.pitch - wearer.pitch == 3 and partner.gain_db == -1
    assert max(v.gain_db for s in earlier for v in s.voices[1:] if _plain(v)) < -1
    assert fresh8["d72"].replies == 2
    # A family row: eight overlaps, more than any earlier scene, among four voices.
    d73 = fresh8["d73"]
    assert d73.overlaps == 8 > max(s.overlaps for s in earlier) and len(d73.voices) == 4
    # Four voices in a gale at 0 dB SNR; every earlier scene of more than two was above 0 dB.
    d74 = fresh8["d74"]
    assert (d74.noise, d74.snr_db, len(d74.voices)) == ("wind", 0, 4)
    assert all(s.snr_db > 0 for s in earlier if len({v.label for v in s.voices}) > 2)
    # Through the patrol car's door: the radio (band-limited, then muffled) and the partner;
    # the woman on the kerb in the open.
    d75 = {v.label: v for v in fresh8["d75"].voices}
    assert d75["dispatch"].radio and d75["dispatch"].muffled and d75["partner"].muffled
    assert _plain(d75["civilian"])
    # A drunk man at two-thirds of flite's pace, slower than any earlier flite voice, in the
    # rain; the neighbour only after a long quiet.
    d76 = fresh8["d76"]
    drunk = d76.voices[1]
    assert (drunk.engine, drunk.rate, d76.noise) == ("flite", 150, "rain")
    assert drunk.rate > max(v.rate for s in earlier for v in s.voices if v.engine == "flite")
    assert d76.voices[d76.late_voice].label == "bystander"


def _top_end(audio: np.ndarray, turns) -> float:
    """The share of the turns' power above 1.5 kHz."""
    samples = np.concatenate([audio[int(t.start * 16000) : int(t.end * 16000)] for t in turns])
    freqs, power = signal.welch(samples, 16000, nperseg=1024)
    return float(power[freqs > 1500].sum() / power.sum())


@needs_voices
def test_fresh8_voices_through_the_car_door_lose_their_top_end(tmp_path):
    """d75 built in full: its four speakers, its one overlap, and the two voices heard through
    the patrol car's door with a fraction of the top end of the two in the open."""
    built, reference = built_in_full(tmp_path, "d75", FRESH8_SPEAKERS["d75"])
    assert sum(gap < 0 for gap in pauses_between(reference)) == built.spec.overlaps
    audio = devset.read_audio(built.audio_path)
    top = {label: _top_end(audio, reference.label_timeline(label)) for label in reference.labels()}
    assert max(top["partner"], top["dispatch"]) < min(top["officer"], top["civilian"]) / 3


#: The fresh9 half: true speakers (distinct labels) of each recording.
FRESH9_SPEAKERS = {
    "d77": ["officer", "partner", "civilian"],
    "d78": ["officer", "civilian", "witness"],
    "d79": ["officer", "partner", "civilian"],
    "d80": ["officer", "civilian", "partner"],
    "d81": ["officer", "civilian", "bystander"],
    "d82": ["officer", "civilian", "witness", "bystander"],
    "d83": ["officer", "partner", "civilian", "witness", "bystander"],
    "d84": ["officer", "civilian", "witness", "bystander"],
}


def test_fresh9_half_is_eight_unseen_recordings_aimed_at_failures():
    fresh9 = unseen_half("fresh9", FRESH9_SPEAKERS, shortest=50, longest=70)
    assert list(fresh9) == [f"d{n}" for n in range(77, 85)]
    earlier = halves_before("fresh9")
    engines, flite_voices, noises = every_engine_and_noise(fresh9)
    assert engines == {"espeak", "flite"} and flite_voices == {"rms", "awb", "slt", "kal16"}
    assert noises == {"street", "car", "crowd", "music"}
    # Crowd babble and music: noises no earlier scene had, each in two scenes.
    assert not {"crowd", "music"} & {s.noise for s in earlier}
    assert [i for i, s in fresh9.items() if s.noise in ("crowd", "music")] == [
        "d77",
        "d78",
        "d83",
        "d84",
    ]
    assert (fresh9["d77"].snr_db, fresh9["d83"].snr_db, fresh9["d84"].snr_db) == (8, 2, 3)
    assert len(fresh9["d83"].voices) == 5 and fresh9["d83"].overlaps == 3
    # The wearer whispering, then shouting: one label, two deliveries, one unvoiced; earlier
    # whisperers were all civilians.
    d79 = fresh9["d79"].voices
    assert [v.label for v in d79 if v.wearer] == ["officer", "officer"]
    assert "whisper" in d79[0].voice and d79[2].shout and "whisper" in d79[1].voice
    assert all(v.label != "officer" for s in earlier for v in s.voices if "whisper" in v.voice)
    assert fresh9["d79"].voices[fresh9["d79"].late_voice].label == "civilian"
    # A plain voice louder than the wearer: every earlier plain voice was quieter.
    face = fresh9["d80"].voices[1]
    assert _plain(face) and face.gain_db == 4
    assert max(v.gain_db for s in earlier for v in s.voices[1:] if _plain(v)) < 0
    # One man through his door (muffled, shouting) and at the step (plain): one label.
    door, step = fresh9["d81"].voices[1:3]
    assert door.label == step.label == "civilian" and door.voice == step.voice
    assert door.muffled and door.shout and _plain(step)
    assert not any(v.muffled for s in earlier for v in s.voices if v.shout)
    # Three labels in one espeak voice; earlier scenes gave one voice two labels at most.
    family = fresh9["d82"].voices[1:]
    assert len({v.voice for v in family}) == 1 and len({v.label for v in family}) == 3
    assert sorted(v.pitch for v in family) == [50, 56, 64]
    for spec in earlier:
        counts = {}
        for v in spec.voices:
            counts.setdefault((v.engine, v.voice), set()).add(v.label)
        assert max(len(labels) for labels in counts.values()) <= 2, spec.id
    # Shouting over the music.
    assert [v.label for v in fresh9["d84"].voices if v.shout] == ["civilian", "witness"]


@needs_voices
def test_fresh9_door_scene_builds_with_one_man_through_the_door_and_at_the_step(tmp_path):
    """d81 built in full: its three speakers and one overlap, the man's turns under one label,
    some through the door (a fraction of the top end of the wearer's) and some at the step."""
    built, reference = built_in_full(tmp_path, "d81", FRESH9_SPEAKERS["d81"])
    assert sum(gap < 0 for gap in pauses_between(reference)) == built.spec.overlaps
    audio = devset.read_audio(built.audio_path)
    turns = list(reference.label_timeline("civilian"))
    tops = [_top_end(audio, [turn]) for turn in turns]
    wearer = _top_end(audio, reference.label_timeline("officer"))
    assert min(tops) < wearer / 3 and max(tops) > wearer / 3, (tops, wearer)


#: The fresh10 half: true speakers (distinct labels) of each recording.
FRESH10_SPEAKERS = {
    "d85": ["officer", "civilian", "witness"],
    "d86": ["officer", "civilian", "witness"],
    "d87": ["officer", "civilian", "witness"],
    "d88": ["officer", "civilian", "witness"],
    "d89": ["officer", "partner", "civilian", "dispatch"],
    "d90": ["officer", "civilian"],
    "d91": ["officer", "civilian", "partner", "witness", "dispatch"],
    "d92": ["officer", "civilian", "witness", "bystander"],
}
#: The women's espeak variants fresh10 brings in (none used before it).
_NEW_WOMEN = {"anika", "aunty", "Alicia", "belinda", "steph", "Andrea", "linda"}


def test_fresh10_half_is_eight_unseen_recordings_aimed_at_failures():
    fresh10 = unseen_half("fresh10", FRESH10_SPEAKERS, shortest=50, longest=70)
    assert list(fresh10) == [f"d{n}" for n in range(85, 93)]
    earlier = halves_before("fresh10")
    engines, flite_voices, noises = every_engine_and_noise(fresh10)
    assert engines == {"espeak", "flite"} and flite_voices == {"rms", "awb", "slt", "kal16"}
    assert noises == {"crowd", "rain", "car", "street", "wind", "siren"}
    snrs = {i: s.snr_db for i, s in fresh10.items()}
    assert list(snrs.values()) == [16, 18, 8, 15, 5, 19, 2, 11]
    # Half of it clean-ish, so the difficulty there is the people, not the noise.
    assert sum(snr >= 15 for snr in snrs.values()) == 4
    # This espeak-ng reads "en-gb+variant" as plain en-gb (the variant is lost): none here.
    espeak = [v.voice for s in fresh10.values() for v in s.voices if v.engine == "espeak"]
    assert all(voice.split("+")[0] not in ("en-gb", "en-sc") for voice in espeak)
    assert all("+" in voice for voice in espeak)
    # A child in one-to-three word replies, her mother late, in a crowd cleaner than any so far.
    d85 = fresh10["d85"]
    child = d85.voices[d85.replies]
    assert (child.label, child.pitch >= 70, d85.voices[d85.late_voice].label) == (
        "civilian",
        True,
        "witness",
    )
    assert all(s.voices[s.replies].pitch < 70 for s in earlier if s.replies is not None)
    assert d85.snr_db > max(s.snr_db for s in earlier if s.noise == "crowd")
    # An old man slower than any espeak voice before, long pauses before every line, and a
    # phone on speaker (band-limited), in light rain.
    d86 = fresh10["d86"]
    old, phone = d86.voices[1:]
    assert (old.voice, old.rate, phone.radio, d86.gaps) == ("en+grandpa", 95, True, (1.2, 3.0))
    assert old.rate < min(
        v.rate for s in earlier for v in s.voices if v.engine == "espeak" and v.rate
    )
    assert d86.noise == "rain" and d86.snr_db > max(s.snr_db for s in earlier if s.noise == "rain")
    # One voice said once, in a word or two: short_line and replies on the same voice, which no
    # earlier scene had (so its one draw changes no earlier recording).
    for one_reply in ("d87", "d90"):
        assert fresh10[one_reply].short_line == fresh10[one_reply].replies is not None
    assert (fresh10["d87"].short_line, fresh10["d90"].short_line) == (2, 0)
    assert not any(s.short_line is not None and s.short_line == s.replies for s in earlier)
    # A row with no pause between turns and seven lines talked over; earlier no-pause scenes
    # had no overlap. One woman in it is flite at 0.85 of its duration, faster than any before.
    d88 = fresh10["d88"]
    assert d88.gaps == (0.0, 0.15) and d88.overlaps == 7
    assert not any(s.overlaps for s in earlier if s.gaps[1] <= 0.15)
    assert d88.voices[2].rate == 85 < min(v.rate or 100 for s in earlier for v in s.voices)
    # Four women, one on the radio: no earlier scene with a radio was all women.
    d89 = fresh10["d89"].voices
    assert all(v.voice.split("+")[-1] in _NEW_WOMEN | {"slt"} for v in d89)
    assert [v.label for v in d89 if v.radio] == ["dispatch"]
    for spec in earlier:
        if any(v.radio for v in spec.voices):
            assert any(v.voice.split("+")[-1] not in WOMEN for v in spec.voices), spec.id
    assert not _NEW_WOMEN & {v.voice.split("+")[-1] for s in earlier for v in s.voices}
    # A near civilian's minute-long statement; the wearer is the rare voice.
    d90 = fresh10["d90"]
    assert len(d90.voices) == 2 and d90.voices[1].gain_db == -3 and _plain(d90.voices[1])
    # Five voices with a radio in rain at 2 dB; earlier rain scenes had three at most, no radio.
    d91 = fresh10["d91"]
    assert (len(d91.voices), d91.noise, d91.snr_db) == (5, "rain", 2)
    assert [v.label for v in d91.voices if v.radio] == ["dispatch"]
    rain = [s for s in earlier if s.noise == "rain"]
    assert max(len(s.voices) for s in rain) <= 3 and not any(
        v.radio for s in rain for v in s.voices
    )
    # A late arrival while a siren wails: the only earlier siren scene had none.
    d92 = fresh10["d92"]
    assert d92.noise == "siren" and d92.voices[d92.late_voice].label == "bystander"
    assert all(s.late_voice is None for s in earlier if s.noise == "siren")


def test_short_line_on_the_replies_voice_is_one_reply(monkeypatch):
    """``short_line`` and ``replies`` on one voice: that voice says one reply (the wearer one
    acknowledgement) and nothing else. Spoken by a stand-in for the engines (a tone as long as
    the text), so no synthesis; with no overlap in either scene the draws are the real ones."""

    def tone(voice, text, work):
        samples = np.arange(int(len(text) * 0.06 * devset.SAMPLE_RATE))
        return 0.1 * np.sin(2 * np.pi * 150 * samples / devset.SAMPLE_RATE)

    monkeypatch.setattr(devset, "_synthesize", tone)
    for recording_id, label, pool, said in (
        ("d87", "witness", devset._REPLIES, "That one."),
        ("d90", "officer", devset._ACKNOWLEDGEMENTS, "I see."),
    ):
        (spec,) = [s for s in devset.specs("fresh10") if s.id == recording_id]
        _, turns = devset.mix_lines(spec)
        once = [text for turn_label, _, _, text in turns if turn_label == label]
        assert once == [said] and said in pool, recording_id
        assert all(text in devset._LINES for turn_label, *_, text in turns if turn_label != label)
