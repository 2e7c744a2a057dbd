// Bodycam review player: <video>, canvas timeline and transcript in one Streamlit v2 component.
//
// Streamlit calls the default export again on every script rerun whose `data` changed, with the
// same parentElement, and keeps only the cleanup returned by the latest call. So all state lives
// in an Instance kept per parentElement, every call is an update, and the video element is never
// rebuilt. Things that must outlive a remount (applied seek tokens, the event sequence) live in
// a module-level Map keyed by the Python key.
//
// This file is the first of the scripts __init__.JS_PARTS joins into one module: it holds the
// constants, helpers and the Instance class (state, data updates, indexing, DOM wiring). The
// later files add methods by job with Object.assign(Instance.prototype, ...): playback, outbox,
// timeline, transcript, keys; main.js holds the default export. They share one module scope.

const SPEEDS = [0.25, 0.5, 0.75, 1, 1.25, 1.5, 2, 3, 4];
// Colors for the polarities Python sends (data.vocabulary.polarities), in that order; a
// polarity beyond the palette, or an unknown one, is drawn neutral grey.
const POLARITY_PALETTE = ["#d62728", "#2ca02c", "#8c8c8c", "#6a3fb5"];
const NEUTRAL_COLOR = "#8c8c8c";
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

// The app's one time format, m:ss.s (h:mm:ss.s past an hour): the mirror of Python's
// bodycam.ui.formatting.clock, same arithmetic, checked against it on a table of values.
function clockText(t) {
  if (!Number.isFinite(t) || t < 0) t = 0;
  const tenths = Math.floor(t * 10 + 0.5);
  const hours = Math.floor(tenths / 36000);
  const minutes = Math.floor((tenths % 36000) / 600);
  const secs = Math.floor((tenths % 600) / 10);
  const tenth = tenths % 10;
  const ss = String(secs).padStart(2, "0");
  if (hours) return `${hours}:${String(minutes).padStart(2, "0")}:${ss}.${tenth}`;
  return `${minutes}:${ss}.${tenth}`;
}

// Axis ticks: the same format, without the tenth when ticks fall on whole seconds.
function fmtAxis(t, step) {
  const text = clockText(t);
  return step < 1 ? text : text.slice(0, -2);
}

