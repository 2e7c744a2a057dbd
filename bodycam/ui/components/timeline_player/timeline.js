// Timeline canvas: the view (pan, zoom), drawing the lanes, clicks and tips, the legend.

Object.assign(Instance.prototype, {

  fitView(force) {
    const d = Math.max(this.duration, 1);
    if (force || !this.view) this.setView(0, d);
  },

  setView(start, span) {
    const d = Math.max(this.duration, MIN_VIEW_SPAN);
    span = Math.max(MIN_VIEW_SPAN, Math.min(span, d));
    start = Math.max(0, Math.min(start, d - span));
    const zoomed = !this.view || Math.abs(this.view.end - this.view.start - span) > 1e-6;
    this.view = { start, end: start + span };
    if (zoomed && this.drawnOnce) this.scheduleViewState(); // ?zoom= follows
    this.persist.view = { ...this.view };
    if (this.zoomLabel) {
      this.zoomLabel.textContent = `${clockText(this.view.start)} – ${clockText(this.view.end)} (${clockText(span)} shown)`;
    }
  },

  revealTime(t) {
    if (!this.view) return;
    const span = this.view.end - this.view.start;
    if (t < this.view.start || t > this.view.end) {
      this.setView(t - span * 0.25, span);
      this.drawBase();
    }
  },

  zoomBy(factor, anchorX) {
    if (!this.view) return;
    const span = this.view.end - this.view.start;
    const anchorT =
      anchorX === null ? this.clampTime(this.currentTime()) : this.xToTime(anchorX);
    const frac = (anchorT - this.view.start) / span;
    const newSpan = span * factor;
    this.setView(anchorT - frac * newSpan, newSpan);
    this.drawBase();
    this.drawOverlay();
  },

  timeToX(t) {
    return ((t - this.view.start) / (this.view.end - this.view.start)) * this.width;
  },

  xToTime(x) {
    return this.view.start + (x / this.width) * (this.view.end - this.view.start);
  },

  layoutCanvas() {
    const width = Math.max(100, this.timeline.clientWidth || 600);
    const lanes = [];
    let y = 0;
    const add = (name, h) => {
      lanes.push({ name, y, h });
      y += h;
    };
    add("axis", 18);
    if (this.filmstrip) add("filmstrip", 44);
    if (this.envelope) add("envelope", 26);
    if (this.tension) add("tension", this.tensionLaneHeight());
    const spkRows = Math.min(this.turns.rows || 1, 8);
    // Rows tall enough for 11 px speaker names and tag labels.
    add("turns", Math.max(14, spkRows * 14));
    add("words", 16);
    add("tags", TAG_ROWS * 15 + 4);
    this.lanes = {};
    for (const l of lanes) this.lanes[l.name] = l;
    this.height = y + 2;
    this.width = width;
    this.dpr = window.devicePixelRatio || 1;
    for (const c of [this.baseCanvas, this.overlayCanvas]) {
      c.width = Math.round(width * this.dpr);
      c.height = Math.round(this.height * this.dpr);
      c.style.width = `${width}px`;
      c.style.height = `${this.height}px`;
    }
    this.timeline.style.height = `${this.height}px`;
    const cs = getComputedStyle(this.root);
    this.colors = {
      text: cs.getPropertyValue("--bc-text").trim() || "#31333f",
      bg: cs.getPropertyValue("--bc-bg").trim() || "#ffffff",
      bg2: cs.getPropertyValue("--bc-bg2").trim() || "#f0f2f6",
      border: cs.getPropertyValue("--bc-border").trim() || "#d5d8de",
      accent: cs.getPropertyValue("--bc-accent").trim() || "#ff4b4b",
      font: cs.fontFamily || "sans-serif",
    };
  },

  // -------------------------------------------------------------- drawing

  drawBase() {
    if (!this.view || !this.lanes) return;
    const t0 = performance.now();
    const ctx = this.baseCanvas.getContext("2d");
    ctx.setTransform(this.dpr, 0, 0, this.dpr, 0, 0);
    const W = this.width;
    const c = this.colors;
    ctx.clearRect(0, 0, W, this.height);
    ctx.fillStyle = c.bg;
    ctx.fillRect(0, 0, W, this.height);
    let stripe = false;
    for (const name of Object.keys(this.lanes)) {
      const l = this.lanes[name];
      if (stripe) {
        ctx.fillStyle = c.bg2;
        ctx.fillRect(0, l.y, W, l.h);
      }
      stripe = !stripe;
    }
    this.drawAxis(ctx);
    if (this.lanes.filmstrip) this.drawFilmstrip(ctx);
    if (this.lanes.envelope) this.drawEnvelope(ctx);
    if (this.lanes.tension) this.drawTension(ctx);
    this.drawTurns(ctx);
    this.drawWords(ctx);
    this.drawTags(ctx);
    window.__bodycamTimelineLastRedrawMs = performance.now() - t0;
  },

  drawAxis(ctx) {
    const l = this.lanes.axis;
    const pps = this.width / (this.view.end - this.view.start);
    const steps = [0.04, 0.1, 0.2, 0.5, 1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600];
    let step = steps[steps.length - 1];
    for (const s of steps) {
      if (s * pps >= 70) {
        step = s;
        break;
      }
    }
    ctx.fillStyle = this.colors.text;
    ctx.strokeStyle = this.colors.border;
    ctx.font = `10px ${this.colors.font}`;
    ctx.textBaseline = "middle";
    ctx.beginPath();
    const first = Math.ceil(this.view.start / step) * step;
    for (let t = first; t <= this.view.end + 1e-9; t += step) {
      const x = Math.round(this.timeToX(t)) + 0.5;
      ctx.moveTo(x, l.y + l.h - 6);
      ctx.lineTo(x, this.height);
      ctx.fillText(fmtAxis(t, step), x + 3, l.y + l.h / 2 - 1);
    }
    ctx.globalAlpha = 0.35;
    ctx.stroke();
    ctx.globalAlpha = 1;
  },

  drawFilmstrip(ctx) {
    const l = this.lanes.filmstrip;
    const fs = this.filmstrip;
    const img = this.filmstripImg;
    if (!img) return;
    const th = l.h - 4;
    const tw = Math.max(8, (th * fs.tile_width) / fs.tile_height);
    const cols = fs.columns || 1;
    // One thumbnail per tile width on screen, each from the tile at its left edge.
    for (let x = 0; x < this.width; x += tw) {
      const t = this.xToTime(x);
      const idx = Math.min(fs.count - 1, Math.max(0, Math.floor(t / fs.interval)));
      const sx = (idx % cols) * fs.tile_width;
      const sy = Math.floor(idx / cols) * fs.tile_height;
      ctx.drawImage(img, sx, sy, fs.tile_width, fs.tile_height, x, l.y + 2, tw - 1, th);
    }
  },

  drawEnvelope(ctx) {
    const l = this.lanes.envelope;
    const env = this.envelope;
    const vals = env.values;
    const rate = env.rate || 1;
    const W = this.width;
    const secPerPx = (this.view.end - this.view.start) / W;
    ctx.fillStyle = hexWithAlpha("#4a6fa5", 0.75);
    ctx.beginPath();
    ctx.moveTo(0, l.y + l.h);
    for (let x = 0; x < W; x++) {
      const a = Math.max(0, Math.floor((this.view.start + x * secPerPx) * rate));
      const b = Math.min(vals.length, Math.max(a + 1, Math.floor((this.view.start + (x + 1) * secPerPx) * rate)));
      let m = 0;
      for (let i = a; i < b; i++) if (vals[i] > m) m = vals[i];
      ctx.lineTo(x, l.y + l.h - Math.min(1, m) * (l.h - 2));
    }
    ctx.lineTo(W, l.y + l.h);
    ctx.closePath();
    ctx.fill();
  },

  drawTurns(ctx) {
    const l = this.lanes.turns;
    const tr = this.turns;
    const n = tr.starts.length;
    if (!n) return;
    const rows = Math.min(tr.rows, 8);
    const rh = l.h / rows;
    const i0 = lowerBound(tr.starts, this.view.start - tr.maxDur);
    const i1 = upperBound(tr.starts, this.view.end);
    for (let i = i0; i < i1; i++) {
      if (tr.ends[i] < this.view.start) continue;
      const x0 = this.timeToX(tr.starts[i]);
      const x1 = this.timeToX(tr.ends[i]);
      ctx.fillStyle = tr.color[i];
      const r = Math.min(tr.row[i], rows - 1);
      ctx.fillRect(x0, l.y + r * rh + 1, Math.max(1, x1 - x0), rh - 2);
    }
    this.drawReassigned(ctx, l, rows, rh);
    // Speaker names at the left edge, legible (11 px).
    ctx.font = `11px ${this.colors.font}`;
    ctx.textBaseline = "middle";
    (this.speakerOrder || []).slice(0, rows).forEach((id, r) => {
      const s = this.speakers.get(id);
      if (!s) return;
      const label = String(s.label || id);
      const w = ctx.measureText(label).width + 4;
      ctx.fillStyle = hexWithAlpha("#ffffff", 0.75);
      ctx.fillRect(0, l.y + r * rh, w, rh);
      ctx.fillStyle = "#222";
      ctx.fillText(label, 2, l.y + r * rh + rh / 2);
    });
  },

  drawWords(ctx) {
    const l = this.lanes.words;
    const w = this.words;
    const pps = this.width / (this.view.end - this.view.start);
    if (!w.starts.length || pps < 3) return; // too dense to be useful below ~3 px per second
    const i0 = lowerBound(w.starts, this.view.start - w.maxDur);
    const i1 = upperBound(w.starts, this.view.end);
    ctx.font = `10px ${this.colors.font}`;
    ctx.textBaseline = "middle";
    const showText = pps >= 40;
    for (let i = i0; i < i1; i++) {
      const x0 = this.timeToX(w.starts[i]);
      const x1 = this.timeToX(w.ends[i]);
      const low = w.prob[i] < this.lowConfidence;
      ctx.fillStyle = low ? "rgba(230,120,20,0.55)" : "rgba(120,120,120,0.35)";
      ctx.fillRect(x0, l.y + 2, Math.max(1, x1 - x0 - 1), l.h - 4);
      if (showText && x1 - x0 > 14) {
        ctx.fillStyle = this.colors.text;
        ctx.save();
        ctx.beginPath();
        ctx.rect(x0, l.y, x1 - x0, l.h);
        ctx.clip();
        ctx.fillText(w.text[i], x0 + 2, l.y + l.h / 2);
        ctx.restore();
      }
    }
  },

  drawTags(ctx) {
    const l = this.lanes.tags;
    const tg = this.tags;
    const n = tg.starts.length;
    if (!n) return;
    const rh = (l.h - 4) / TAG_ROWS;
    const i0 = lowerBound(tg.starts, this.view.start - tg.maxDur - 1);
    const i1 = upperBound(tg.starts, this.view.end + 1);
    for (let i = i0; i < i1; i++) {
      const t = tg.list[i];
      if (tg.ends[i] < this.view.start - 1) continue;
      const color = this.polarityColor(t.polarity);
      const x0 = this.timeToX(tg.starts[i]);
      const selected = this.selectedTagId !== null && t.id === this.selectedTagId;
      if (tg.row[i] < 0) {
        if (t.pending && (t.end === null || t.end === undefined)) continue; // drawn on the overlay
        ctx.fillStyle = color;
        ctx.fillRect(Math.round(x0) - 1, l.y + 2, 2, l.h - 4);
        ctx.beginPath();
        ctx.moveTo(x0 - 4, l.y + 2);
        ctx.lineTo(x0 + 4, l.y + 2);
        ctx.lineTo(x0, l.y + 8);
        ctx.fill();
        const next = i + 1 < n ? this.timeToX(tg.starts[i + 1]) : this.width;
        this.tagLabel(ctx, t, x0 + 5, l.y + l.h - 9, next - x0 - 10, this.colors.text);
        if (selected) this.outline(ctx, x0 - 5, l.y + 1, 10, l.h - 2);
      } else {
        const x1 = this.timeToX(tg.ends[i]);
        const y = l.y + 2 + tg.row[i] * rh;
        ctx.fillStyle = t.optimistic || String(t.id).startsWith("opt-") ? hexWithAlpha(color, 0.55) : color;
        ctx.fillRect(x0, y, Math.max(2, x1 - x0), rh - 2);
        this.tagLabel(ctx, t, x0 + 3, y + (rh - 2) / 2, x1 - x0 - 6, "#ffffff");
        if (selected) this.outline(ctx, x0 - 1, y - 1, Math.max(2, x1 - x0) + 2, rh);
      }
    }
    this.drawLaneHeaders(ctx);
  },

  // A tag's code label where there is room for it (inside an interval, or after a point up
  // to the next point), cut short rather than overlapping the next tag.
  tagLabel(ctx, tag, x, y, room, color) {
    if (room < 18) return;
    ctx.font = `11px ${this.colors.font}`;
    ctx.textBaseline = "middle";
    let text = String(tag.label || tag.code);
    while (text.length > 1 && ctx.measureText(text).width > room) text = text.slice(0, -1);
    if (text.length < 3) return;
    if (text !== String(tag.label || tag.code)) text = `${text.slice(0, -1)}…`;
    ctx.fillStyle = color;
    ctx.fillText(text, x, y);
  },

  // Lane names at the right edge (the left edge carries the speaker names).
  drawLaneHeaders(ctx) {
    const names = { envelope: "Audio", tension: "Tension", turns: "Speakers", words: "Words", tags: "Tags" };
    ctx.font = `11px ${this.colors.font}`;
    ctx.textBaseline = "top";
    for (const [lane, name] of Object.entries(names)) {
      const l = this.lanes[lane];
      if (!l) continue;
      const w = ctx.measureText(name).width + 6;
      ctx.fillStyle = hexWithAlpha("#ffffff", 0.8);
      ctx.fillRect(this.width - w, l.y, w, 13);
      ctx.fillStyle = "#444";
      ctx.fillText(name, this.width - w + 3, l.y + 1);
    }
  },

  outline(ctx, x, y, w, h) {
    ctx.save();
    ctx.strokeStyle = this.colors.text;
    ctx.lineWidth = 2;
    ctx.strokeRect(x, y, w, h);
    ctx.restore();
  },

  drawOverlay() {
    if (!this.view || !this.lanes) return;
    const ctx = this.overlayCanvas.getContext("2d");
    ctx.setTransform(this.dpr, 0, 0, this.dpr, 0, 0);
    ctx.clearRect(0, 0, this.width, this.height);
    const t = this.currentTime();
    const xp = this.timeToX(t);
    // Open intervals grow with the playhead.
    const l = this.lanes.tags;
    const rh = (l.h - 4) / TAG_ROWS;
    let r = 0;
    for (const tag of this.tags.open) {
      const x0 = this.timeToX(tag.start);
      const x1 = Math.max(x0 + 2, xp);
      if (x1 < 0 || x0 > this.width) continue;
      const color = this.polarityColor(tag.polarity);
      ctx.fillStyle = hexWithAlpha(color, 0.45);
      // Bottom row up: closed intervals pack from the top, so open ones rarely cover them.
      const y = l.y + 2 + (TAG_ROWS - 1 - (r % TAG_ROWS)) * rh;
      ctx.fillRect(x0, y, x1 - x0, rh - 2);
      ctx.fillStyle = color;
      ctx.fillRect(x0, y, 2, rh - 2);
      r++;
    }
    if (this.hoverX !== null) {
      ctx.fillStyle = "rgba(128,128,128,0.5)";
      ctx.fillRect(Math.round(this.hoverX), 0, 1, this.height);
    }
    if (xp >= -2 && xp <= this.width + 2) {
      ctx.fillStyle = this.colors.accent;
      ctx.fillRect(Math.round(xp) - 1, 0, 2, this.height);
      ctx.beginPath();
      ctx.moveTo(xp - 5, 0);
      ctx.lineTo(xp + 5, 0);
      ctx.lineTo(xp, 6);
      ctx.fill();
    }
  },

  // -------------------------------------------------------------- timeline input

  bindTimeline(sig) {
    const el = this.timeline;
    let down = null;
    const localX = (e) => e.clientX - el.getBoundingClientRect().left;
    const localY = (e) => e.clientY - el.getBoundingClientRect().top;
    el.addEventListener("pointerdown", (e) => {
      if (e.button !== 0) return;
      activeInstance = this;
      el.setPointerCapture(e.pointerId);
      down = { x: localX(e), y: localY(e), start: this.view.start, dragging: false };
    }, sig);
    el.addEventListener("pointermove", (e) => {
      const x = localX(e);
      if (down) {
        const dx = x - down.x;
        if (Math.abs(dx) > 3) down.dragging = true;
        if (down.dragging) {
          el.classList.add("bc-dragging");
          const span = this.view.end - this.view.start;
          this.setView(down.start - (dx / this.width) * span, span);
          this.lastUserPan = performance.now();
          this.drawBase();
        }
      }
      this.hoverX = x;
      this.showTip(x, localY(e));
      this.drawOverlay();
    }, sig);
    el.addEventListener("pointerup", (e) => {
      if (!down) return;
      el.classList.remove("bc-dragging");
      const wasDrag = down.dragging;
      const { x, y } = down;
      down = null;
      if (wasDrag) return;
      const second = this.tensionSecondAt(x, y);
      if (second !== null) {
        this.userSeek(second);
        return;
      }
      const tag = this.tagAt(x, y);
      if (tag && !String(tag.id).startsWith("opt-")) {
        this.selectTag(tag.id, tag.start);
      } else {
        this.userSeek(this.xToTime(x));
      }
    }, sig);
    el.addEventListener("pointerleave", () => {
      this.hoverX = null;
      this.tip.hidden = true;
      this.drawOverlay();
    }, sig);
    el.addEventListener("wheel", (e) => {
      const span = this.view.end - this.view.start;
      const horizontal = Math.abs(e.deltaX) > Math.abs(e.deltaY) || e.shiftKey;
      e.preventDefault();
      this.lastUserPan = performance.now();
      if (horizontal) {
        const d = e.deltaX || e.deltaY;
        this.setView(this.view.start + (d / this.width) * span, span);
        this.drawBase();
        this.drawOverlay();
      } else {
        this.zoomBy(Math.pow(1.0015, e.deltaY * (e.deltaMode === 1 ? 30 : 1)), localX(e));
      }
    }, { signal: sig.signal, passive: false });
  },

  // Selecting a tag (on the timeline, or a row of the page's tag list) seeks to it once and
  // tells Python; making a tag never seeks (#11).
  selectTag(tagId, start) {
    this.selectedTagId = tagId;
    const t = this.seekTo(start, { reveal: true });
    this.emit({ type: "seek", t });
    this.selectSeq = this.emit({ type: "select_tag", tag_id: tagId }, t);
    this.drawBase();
  },

  tagAt(x, y) {
    const l = this.lanes.tags;
    if (!l || y < l.y || y > l.y + l.h) return null;
    const tg = this.tags;
    const t = this.xToTime(x);
    const tol = (4 * (this.view.end - this.view.start)) / this.width;
    const rh = (l.h - 4) / TAG_ROWS;
    const row = Math.floor((y - l.y - 2) / rh);
    const i0 = lowerBound(tg.starts, t - tg.maxDur - tol);
    const i1 = upperBound(tg.starts, t + tol);
    let best = null;
    let bestDist = Infinity;
    for (let i = i0; i < i1; i++) {
      if (tg.row[i] < 0) {
        const d = Math.abs(tg.starts[i] - t);
        if (d <= tol && d < bestDist) {
          best = tg.list[i];
          bestDist = d;
        }
      } else if (tg.row[i] === row && tg.starts[i] - tol <= t && t <= tg.ends[i] + tol) {
        if (bestDist > 0) {
          best = tg.list[i];
          bestDist = 0;
        }
      }
    }
    return best;
  },

  showTip(x, y) {
    const t = this.xToTime(x);
    let text = clockText(t);
    const tag = this.tagAt(x, y);
    if (tag) text += ` · ${tag.label || tag.code}`;
    text += this.tensionTip(x, y);
    this.tip.textContent = text;
    this.tip.hidden = false;
    const left = Math.min(this.width - this.tip.offsetWidth - 2, x + 10);
    this.tip.style.left = `${Math.max(0, left)}px`;
    this.tip.style.top = `${Math.max(0, y - 22)}px`;
  },

  // -------------------------------------------------------------- legend

  renderLegend() {
    const parts = [];
    for (const [key, b] of Object.entries(this.keymap)) {
      const color = this.polarityColor(b.polarity);
      const kind = b.kind === "interval" ? " (start/end)" : "";
      parts.push(
        `<span class="bc-key" style="--pol:${color}"><kbd>${escapeHtml(key)}</kbd> ${escapeHtml(b.label || b.code)}${kind}</span>`,
      );
    }
    parts.push(
      `<span class="bc-help"><kbd>Shift</kbd>+key: interval · <kbd>Space</kbd> play · <kbd>←</kbd><kbd>→</kbd>/<kbd>J</kbd><kbd>L</kbd> ±5 s · <kbd>,</kbd><kbd>.</kbd> frame · <kbd>&lt;</kbd><kbd>&gt;</kbd> speed · <kbd>+</kbd><kbd>−</kbd> zoom · a key tags the frame on screen when paused, ${this.lag} s earlier while playing (reaction lag)</span>`,
    );
    if (this.reassigned && this.reassigned.starts.length) {
      parts.push(
        '<span class="bc-key bc-reassigned-key">▭ outlined in the speaker lanes: speaker corrected by a reviewer (dashed: the machine\'s)</span>',
      );
    }
    this.legend.innerHTML = parts.join("");
  },

});
