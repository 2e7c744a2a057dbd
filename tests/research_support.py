"""Fixtures for the research stage: footage, transcripts and tags written straight to SQLite."""

from __future__ import annotations

from bodycam.annotate.encounter import save_form
from bodycam.annotate.tags import create_tag

OFFICER = "Daniel Kowalczyk"
CIVILIAN = "Maria Esperanza"
INCIDENT = "INC-2024-88123"
FILE_NAME = "AXON_X81A9923_20240501_221000.mp4"
SERIAL = "X81A9923"
PATH = "/evidence/north/AXON_X81A9923_20240501_221000.mp4"


def make_footage(store, number: int = 1, **values) -> int:
    with store.change("tester", "footage.add") as change:
        if values.get("incident_id"):
            change.insert(
                "incidents",
                {
                    "id": values["incident_id"],
                    "title": "t",
                    "created_at": change.at,
                    "created_by": "tester",
                },
            )
        return change.insert(
            "footage",
            {
                "sha256": f"{number:064x}",
                "original_name": values.pop("original_name", f"clip{number}.mp4"),
                "original_path": values.pop("original_path", f"/tmp/clip{number}.mp4"),
                "size": 1,
                "duration": values.pop("duration", 60.0),
                "fps": values.pop("fps", 25.0),
                "ingested_at": change.at,
                "ingested_by": "tester",
                "status": "ready",
                **values,
            },
        )


def add_transcript(store, footage_id: int, speakers: list[tuple[str | None, str, list]]) -> None:
    """speakers: (name, role, [(start, end, text), ...])."""
    with store.change("tester", "transcript.add") as change:
        transcript = change.insert(
            "transcripts",
            {
                "footage_id": footage_id, "created_at": change.at, "audio_sha256": "0",
                "asr_model": "m", "diarization": "d", "provenance": "{}", "speech": "[]",
            },
        )  # fmt: skip
        for index, (name, role, segments) in enumerate(speakers):
            speaker = change.insert(
                "speakers",
                {
                    "footage_id": footage_id, "transcript_id": transcript,
                    "label": f"Speaker {index + 1}", "machine_label": f"S{index}", "name": name,
                    "role": role,
                },
            )  # fmt: skip
            for start, end, text in segments:
                change.insert(
                    "segments",
                    {
                        "transcript_id": transcript, "footage_id": footage_id, "start": start,
                        "end": end, "text": text, "speaker_id": speaker,
                    },
                )  # fmt: skip


def identified_fixture(store) -> int:
    """A footage full of identifiers: officer, incident, file name with a serial, a path, a
    device serial, GPS in the probe, and names said in the transcript."""
    footage_id = make_footage(
        store,
        7,
        original_name=FILE_NAME,
        original_path=PATH,
        device=f"Axon Body 3 {SERIAL}",
        probe='{"location": "+40.7128-074.0060/"}',
        incident_id=INCIDENT,
        officer=OFFICER,
        recorded_at="2024-05-01T22:10:00Z",
        unit="north",
    )
    add_transcript(
        store,
        footage_id,
        [
            (
                OFFICER, "officer",
                [(1.0, 4.0, "Step out of the car please. I'm Officer Kowalczyk."),
                 (10.0, 14.0,
                  f"Ms. Esperanza, we stopped you because your plate {SERIAL} came up.")],
            ),
            (CIVILIAN, "civilian", [(5.0, 9.0, "My name is Maria Esperanza, call 555-867-5309.")]),
        ],
    )  # fmt: skip
    save_form(
        store,
        footage_id,
        {"reason_for_contact": "traffic_violation", "outcomes": ["arrest", "search"]},
        "alice",
        None,
    )
    create_tag(store, footage_id, "command", 1.2, "alice")
    create_tag(store, footage_id, "force_3_soft_control", 20.0, "alice")
    create_tag(store, footage_id, "resistance_1_passive", 18.0, "bob")
    create_tag(store, footage_id, "states_reason", 10.5, "bob", notes=f"{CIVILIAN} said {SERIAL}")
    return footage_id
