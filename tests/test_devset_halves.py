"""The blind halves of the development set from fresh7 on: what each promises and what makes
it new against every half before it, and one of its recordings built in full.

The halves up to fresh6 are tested in test_devset.py; the checks all the blind halves share
(``unseen_half``, ``halves_before``, ``built_in_full`` ...) are in devset_support.py."""

from __future__ import annotations

import numpy as np
import pytest
from devset_support import (
    built_in_full,
    every_engine_and_noise,
    halves_before,
    needs_voices,
    pauses_between,
    stm_rows,
    unseen_half,
)
from scipy import signal

from bodycam.transcribe import devset

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
#: espeak variants and flite voices of women (the rest in the set are men's).
_WOMEN = {"f1", "f2", "f3", "f4", "f5", "Annie", "grandma", "whisperf", "slt"}


def _labels_of(spec, keep) -> set[str]:
    return {v.label for v in spec.voices if keep(v)}


def test_fresh7_half_is_eight_unseen_recordings_aimed_at_failures():
    fresh7 = unseen_half("fresh7", FRESH7_SPEAKERS, shortest=50, longest=75)
    assert list(fresh7) == [f"d{n}" for n in range(61, 69)]
    earlier = halves_before("fresh7")
    assert not {s.id for s in devset.RECORDINGS if s.half != "fresh7"} & set(fresh7)
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
    assert all(v.voice.split("+")[-1] in _WOMEN for v in d65.voices) and len(d65.voices) == 4
    assert max(len(_labels_of(s, lambda v: v.voice.split("+")[-1] in _WOMEN)) for s in earlier) < 4
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
    assert not {s.id for s in devset.RECORDINGS if s.half != "fresh8"} & set(fresh8)
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
    assert not {driver.voice, passenger.voice.split("+")[-1]} & _WOMEN
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


def test_rain_and_siren_noises_fill_the_voice_band():
    """Rain and the siren put about half their power at 1-4 kHz, where voices are told apart;
    street, wind and car noise put a few per cent there at most."""
    shares = {}
    for kind in devset._NOISES:
        noise = devset._noise(kind, 10 * devset.SAMPLE_RATE, np.random.default_rng(1))
        freqs, power = signal.welch(noise, devset.SAMPLE_RATE, nperseg=4096)
        shares[kind] = power[(freqs >= 1000) & (freqs <= 4000)].sum() / power.sum()
    assert min(shares["rain"], shares["siren"]) > 0.3
    assert max(shares["street"], shares["wind"], shares["car"]) < 0.1


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
