"""Synthetic coding for the reliability speed check and benchmarks/reliability.py."""

from __future__ import annotations

import random

from bodycam.research.events import CodedEvent

CODES = [f"code{i}" for i in range(10)]


def synthetic_coding(
    footage: int = 200,
    coders: tuple[str, ...] = ("alice", "bob"),
    events_per_coder: int = 100,
    duration: float = 600.0,
    seed: int = 13,
) -> tuple[list[CodedEvent], dict[int, float]]:
    """Every coder codes every footage: a shared set of moments, each coder jittering them,
    dropping some and adding their own, half the codes points and half intervals."""
    rng = random.Random(seed)
    events = []
    for footage_id in range(1, footage + 1):
        moments = [
            (rng.choice(CODES), rng.uniform(0, duration - 20), rng.uniform(1, 15))
            for _ in range(events_per_coder)
        ]
        for coder in coders:
            for number, (code, start, length) in enumerate(moments):
                if rng.random() < 0.1:  # a moment this coder missed: tag something else
                    code, start = rng.choice(CODES), rng.uniform(0, duration - 20)
                start = max(0.0, start + rng.gauss(0, 0.8))
                interval = int(code[-1]) % 2 == 1
                events.append(
                    CodedEvent(
                        coder,
                        footage_id,
                        code,
                        start,
                        start + length if interval else None,
                        "interval" if interval else "point",
                        id=f"{coder}-{footage_id}-{number}",
                    )
                )
    return events, {footage_id: duration for footage_id in range(1, footage + 1)}
