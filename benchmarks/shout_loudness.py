"""How much louder a shouted line is than the same speaker's normal lines, in the synthesized mix.

Builds the demo encounter and the suggestion evaluation set's encounters (splits dev, heldout
and fresh; never fresh2, which is kept for a blind confirmation) with
``bodycam.demo.voices.mix_encounter``, as the demo and ``benchmarks/suggestions.py`` do, and
measures every line in the final mix (after its peak normalisation) over the samples no other
line overlaps:

- RMS: the line's RMS level in dBFS;
- envelope: the 75th percentile of its 100 ms RMS frames in dBFS, the measure the Voice
  detector reads from the loudness envelope (``bodycam.suggest.voice``).

Per speaker with both normal and shouted (or agitated) lines, it prints the median level of the
shouted and agitated lines relative to the median of the same speaker's normal lines, then the
spread over all speakers, and the level of normal speech in the mix (which falls when a loud
shout sets the mix's peak).

    .venv/bin/python benchmarks/shout_loudness.py [--split demo|dev|heldout|fresh|all]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bodycam.demo.build import find_tool  # noqa: E402
from bodycam.demo.script import load_script  # noqa: E402
from bodycam.demo.voices import mix_encounter  # noqa: E402
from bodycam.suggest.evalset import load_encounters  # noqa: E402

#: fresh2 is the lead's blind confirmation set: never built or measured here.
SPLITS = ("demo", "dev", "heldout", "fresh")
FRAME = 0.1


def line_levels(mix: np.ndarray, lines, rate: int) -> list[tuple[str, str, float, float]]:
    """``(speaker, delivery, rms_db, envelope_db)`` of each line over its non-overlapped part."""
    spans = [(round(line.start * rate), round(line.end * rate)) for line in lines]
    levels = []
    for index, line in enumerate(lines):
        start, end = spans[index]
        clean = np.ones(end - start, dtype=bool)
        for other, (o_start, o_end) in enumerate(spans):
            if other != index and o_start < end and o_end > start:
                clean[max(o_start, start) - start : min(o_end, end) - start] = False
        part = mix[start:end].astype(np.float64)
        if clean.sum() < FRAME * rate:
            continue
        rms_db = 10 * np.log10(np.mean(part[clean] ** 2) + 1e-12)
        window = int(FRAME * rate)
        frames = part[: part.size // window * window].reshape(-1, window)
        frame_clean = clean[: part.size // window * window].reshape(-1, window).all(axis=1)
        frame_db = 10 * np.log10(np.mean(frames**2, axis=1) + 1e-12)[frame_clean]
        envelope_db = float(np.percentile(frame_db, 75)) if frame_db.size else rms_db
        levels.append((line.speaker, line.delivery, float(rms_db), envelope_db))
    return levels


def encounters(split: str):
    if split == "demo":
        return [("demo", load_script())]
    if split not in SPLITS:
        raise ValueError(f"split {split!r} is not measured here: use one of {', '.join(SPLITS)}")
    return [(encounter.name, encounter.script) for encounter in load_encounters(split)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", choices=[*SPLITS, "all"], default="all")
    args = parser.parse_args()
    espeak = find_tool("espeak-ng")
    splits = SPLITS if args.split == "all" else (args.split,)
    rows = []
    normal_levels: dict[str, list[float]] = {}
    print(
        f"{'split':8s} {'encounter':32s} {'speaker':18s} {'n/a/s':>7s} "
        f"{'shout RMS':>9s} {'agit RMS':>9s} {'shout env':>9s} {'agit env':>9s}"
    )
    for split in splits:
        for name, script in encounters(split):
            mix, lines = mix_encounter(script, espeak)
            levels = line_levels(mix, lines, script.sample_rate)
            for speaker in dict.fromkeys(level[0] for level in levels):
                by = {
                    delivery: [lv for lv in levels if lv[0] == speaker and lv[1] == delivery]
                    for delivery in ("normal", "agitated", "shouting")
                }
                if not by["normal"]:
                    continue
                normal_levels.setdefault(split, []).extend(lv[2] for lv in by["normal"])
                if not (by["agitated"] or by["shouting"]):
                    continue
                base_rms = float(np.median([lv[2] for lv in by["normal"]]))
                base_env = float(np.median([lv[3] for lv in by["normal"]]))
                row = (
                    split,
                    name,
                    speaker,
                    _above(by["shouting"], 2, base_rms),
                    _above(by["agitated"], 2, base_rms),
                    _above(by["shouting"], 3, base_env),
                    _above(by["agitated"], 3, base_env),
                )
                rows.append(row)
                counts = "/".join(str(len(by[d])) for d in ("normal", "agitated", "shouting"))
                cells = " ".join(_fmt(value) for value in row[3:])
                print(f"{split:8s} {name[:32]:32s} {speaker[:18]:18s} {counts:>7s} {cells}")
    print("\nspread over speakers (median [min .. max], dB above the speaker's normal lines):")
    for column, title in enumerate(("shout RMS", "agit RMS", "shout env", "agit env"), start=3):
        values = [row[column] for row in rows if row[column] is not None]
        if values:
            print(
                f"  {title:10s} {np.median(values):+5.1f} [{min(values):+5.1f} .. "
                f"{max(values):+5.1f}]  ({len(values)} speakers)"
            )
    print("\nnormal lines in the final mix (median RMS dBFS; the mix's peak is -1 dBFS):")
    for split, values in normal_levels.items():
        print(f"  {split:8s} {np.median(values):6.1f} dBFS ({len(values)} lines)")


def _above(levels: list, column: int, base: float) -> float | None:
    """Median of one column of ``levels`` minus the speaker's normal level, or None."""
    found = [level[column] for level in levels]
    return float(np.median(found)) - base if found else None


def _fmt(value: float | None) -> str:
    return f"{'-':>9s}" if value is None else f"{value:+9.1f}"


if __name__ == "__main__":
    main()
