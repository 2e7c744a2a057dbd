// Bodycam review player: <video>, canvas timeline and transcript in one Streamlit v2 component.
//
// Streamlit calls the default export again on every script rerun whose `data` changed, with the
// same parentElement, and keeps only the cleanup returned by the latest call. So all state lives
// in an Instance kept per parentElement, every call is an update, and the video element is never
// rebuilt. Things that must outlive a remount (applied seek tokens, the event sequence) live in
// a module-level Map keyed by the Python key.

const SPEEDS = [0.25, 0.5, 0.75, 1, 1.25, 1.5, 2, 3, 4];
const POLARITY_COLORS = {
  escalation: "#d62728",
  "de-escalation": "#2ca02c",
  context: "#8c8c8c",
  outcome: "#6a3fb5",
};
const JUMP_SECONDS = 5;
const USER_SCROLL_GRACE_MS = 4000;
const USER_PAN_GRACE_MS = 3000;
const PLAYHEAD_STATE_DELAY_MS = 400;
const MIN_VIEW_SPAN = 2;
const TAG_ROWS = 3;

const instances = new WeakMap(); // parentElement -> Instance
const persistent = new Map(); // python key -> {appliedSeeks, seq, session, view}
let activeInstance = null;
// Unacknowledged events are sent again after this long.
const RESEND_AFTER_MS = 1500;
// Streamlit may detach and re-attach the element while it re-renders; tear down only an
// element that stays gone.
const TEARDOWN_GRACE_MS = 1000;

// ---------------------------------------------------------------- helpers

