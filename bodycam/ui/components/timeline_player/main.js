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
  window.__bodycamClock = clockText; // checked against Python's clock in the tests
  // Streamlit may call a stale cleanup right after a newer call (async import race), so only
  // tear down once the element has really left the page.
  return () => {
    setTimeout(() => {
      if (!parentElement.isConnected) inst.destroy();
    }, TEARDOWN_GRACE_MS);
  };
}
