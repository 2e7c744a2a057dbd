// Streamlit calls the default export on every rerun with new data (fresh single-use tokens);
// state lives per form element, so a form drawn anew gets its own listener.
const forms = new WeakMap(); // form -> {data, setTriggerValue}

function send(url, token, file, fields, onProgress) {
  // XMLHttpRequest, not fetch: only it reports upload progress.
  return new Promise((resolve) => {
    const query = new URLSearchParams({ name: file.name, ...fields });
    const xhr = new XMLHttpRequest();
    xhr.open("POST", `${url}?${query}`);
    xhr.setRequestHeader("X-Upload-Token", token);
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(e.loaded / e.total);
    xhr.onload = () => resolve(xhr.status === 200 ? null : xhr.responseText || `HTTP ${xhr.status}`);
    xhr.onerror = () => resolve("the connection to the app failed");
    xhr.send(file);
  });
}

function row(list, name) {
  const item = document.createElement("li");
  const bar = document.createElement("progress");
  bar.max = 1;
  bar.value = 0;
  const text = document.createElement("span");
  text.textContent = name; // textContent: a file name is never markup
  item.append(bar, text);
  list.append(item);
  return { bar, text };
}

async function submit(state, form) {
  const { data, setTriggerValue } = state;
  const files = Array.from(form.elements.files.files);
  if (!files.length) return;
  const list = form.querySelector(".bc-upload-list");
  list.replaceChildren();
  const fields = {};
  for (const name of ["incident", "officer", "unit"]) {
    const value = form.elements[name].value.trim();
    if (value) fields[name] = value;
  }
  const tokens = data.tokens.slice();
  const done = { queued: [], failed: [] };
  form.querySelector("button").disabled = true;
  for (const file of files) {
    const shown = row(list, file.name);
    let problem = null;
    if (file.size > data.max_bytes) problem = "larger than the upload limit";
    else if (!tokens.length) problem = "too many files at once: upload the rest after this batch";
    else problem = await send(data.url, tokens.shift(), file, fields, (f) => (shown.bar.value = f));
    shown.text.textContent = `${file.name}: ${problem ? problem : "queued for ingest"}`;
    if (problem) done.failed.push([file.name, problem]);
    else done.queued.push(file.name);
  }
  form.reset();
  form.querySelector("button").disabled = false;
  setTriggerValue("done", done);
}

export default function uploadWidget(component) {
  const { data, parentElement, setTriggerValue } = component;
  const form = parentElement.querySelector("form.bc-upload");
  let state = forms.get(form);
  if (!state) {
    state = { data, setTriggerValue };
    forms.set(form, state);
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      submit(state, form);
    });
    // The button comes disabled in the HTML: until this listener exists, a click (a quick
    // user, a test on a loaded machine) submitted the form natively and reloaded the page.
    form.querySelector("button").disabled = false;
  }
  state.data = data || { tokens: [] };
  state.setTriggerValue = setTriggerValue;
}
