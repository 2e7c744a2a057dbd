// The Review page's tag list: a plain, scrollable list of the tags Python sends (a window of
// them around the selected tag), in the same document as the player (components v2 has no
// iframe), so the two talk through window events:
// - the player announces each mark ("bodycam:mark") the moment the key is pressed: the list
//   shows it at once, marked "saving…", until Python's answer (its `ack`) includes it;
// - a click on a row asks the player to select that tag ("bodycam:select-tag"): the player
//   seeks once and tells Python, as a click on the timeline does.

const lists = new WeakMap(); // parentElement -> List

function escapeHtml(s) {
  return String(s ?? "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

class List {
  constructor(parent) {
    this.parent = parent;
    this.box = parent.querySelector(".bc-taglist");
    this.optimistic = []; // rows announced by the player, not in Python's rows yet
    this.abort = new AbortController();
    window.addEventListener("bodycam:mark", (e) => this.onMark(e.detail), { signal: this.abort.signal });
    this.box.addEventListener("click", (e) => {
      const row = e.target.closest(".bc-tl-row[data-id]");
      if (!row || row.classList.contains("bc-tl-saving")) return;
      this.select(Number(row.dataset.id), Number(row.dataset.start));
    }, { signal: this.abort.signal });
  }

  update(data) {
    this.data = data;
    const ack = data.ack || {};
    // Python answered for these marks: their tags are in `rows` (or were refused, with a message).
    this.optimistic = this.optimistic.filter((o) => o.session !== ack.session || o.seq > (ack.seq || 0));
    this.render(data.selected_id ?? null);
  }

  onMark(detail) {
    if (!this.data || !this.parent.isConnected || detail.player !== this.data.player_key) return;
    this.optimistic.push(detail);
    this.render(null, detail.seq);
  }

  select(tagId, start) {
    this.render(tagId);
    window.dispatchEvent(new CustomEvent("bodycam:select-tag", {
      detail: { player: this.data.player_key, tag_id: tagId, start },
    }));
  }

  render(selectedId, newSeq = null) {
    const rows = (this.data.rows || []).map((r) => ({ ...r, saving: false }));
    for (const o of this.optimistic) {
      rows.push({ id: null, seq: o.seq, start: o.start, time: o.time, end: "",
                  label: o.label, polarity: o.polarity, by: "", saving: true });
    }
    rows.sort((a, b) => a.start - b.start || (a.saving - b.saving));
    const html = ["<table><thead><tr><th></th><th>id</th><th>time</th><th>end</th><th>code</th>" +
      "<th>polarity</th><th>by</th></tr></thead><tbody>"];
    for (const r of rows) {
      const selected = r.id !== null && r.id === selectedId;
      const attrs = r.saving
        ? `class="bc-tl-row bc-tl-saving" data-seq="${r.seq}" title="Saving…"`
        : `class="bc-tl-row" data-id="${r.id}" data-start="${r.start}"`;
      html.push(
        `<tr ${attrs} aria-selected="${selected}">` +
        `<td>${selected ? "▶" : ""}</td>` +
        `<td class="bc-tl-num">${r.saving ? "…" : r.id}</td>` +
        `<td class="bc-tl-num">${escapeHtml(r.time)}</td><td class="bc-tl-num">${escapeHtml(r.end)}</td>` +
        `<td class="bc-tl-code">${escapeHtml(r.label)}</td><td>${escapeHtml(r.polarity)}</td>` +
        `<td>${escapeHtml(r.by)}</td></tr>`,
      );
    }
    html.push("</tbody></table>");
    this.box.innerHTML = html.join("");
    // The new mark, else the selected tag, is scrolled into sight (under the sticky header).
    const target = newSeq !== null
      ? this.box.querySelector(`.bc-tl-row[data-seq="${newSeq}"]`)
      : this.box.querySelector('.bc-tl-row[aria-selected="true"]');
    if (target) {
      const head = this.box.querySelector("thead").offsetHeight;
      const top = target.offsetTop - head;
      const bottom = target.offsetTop + target.offsetHeight - this.box.clientHeight;
      if (this.box.scrollTop > top) this.box.scrollTop = top;
      else if (this.box.scrollTop < bottom) this.box.scrollTop = bottom;
    }
  }

  // The rows inside the scroll box (not under the header): their tag ids, -1 for a row still
  // saving. For tests and the benchmark.
  rowsOnScreen() {
    const outer = this.box.getBoundingClientRect();
    const top = outer.top + this.box.querySelector("thead").offsetHeight;
    return [...this.box.querySelectorAll(".bc-tl-row")]
      .filter((row) => {
        const r = row.getBoundingClientRect();
        return r.top >= top - 1 && r.bottom <= outer.bottom + 1;
      })
      .map((row) => (row.dataset.id ? Number(row.dataset.id) : -1));
  }

  destroy() {
    this.abort.abort();
    lists.delete(this.parent);
  }
}

export default function tagList(component) {
  const { data, parentElement } = component;
  let list = lists.get(parentElement);
  if (!list) {
    list = new List(parentElement);
    lists.set(parentElement, list);
  }
  list.update(data || {});
  window.__bodycamTagList = list; // for tests and benchmarks
  return () => {
    setTimeout(() => {
      if (!parentElement.isConnected) list.destroy();
    }, 1000);
  };
}
