"use strict";
// mt-restore viewer: every edit, why it was made, accept or reject it.
// All document text reaches the page through textContent, never as markup.
(function () {
  const data = JSON.parse(document.getElementById("mt-data").textContent);
  const edits = data.edits;
  const byId = new Map(edits.map((e) => [e.id, e]));
  const decision = new Map(); // id -> "accepted" | "rejected"
  let current = -1;

  function isOn(e) {
    const d = decision.get(e.id);
    return d === "accepted" || (e.applied && d !== "rejected");
  }

  // Edits shown inline: sorted, and where a suggestion covers an applied edit, the wider one.
  const shown = [];
  [...edits]
    .sort((a, b) => a.start - b.start || (b.end - b.start) - (a.end - a.start))
    .forEach((e) => {
      const last = shown[shown.length - 1];
      if (!last || e.start >= last.end || (e.start === e.end && e.start === last.end)) shown.push(e);
    });

  function chosen() {
    const on = edits.filter(isOn).sort((a, b) => a.start - b.start || (b.end - b.start) - (a.end - a.start));
    const kept = [];
    for (const e of on) {
      if (kept.length && e.start < kept[kept.length - 1].end) continue;
      kept.push(e);
    }
    return kept;
  }

  function exportText() {
    let out = "";
    let pos = 0;
    for (const e of chosen()) {
      out += data.original.slice(pos, e.start) + e.after;
      pos = e.end;
    }
    return out + data.original.slice(pos);
  }

  function decisions() {
    const accepted = [];
    const rejected = [];
    const decided = [];
    for (const e of edits) {
      const d = decision.get(e.id);
      if (!d) continue;
      (d === "accepted" ? accepted : rejected).push(e.id);
      decided.push({
        id: e.id, rule: e.rule, applied: e.applied, decision: d, start: e.start, end: e.end,
        before: e.before, after: e.after, context: e.context, context_start: e.context_start,
      });
    }
    return { doc: data.doc, signature: data.signature, accepted, rejected, edits: decided };
  }

  function el(tag, attrs, text) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function describe(e) {
    const kind = e.applied ? "automatic edit" : "suggestion";
    const via = e.via.length ? ` (after ${e.via.join(", ")})` : "";
    return `${e.rule}${via}: ${e.description} ${e.note ? "— " + e.note : ""} [${kind}]`;
  }

  function renderColumn(container, restored) {
    container.replaceChildren(el("h2", {}, restored ? "Restored" : "Original"));
    let pos = 0;
    for (const e of shown) {
      if (e.start > pos) container.append(document.createTextNode(data.original.slice(pos, e.start)));
      const on = isOn(e);
      const text = restored ? (on ? e.after : e.before) : e.before;
      const cls = ["edit", restored ? (on ? "on" : "off") : "", e.applied ? "" : "suggestion"];
      const d = decision.get(e.id);
      if (d) cls.push(d);
      if (!text) cls.push("empty");
      const span = el("span", {
        class: cls.filter(Boolean).join(" "),
        "data-edit-id": e.id,
        "data-rule": e.rule,
        title: describe(e),
        tabindex: restored ? "0" : "-1",
        role: "button",
        "aria-label": `${e.rule}: “${e.before}” to “${e.after}”, ${d || "pending"}`,
      }, text);
      container.append(span);
      pos = Math.max(pos, e.end);
    }
    container.append(document.createTextNode(data.original.slice(pos)));
  }

  function renderReference() {
    const box = document.getElementById("reference");
    if (!box) return;
    box.replaceChildren(el("h2", {}, "Reference (aligned)"));
    data.reference.sentences.forEach((s, j) => {
      box.append(el("span", { class: "ref-sentence", "data-ref": String(j) }, s));
    });
  }

  function highlightReference(e) {
    const box = document.getElementById("reference");
    if (!box) return;
    const linked = new Set();
    for (const link of data.reference.links) {
      if (link.start <= e.start && e.end <= link.end) link.ref.forEach((j) => linked.add(j));
    }
    box.querySelectorAll(".ref-sentence").forEach((node) => {
      node.classList.toggle("linked", linked.has(Number(node.dataset.ref)));
    });
  }

  function renderCounts() {
    let accepted = 0, rejected = 0;
    for (const d of decision.values()) d === "accepted" ? accepted++ : rejected++;
    document.getElementById("n-accepted").textContent = String(accepted);
    document.getElementById("n-rejected").textContent = String(rejected);
    document.getElementById("n-pending").textContent = String(edits.length - accepted - rejected);
  }

  function renderRules() {
    const body = document.getElementById("rules-body");
    body.replaceChildren();
    const rules = [...new Set(edits.map((e) => e.rule))].sort();
    for (const rule of rules) {
      const mine = edits.filter((e) => e.rule === rule);
      const row = el("tr");
      row.append(el("td", {}, rule), el("td", {}, `${mine.length} edit${mine.length > 1 ? "s" : ""}`));
      const acc = el("button", { type: "button", "data-rule-accept": rule }, "Accept all");
      const rej = el("button", { type: "button", "data-rule-reject": rule }, "Reject all");
      acc.addEventListener("click", () => decideRule(rule, "accepted"));
      rej.addEventListener("click", () => decideRule(rule, "rejected"));
      const cell = el("td");
      cell.append(acc, rej);
      row.append(cell);
      body.append(row);
    }
  }

  function renderInspector() {
    const box = document.getElementById("inspector-text");
    const e = shown[current];
    if (!e) {
      box.textContent = "No change selected. Press j for the next change, k for the previous one.";
      return;
    }
    const d = decision.get(e.id) || "pending";
    box.replaceChildren(
      el("strong", {}, e.rule), document.createTextNode(` (${e.applied ? "automatic" : "suggestion"}, ${d}): `),
      el("code", {}, JSON.stringify(e.before)), document.createTextNode(" → "), el("code", {}, JSON.stringify(e.after)),
      document.createTextNode(` — ${e.description}${e.note ? " " + e.note : ""}`),
    );
    highlightReference(e);
  }

  function render(focus) {
    renderColumn(document.getElementById("original"), false);
    renderColumn(document.getElementById("restored"), true);
    renderCounts();
    renderInspector();
    document.querySelectorAll("#restored .edit").forEach((node) => {
      node.addEventListener("click", () => select(node.dataset.editId));
      node.addEventListener("focus", () => {
        const k = shown.findIndex((e) => e.id === node.dataset.editId);
        if (k !== current) { current = k; renderInspector(); mark(); }
      });
    });
    mark();
    if (focus && shown[current]) {
      const node = document.querySelector(`#restored [data-edit-id="${CSS.escape(shown[current].id)}"]`);
      if (node) node.focus();
    }
  }

  function mark() {
    document.querySelectorAll(".edit.current").forEach((n) => n.classList.remove("current"));
    const e = shown[current];
    if (!e) return;
    document.querySelectorAll(`[data-edit-id="${CSS.escape(e.id)}"]`).forEach((n) => n.classList.add("current"));
  }

  function select(id) {
    current = shown.findIndex((e) => e.id === id);
    render(true);
  }

  function decide(id, value) {
    if (!byId.has(id)) return;
    decision.set(id, value);
    render(true);
  }

  function decideRule(rule, value) {
    for (const e of edits) if (e.rule === rule) decision.set(e.id, value);
    render(false);
  }

  function move(step) {
    if (!shown.length) return;
    current = current < 0 ? (step > 0 ? 0 : shown.length - 1) : Math.min(shown.length - 1, Math.max(0, current + step));
    render(true);
  }

  function download(name, text, type) {
    const link = el("a", { download: name });
    link.href = URL.createObjectURL(new Blob([text], { type }));
    document.body.append(link);
    link.click();
    link.remove();
  }

  function copyText() {
    const area = document.getElementById("export");
    area.value = exportText();
    area.select();
    if (navigator.clipboard && window.isSecureContext) navigator.clipboard.writeText(area.value);
    else document.execCommand("copy");
  }

  document.addEventListener("keydown", (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const tag = (event.target && event.target.tagName) || "";
    if (tag === "TEXTAREA" || tag === "INPUT") return;
    const e = shown[current];
    if (event.key === "j") { move(1); event.preventDefault(); }
    else if (event.key === "k") { move(-1); event.preventDefault(); }
    else if (event.key === "a" && e) { decide(e.id, "accepted"); event.preventDefault(); }
    else if (event.key === "r" && e) { decide(e.id, "rejected"); event.preventDefault(); }
  });
  document.getElementById("accept").addEventListener("click", () => { const e = shown[current]; if (e) decide(e.id, "accepted"); });
  document.getElementById("reject").addEventListener("click", () => { const e = shown[current]; if (e) decide(e.id, "rejected"); });
  document.getElementById("copy").addEventListener("click", copyText);
  document.getElementById("download-text").addEventListener("click", () => download(`${data.doc}.restored.txt`, exportText(), "text/plain"));
  document.getElementById("download-decisions").addEventListener("click", () => download(`${data.doc}.decisions.json`, JSON.stringify(decisions(), null, 1), "application/json"));

  window.mtRestore = { exportText, decisions, select, decide, decideRule, edits: () => edits.map((e) => e.id) };
  renderReference();
  renderRules();
  render(false);
})();
