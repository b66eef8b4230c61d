// sketchkit edit: the form for one sketch, generated from the call's schema.
// The YAML file stays the source of truth: every change is checked by the server with the same
// checker as `sketchkit check`, and saving writes YAML that keeps the user's comments.
"use strict";

const TOKEN = document.querySelector('meta[name="sketchkit-token"]').content;
let UI = {};
let data = {};
let base = null;
let dirty = false;
let report = { findings: [], counts: {}, criteria: [] };
let checkTimer = null;
let checkSeq = 0;
let nextId = 0;

function fmt(text, fields) {
  return text.replace(/\{(\w+)\}/g, (m, k) => (k in fields ? String(fields[k]) : m));
}

async function api(path, payload) {
  const options = { headers: { "X-Sketchkit-Token": TOKEN } };
  if (payload !== undefined) {
    options.method = "POST";
    options.headers["Content-Type"] = "application/json";
    options.body = JSON.stringify(payload);
  }
  const response = await fetch(path, options);
  let body = {};
  try { body = await response.json(); } catch (e) { body = { error: response.statusText }; }
  return { status: response.status, body };
}

function say(text) {
  const status = document.getElementById("status");
  status.textContent = "";
  // A fresh text node, so screen readers announce it even when it repeats.
  window.setTimeout(() => { status.textContent = text; }, 30);
}

// ---- data at a JSON Pointer ---------------------------------------------------------------

function tokens(pointer) {
  return pointer === "" ? [] : pointer.slice(1).split("/").map((t) => t.replace(/~1/g, "/").replace(/~0/g, "~"));
}
function join(pointer, token) {
  return pointer + "/" + String(token).replace(/~/g, "~0").replace(/\//g, "~1");
}
function getAt(pointer) {
  let node = data;
  for (const t of tokens(pointer)) {
    if (node === null || typeof node !== "object" || !(t in node)) return undefined;
    node = node[t];
  }
  return node;
}
function setAt(pointer, value, remove) {
  const parts = tokens(pointer);
  let node = data;
  for (let i = 0; i < parts.length - 1; i++) {
    const t = parts[i];
    if (node[t] === null || typeof node[t] !== "object") node[t] = /^\d+$/.test(parts[i + 1]) ? [] : {};
    node = node[t];
  }
  const last = parts[parts.length - 1];
  if (remove) {
    if (Array.isArray(node)) node.splice(Number(last), 1); else delete node[last];
  } else {
    node[last] = value;
  }
}

// ---- building the form -------------------------------------------------------------------

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === "text") node.textContent = v; else node.setAttribute(k, v === true ? "" : v);
  }
  for (const child of children) if (child) node.append(child);
  return node;
}