function hexWithAlpha(hex, alpha) {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex || "");
  if (!m) return `rgba(128,128,128,${alpha})`;
  const n = parseInt(m[1], 16);
  return `rgba(${(n >> 16) & 255},${(n >> 8) & 255},${n & 255},${alpha})`;
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
    this.polarityColors = {};
    this.reservedKeys = new Set();
    this.keyCase = "lower";
    this.speakers = new Map();
    this.outbox = [];
    this.optimistic = []; // tags shown before Python answers
    this.closedCodes = new Map(); // code -> seq of an "end" Python has not acknowledged yet
    this.openIntervals = new Map(); // code -> {start, tagId}
    this.selectedTagId = null;
    this.selectSeq = 0; // seq of the newest select_tag event sent to Python
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
    this.reassigned = { starts: new Float64Array(0) };
    this.tags = emptyTags();
    this.words = emptyWords();
    this.segs = { starts: new Float64Array(0), ends: new Float64Array(0), list: [] };
    this.envelope = null;
    this.tension = null; // tension.js
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
    const v = data.versions || {};
    const changed = (name) => first || v[name] === undefined || v[name] !== this.versions[name];
    const tParse = performance.now();
    this.decodeSections(data, changed);
    if (first) window.__bodycamSectionsParseMs = performance.now() - tParse;
    const t0 = performance.now(); // draw figures start after parsing, as before sections were text

    this.data = data;
    this.fps = data.fps > 0 ? data.fps : 25;
    this.lag = Number.isFinite(data.lag) ? data.lag : 1.0;
    this.keepUrl = Boolean(data.keep_in_url);
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
    if (changed("reassigned") || changed("turns") || changed("speakers")) {
      this.indexReassigned(data.reassigned || []);
      this.renderLegend();
      tlChanged = true;
    }
    const statusChanged = data.transcript_status !== this.transcriptStatus;
    this.transcriptStatus = data.transcript_status;
    const segChanged = changed("segments") || changed("speakers") || statusChanged;
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
    // A run that has not yet handled this player's latest selection carries the one before it:
    // keep the newer local choice until Python acknowledges it ("[[" pressed fast, two clicks).
    const ack = data.ack;
    const handled = !ack ? 0 : ack.session === this.persist.session ? ack.seq || 0 : Infinity;
    if (this.selectSeq <= handled && data.selected_tag_id !== this.selectedTagId) {
      this.selectedTagId = data.selected_tag_id ?? null;
      tlChanged = true;
    }
    if (changed("envelope")) {
      this.envelope = data.envelope && data.envelope.values ? data.envelope : null;
      tlChanged = true;
    }
    if (changed("tension")) {
      this.indexTension(data.tension || null);
      tlChanged = true;
    }
    if (changed("filmstrip")) {
      this.loadFilmstrip(data.filmstrip || null);
      tlChanged = true;
    }
    if (data.vocabulary) this.setVocabulary(data.vocabulary);
    if (changed("keymap") || this.vocabularyChanged) {
      this.vocabularyChanged = false;
      this.indexKeymap(data.keymap || {});
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
    this.applyView(data.view);
    if (first && this.lastViewSent === undefined) this.lastViewSent = this.viewSignature();
    this.updateClock(true);
    this.updateOpenIndicator();
  }

  // Python sends each versioned section (tags, segments, ...) as JSON text in data.sections:
  // it is parsed only when its version changed, so a rerun that only added a tag does not
  // parse 20,000 words again. The parsed sections are put where the rest of the code reads
  // them (data.tags, data.segments, ...).
  // A section this browser already holds at the sent version comes as null (Python knows what
  // it holds from the "held" state below); the copy kept per player key (this.persist, which
  // outlives a remount) stands in. One it lacks is dropped from "held", so the next run sends
  // it.
  decodeSections(data, changed) {
    const kept = this.persist.sections || (this.persist.sections = {});
    const v = data.versions || {};
    let unknown = false; // Python sent a section this browser holds: its "held" was lost
    for (const [name, text] of Object.entries(data.sections || {})) {
      if (text !== null && text !== undefined) {
        if (kept[name] && kept[name].version === v[name]) unknown = true;
        if (!kept[name] || kept[name].version !== v[name] || changed(name)) {
          kept[name] = { version: v[name], value: JSON.parse(text) };
        }
      } else if (!kept[name] || kept[name].version !== v[name]) {
        delete kept[name]; // not held after all: reported below, sent again
      }
      data[name] = kept[name] ? kept[name].value : undefined;
    }
    const held = {};
    for (const [name, entry] of Object.entries(kept)) held[name] = entry.version;
    const signature = JSON.stringify(held);
    if ((unknown || signature !== this.persist.heldSent) && this.setStateValue) {
      this.persist.heldSent = signature;
      this.setStateValue("held", held);
    }
  }

  // Polarities, reserved keys and the key rule come from Python's core.vocabulary.
  setVocabulary(vocab) {
    const signature = JSON.stringify(vocab);
    if (signature === this.vocabularySignature) return;
    this.vocabularySignature = signature;
    this.vocabularyChanged = true;
    this.polarityColors = {};
    (vocab.polarities || []).forEach((p, i) => {
      this.polarityColors[p] = POLARITY_PALETTE[i] || NEUTRAL_COLOR;
    });
    this.reservedKeys = new Set(vocab.reserved_keys || []);
    this.keyHelp = vocab.key_help || [];
    this.keyCase = vocab.key_case || "lower";
  }

  polarityColor(polarity) {
    return this.polarityColors[polarity] || NEUTRAL_COLOR;
  }

  applySeek(seek) {
    if (!seek || seek.token === undefined || seek.token === null) return;
    const token = String(seek.token);
    if (this.persist.appliedSeeks.has(token)) return;
    this.persist.appliedSeeks.add(token);
    const t = Number(seek.t) || 0;
    this.seekTo(t, { reveal: true });
    // A seek Python asks for (a search hit, a tag picked in the list) shows its line in the
    // transcript even if the reviewer scrolled it a moment ago; after layout, so it has a size.
    requestAnimationFrame(() => requestAnimationFrame(() => this.showLineAt(t)));
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
    this.turns = { starts, ends, row, color, maxDur, rows: Math.max(1, rowOf.size), rowOf };
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
    v.addEventListener("click", () => this.togglePlay(), sig);
    v.addEventListener("volumechange", () => this.showVolume(), sig);
    this.volumeEl = this.q(".bc-volume");
    this.volumeEl.addEventListener("input", () => {
      v.volume = Number(this.volumeEl.value);
      v.muted = v.volume === 0;
    }, sig);
    this.volumeEl.addEventListener("change", () => this.volumeEl.blur(), sig); // keys back
    this.helpEl = this.q(".bc-help-overlay");
    this.helpEl.addEventListener("click", () => this.toggleHelp(false), sig);
    v.addEventListener("ratechange", () => {
      this.speedSel.value = String(v.playbackRate);
      this.scheduleViewState();
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

    // A row picked in the page's tag list (components/tag_list), for this player.
    window.addEventListener("bodycam:select-tag", (e) => {
      const d = e.detail || {};
      if (this.alive && d.player === this.key && this.parent.isConnected) {
        this.selectTag(d.tag_id, Number(d.start));
      }
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
      case "mute":
        this.toggleMute();
        break;
      case "fullscreen":
        this.toggleFullscreen();
        break;
      case "help":
        this.toggleHelp();
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

  // -------------------------------------------------------------- teardown

  destroy() {
    if (!this.alive) return;
    this.alive = false;
    this.abort.abort();
    this.resizeObserver.disconnect();
    if (this.rafId) cancelAnimationFrame(this.rafId);
    clearTimeout(this.playheadTimer);
    clearTimeout(this.viewTimer);
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
