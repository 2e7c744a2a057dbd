"""Streamlit script that renders the timeline player with synthetic data, for browser tests.

Run it with static serving on, with the clip at ``static/clip.mp4`` beside this script::

    streamlit run tests/apps/player_harness.py --server.enableStaticServing true

Query parameter ``profile``: ``short`` (default; the 20 s test clip), ``long`` (2 h footage with
20,000 words, 400 turns and 2,000 tags, for the draw benchmark), ``tension`` (the short clip
with a tension lane) or ``empty``. Environment:
``BODYCAM_HARNESS_STATE`` names a JSON file where every run writes the events received so far,
the playhead, the number of runs and the tags, so tests can check what Python got.
"""

from __future__ import annotations

import json
import os
import random
from pathlib import Path
from typing import Any

import streamlit as st

from bodycam.annotate.tags import lagged_time
from bodycam.ui.components.timeline_player import new_seek, timeline_player

HERE = Path(__file__).parent
FPS = 25.0
LAG = 1.0
SPEAKER_COLORS = ["#1f77b4", "#ff7f0e", "#9467bd", "#8c564b", "#17becf", "#bcbd22"]
KEYMAP = {
    "1": {"code": "ESC_VERBAL", "label": "Raised voice", "kind": "point", "polarity": "escalation"},
    "2": {"code": "DEESC_CALM", "label": "Calm tone", "kind": "point", "polarity": "de-escalation"},
    "3": {"code": "CTX_CROWD", "label": "Crowd", "kind": "interval", "polarity": "context"},
    "4": {"code": "OUT_ARREST", "label": "Arrest", "kind": "point", "polarity": "outcome"},
}
# Four segments of the short clip; starts are off whole seconds on purpose.
SHORT_SEGMENTS = [
    (1.2, 4.8, 0, "Good evening sir can you step over here for me"),
    (5.6, 9.9, 1, "I did not do anything why are you stopping me"),
    (12.3, 15.7, 0, "Nobody said you did I just want to talk"),
    (16.4, 19.5, 1, "Alright alright I am listening"),
]


def _words(start: float, end: float, text: str, rng: random.Random) -> list[list[Any]]:
    tokens = text.split()
    step = (end - start) / len(tokens)
    words = []
    for i, token in enumerate(tokens):
        p = round(rng.uniform(0.2, 0.45), 2) if rng.random() < 0.08 else 0.95
        words.append([round(start + i * step, 3), round(start + (i + 0.9) * step, 3), token, p])
    return words


def short_encounter() -> dict[str, Any]:
    """Return player data for the 20 s test clip."""
    rng = random.Random(7)
    segments = []
    for i, (start, end, speaker, text) in enumerate(SHORT_SEGMENTS):
        words = _words(start, end, text, rng)
        segments.append(
            {"id": i + 1, "start": start, "end": end, "speaker_id": speaker, "text": text}
            | {"words": words}
        )
    # One word is surely below the confidence threshold.
    segments[1]["words"][3][3] = 0.31
    data: dict[str, Any] = {
        "duration": 20.0,
        "fps": FPS,
        "speakers": [
            {"id": 0, "label": "Officer", "color": SPEAKER_COLORS[0]},
            {"id": 1, "label": "Subject", "color": SPEAKER_COLORS[1]},
        ],
        "turns": [[s, e, spk] for s, e, spk, _ in SHORT_SEGMENTS],
        # A reviewer gave the third line (the officer's, by the machine) to the subject.
        "reassigned": [[12.3, 15.7, 0, 1]],
        "segments": segments,
        "envelope": {
            "rate": 10,
            "values": [round(0.5 + 0.45 * ((i * 37) % 11) / 11, 3) for i in range(200)],
        },
    }
    sprite = HERE / "static" / "sprite.jpg"
    if sprite.exists():
        data["filmstrip"] = {
            "url": "app/static/sprite.jpg",
            "interval": 1.0,
            "count": 20,
            "tile_width": 80,
            "tile_height": 60,
            "columns": 5,
        }
    return data


