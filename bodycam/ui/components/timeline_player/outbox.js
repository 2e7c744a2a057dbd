// Outbox: events to Python with sequence numbers, dropped when Python acknowledges them
// and sent again until it does; marks (point tags and intervals) made from keys.

Object.assign(Instance.prototype, {
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
  },


  // Streamlit keeps only the newest trigger when reruns coalesce, so every trigger carries all
  // events Python has not acknowledged yet; Python drops sequence numbers it already handled.
  emit(event, playhead = null) {
    event.seq = ++this.persist.seq;
    this.outbox.push(event);
    if (playhead !== null) this.sendPlayhead(playhead);
    this.sendOutbox();
    return event.seq;
  },

  sendOutbox() {
    if (this.setTriggerValue && this.outbox.length) {
      this.setTriggerValue("events", { session: this.persist.session, events: this.outbox.slice() });
    }
    this.scheduleResend();
  },

  // A trigger sent while Streamlit is between runs can be dropped, and nothing else would send
  // that event again: a mark would stay on screen but never be saved. Until Python acknowledges
  // the outbox, it is sent again (Python drops sequence numbers it already handled).
  scheduleResend() {
    clearTimeout(this.resendTimer);
    if (!this.outbox.length) return;
    this.resendTimer = setTimeout(() => {
      if (this.alive && this.outbox.length) this.sendOutbox();
    }, RESEND_AFTER_MS);
  },

  mark(binding, shift) {
    const t = this.video.currentTime || 0;
    const code = binding.code;
    const interval = binding.kind === "interval" || shift;
    // The reaction lag applies only while playing: paused, the reviewer tags the frame on
    // screen. Python applies the same rule from the event's `playing`.
    const playing = !this.video.paused;
    const shown = Math.max(0, t - (playing ? this.lag : 0));
    const base = {
      code,
      label: binding.label || code,
      polarity: binding.polarity, // validate_keymap always fills it in
    };
    if (!interval) {
      const seq = this.emit({ type: "mark", code, t, phase: "point", playing });
      this.optimistic.push({ ...base, id: `opt-${seq}`, start: shown, end: null, seq });
      this.announceMark(base, seq, shown);
    } else if (this.openIntervals.has(code)) {
      const open = this.openIntervals.get(code);
      const seq = this.emit({ type: "mark", code, t, phase: "end", playing });
      const end = Math.max(shown, open.start);
      this.optimistic = this.optimistic.filter((o) => o.id !== open.tagId);
      this.optimistic.push({ ...base, id: `opt-${seq}`, start: open.start, end, pending: false, seq });
      this.closedCodes.set(code, seq);
    } else {
      const seq = this.emit({ type: "mark", code, t, phase: "start", playing });
      this.optimistic.push({ ...base, id: `opt-${seq}`, start: shown, end: null, pending: true, seq });
      this.announceMark(base, seq, shown);
    }
    this.indexTags();
    this.drawBase();
    this.drawOverlay();
    this.updateOpenIndicator();
  },

  // A new tag, for the page's tag list (same document): it shows the row at once, as
  // "saving…", until Python's acknowledgement covers `seq` (see components/tag_list).
  announceMark(base, seq, start) {
    window.dispatchEvent(new CustomEvent("bodycam:mark", {
      detail: { ...base, player: this.key, session: this.persist.session, seq, start, time: clockText(start) },
    }));
  },

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
  },

});
