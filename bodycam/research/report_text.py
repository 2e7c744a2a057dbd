"""The reliability report as a plain-text table (what ``bodycam reliability`` prints).

Every kappa, alpha and AC1 value is printed with its slice length beside it; an undefined value
prints ``n/a [n]`` and note n below the table says why.
"""

from __future__ import annotations

from bodycam.research.coefficients import Statistic
from bodycam.research.reliability import CodeReliability, ReliabilityReport


def _seconds(value: float) -> str:
    return f"{value:g} s"


class _Notes:
    "Numbered reasons: one number per distinct reason, listing every cell it explains."

    def __init__(self) -> None:
        self._places: dict[str, list[str]] = {}

    def cell(self, statistic: Statistic, label: str, with_slice: bool = False) -> str:
        if statistic.value is not None:
            text = f"{statistic.value:.3f}"
            return f"{text} ({_seconds(statistic.slice_length)})" if with_slice else text
        if with_slice:
            label += f" on {_seconds(statistic.slice_length)} slices"
        places = self._places.setdefault(statistic.reason or "undefined", [])
        places.append(label)
        return f"n/a [{list(self._places).index(statistic.reason or 'undefined') + 1}]"

    @property
    def lines(self) -> list[str]:
        return [
            f"[{number}] {reason} ({'; '.join(places)})"
            for number, (reason, places) in enumerate(self._places.items(), start=1)
        ]


def _table(header: list[str], rows: list[list[str]]) -> list[str]:
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]
    return [
        "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip()
        for row in [header, *rows]
    ]


def _name(code: CodeReliability) -> str:
    return code.code_id if code.code_id is not None else "overall"


def format_report(report: ReliabilityReport) -> str:
    "Render ``report`` as aligned plain-text tables followed by the notes on undefined values."
    notes = _Notes()
    coders = report.coders
    rows_of = [*report.codes, report.overall]
    lines = [
        f"Reliability of {len(coders)} coders ({', '.join(coders)}) on "
        f"{len(report.footage_ids)} footage ({', '.join(str(f) for f in report.footage_ids)})",
        f"kappa, alpha and AC1 on time slices of {_seconds(report.slice_length)} "
        f"(unit = code × slice); IoU on coded time; events matched within "
        f"±{_seconds(report.tolerance)}.",
        "",
    ]
    header = ["code", "units", f"events ({'/'.join(coders)})", "kappa", "alpha", "AC1", "IoU"]
    rows = []
    for code in rows_of:
        label = _name(code)
        rows.append(
            [
                label,
                str(code.ac1.units),
                "/".join(str(code.events[c]) for c in coders),
                notes.cell(code.kappa, f"kappa of {label}", with_slice=True),
                notes.cell(code.alpha, f"alpha of {label}", with_slice=True),
                notes.cell(code.ac1, f"AC1 of {label}", with_slice=True),
                notes.cell(code.iou, f"IoU of {label}"),
            ]
        )
    lines += _table(header, rows)

    lines += ["", f"Event matching: B against A, starts within ±{_seconds(report.tolerance)}", ""]
    header = ["code", "A", "B", "matched", "only A", "only B", "precision", "recall", "F1"]
    rows = []
    for code in rows_of:
        label = _name(code)
        for match in code.matching:
            pair = f"{label}, {match.coder_b} against {match.coder_a}"
            rows.append(
                [
                    label,
                    match.coder_a,
                    match.coder_b,
                    str(match.matched),
                    str(match.events_a - match.matched),
                    str(match.events_b - match.matched),
                    notes.cell(match.precision, f"precision of {pair}"),
                    notes.cell(match.recall, f"recall of {pair}"),
                    notes.cell(match.f1, f"F1 of {pair}"),
                ]
            )
    lines += _table(header, rows)
    if notes.lines:
        lines += ["", "Undefined values:", *notes.lines]
    return "\n".join(lines) + "\n"