def long_encounter(
    duration: float = 7200.0,
    n_words: int = 20_000,
    n_turns: int = 400,
    n_tags: int = 2_000,
    seed: int = 1,
) -> dict[str, Any]:
    """Return player data for a synthetic long encounter (the draw benchmark's load).

    Args:
        duration: Footage length in seconds.
        n_words: Words in the transcript, spread over the turns.
        n_turns: Speaker turns; each holds segments of 20 words.
        n_tags: Tags, a third of them intervals.
        seed: Random seed, so runs are comparable.
    """
    rng = random.Random(seed)
    speakers = [
        {"id": i, "label": f"Speaker {i + 1}", "color": SPEAKER_COLORS[i]} for i in range(4)
    ]
    slot = duration / n_turns
    turns = []
    segments = []
    words_per_turn = n_words // n_turns
    seg_id = 0
    for i in range(n_turns):
        start = i * slot + rng.uniform(0, slot * 0.1)
        end = (i + 1) * slot - rng.uniform(0, slot * 0.1)
        speaker = rng.randrange(len(speakers))
        turns.append([round(start, 3), round(end, 3), speaker])
        per_seg = 20
        n_segs = max(1, words_per_turn // per_seg)
        seg_len = (end - start) / n_segs
        for j in range(n_segs):
            s = start + j * seg_len
            e = s + seg_len * 0.95
            text = " ".join(rng.choice(_VOCAB) for _ in range(per_seg))
            seg_id += 1
            segments.append(
                {
                    "id": seg_id,
                    "start": round(s, 3),
                    "end": round(e, 3),
                    "speaker_id": speaker,
                    "text": text,
                    "words": _words(s, e, text, rng),
                }
            )
    polarities = ["escalation", "de-escalation", "context", "outcome"]
    tags = []
    for i in range(n_tags):
        start = rng.uniform(0, duration - 30)
        interval = i % 3 == 0
        tags.append(
            {
                "id": i + 1,
                "code": f"CODE_{i % 12}",
                "label": f"Code {i % 12}",
                "polarity": polarities[i % 4],
                "start": round(start, 3),
                "end": round(start + rng.uniform(2, 30), 3) if interval else None,
            }
        )
    return {
        "duration": duration,
        "fps": FPS,
        "speakers": speakers,
        "turns": turns,
        "segments": segments,
        "tags": tags,
        "envelope": {
            "rate": 4,
            "values": [round(rng.random(), 2) for _ in range(int(duration * 4))],
        },
    }


_VOCAB = ("sir", "ma'am", "hands", "step", "back", "calm", "down", "listen", "talk", "okay")
_VOCAB += ("what", "why", "stop", "please", "car", "license", "registration", "officer", "wait")


def tension_encounter() -> dict[str, Any]:
    """The short clip with a tension lane (#15): escalation at 5-7 s, de-escalation at 14-16 s."""
    from bodycam.suggest.tension import peaks, tension_series

    values = tension_series([(5.0, 7.0, 1.0), (14.0, 16.0, -1.0)], 20.0)
    return {**short_encounter(), "tension": {"values": values, "peaks": peaks(values)}}


def empty_encounter() -> dict[str, Any]:
    """Return player data with nothing on the timeline (the benchmark's baseline)."""
    return {"duration": 7200.0, "fps": FPS, "speakers": [], "turns": [], "segments": []}


def _write_state(path: str, state: dict[str, Any]) -> None:
    tmp = Path(path + ".tmp")
    tmp.write_text(json.dumps(state))
    tmp.replace(path)


def main() -> None:
    st.set_page_config(page_title="Player harness", layout="wide")
    profile = st.query_params.get("profile", "short")
    ss = st.session_state
    if "harness_data" not in ss:
        builders = {
            "short": short_encounter,
            "long": long_encounter,
            "empty": empty_encounter,
            "tension": tension_encounter,
        }
        ss.harness_data = builders[profile]()
        ss.harness_tags = list(ss.harness_data.get("tags", []))
        ss.harness_events = []
        ss.harness_runs = 0
        ss.harness_seek = None
        ss.harness_selected = None
    ss.harness_runs += 1

    def on_event(event: dict[str, Any]) -> None:
        ss.harness_events.append(event)
        if event["type"] == "mark":
            binding = next(b for b in KEYMAP.values() if b["code"] == event["code"])
            at = lagged_time(float(event["t"]), LAG if event.get("playing", True) else 0.0)
            if event["phase"] == "end":
                for tag in ss.harness_tags:
                    if tag["code"] == event["code"] and tag.get("pending"):
                        tag["end"] = max(at, tag["start"])
                        tag["pending"] = False
                return
            ss.harness_tags.append(
                {
                    "id": 10_000 + len(ss.harness_tags),
                    "code": binding["code"],
                    "label": binding["label"],
                    "polarity": binding["polarity"],
                    "start": at,
                    "end": None,
                    "pending": event["phase"] == "start",
                }
            )
        elif event["type"] == "select_tag":
            ss.harness_selected = event["tag_id"]
        elif event["type"] == "edit_segment":
            for seg in ss.harness_data["segments"]:
                if seg["id"] == event["segment_id"]:
                    seg["text"] = event["text"]

    st.text_input("Notes", key="harness_notes")
    left, right = st.columns(2)
    if left.button("Seek to 3 s"):
        ss.harness_seek = new_seek(3.0)
    right.button("Rerun")

    data = {
        **ss.harness_data,
        "video_url": os.environ.get("BODYCAM_HARNESS_VIDEO_URL", "app/static/clip.mp4"),
        "tags": ss.harness_tags,
        "keymap": KEYMAP,
        "lag": LAG,
        "low_confidence": 0.5,
        "seek": ss.harness_seek,
        "selected_tag_id": ss.harness_selected,
    }
    result = timeline_player(data=data, key="player", on_event=on_event)
    st.caption(f"runs: {ss.harness_runs} · events: {len(ss.harness_events)}")

    state_path = os.environ.get("BODYCAM_HARNESS_STATE")
    if state_path:
        _write_state(
            state_path,
            {
                "runs": ss.harness_runs,
                "events": ss.harness_events,
                "playhead": result.playhead,
                "tags": [t for t in ss.harness_tags if t["id"] >= 10_000],
                "segments": [{"id": s["id"], "text": s["text"]} for s in data["segments"]],
                "seek": ss.harness_seek,
            },
        )


if __name__ == "__main__":
    main()
