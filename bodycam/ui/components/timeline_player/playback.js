// Playback: play/pause, seeks, frame steps, speed, the playhead sent to Python, and the
// animation loop that moves the playhead on the timeline and in the transcript.

Object.assign(Instance.prototype, {

  toggleMute() {
    this.video.muted = !this.video.muted;
  },

  changeVolume(delta) {
    const v = this.video;
    v.volume = Math.min(1, Math.max(0, Math.round((v.volume + delta) * 20) / 20));
    v.muted = v.volume === 0;
  },

  showVolume() {
    const v = this.video;
    this.volumeEl.value = String(v.muted ? 0 : v.volume);
    this.q(".bc-mute").textContent = v.muted || v.volume === 0 ? "🔇" : "🔊";
  },

  // Full screen on the video and its key overlay; the keys keep working there.
  toggleFullscreen() {
    const wrap = this.q(".bc-video-wrap");
    if (document.fullscreenElement) document.exitFullscreen().catch(() => {});
    else if (wrap.requestFullscreen) wrap.requestFullscreen().catch(() => {});
  },

  togglePlay() {
    const v = this.video;
    if (v.paused || v.ended) {
      const p = v.play();
      if (p && p.catch) p.catch(() => {});
    } else {
      v.pause();
    }
  },

  clampTime(t) {
    const d = this.duration || this.video.duration || 0;
    return Math.max(0, d > 0 ? Math.min(t, d) : t);
  },

  seekTo(t, { reveal = false } = {}) {
    t = this.clampTime(t);
    if (this.video.readyState >= 1) this.video.currentTime = t;
    else this.pendingSeek = t;
    this.lastSeekTarget = t;
    if (reveal) this.revealTime(t);
    this.tick(true);
    return t;
  },

  currentTime() {
    if (this.pendingSeek !== null) return this.pendingSeek;
    return this.video.currentTime || 0;
  },

  jump(delta) {
    this.seekTo(this.currentTime() + delta, { reveal: true });
    this.schedulePlayheadState();
  },

  frameStep(dir) {
    const v = this.video;
    if (!v.paused) v.pause();
    // Seek to the middle of the frame: a seek to its exact start can round to the previous one.
    const frame = Math.floor(this.currentTime() * this.fps + 1e-6);
    const target = Math.max(0, frame + dir);
    this.seekTo((target + 0.5) / this.fps, { reveal: true });
    this.schedulePlayheadState();
  },

  changeSpeed(dir) {
    const cur = this.video.playbackRate;
    let i = SPEEDS.findIndex((s) => Math.abs(s - cur) < 1e-9);
    if (i < 0) i = SPEEDS.indexOf(1);
    i = Math.max(0, Math.min(SPEEDS.length - 1, i + dir));
    this.video.playbackRate = SPEEDS[i];
    this.speedSel.value = String(SPEEDS[i]);
  },

  // Keyboard seeks are frequent; Python learns the final playhead once they settle.
  schedulePlayheadState() {
    clearTimeout(this.playheadTimer);
    this.playheadTimer = setTimeout(() => {
      if (this.alive && this.video.paused) this.sendPlayhead(this.currentTime());
    }, PLAYHEAD_STATE_DELAY_MS);
  },

  sendPlayhead(t) {
    if (this.setStateValue) this.setStateValue("playhead", t);
    this.keepInUrl(t);
  },

  // ?t= follows the settled playhead (same document: no iframe), so a reload or a copied
  // link opens at the same moment; Python writes the same value on its reruns.
  keepInUrl(t) {
    this.writeUrl({ t: (Math.round(t * 10) / 10).toFixed(1) });
  },

  // Sets (or, for null, removes) query parameters of the page's URL.
  writeUrl(values) {
    if (!this.keepUrl) return;
    try {
      const url = new URL(window.location.href);
      for (const [name, value] of Object.entries(values)) {
        if (value === null) url.searchParams.delete(name);
        else url.searchParams.set(name, String(value));
      }
      window.history.replaceState(window.history.state, "", url);
    } catch (err) {
      // A URL the browser will not rewrite (a sandbox) only loses the link.
    }
  },

  // -------------------------------------------------------------- view: speed and zoom

  // Zoom as the URL says it: the footage's duration over the span shown (1 = all of it).
  currentZoom() {
    if (!this.view || !(this.duration > 0)) return 1;
    return Math.round((this.duration / (this.view.end - this.view.start)) * 100) / 100;
  },

  viewSignature() {
    return JSON.stringify({ speed: this.video.playbackRate, zoom: this.currentZoom() });
  },

  // The view Python sends (a link's ?speed= and ?zoom=, or what this player reported before
  // it was rebuilt) is applied when it is new and differs from what is shown; the player's
  // own report coming back changes nothing (the reviewer may have panned since).
  applyView(view) {
    if (!view) return;
    const sig = JSON.stringify(view);
    if (sig === this.appliedViewSig) return;
    this.appliedViewSig = sig;
    if (sig === this.lastViewSent) return;
    const speed = Number(view.speed);
    if (SPEEDS.includes(speed) && speed !== this.video.playbackRate) {
      this.video.playbackRate = speed;
      this.speedSel.value = String(speed);
    }
    const zoom = Number(view.zoom);
    if (zoom >= 1 && this.duration > 0 && Math.abs(zoom - this.currentZoom()) > 0.01) {
      const span = this.duration / zoom;
      this.setView(this.currentTime() - span * 0.25, span);
      this.drawBase();
      this.drawOverlay();
    }
    this.lastViewSent = this.viewSignature(); // Python knows this view: nothing to report
  },

  // Speed and zoom changes settle before Python hears of them (a wheel zooms in many steps).
  scheduleViewState() {
    clearTimeout(this.viewTimer);
    this.viewTimer = setTimeout(() => {
      if (this.alive) this.sendView();
    }, PLAYHEAD_STATE_DELAY_MS);
  },

  sendView() {
    const speed = this.video.playbackRate;
    const zoom = this.currentZoom();
    this.writeUrl({ speed: speed === 1 ? null : speed, zoom: zoom === 1 ? null : zoom });
    const sig = this.viewSignature();
    if (sig === this.lastViewSent) return;
    this.lastViewSent = sig;
    if (this.setStateValue) this.setStateValue("view", { speed, zoom });
  },

  userSeek(t) {
    clearTimeout(this.playheadTimer);
    const landed = this.seekTo(t, { reveal: true });
    this.emit({ type: "seek", t: landed }, landed);
    this.keepInUrl(landed);
  },

  // -------------------------------------------------------------- animation loop

  startLoop() {
    if (this.rafId) return;
    const step = () => {
      if (!this.alive) return;
      this.tick(false);
      this.rafId = this.video.paused ? 0 : requestAnimationFrame(step);
    };
    this.rafId = requestAnimationFrame(step);
  },

  stopLoop() {
    if (this.rafId) cancelAnimationFrame(this.rafId);
    this.rafId = 0;
    this.tick(true);
  },

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
  },

  updateClock(force) {
    const t = this.currentTime();
    const frame = Math.floor(t * this.fps + 1e-6);
    if (!force && frame === this.lastFrameShown) return;
    this.lastFrameShown = frame;
    this.timeEl.textContent = clockText(t);
    this.frameEl.textContent = `f ${frame}`;
  },

});