function lowerBound(arr, x) {
  let lo = 0;
  let hi = arr.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (arr[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function upperBound(arr, x) {
  let lo = 0;
  let hi = arr.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (arr[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function escapeHtml(s) {
  return String(s)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

function fmtTime(t, withMs = true) {
  if (!Number.isFinite(t) || t < 0) t = 0;
  const ms = Math.floor((t - Math.floor(t)) * 1000 + 1e-6);
  const total = Math.floor(t);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const mm = String(m).padStart(2, "0");
  const ss = String(s).padStart(2, "0");
  const base = h > 0 ? `${h}:${mm}:${ss}` : `${mm}:${ss}`;
  return withMs ? `${base}.${String(ms).padStart(3, "0")}` : base;
}

function fmtAxis(t, step) {
  if (step < 1) return `${fmtTime(t, false)}.${String(Math.round((t % 1) * 10) % 10)}`;
  return fmtTime(t, false);
}

function hexWithAlpha(hex, alpha) {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex || "");
  if (!m) return `rgba(128,128,128,${alpha})`;
  const n = parseInt(m[1], 16);
  return `rgba(${(n >> 16) & 255},${(n >> 8) & 255},${n & 255},${alpha})`;
}

function isTypingTarget(event) {
  const path = typeof event.composedPath === "function" ? event.composedPath() : [event.target];
  let el = path.length ? path[0] : event.target;
  if (!(el instanceof Element)) el = null;
  // The document-level event is retargeted to a shadow host; look at the deepest focus too.
  let active = document.activeElement;
  while (active && active.shadowRoot && active.shadowRoot.activeElement) {
    active = active.shadowRoot.activeElement;
  }
  for (const node of [el, active]) {
    if (!node || !(node instanceof Element)) continue;
    const tag = node.tagName;
    if (tag === "TEXTAREA" || tag === "SELECT") return true;
    if (tag === "INPUT") {
      const type = (node.getAttribute("type") || "text").toLowerCase();
      if (!["button", "checkbox", "radio", "range", "submit", "reset", "color"].includes(type)) {
        return true;
      }
    }
    if (node.isContentEditable) return true;
    if (node.closest && node.closest("[contenteditable]:not([contenteditable='false'])")) {
      return true;
    }
  }
  return false;
}

// Bound keys are matched on the physical key when Shift is held, so Shift+1 is "1", not "!".
function boundKeyName(event) {
  const code = event.code || "";
  if (code.startsWith("Digit")) return code.slice(5);
  if (code.startsWith("Numpad") && /^Numpad\d$/.test(code)) return code.slice(6);
  if (code.startsWith("Key")) return code.slice(3).toLowerCase();
  return (event.key || "").toLowerCase();
}

function randomId() {
  return Math.random().toString(36).slice(2, 10) + Date.now().toString(36);
}

// ---------------------------------------------------------------- instance

class Instance {
  constructor(parentElement, key) {
    this.parent = parentElement;
    this.key = key;
    if (!persistent.has(key)) {
      persistent.set(key, {
        appliedSeeks: new Set(),
        seq: 0,
        session: randomId(),
        view: null,
      });
    }
    this.persist = persistent.get(key);
    this.q = (sel) => parentElement.querySelector(sel);
    this.root = this.q(".bc-player");
    this.video = this.q(".bc-video");
    this.timeEl = this.q(".bc-time");
    this.frameEl = this.q(".bc-frame");
    this.playBtn = this.q(".bc-play");
    this.speedSel = this.q(".bc-speed");
    this.openEl = this.q(".bc-open");
    this.transcript = this.q(".bc-transcript");
    this.timeline = this.q(".bc-timeline");
    this.baseCanvas = this.q(".bc-tl-base");
    this.overlayCanvas = this.q(".bc-tl-overlay");
    this.tip = this.q(".bc-tip");
    this.zoomLabel = this.q(".bc-zoom-label");
    this.legend = this.q(".bc-legend");

    this.data = {};
    this.versions = {};
    this.videoUrl = null;
    this.fps = 25;
    this.duration = 0;
    this.lag = 1.0;
    this.lowConfidence = 0.5;
    this.keymap = {};
    this.speakers = new Map();
    this.outbox = [];
    this.optimistic = []; // tags shown before Python answers
    this.closedCodes = new Map(); // code -> seq of an "end" Python has not acknowledged yet
    this.openIntervals = new Map(); // code -> {start, tagId}
    this.selectedTagId = null;
    this.pendingSeek = null;
    this.rafId = 0;
    this.playheadTimer = 0;
    this.lastUserPan = -Infinity;
    this.lastUserScroll = -Infinity;
    this.expectedScrollTop = null;
    this.activeSeg = -1;
    this.activeWord = -1;
    this.editing = null;
    this.transcriptDirty = false;
    this.hoverX = null;
    this.width = 0;
    this.dpr = window.devicePixelRatio || 1;
    this.view = this.persist.view ? { ...this.persist.view } : null;
    this.colors = {};
    this.turns = emptyTurns();
    this.tags = emptyTags();
    this.words = emptyWords();
    this.segs = { starts: new Float64Array(0), ends: new Float64Array(0), list: [] };
    this.envelope = null;
    this.filmstrip = null;
    this.filmstripImg = null;
    this.lanes = null;
    this.alive = true;
    this.abort = new AbortController();
    this.bindDom();
  }

  // -------------------------------------------------------------- data updates

  update(data, setStateValue, setTriggerValue) {
    this.setStateValue = setStateValue;
    this.setTriggerValue = setTriggerValue;
    const first = !this.drawnOnce;
    const t0 = performance.now();
    const v = data.versions || {};
    const changed = (name) => first || v[name] === undefined || v[name] !== this.versions[name];

    this.data = data;
    this.fps = data.fps > 0 ? data.fps : 25;
    this.lag = Number.isFinite(data.lag) ? data.lag : 1.0;
    this.lowConfidence = Number.isFinite(data.low_confidence) ? data.low_confidence : 0.5;
    const newDuration = data.duration > 0 ? data.duration : this.video.duration || 0;
    const durationChanged = newDuration !== this.duration;
    this.duration = newDuration;
    if (data.video_url !== this.videoUrl) {
      this.videoUrl = data.video_url;
      if (data.poster_url) this.video.poster = data.poster_url;
      this.video.src = data.video_url || "";
    }
    this.applyAck(data.ack);

    let tlChanged = first || durationChanged;
    if (changed("speakers")) {
      this.indexSpeakers(data.speakers || []);
      tlChanged = true;
    }
    if (changed("turns") || changed("speakers")) {
      this.indexTurns(data.turns || []);
      tlChanged = true;
    }
    const segChanged = changed("segments") || changed("speakers");
    if (segChanged) {
      this.indexSegments(data.segments || []);
      tlChanged = true;
    }
    if (changed("tags") || this.tagsDirty) {
      this.tagsDirty = false;
      this.rawTags = data.tags || [];
      this.indexTags();
      tlChanged = true;
    }
    if (data.selected_tag_id !== this.selectedTagId) {
      this.selectedTagId = data.selected_tag_id ?? null;
      tlChanged = true;
    }
    if (changed("envelope")) {
      this.envelope = data.envelope && data.envelope.values ? data.envelope : null;
      tlChanged = true;
    }
    if (changed("filmstrip")) {
      this.loadFilmstrip(data.filmstrip || null);
      tlChanged = true;
    }
    if (changed("keymap")) {
      this.keymap = {};
      for (const [k, b] of Object.entries(data.keymap || {})) this.keymap[k.toLowerCase()] = b;
      this.renderLegend();
    }
    this.versions = { ...v };

    if (!this.view) this.fitView(true);
    else if (durationChanged) this.setView(this.view.start, this.view.end - this.view.start);
    if (tlChanged) {
      this.layoutCanvas();
      this.drawBase();
      this.drawOverlay();
    }
    if (first) {
      this.drawnOnce = true;
      const drawMs = performance.now() - t0;
      window.__bodycamTimelineDrawMs = drawMs;
    }
    if (segChanged) {
      const t1 = performance.now();
      if (this.editing) this.transcriptDirty = true;
      else this.buildTranscript();
      if (first) window.__bodycamTranscriptBuildMs = performance.now() - t1;
    }
    if (first) window.__bodycamInitialRenderMs = performance.now() - t0;

    this.applySeek(data.seek);
    this.updateClock(true);
    this.updateOpenIndicator();
  }

  applyAck(ack) {
    if (!ack || ack.session !== this.persist.session) return;
    const seq = ack.seq || 0;
    const before = this.outbox.length + this.optimistic.length + this.closedCodes.size;
    this.outbox = this.outbox.filter((e) => e.seq > seq);
    if (!this.outbox.length) clearTimeout(this.resendTimer);
    this.optimistic = this.optimistic.filter((t) => t.seq > seq);
    for (const [code, endSeq] of this.closedCodes) if (endSeq <= seq) this.closedCodes.delete(code);
    if (before !== this.outbox.length + this.optimistic.length + this.closedCodes.size) {
      this.tagsDirty = true;
    }
  }

  applySeek(seek) {
    if (!seek || seek.token === undefined || seek.token === null) return;
    const token = String(seek.token);
    if (this.persist.appliedSeeks.has(token)) return;
    this.persist.appliedSeeks.add(token);
    this.seekTo(Number(seek.t) || 0, { reveal: true });
  }

  indexSpeakers(list) {
    this.speakers = new Map();
    this.speakerOrder = [];
    for (const s of list) {
      this.speakers.set(s.id, s);
      this.speakerOrder.push(s.id);
    }
  }

  speakerColor(id) {
    const s = this.speakers.get(id);
    return s && s.color ? s.color : "#999999";
  }

  indexTurns(turns) {
    const sorted = turns.slice().sort((a, b) => a[0] - b[0]);
    const n = sorted.length;
    const starts = new Float64Array(n);
    const ends = new Float64Array(n);
    const row = new Int32Array(n);
    const color = new Array(n);
    let maxDur = 0;
    const rowOf = new Map();
    (this.speakerOrder || []).forEach((id, i) => rowOf.set(id, i));
    for (let i = 0; i < n; i++) {
      const [s, e, spk] = sorted[i];
      starts[i] = s;
      ends[i] = e;
      if (!rowOf.has(spk)) rowOf.set(spk, rowOf.size);
      row[i] = rowOf.get(spk);
      color[i] = this.speakerColor(spk);
      maxDur = Math.max(maxDur, e - s);
    }
    this.turns = { starts, ends, row, color, maxDur, rows: Math.max(1, rowOf.size) };
  }

  indexSegments(segments) {
    const list = segments.slice().sort((a, b) => a.start - b.start);
    const n = list.length;
    const starts = new Float64Array(n);
    const ends = new Float64Array(n);
    let wordCount = 0;
    for (let i = 0; i < n; i++) {
      starts[i] = list[i].start;
      ends[i] = list[i].end;
      if (Array.isArray(list[i].words)) wordCount += list[i].words.length;
    }
    // Words are flattened into typed arrays once per data change; draws only binary-search.
    const ws = new Float64Array(wordCount);
    const we = new Float64Array(wordCount);
    const wp = new Float32Array(wordCount);
    const wt = new Array(wordCount);
    const wseg = new Int32Array(wordCount);
    const segWordStart = new Int32Array(n + 1);
    let k = 0;
    let maxDur = 0;
    for (let i = 0; i < n; i++) {
      segWordStart[i] = k;
      const words = this.wordsMatchText(list[i]) ? list[i].words : [];
      for (const w of words) {
        ws[k] = w[0];
        we[k] = w[1];
        wt[k] = String(w[2]).trim();
        wp[k] = w[3] === undefined || w[3] === null ? 1 : w[3];
        wseg[k] = i;
        maxDur = Math.max(maxDur, w[1] - w[0]);
        k++;
      }
    }
    segWordStart[n] = k;
    const trim = (a) => (k === a.length ? a : a.slice(0, k));
    this.segs = { starts, ends, list, segWordStart };
    this.words = {
      starts: trim(ws),
      ends: trim(we),
      prob: trim(wp),
      text: wt.slice(0, k),
      seg: trim(wseg),
      maxDur,
    };
  }

  // Edited segments keep their original word timings only while the words still spell the text.
  wordsMatchText(seg) {
    if (!Array.isArray(seg.words) || seg.words.length === 0) return false;
    const norm = (s) => String(s).replace(/\s+/g, " ").trim();
    const joined = norm(seg.words.map((w) => String(w[2]).trim()).join(" "));
    return joined === norm(seg.text ?? joined);
  }

  // Merges Python's tags with the optimistic ones and derives which intervals are open.
  indexTags() {
    const all = [];
    const openIntervals = new Map();
    const isOpen = (t) => t.pending && (t.end === null || t.end === undefined);
    for (const t of this.rawTags || []) {
      if (isOpen(t)) {
        // Closed here already: the optimistic closed copy stands in until Python confirms.
        if (this.closedCodes.has(t.code)) continue;
        openIntervals.set(t.code, { start: t.start, tagId: t.id });
      }
      all.push(t);
    }
    for (const t of this.optimistic) {
      if (isOpen(t)) openIntervals.set(t.code, { start: t.start, tagId: t.id });
      all.push(t);
    }
    this.openIntervals = openIntervals;
    all.sort((a, b) => a.start - b.start);
    const n = all.length;
    const starts = new Float64Array(n);
    const ends = new Float64Array(n);
    const row = new Int8Array(n);
    const rowEnd = new Float64Array(TAG_ROWS).fill(-Infinity);
    const open = [];
    let maxDur = 0;
    for (let i = 0; i < n; i++) {
      const t = all[i];
      starts[i] = t.start;
      const tagOpen = isOpen(t);
      const end = tagOpen ? t.start : (t.end ?? t.start);
      ends[i] = end;
      if (tagOpen) open.push(t);
      if (end > t.start) {
        // Greedy row packing keeps overlapping intervals readable.
        let r = 0;
        while (r < TAG_ROWS - 1 && rowEnd[r] > t.start) r++;
        row[i] = r;
        rowEnd[r] = Math.max(rowEnd[r], end);
        maxDur = Math.max(maxDur, end - t.start);
      } else {
        row[i] = -1; // point tag: tick across the lane
      }
    }
    this.tags = { list: all, starts, ends, row, open, maxDur };
  }

  loadFilmstrip(fs) {
    this.filmstrip = fs && fs.url ? fs : null;
    this.filmstripImg = null;
    if (!this.filmstrip) return;
    const img = new Image();
    img.decoding = "async";
    img.onload = () => {
      if (this.filmstrip !== fs) return;
      this.filmstripImg = img;
      this.drawBase();
    };
    img.src = fs.url;
  }

  // -------------------------------------------------------------- DOM wiring

  bindDom() {
    const sig = { signal: this.abort.signal };
    const v = this.video;
    v.addEventListener("loadedmetadata", () => {
      if (!(this.data.duration > 0) && v.duration > 0) {
        this.duration = v.duration;
        this.fitView(true);
        this.drawBase();
      }
      if (this.pendingSeek !== null) {
        const t = this.pendingSeek;
        this.pendingSeek = null;
        v.currentTime = t;
      }
      this.updateClock(true);
    }, sig);
    v.addEventListener("play", () => {
      this.playBtn.textContent = "❚❚";
      this.startLoop();
    }, sig);
    v.addEventListener("pause", () => {
      this.playBtn.textContent = "▶";
      this.stopLoop();
      const t = v.currentTime;
      this.emit({ type: "pause", t }, t);
    }, sig);
    v.addEventListener("seeked", () => this.tick(true), sig);
    v.addEventListener("ratechange", () => {
      this.speedSel.value = String(v.playbackRate);
    }, sig);

    this.root.addEventListener("click", (e) => {
      const btn = e.target.closest("button[data-act]");
      if (!btn || !this.root.contains(btn) || this.transcript.contains(btn)) return;
      btn.blur(); // a focused button would also react to Space
      this.action(btn.dataset.act);
    }, sig);
    this.root.addEventListener("pointerdown", () => {
      activeInstance = this;
    }, sig);
    this.speedSel.addEventListener("change", () => {
      v.playbackRate = Number(this.speedSel.value);
      this.speedSel.blur(); // give the keys back to the shortcuts
    }, sig);

    // Window capture runs before Streamlit's own shortcuts and before focused elements react.
    window.addEventListener("keydown", (e) => this.onKeyDown(e), { signal: this.abort.signal, capture: true });
    this.bindTimeline(sig);
    this.bindTranscript(sig);

    this.resizeObserver = new ResizeObserver(() => {
      if (!this.alive) return;
      const w = this.timeline.clientWidth;
      if (w !== this.width) {
        this.layoutCanvas();
        this.drawBase();
        this.drawOverlay();
      }
    });
    this.resizeObserver.observe(this.timeline);
  }

  action(act) {
    switch (act) {
      case "play":
        this.togglePlay();
        break;
      case "back5":
        this.jump(-JUMP_SECONDS);
        break;
      case "fwd5":
        this.jump(JUMP_SECONDS);
        break;
      case "frame-back":
        this.frameStep(-1);
        break;
      case "frame-fwd":
        this.frameStep(1);
        break;
      case "zoom-in":
        this.zoomBy(0.5, null);
        break;
      case "zoom-out":
        this.zoomBy(2, null);
        break;
      case "zoom-fit":
        this.fitView(true);
        this.drawBase();
        this.drawOverlay();
        break;
      default:
        break;
    }
  }

  onKeyDown(e) {
    if (!this.alive) return;
    if (!this.parent.isConnected) {
      this.destroy();
      return;
    }
    if (activeInstance !== this) {
      // A torn-down or detached instance must not swallow the keys: the live one takes over.
      const other = activeInstance;
      if (other && other.alive && other.parent.isConnected) return;
      activeInstance = this;
    }
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    if (isTypingTarget(e)) return;
    const key = e.key;
    const lower = key.length === 1 ? key.toLowerCase() : key;
    let handled = true;
    switch (lower) {
      case " ":
      case "k":
        this.togglePlay();
        break;
      case "ArrowLeft":
      case "j":
        this.jump(-JUMP_SECONDS);
        break;
      case "ArrowRight":
      case "l":
        this.jump(JUMP_SECONDS);
        break;
      case ",":
        this.frameStep(-1);
        break;
      case ".":
        this.frameStep(1);
        break;
      case "<":
        this.changeSpeed(-1);
        break;
      case ">":
        this.changeSpeed(1);
        break;
      case "+":
      case "=":
        this.zoomBy(0.5, null);
        break;
      case "-":
      case "_":
        this.zoomBy(2, null);
        break;
      default:
        handled = false;
    }
    if (!handled) {
      const binding = this.keymap[lower] || this.keymap[boundKeyName(e)];
      if (binding) {
        handled = true;
        if (!e.repeat) this.mark(binding, e.shiftKey);
      }
    }
    if (handled) {
      e.preventDefault();
      e.stopPropagation();
    }
  }

  // -------------------------------------------------------------- playback

  togglePlay() {
    const v = this.video;
    if (v.paused || v.ended) {
      const p = v.play();
      if (p && p.catch) p.catch(() => {});
    } else {
      v.pause();
    }
  }

  clampTime(t) {
    const d = this.duration || this.video.duration || 0;
    return Math.max(0, d > 0 ? Math.min(t, d) : t);
  }

  seekTo(t, { reveal = false } = {}) {
    t = this.clampTime(t);
    if (this.video.readyState >= 1) this.video.currentTime = t;
    else this.pendingSeek = t;
    this.lastSeekTarget = t;
    if (reveal) this.revealTime(t);
    this.tick(true);
    return t;
  }

  currentTime() {
    if (this.pendingSeek !== null) return this.pendingSeek;
    return this.video.currentTime || 0;
  }

  jump(delta) {
    this.seekTo(this.currentTime() + delta, { reveal: true });
    this.schedulePlayheadState();
  }

  frameStep(dir) {
    const v = this.video;
    if (!v.paused) v.pause();
    // Seek to the middle of the frame: a seek to its exact start can round to the previous one.
    const frame = Math.floor(this.currentTime() * this.fps + 1e-6);
    const target = Math.max(0, frame + dir);
    this.seekTo((target + 0.5) / this.fps, { reveal: true });
    this.schedulePlayheadState();
  }

  changeSpeed(dir) {
    const cur = this.video.playbackRate;
    let i = SPEEDS.findIndex((s) => Math.abs(s - cur) < 1e-9);
    if (i < 0) i = SPEEDS.indexOf(1);
    i = Math.max(0, Math.min(SPEEDS.length - 1, i + dir));
    this.video.playbackRate = SPEEDS[i];
    this.speedSel.value = String(SPEEDS[i]);
  }

  // Keyboard seeks are frequent; Python learns the final playhead once they settle.
  schedulePlayheadState() {
    clearTimeout(this.playheadTimer);
    this.playheadTimer = setTimeout(() => {
      if (this.alive && this.video.paused) this.sendPlayhead(this.currentTime());
    }, PLAYHEAD_STATE_DELAY_MS);
  }

  sendPlayhead(t) {
    if (this.setStateValue) this.setStateValue("playhead", t);
  }

  userSeek(t) {
    clearTimeout(this.playheadTimer);
    const landed = this.seekTo(t, { reveal: true });
    this.emit({ type: "seek", t: landed }, landed);
  }

  // -------------------------------------------------------------- events to Python

  // Streamlit keeps only the newest trigger when reruns coalesce, so every trigger carries all
  // events Python has not acknowledged yet; Python drops sequence numbers it already handled.
  emit(event, playhead = null) {
    event.seq = ++this.persist.seq;
    this.outbox.push(event);
    if (playhead !== null) this.sendPlayhead(playhead);
    this.sendOutbox();
    return event.seq;
  }

  sendOutbox() {
    if (this.setTriggerValue && this.outbox.length) {
      this.setTriggerValue("events", { session: this.persist.session, events: this.outbox.slice() });
    }
    this.scheduleResend();
  }

  // A trigger sent while Streamlit is between runs can be dropped, and nothing else would send
  // that event again: a mark would stay on screen but never be saved. Until Python acknowledges
  // the outbox, it is sent again (Python drops sequence numbers it already handled).
  scheduleResend() {
    clearTimeout(this.resendTimer);
    if (!this.outbox.length) return;
    this.resendTimer = setTimeout(() => {
      if (this.alive && this.outbox.length) this.sendOutbox();
    }, RESEND_AFTER_MS);
  }

  mark(binding, shift) {
    const t = this.video.currentTime || 0;
    const code = binding.code;
    const interval = binding.kind === "interval" || shift;
    const shown = Math.max(0, t - this.lag);
    const base = {
      code,
      label: binding.label || code,
      polarity: binding.polarity || "context",
    };
    if (!interval) {
      const seq = this.emit({ type: "mark", code, t, phase: "point" });
      this.optimistic.push({ ...base, id: `opt-${seq}`, start: shown, end: null, seq });
    } else if (this.openIntervals.has(code)) {
      const open = this.openIntervals.get(code);
      const seq = this.emit({ type: "mark", code, t, phase: "end" });
      const end = Math.max(shown, open.start);
      this.optimistic = this.optimistic.filter((o) => o.id !== open.tagId);
      this.optimistic.push({ ...base, id: `opt-${seq}`, start: open.start, end, pending: false, seq });
      this.closedCodes.set(code, seq);
    } else {
      const seq = this.emit({ type: "mark", code, t, phase: "start" });
      this.optimistic.push({ ...base, id: `opt-${seq}`, start: shown, end: null, pending: true, seq });
    }
    this.indexTags();
    this.drawBase();
    this.drawOverlay();
    this.updateOpenIndicator();
  }

  updateOpenIndicator() {
    if (!this.openIntervals.size) {
      this.openEl.textContent = "";
      return;
    }
    const names = [];
    for (const code of this.openIntervals.keys()) {
      const b = Object.values(this.keymap).find((x) => x.code === code);
      names.push(b ? b.label || code : code);
    }
    this.openEl.textContent = `● open: ${names.join(", ")}`;
  }

  // -------------------------------------------------------------- animation loop

  startLoop() {
    if (this.rafId) return;
    const step = () => {
      if (!this.alive) return;
      this.tick(false);
      this.rafId = this.video.paused ? 0 : requestAnimationFrame(step);
    };
    this.rafId = requestAnimationFrame(step);
  }

  stopLoop() {
    if (this.rafId) cancelAnimationFrame(this.rafId);
    this.rafId = 0;
    this.tick(true);
  }

  tick(force) {
    const t = this.currentTime();
    this.updateClock(force);
    if (this.view && !this.video.paused && performance.now() - this.lastUserPan > USER_PAN_GRACE_MS) {
      const span = this.view.end - this.view.start;
      if (t > this.view.end || t < this.view.start) {
        // Page forward so the playhead re-enters near the left edge: one base redraw per page.
        this.setView(t - span * 0.1, span);
        this.drawBase();
      }
    }
    this.drawOverlay();
    this.updateTranscriptActive(t);
  }

  updateClock(force) {
    const t = this.currentTime();
    const frame = Math.floor(t * this.fps + 1e-6);
    if (!force && frame === this.lastFrameShown) return;
    this.lastFrameShown = frame;
    this.timeEl.textContent = fmtTime(t);
    this.frameEl.textContent = `f ${frame}`;
  }

  // -------------------------------------------------------------- timeline view

  fitView(force) {
    const d = Math.max(this.duration, 1);
    if (force || !this.view) this.setView(0, d);
  }

  setView(start, span) {
    const d = Math.max(this.duration, MIN_VIEW_SPAN);
    span = Math.max(MIN_VIEW_SPAN, Math.min(span, d));
    start = Math.max(0, Math.min(start, d - span));
    this.view = { start, end: start + span };
    this.persist.view = { ...this.view };
    if (this.zoomLabel) {
      this.zoomLabel.textContent = `${fmtTime(this.view.start, false)} – ${fmtTime(this.view.end, false)} (${fmtTime(span, false)} shown)`;
    }
  }

  revealTime(t) {
    if (!this.view) return;
    const span = this.view.end - this.view.start;
    if (t < this.view.start || t > this.view.end) {
      this.setView(t - span * 0.25, span);
      this.drawBase();
    }
  }

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
  }

  timeToX(t) {
    return ((t - this.view.start) / (this.view.end - this.view.start)) * this.width;
  }

  xToTime(x) {
    return this.view.start + (x / this.width) * (this.view.end - this.view.start);
  }

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
    const spkRows = Math.min(this.turns.rows || 1, 8);
    add("turns", Math.max(12, spkRows * 10));
    add("words", 16);
    add("tags", TAG_ROWS * 12 + 4);
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
  }

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
    this.drawTurns(ctx);
    this.drawWords(ctx);
    this.drawTags(ctx);
    window.__bodycamTimelineLastRedrawMs = performance.now() - t0;
  }

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
  }

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
  }

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
  }

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
    // Speaker names at the left edge.
    ctx.font = `9px ${this.colors.font}`;
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
  }

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
  }

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
      const color = POLARITY_COLORS[t.polarity] || POLARITY_COLORS.context;
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
        if (selected) this.outline(ctx, x0 - 5, l.y + 1, 10, l.h - 2);
      } else {
        const x1 = this.timeToX(tg.ends[i]);
        const y = l.y + 2 + tg.row[i] * rh;
        ctx.fillStyle = t.optimistic || String(t.id).startsWith("opt-") ? hexWithAlpha(color, 0.55) : color;
        ctx.fillRect(x0, y, Math.max(2, x1 - x0), rh - 2);
        if (selected) this.outline(ctx, x0 - 1, y - 1, Math.max(2, x1 - x0) + 2, rh);
      }
    }
  }

  outline(ctx, x, y, w, h) {
    ctx.save();
    ctx.strokeStyle = this.colors.text;
    ctx.lineWidth = 2;
    ctx.strokeRect(x, y, w, h);
    ctx.restore();
  }

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
      const color = POLARITY_COLORS[tag.polarity] || POLARITY_COLORS.context;
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
  }

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
      const tag = this.tagAt(x, y);
      if (tag && !String(tag.id).startsWith("opt-")) {
        this.selectedTagId = tag.id;
        const t = this.seekTo(tag.start, { reveal: true });
        this.emit({ type: "seek", t });
        this.emit({ type: "select_tag", tag_id: tag.id }, t);
        this.drawBase();
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
  }

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
  }

  showTip(x, y) {
    const t = this.xToTime(x);
    let text = fmtTime(t);
    const tag = this.tagAt(x, y);
    if (tag) text += ` · ${tag.label || tag.code}`;
    this.tip.textContent = text;
    this.tip.hidden = false;
    const left = Math.min(this.width - this.tip.offsetWidth - 2, x + 10);
    this.tip.style.left = `${Math.max(0, left)}px`;
    this.tip.style.top = `${Math.max(0, y - 22)}px`;
  }

  // -------------------------------------------------------------- transcript

  buildTranscript() {
    const { list, segWordStart } = this.segs;
    const parts = [];
    const w = this.words;
    for (let i = 0; i < list.length; i++) {
      const s = list[i];
      const spk = this.speakers.get(s.speaker_id);
      const label = spk ? spk.label : s.speaker_id === null || s.speaker_id === undefined ? "?" : `Speaker ${s.speaker_id}`;
      parts.push(
        `<div class="bc-seg" data-i="${i}" style="--spk:${escapeHtml(this.speakerColor(s.speaker_id))}">` +
          `<div class="bc-seg-h"><span class="bc-spk">${escapeHtml(label)}</span>` +
          `<span class="bc-seg-t">${fmtTime(s.start, false)}</span>` +
          `<button type="button" data-act="tag" title="Tag this segment">Tag this</button>` +
          `<button type="button" data-act="edit" title="Edit text (Enter saves, Esc cancels)">Edit</button></div>` +
          `<p class="bc-seg-x">`,
      );
      const a = segWordStart[i];
      const b = segWordStart[i + 1];
      if (b > a) {
        for (let k = a; k < b; k++) {
          const low = w.prob[k] < this.lowConfidence;
          parts.push(
            low
              ? `<span class="bc-w bc-lc" data-w="${k}" title="low confidence: p=${w.prob[k].toFixed(2)}">${escapeHtml(w.text[k])}</span> `
              : `<span class="bc-w" data-w="${k}">${escapeHtml(w.text[k])}</span> `,
          );
        }
      } else {
        parts.push(escapeHtml(s.text || ""));
      }
      parts.push("</p></div>");
    }
    if (!list.length) parts.push('<p class="bc-empty">No transcript yet.</p>');
    const top = this.transcript.scrollTop;
    this.transcript.innerHTML = parts.join("");
    this.setScrollTop(top);
    this.activeSeg = -1;
    this.activeWord = -1;
    this.updateTranscriptActive(this.currentTime());
  }

  setScrollTop(top) {
    this.expectedScrollTop = Math.round(top);
    this.transcript.scrollTop = top;
  }

  bindTranscript(sig) {
    const tr = this.transcript;
    tr.addEventListener("scroll", () => {
      if (this.expectedScrollTop !== null && Math.abs(tr.scrollTop - this.expectedScrollTop) <= 2) {
        return; // our own scroll
      }
      this.expectedScrollTop = null;
      this.lastUserScroll = performance.now();
    }, sig);
    tr.addEventListener("click", (e) => {
      activeInstance = this;
      const segEl = e.target.closest(".bc-seg");
      if (!segEl) return;
      const seg = this.segs.list[Number(segEl.dataset.i)];
      if (!seg) return;
      const btn = e.target.closest("button[data-act]");
      if (btn) {
        btn.blur();
        if (btn.dataset.act === "tag") this.emit({ type: "tag_segment", segment_id: seg.id });
        else if (btn.dataset.act === "edit") this.startEdit(segEl, seg);
        return;
      }
      if (this.editing && this.editing.segEl === segEl) return;
      const wordEl = e.target.closest(".bc-w");
      const t = wordEl ? this.words.starts[Number(wordEl.dataset.w)] : seg.start;
      this.userSeek(t);
    }, sig);
    tr.addEventListener("dblclick", (e) => {
      const segEl = e.target.closest(".bc-seg");
      if (!segEl || !e.target.closest(".bc-seg-x")) return;
      const seg = this.segs.list[Number(segEl.dataset.i)];
      if (seg) this.startEdit(segEl, seg);
    }, sig);
  }

  startEdit(segEl, seg) {
    if (this.editing) this.finishEdit(false);
    const p = segEl.querySelector(".bc-seg-x");
    const original = p.innerHTML;
    const text = seg.text ?? this.words.text.slice(this.segs.segWordStart[Number(segEl.dataset.i)], this.segs.segWordStart[Number(segEl.dataset.i) + 1]).join(" ");
    p.textContent = text;
    p.setAttribute("contenteditable", "plaintext-only");
    this.editing = { segEl, seg, p, original, text };
    const onKey = (e) => {
      if (e.key === "Enter" && !e.shiftKey) {
        e.preventDefault();
        this.finishEdit(true);
      } else if (e.key === "Escape") {
        e.preventDefault();
        this.finishEdit(false);
      }
      e.stopPropagation();
    };
    const onBlur = () => {
      if (this.editing && this.editing.p === p) this.finishEdit(true);
    };
    p.addEventListener("keydown", onKey);
    p.addEventListener("blur", onBlur);
    this.editing.detach = () => {
      p.removeEventListener("keydown", onKey);
      p.removeEventListener("blur", onBlur);
    };
    p.focus();
    const range = document.createRange();
    range.selectNodeContents(p);
    range.collapse(false);
    const sel = window.getSelection();
    sel.removeAllRanges();
    sel.addRange(range);
  }

  finishEdit(save) {
    const ed = this.editing;
    if (!ed) return;
    this.editing = null;
    ed.detach();
    ed.p.removeAttribute("contenteditable");
    const text = (ed.p.textContent || "").replace(/\s+/g, " ").trim();
    if (save && text && text !== String(ed.text).replace(/\s+/g, " ").trim()) {
      ed.p.textContent = text; // shown as typed until Python sends the revision back
      ed.segEl.classList.add("bc-edited");
      this.emit({ type: "edit_segment", segment_id: ed.seg.id, text });
    } else {
      ed.p.innerHTML = ed.original;
    }
    if (this.transcriptDirty) {
      this.transcriptDirty = false;
      this.buildTranscript();
    }
  }

  updateTranscriptActive(t) {
    const segs = this.segs;
    let idx = upperBound(segs.starts, t) - 1;
    if (idx >= 0 && t > segs.ends[idx]) {
      // Between segments: keep the last one highlighted only while inside it.
      idx = -1;
    }
    if (idx !== this.activeSeg) {
      if (this.activeSeg >= 0) {
        const old = this.transcript.querySelector(`.bc-seg[data-i="${this.activeSeg}"]`);
        if (old) old.classList.remove("bc-active");
      }
      this.activeSeg = idx;
      if (idx >= 0) {
        const el = this.transcript.querySelector(`.bc-seg[data-i="${idx}"]`);
        if (el) {
          el.classList.add("bc-active");
          this.keepInView(el);
        }
      }
    }
    const w = this.words;
    let wi = upperBound(w.starts, t) - 1;
    if (wi >= 0 && t > w.ends[wi]) wi = -1;
    if (wi !== this.activeWord) {
      if (this.activeWord >= 0) {
        const old = this.transcript.querySelector(`.bc-w[data-w="${this.activeWord}"]`);
        if (old) old.classList.remove("bc-cur");
      }
      this.activeWord = wi;
      if (wi >= 0) {
        const el = this.transcript.querySelector(`.bc-w[data-w="${wi}"]`);
        if (el) el.classList.add("bc-cur");
      }
    }
  }

  keepInView(el) {
    if (this.editing) return;
    if (performance.now() - this.lastUserScroll < USER_SCROLL_GRACE_MS) return;
    const tr = this.transcript;
    const top = el.offsetTop;
    const bottom = top + el.offsetHeight;
    const viewTop = tr.scrollTop;
    const viewBottom = viewTop + tr.clientHeight;
    if (top < viewTop + 4 || bottom > viewBottom - tr.clientHeight * 0.2) {
      // Scroll the panel only: scrollIntoView would also scroll the Streamlit page.
      this.setScrollTop(Math.max(0, top - tr.clientHeight * 0.3));
    }
  }

  // -------------------------------------------------------------- legend

  renderLegend() {
    const parts = [];
    for (const [key, b] of Object.entries(this.keymap)) {
      const color = POLARITY_COLORS[b.polarity] || POLARITY_COLORS.context;
      const kind = b.kind === "interval" ? " (start/end)" : "";
      parts.push(
        `<span class="bc-key" style="--pol:${color}"><kbd>${escapeHtml(key)}</kbd> ${escapeHtml(b.label || b.code)}${kind}</span>`,
      );
    }
    parts.push(
      `<span class="bc-help"><kbd>Shift</kbd>+key: interval · <kbd>Space</kbd> play · <kbd>←</kbd><kbd>→</kbd>/<kbd>J</kbd><kbd>L</kbd> ±5 s · <kbd>,</kbd><kbd>.</kbd> frame · <kbd>&lt;</kbd><kbd>&gt;</kbd> speed · <kbd>+</kbd><kbd>−</kbd> zoom</span>`,
    );
    this.legend.innerHTML = parts.join("");
  }

  // -------------------------------------------------------------- teardown

  destroy() {
    if (!this.alive) return;
    this.alive = false;
    this.abort.abort();
    this.resizeObserver.disconnect();
    if (this.rafId) cancelAnimationFrame(this.rafId);
    clearTimeout(this.playheadTimer);
    clearTimeout(this.resendTimer);
    instances.delete(this.parent);
    if (activeInstance === this) activeInstance = null;
  }
}