function words(text) {
  const found = text.match(/[\p{L}\p{N}_]+(?:[-'’.][\p{L}\p{N}_]+)*/gu);
  return found ? found.length : 0;
}

function scalarField(spec, pointer, value) {
  const id = "f" + (nextId++);
  const wrap = el("div", { class: "field", "data-pointer": pointer });
  const label = el("label", { for: id, text: spec.title });
  if (spec.required) label.append(" ", el("span", { class: "req", text: "(" + UI.required + ")" }));
  wrap.append(label);
  const described = [];
  if (spec.description) {
    wrap.append(el("p", { class: "help", id: id + "-help", text: spec.description }));
    described.push(id + "-help");
  }
  let input;
  const shown = value === undefined || value === null ? "" : String(value);
  if (spec.kind === "choice") {
    input = el("select", { id });
    input.append(el("option", { value: "", text: UI.choose }));
    for (const [v, labelText] of spec.choices) {
      const option = el("option", { value: v, text: labelText === v ? v : labelText + " (" + v + ")" });
      if (v === shown) option.selected = true;
      input.append(option);
    }
  } else if (spec.kind === "bool") {
    input = el("input", { id, type: "checkbox" });
    input.checked = value === true;
  } else if (spec.kind === "prose") {
    input = el("textarea", { id, rows: 6 });
    input.value = shown;
  } else {
    input = el("input", { id, type: "text", autocomplete: "off" });
    input.value = shown;
  }
  if (spec.example && spec.kind !== "choice" && spec.kind !== "bool") {
    wrap.append(el("p", { class: "help", id: id + "-ex", text: fmt(UI.example, { text: spec.example }) }));
    described.push(id + "-ex");
  }
  wrap.append(input);
  let count = null;
  if ((spec.limit && (spec.limit.text || spec.limit.max_chars)) || spec.kind === "prose") {
    count = el("p", { class: "count", id: id + "-count" });
    wrap.append(count);
    described.push(id + "-count");
  }
  const msgs = el("div", { class: "msgs", id: id + "-msg" });
  wrap.append(msgs);
  described.push(id + "-msg");
  input.setAttribute("aria-describedby", described.join(" "));
  const existed = value !== undefined;
  const update = () => {
    if (count) {
      const text = input.value;
      const n = words(text);
      const c = text.trim().length;
      let line = spec.kind === "prose" ? fmt(UI.words, { words: n, chars: c }) : fmt(UI.chars, { chars: c });
      const limit = spec.limit;
      if (limit && limit.text) line += " — " + fmt(UI.limit, { text: limit.text });
      else if (limit && limit.max_chars) line += " — " + fmt(UI.max_chars, { n: limit.max_chars });
      const over = limit && ((limit.max_words && n > limit.max_words) || (limit.max_chars && c > limit.max_chars));
      count.textContent = line;
      count.classList.toggle("over", Boolean(over));
    }
  };
  update();
  const changed = () => {
    let v;
    if (spec.kind === "bool") v = input.checked;
    else v = input.value;
    if (v === "" && !existed) setAt(pointer, undefined, true); else setAt(pointer, v);
    update();
    touched();
  };
  input.addEventListener(spec.kind === "choice" || spec.kind === "bool" ? "change" : "input", changed);
  return wrap;
}

function objectFields(spec, pointer, value, level) {
  const container = [];
  for (const prop of spec.properties || []) {
    container.push(build(prop, join(pointer, prop.key), value ? value[prop.key] : undefined, level + 1));
  }
  return container;
}

function build(spec, pointer, value, level) {
  if (spec.kind === "object") {
    if (level === 1) {
      const section = el("section", { class: "part", "data-pointer": pointer, "aria-labelledby": "h" + nextId });
      section.append(el("h2", { id: "h" + (nextId++), text: spec.title }));
      if (spec.description) section.append(el("p", { class: "help", text: spec.description }));
      section.append(...objectFields(spec, pointer, value, level));
      section.append(el("div", { class: "msgs" }));
      return section;
    }
    const set = el("fieldset", { "data-pointer": pointer });
    set.append(el("legend", { text: spec.title }));
    if (spec.description) set.append(el("p", { class: "help", text: spec.description }));
    set.append(...objectFields(spec, pointer, value, level));
    set.append(el("div", { class: "msgs" }));
    return set;
  }
  if (spec.kind === "array") return arrayField(spec, pointer, value, level);
  if (level === 1) {
    const section = el("section", { class: "part" });
    section.append(scalarField(spec, pointer, value));
    return section;
  }
  return scalarField(spec, pointer, value);
}

function arrayField(spec, pointer, value, level) {
  const set = el(level === 1 ? "section" : "fieldset", { class: level === 1 ? "part" : null, "data-pointer": pointer });
  const headingId = "h" + (nextId++);
  if (level === 1) set.append(el("h2", { id: headingId, text: spec.title }));
  else set.append(el("legend", { text: spec.title }));
  if (spec.description) set.append(el("p", { class: "help", text: spec.description }));
  const list = el("div", { class: "list" });
  set.append(list);
  const listName = spec.title;
  const redraw = (focusIndex) => {
    list.textContent = "";
    const items = getAt(pointer) || [];
    items.forEach((item, i) => {
      const itemPointer = join(pointer, i);
      const box = el("div", { class: "item", "data-pointer": itemPointer });
      const head = el("div", { class: "item-head" });
      const name = { list: listName, n: i + 1 };
      head.append(el(level === 1 ? "h3" : "h4", { text: fmt(UI.item, name) }));
      const up = el("button", { type: "button", class: "small", "aria-label": fmt(UI.up, name), text: "↑" });
      const down = el("button", { type: "button", class: "small", "aria-label": fmt(UI.down, name), text: "↓" });
      const remove = el("button", { type: "button", class: "small", text: fmt(UI.remove, name) });
      up.disabled = i === 0;
      down.disabled = i === items.length - 1;
      up.addEventListener("click", () => { move(i, i - 1); });
      down.addEventListener("click", () => { move(i, i + 1); });
      remove.addEventListener("click", () => {
        items.splice(i, 1);
        setAt(pointer, items);
        touched();
        redraw(Math.min(i, items.length - 1));
      });
      head.append(up, down, remove);
      box.append(head);
      const inner = spec.items.kind === "object"
        ? objectFields(spec.items, itemPointer, item, level + 1)
        : [scalarField({ ...spec.items, title: fmt(UI.item, name) }, itemPointer, item)];
      box.append(...inner, el("div", { class: "msgs" }));
      list.append(box);
    });
    if (focusIndex !== undefined && focusIndex >= 0) {
      const target = list.children[focusIndex];
      const first = target && target.querySelector("input, textarea, select");
      if (first) first.focus();
    }
    showFindings();
  };
  const move = (from, to) => {
    const items = getAt(pointer) || [];
    const [item] = items.splice(from, 1);
    items.splice(to, 0, item);
    setAt(pointer, items);
    touched();
    redraw(to);
  };
  const add = el("button", { type: "button", text: fmt(UI.add, { list: listName }) });
  add.addEventListener("click", () => {
    const items = getAt(pointer) || [];
    items.push(spec.items.kind === "object" ? {} : "");
    setAt(pointer, items);
    touched();
    redraw(items.length - 1);
  });
  set.append(add, el("div", { class: "msgs" }));
  if (getAt(pointer) === undefined && value !== undefined) setAt(pointer, value);
  redraw();
  return set;
}

// ---- checking as you type -----------------------------------------------------------------

function touched() {
  dirty = true;
  document.getElementById("saved-state").textContent = UI.unsaved;
  window.clearTimeout(checkTimer);
  checkTimer = window.setTimeout(check, 250);
}

async function check() {
  const seq = ++checkSeq;
  const { status, body } = await api("/api/check", { data });
  if (seq !== checkSeq) return; // a newer check is on its way
  if (status !== 200) { say(fmt(UI.error, { text: body.error || status })); return; }
  report = body;
  showFindings();
}

function holderFor(pointer) {
  let p = pointer;
  while (true) {
    const found = document.querySelector('[data-pointer="' + CSS.escape(p) + '"]');
    if (found) return found;
    if (p === "") return null;
    p = p.slice(0, p.lastIndexOf("/"));
  }
}

function showFindings(announce = true) {
  for (const box of document.querySelectorAll(".msgs")) box.textContent = "";
  for (const input of document.querySelectorAll("[aria-invalid]")) input.removeAttribute("aria-invalid");
  const list = document.getElementById("findings");
  list.textContent = "";
  document.getElementById("counts").textContent = report.summary;
  if (!report.findings.length) list.append(el("li", { text: UI.no_findings }));
  for (const f of report.findings) {
    const holder = holderFor(f.pointer);
    const msg = el("p", { class: "msg " + f.severity });
    msg.append(el("strong", { text: f.severity_text + ": " }), f.message);
    if (f.hint) msg.append(el("br"), UI.hint + ": " + f.hint);
    if (holder) {
      const box = holder.querySelector(":scope > .msgs") || holder.querySelector(".msgs");
      if (box) box.append(msg);
      const input = holder.matches(".field") ? holder.querySelector("input, textarea, select") : null;
      if (input && f.severity === "error") input.setAttribute("aria-invalid", "true");
    }
    const item = el("li", { class: f.severity });
    item.append(el("strong", { text: f.severity_text + ": " }), f.message + " ");
    if (holder) {
      const go = el("button", { type: "button", class: "small", text: UI.go_to });
      go.addEventListener("click", () => {
        const target = holder.querySelector("input, textarea, select, button") || holder;
        target.focus();
        target.scrollIntoView({ block: "center" });
      });
      item.append(go);
    }
    list.append(item);
  }
  const criteria = document.getElementById("criteria");
  criteria.textContent = "";
  const marks = { met: "✔", weak: "~", missing: "✘", not_assessed: "?" };
  for (const c of report.criteria) {
    const li = el("li", { class: c.status });
    li.append(el("span", { "aria-hidden": "true", text: marks[c.status] + " " }), c.title + ": " + c.status_text);
    criteria.append(li);
  }
  if (announce) say(report.summary);
}

// ---- saving and rendering -----------------------------------------------------------------

async function save(resolve) {
  // The save answers with its own check: a check still waiting or under way is stale.
  window.clearTimeout(checkTimer);
  checkSeq++;
  const { status, body } = await api("/api/save", { data, base, resolve });
  if (status === 409 && body.conflict) { askConflict(); return false; }
  if (status !== 200) { say(fmt(UI.error, { text: body.error || status })); return false; }
  base = body.base;
  if (body.data) {
    data = body.data;
    drawForm();
  }
  report = body.report;
  dirty = false;
  document.getElementById("saved-state").textContent = UI.all_saved;
  const file = document.body.dataset.file;
  if (body.saved === false) say(fmt(UI.reloaded, { backup: body.backup }));
  else if (body.backup) say(fmt(UI.saved_backup, { file, backup: body.backup }));
  else say(fmt(UI.saved, { file }));
  showFindings(false);
  return true;
}

function askConflict() {
  const dialog = document.getElementById("conflict");
  document.getElementById("conflict-text").textContent = fmt(UI.conflict_text, { file: document.body.dataset.file });
  dialog.showModal();
}

async function renderPdf(force, draft) {
  if (dirty) {
    say(UI.save_first);
    if (!(await save(null))) return;
  }
  const { status, body } = await api("/api/render", { force, draft });
  if (status === 409 && body.exists) {
    if (window.confirm(UI.overwrite_pdf)) await renderPdf(true, draft);
    return;
  }
  if (status !== 200) { say(fmt(UI.error, { text: body.error || status })); return; }
  if (!body.rendered) {
    if (window.confirm(UI.not_rendered)) await renderPdf(force, true);
    return;
  }
  say(fmt(UI.rendered, { file: body.file, pages: body.pages }));
}

// ---- start ---------------------------------------------------------------------------------

let formSpec = null;

function drawForm() {
  const form = document.getElementById("form");
  form.textContent = "";
  for (const prop of formSpec.properties) {
    form.append(build(prop, join("", prop.key), data[prop.key], 1));
  }
}

async function start() {
  const { status, body } = await api("/api/state");
  if (status !== 200) { say(body.error || String(status)); return; }
  UI = body.ui;
  data = body.data;
  base = body.base;
  report = body.report;
  formSpec = body.form;
  document.body.dataset.file = body.file;
  document.getElementById("save").textContent = UI.save;
  document.getElementById("render").textContent = UI.render;
  document.getElementById("findings-heading").textContent = UI.findings;
  document.getElementById("criteria-heading").textContent = UI.criteria;
  document.getElementById("conflict-heading").textContent = UI.conflict_title;
  document.getElementById("keep-mine").textContent = UI.keep_mine;
  document.getElementById("take-theirs").textContent = UI.take_theirs;
  document.getElementById("conflict-cancel").textContent = UI.cancel;
  document.getElementById("saved-state").textContent = body.new ? fmt(UI.new_file, { file: body.file }) : UI.all_saved;
  drawForm();
  showFindings();
  document.getElementById("save").addEventListener("click", () => save(null));
  document.getElementById("render").addEventListener("click", () => renderPdf(false, false));
  const dialog = document.getElementById("conflict");
  document.getElementById("keep-mine").addEventListener("click", () => { dialog.close(); save("mine"); });
  document.getElementById("take-theirs").addEventListener("click", () => { dialog.close(); save("theirs"); });
  document.getElementById("conflict-cancel").addEventListener("click", () => dialog.close());
  window.addEventListener("beforeunload", (event) => {
    if (dirty) { event.preventDefault(); event.returnValue = UI.leave; }
  });
  document.addEventListener("keydown", (event) => {
    if ((event.ctrlKey || event.metaKey) && event.key === "s") { event.preventDefault(); save(null); }
  });
  document.body.dataset.ready = "true";
}

start();
