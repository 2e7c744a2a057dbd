// The Verify inbox's keys and clip: y confirm, n reject, s skip, e edit then confirm, r replay.
// One document-level keydown listener per mounted element; keys typed into a field (the edit
// form, the sidebar) are left alone. Each action names the suggestion it was pressed on, so an
// action that arrives after the page moved on can never decide the next suggestion.
const KEYS = { y: "confirm", n: "reject", s: "skip", e: "edit" };
const mounted = new WeakMap();

function typing(target) {
  if (!target || !target.closest) return false;
  return Boolean(
    target.closest("input, textarea, select, [contenteditable=''], [contenteditable='true']")
  );
}

function playClip(video, clip, restart) {
  if (!clip || !clip.url) {
    video.removeAttribute("src");
    return;
  }
  const src = `${clip.url}#t=${clip.from.toFixed(2)},${clip.to.toFixed(2)}`;
  if (restart || video.dataset.src !== src) {
    video.dataset.src = src;
    video.src = src;
    video.play().catch(() => {}); // autoplay may be refused until the first key or click
  }
}

export default function verifyKeys(component) {
  const { data, parentElement, setTriggerValue } = component;
  const payload = data || {};
  let state = mounted.get(parentElement);
  if (!state) {
    state = { seq: 0, payload };
    state.onKey = (event) => {
      if (event.ctrlKey || event.metaKey || event.altKey || event.repeat) return;
      if (typing(event.target)) return;
      const key = event.key.toLowerCase();
      const current = state.payload;
      if (key === "r") {
        playClip(parentElement.querySelector("video"), current.clip, true);
        event.preventDefault();
        return;
      }
      const action = KEYS[key];
      if (!action || current.suggestion_id == null) return;
      event.preventDefault();
      state.seq += 1;
      window.__bodycamVerify.sent.push({ action, id: current.suggestion_id });
      state.setTriggerValue("action", {
        action,
        suggestion_id: current.suggestion_id,
        seq: state.seq,
      });
    };
    document.addEventListener("keydown", state.onKey);
    mounted.set(parentElement, state);
  }
  state.payload = payload;
  state.setTriggerValue = setTriggerValue;
  window.__bodycamVerify = window.__bodycamVerify || { sent: [] };
  const video = parentElement.querySelector("video");
  playClip(video, payload.clip, false);
  // For tests: the element lives in the component's shadow root, out of document queries.
  window.__bodycamVerify.video = video;
  window.__bodycamVerify.current = payload.suggestion_id;
  return () => {
    setTimeout(() => {
      if (!parentElement.isConnected) {
        document.removeEventListener("keydown", state.onKey);
        mounted.delete(parentElement);
      }
    }, 500);
  };
}
