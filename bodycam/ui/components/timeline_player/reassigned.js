// Speaker reassignments: stretches whose speaker a reviewer changed (data.reassigned), indexed
// against the speaker lanes and drawn over the machine's turns by drawTurns.

// Outline of a speaker stretch a reviewer corrected (drawn over the speaker's own color).
const REASSIGNED_OUTLINE = "#111111";

Object.assign(Instance.prototype, {
  // Speaker reassignments ([start, end, machine speaker, speaker]) by start, with the lane rows
  // of both speakers (-1: none, e.g. a stretch set to no speaker).
  indexReassigned(list) {
    const sorted = list.slice().sort((a, b) => a[0] - b[0]);
    const n = sorted.length;
    const rowOf = this.turns.rowOf || new Map();
    const row = (id) => (rowOf.has(id) ? rowOf.get(id) : -1);
    const r = {
      starts: new Float64Array(n),
      ends: new Float64Array(n),
      fromRow: new Int32Array(n),
      toRow: new Int32Array(n),
      toColor: new Array(n),
      maxDur: 0,
    };
    sorted.forEach(([start, end, from, to], i) => {
      r.starts[i] = start;
      r.ends[i] = end;
      r.fromRow[i] = row(from);
      r.toRow[i] = row(to);
      r.toColor[i] = this.speakerColor(to);
      r.maxDur = Math.max(r.maxDur, end - start);
    });
    this.reassigned = r;
  },

  // Stretches whose speaker a reviewer changed: the machine's speaker's lane is blanked there
  // (a dashed outline keeps where it was) and the corrected speaker's lane is filled and
  // outlined in dark, so a correction never looks like the machine's assignment.
  drawReassigned(ctx, l, rows, rh) {
    const ra = this.reassigned;
    const n = ra.starts.length;
    if (!n) return;
    // The lane's own background: drawBase stripes every second lane.
    const bg = Object.keys(this.lanes).indexOf("turns") % 2 ? this.colors.bg2 : this.colors.bg;
    const i0 = lowerBound(ra.starts, this.view.start - ra.maxDur);
    const i1 = upperBound(ra.starts, this.view.end);
    ctx.save();
    for (let i = i0; i < i1; i++) {
      if (ra.ends[i] < this.view.start) continue;
      const x0 = this.timeToX(ra.starts[i]);
      const w = Math.max(2, this.timeToX(ra.ends[i]) - x0);
      if (ra.fromRow[i] >= 0 && ra.fromRow[i] < rows) {
        const y = l.y + ra.fromRow[i] * rh + 1;
        ctx.fillStyle = bg;
        ctx.fillRect(x0, y, w, rh - 2);
        ctx.strokeStyle = REASSIGNED_OUTLINE;
        ctx.lineWidth = 1;
        ctx.setLineDash([3, 2]);
        ctx.strokeRect(x0 + 0.5, y + 0.5, w - 1, rh - 3);
        ctx.setLineDash([]);
      }
      if (ra.toRow[i] >= 0 && ra.toRow[i] < rows) {
        const y = l.y + ra.toRow[i] * rh + 1;
        ctx.fillStyle = ra.toColor[i];
        ctx.fillRect(x0, y, w, rh - 2);
        ctx.strokeStyle = REASSIGNED_OUTLINE;
        ctx.lineWidth = 2;
        ctx.strokeRect(x0 + 1, y + 1, w - 2, rh - 4);
      }
    }
    ctx.restore();
  },
});