function emptyTurns() {
  return { starts: new Float64Array(0), ends: new Float64Array(0), row: new Int32Array(0), color: [], maxDur: 0, rows: 1 };
}

function emptyTags() {
  return { list: [], starts: new Float64Array(0), ends: new Float64Array(0), row: new Int8Array(0), open: [], maxDur: 0 };
}

function emptyWords() {
  return { starts: new Float64Array(0), ends: new Float64Array(0), prob: new Float32Array(0), text: [], seg: new Int32Array(0), maxDur: 0 };
}

export default function timelinePlayer(component) {
  const { data, parentElement, setStateValue, setTriggerValue } = component;
  const payload = data || {};
  const key = payload.instance_key || "default";
  let inst = instances.get(parentElement);
  if (!inst || !inst.alive) {
    inst = new Instance(parentElement, key);
    instances.set(parentElement, inst);
  }
  activeInstance = inst;
  inst.update(payload, setStateValue, setTriggerValue);
  window.__bodycamPlayer = inst; // for tests and benchmarks
  // Streamlit may call a stale cleanup right after a newer call (async import race), so only
  // tear down once the element has really left the page.
  return () => {
    setTimeout(() => {
      if (!parentElement.isConnected) inst.destroy();
    }, TEARDOWN_GRACE_MS);
  };
}
