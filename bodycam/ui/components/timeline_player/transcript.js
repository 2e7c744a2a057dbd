// Transcript pane: segments with words, following the playhead, inline correction.

Object.assign(Instance.prototype, {

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
          `<span class="bc-seg-t">${clockText(s.start)}</span>` +
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
    if (!list.length) {
      // Python says whether transcription has run: a footage it found no speech in says so.
      const empty = this.transcriptStatus === "no_speech"
        ? "No speech found: transcription ran and heard no words."
        : "No transcript yet.";
      parts.push(`<p class="bc-empty">${empty}</p>`);
    }
    const top = this.transcript.scrollTop;
    this.transcript.innerHTML = parts.join("");
    this.setScrollTop(top);
    this.activeSeg = -1;
    this.activeWord = -1;
    this.updateTranscriptActive(this.currentTime());
  },

  showLineAt(t) {
    if (!this.alive || this.editing) return;
    const i = upperBound(this.segs.starts, t + 1e-6) - 1;
    const el = i >= 0 ? this.transcript.querySelector(`.bc-seg[data-i="${i}"]`) : null;
    if (!el) return;
    this.lastUserScroll = 0;
    this.setScrollTop(Math.max(0, el.offsetTop - this.transcript.clientHeight * 0.3));
  },

  setScrollTop(top) {
    this.expectedScrollTop = Math.round(top);
    this.transcript.scrollTop = top;
  },

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
  },

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
  },

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
  },

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
  },

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
  },

});
