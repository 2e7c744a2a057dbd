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
    if (!this.keepUrl) return;
    try {
      const url = new URL(window.location.href);
      url.searchParams.set("t", (Math.round(t * 10) / 10).toFixed(1));
      window.history.replaceState(window.history.state, "", url);
    } catch (err) {
      // A URL the browser will not rewrite (a sandbox) only loses the link.
    }
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
