// Keys: playback keys and the codebook's bindings. Which keys are reserved and how a key
// is normalised come from Python (data.vocabulary), so the rule is defined once.

// Streamlit's widgets live in the same document as the player (components v2 has no iframe),
// so a key belongs to the focused control when focus is in one: any input, a select, a text
// area, a button, an editable element, or an ARIA widget that uses keys itself (a slider's
// arrows, a tab's Space, a grid's arrows). The player's own buttons and canvas are the
// exception: keys pressed after clicking them still drive the player.
const CONTROL_SELECTOR = [
  "input",
  "select",
  "textarea",
  "button",
  "[contenteditable]:not([contenteditable='false'])",
  ...["slider", "spinbutton", "combobox", "listbox", "option", "textbox", "button", "tab",
    "checkbox", "radio", "switch", "menuitem", "grid", "gridcell"].map((r) => `[role='${r}']`),
].join(",");

function focusIsInControl(event, playerRoot) {
  const path = typeof event.composedPath === "function" ? event.composedPath() : [event.target];
  let el = path.length ? path[0] : event.target;
  if (!(el instanceof Element)) el = null;
  // The document-level event is retargeted to a shadow host; look at the deepest focus too.
  let active = document.activeElement;
  while (active && active.shadowRoot && active.shadowRoot.activeElement) {
    active = active.shadowRoot.activeElement;
  }
  for (const node of [el, active]) {
    if (!node || !(node instanceof Element) || node === document.body) continue;
    const control = node.closest(CONTROL_SELECTOR);
    if (!control) continue;
    const ownButton =
      playerRoot && playerRoot.contains(control) && control.tagName === "BUTTON";
    if (!ownButton) return true;
  }
  return false;
}

// Bound keys are matched on the physical key when Shift is held, so Shift+1 is "1", not "!".
function boundKeyName(event) {
  const code = event.code || "";
  if (code.startsWith("Digit")) return code.slice(5);
  if (code.startsWith("Numpad") && /^Numpad\d$/.test(code)) return code.slice(6);
  if (code.startsWith("Key")) return code.slice(3);
  return event.key || "";
}


const KEY_NAMES = { " ": "Space", ArrowLeft: "←", ArrowRight: "→", ArrowUp: "↑", ArrowDown: "↓" };

Object.assign(Instance.prototype, {
  // The "?" overlay: the playback keys Python describes (data.vocabulary.key_help, one entry
  // per reserved key) and the codebook's bindings, with the rule for where a tag lands.
  toggleHelp(show) {
    const visible = show === undefined ? this.helpEl.hidden : show;
    if (visible) this.helpEl.innerHTML = this.helpHtml();
    this.helpEl.hidden = !visible;
  },

  helpHtml() {
    const kbd = (k) => `<kbd>${escapeHtml(KEY_NAMES[k] || k.toUpperCase())}</kbd>`;
    const rows = this.keyHelp.map(
      ([keys, text]) => `<tr><td>${keys.map(kbd).join(" ")}</td><td>${escapeHtml(text)}</td></tr>`,
    );
    const codes = Object.entries(this.keymap).map(
      ([k, b]) => `<tr><td>${kbd(k)}</td><td>${escapeHtml(b.label || b.code)} (${escapeHtml(b.polarity)})</td></tr>`,
    );
    return (
      `<b>Keys</b> (click or press ? to close)<table>${rows.join("")}</table>` +
      `<b>Tags</b><table>${codes.join("")}` +
      `<tr><td><kbd>Shift</kbd>+key</td><td>start an interval; the same again ends it</td></tr></table>` +
      `<p>Paused, a key tags the frame on screen; while playing it tags ${this.lag} s earlier ` +
      "(the reaction lag, set under Settings). Keys go to the player unless a field, button " +
      "or slider of the page has focus.</p>"
    );
  },

  // "[" / "]": the tag before / after the playhead, as in other annotation tools. While the
  // playhead is still on the selected tag (it was just selected), the step is taken from that
  // tag in the list, so tags that start at the same moment are each visited. Selecting seeks
  // once, as a click does. Tags still being saved have no id yet and are passed over.
  selectAdjacentTag(step) {
    const list = this.tags.list.filter((t) => !String(t.id).startsWith("opt-"));
    if (!list.length) return;
    const now = this.video.currentTime;
    const at = list.findIndex((t) => t.id === this.selectedTagId);
    let i;
    if (at >= 0 && Math.abs(list[at].start - now) < 1e-3) i = at + step;
    else if (step > 0) i = list.findIndex((t) => t.start > now + 1e-3);
    else i = list.findLastIndex((t) => t.start < now - 1e-3);
    if (i < 0 || i >= list.length) return;
    this.selectTag(list[i].id, list[i].start);
  },

  // Python's normalize_key, as data.vocabulary.key_case names it. Multi-character key names
  // (ArrowLeft) are never bound, so they are compared as they are.
  normalizeKey(key) {
    return this.keyCase === "lower" && key.length === 1 ? key.toLowerCase() : key;
  },

  // Bindings by normalised key. Python already refuses reserved keys; one that slipped through
  // is left out so it can never take a playback key.
  indexKeymap(keymap) {
    this.keymap = {};
    for (const [k, b] of Object.entries(keymap)) {
      const key = this.normalizeKey(k);
      if (!this.reservedKeys.has(key)) this.keymap[key] = b;
    }
  },

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
    if (focusIsInControl(e, this.root)) return;
    const key = e.key;
    const lower = this.normalizeKey(key);
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
      case "ArrowUp":
        this.changeVolume(0.1);
        break;
      case "ArrowDown":
        this.changeVolume(-0.1);
        break;
      case "[":
        this.selectAdjacentTag(-1);
        break;
      case "]":
        this.selectAdjacentTag(1);
        break;
      case "?":
        this.toggleHelp();
        break;
      case "Escape":
        if (this.helpEl.hidden) handled = false;
        else this.toggleHelp(false);
        break;
      default:
        handled = false;
    }
    if (!handled) {
      const binding = this.keymap[lower] || this.keymap[this.normalizeKey(boundKeyName(e))];
      if (binding) {
        handled = true;
        if (!e.repeat) this.mark(binding, e.shiftKey);
      }
    }
    if (handled) {
      e.preventDefault();
      e.stopPropagation();
    }
  },

});
