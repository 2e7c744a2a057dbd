// Tension lane: the per-second escalation score of the footage's suggestions (pending and
// confirmed; Python's suggest.curve computes it), drawn around a middle line: red above for
// escalation, green below for de-escalation, a mark on each peak. A click seeks to the start of
// the second under the pointer, so the reviewer jumps straight to a flare-up.
//
// Kept apart from timeline.js, which only calls these through small hooks (layoutCanvas,
// drawBase, the lane headers, pointerup, the tip).

const TENSION_LANE_HEIGHT = 30;
const TENSION_UP = "#d62728"; // escalation: the escalation polarity's color in the palette
const TENSION_DOWN = "#2ca02c"; // de-escalation

Object.assign(Instance.prototype, {

  // data.tension is {values: [one per second], peaks: [seconds]} or null (no lane).
  indexTension(tension) {
    const values = tension && Array.isArray(tension.values) ? tension.values : [];
    this.tension = values.length
      ? { values: Float32Array.from(values), peaks: (tension.peaks || []).slice() }
      : null;
  },

  tensionLaneHeight() {
    return this.tension ? TENSION_LANE_HEIGHT : 0;
  },

  // The value of the second under time t (seconds), or null outside the series.
  tensionAt(t) {
    if (!this.tension) return null;
    const i = Math.floor(t);
    return i >= 0 && i < this.tension.values.length ? this.tension.values[i] : null;
  },

  drawTension(ctx) {
    const l = this.lanes.tension;
    if (!l || !this.tension) return;
    const vals = this.tension.values;
    const mid = l.y + l.h / 2;
    const half = l.h / 2 - 2;
    const W = this.width;
    const secPerPx = (this.view.end - this.view.start) / W;
    // Per pixel column, the value of largest magnitude among the seconds it covers: a one-
    // second flare-up stays visible when the whole encounter is shown.
    const column = (x) => {
      const a = Math.max(0, Math.floor(this.view.start + x * secPerPx));
      const b = Math.min(vals.length, Math.max(a + 1, Math.floor(this.view.start + (x + 1) * secPerPx)));
      let m = 0;
      for (let i = a; i < b; i++) if (Math.abs(vals[i]) > Math.abs(m)) m = vals[i];
      return a < vals.length ? m : 0;
    };
    for (const [sign, color] of [[1, TENSION_UP], [-1, TENSION_DOWN]]) {
      ctx.fillStyle = hexWithAlpha(color, 0.7);
      ctx.beginPath();
      ctx.moveTo(0, mid);
      for (let x = 0; x < W; x++) {
        const v = column(x);
        ctx.lineTo(x, mid - (sign * v > 0 ? v : 0) * half);
      }
      ctx.lineTo(W, mid);
      ctx.closePath();
      ctx.fill();
    }
    ctx.fillStyle = hexWithAlpha(this.colors.text || "#31333f", 0.35);
    ctx.fillRect(0, Math.round(mid), W, 1);
    ctx.fillStyle = TENSION_UP;
    for (const p of this.tension.peaks) {
      const x = this.timeToX(p + 0.5);
      if (x < -4 || x > W + 4) continue;
      ctx.beginPath();
      ctx.moveTo(x - 4, l.y + 1);
      ctx.lineTo(x + 4, l.y + 1);
      ctx.lineTo(x, l.y + 7);
      ctx.fill();
    }
  },

  // The second a click at (x, y) seeks to when it falls on the tension lane, else null.
  tensionSecondAt(x, y) {
    const l = this.lanes && this.lanes.tension;
    if (!l || !this.tension || y < l.y || y > l.y + l.h) return null;
    const last = this.tension.values.length - 1;
    return Math.max(0, Math.min(last, Math.floor(this.xToTime(x))));
  },

  tensionTip(x, y) {
    const second = this.tensionSecondAt(x, y);
    if (second === null) return "";
    const v = this.tension.values[second];
    return ` · tension ${v > 0 ? "+" : ""}${v.toFixed(2)}`;
  },

});
