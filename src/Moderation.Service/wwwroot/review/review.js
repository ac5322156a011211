// The moderators' review UI: plain DOM, no framework, no build step.
// Comment text and every other value from the server is written with text nodes (textContent / append(string)), never as HTML.
"use strict";

const CATEGORIES = {
  "hate": "Ujaran kebencian — UU ITE Pasal 28 ayat (2)",
  "threat": "Ancaman kekerasan — UU ITE Pasal 29",
  "extortion": "Pemerasan / pengancaman — UU ITE Pasal 27B",
  "personal-data": "Data pribadi — UU PDP Pasal 65 ayat (2)",
  "sexual": "Kesusilaan — UU ITE Pasal 27 ayat (1)",
  "gambling": "Perjudian — UU ITE Pasal 27 ayat (2)",
  "defamation": "Pencemaran nama baik — UU ITE Pasal 27A",
  "scam": "Penipuan — UU ITE Pasal 28 ayat (1)",
  "false-news": "Berita bohong — UU ITE Pasal 28 ayat (3)",
  "profanity": "Kata kasar",
  "insult": "Penghinaan",
  "spam": "Spam",
};
const STATUS = { flagged: "Ditandai mesin", reported: "Dilaporkan pembaca", takedown: "Perintah takedown" };
const EVENTS = { received: "diterima", flagged: "ditandai mesin", reported: "dilaporkan", takedown: "perintah takedown", opened: "dibuka", decided: "diputuskan" };
const SOURCES = { model: "model", rule: "aturan", velocity: "kecepatan", campaign: "kampanye" };
const OUTCOMES = { approved: "disetujui", rejected: "ditolak", flagged: "ditandai" };
const ACTIONS = { "signed-in": "masuk", "signed-out": "keluar", opened: "membuka", decided: "memutuskan", takedown: "perintah takedown" };
const HOLD_RENEW_MS = 45000;
const POLL_MS = 20000;

// The queue's filters as they appear in the page's address (/review/?status=reported&item=c-123), with the input that holds each.
const FILTERS = { status: "filter-status", category: "filter-category", article: "filter-article", section: "filter-section", q: "filter-search" };

// openId is the comment shown on the right; index is its row in the queue, or -1 when it was opened by its address and
// is not in the queue (decided already, or outside the filters).
const state = { csrf: "", me: null, rows: [], index: -1, openId: null, view: null, held: false, renewTimer: 0, pollTimer: 0 };
const $ = (id) => document.getElementById(id);

// The API speaks in wire values (hate, rejected, decided); the moderator reads their Indonesian names.
const categoryName = (key) => (CATEGORIES[key] || key).split(" — ")[0];
const outcomeName = (key) => OUTCOMES[key] || key;

/** A timeline entry's detail in words: the categories a comment was flagged for, or a decision's outcome and category
 * (written by the service as "rejected (hate)"); any other detail (a report's reason, an order's reference) as written. */
function eventDetail(entry) {
  if (!entry.detail) return "";
  if (entry.event === "flagged") return entry.detail.split(", ").map(categoryName).join(", ");
  const decided = entry.event === "decided" ? /^([a-z-]+)(?: \(([a-z-]+)\))?$/.exec(entry.detail) : null;
  if (decided) return outcomeName(decided[1]) + (decided[2] ? ` (${categoryName(decided[2])})` : "");
  return entry.detail;
}

/** Replaces the node's children, skipping the absent ones (null, undefined, false). */
function fill(node, ...children) {
  node.replaceChildren(...children.filter((c) => c !== null && c !== undefined && c !== false));
}

/** Creates an element; children that are strings become text nodes. */
function el(tag, props, ...children) {
  const node = document.createElement(tag);
  if (props) {
    for (const [key, value] of Object.entries(props)) {
      if (value === undefined || value === null || value === false) continue;
      if (key === "class") node.className = value;
      else if (key === "text") node.textContent = value;
      else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
      // Through the CSSOM: the Content-Security-Policy (no 'unsafe-inline') refuses style attributes, not CSSOM styles.
      else if (key === "style") node.style.cssText = String(value);
      else node.setAttribute(key, value === true ? "" : String(value));
    }
  }
  for (const child of children) {
    if (child !== null && child !== undefined && child !== false) node.append(child);
  }
  return node;
}

async function api(method, url, body) {
  const headers = { "Accept": "application/json" };
  if (method !== "GET") headers["X-CSRF-TOKEN"] = state.csrf;
  if (body !== undefined) headers["Content-Type"] = "application/json";
  const response = await fetch(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), credentials: "same-origin" });
  if (response.status === 401 && !url.endsWith("/session")) {
    showSignIn();
    throw new Error("Sesi berakhir, silakan masuk lagi.");
  }
  const data = response.status === 204 ? null : await response.json().catch(() => null);
  return { status: response.status, ok: response.ok, data };
}

async function loadSession() {
  const { data } = await api("GET", "/api/review/session");
  state.csrf = data.csrfToken;
  state.me = data.signedIn ? data : null;
  return state.me;
}

function say(message, ms = 4000) {
  $("status").textContent = message;
  clearTimeout(say.timer);
  say.timer = setTimeout(() => { $("status").textContent = ""; }, ms);
}

function showSignIn() {
  clearInterval(state.pollTimer);
  state.openId = null;
  $("app").hidden = true;
  $("signin").hidden = false;
  $("signin-id").focus();
}

async function showApp() {
  $("signin").hidden = true;
  $("app").hidden = false;
  document.activeElement?.blur();
  $("whoami").textContent = `${state.me.name} (${state.me.role})`;
  $("admin").hidden = state.me.role !== "admin";
  await loadQueue(false, readAddress().item);
  clearInterval(state.pollTimer);
  state.pollTimer = setInterval(() => loadQueue(true), POLL_MS);
}

function filters() {
  const params = new URLSearchParams();
  for (const [name, id] of Object.entries(FILTERS)) {
    const value = $(id).value.trim();
    if (value) params.set(name, value);
  }
  return params.toString();
}

/** The page's address for the current filters and the open comment. */
function address(commentId) {
  const params = new URLSearchParams(filters());
  if (commentId) params.set("item", commentId);
  const query = params.toString();
  return location.pathname + (query ? `?${query}` : "");
}

/** Puts the filters and the open comment in the address: a new history entry for what the moderator chose (so Back
 * returns to the comment before), the current entry replaced for what the page chose by itself. */
function remember(commentId, push) {
  const url = address(commentId);
  if (url === location.pathname + location.search) return;
  if (push) history.pushState(null, "", url);
  else history.replaceState(null, "", url);
}

/** Sets the filters from the address; returns whether they changed and the comment the address names. */
function readAddress() {
  const params = new URLSearchParams(location.search);
  let changed = false;
  for (const [name, id] of Object.entries(FILTERS)) {
    const value = params.get(name) || "";
    if ($(id).value !== value) {
      $(id).value = value;
      changed = true;
    }
  }
  return { changed, item: params.get("item") };
}

/** Reloads the queue. keepSelection: a refresh that leaves the open comment open; wanted: the comment to open. */
async function loadQueue(keepSelection, wanted) {
  const selected = state.openId;
  const { data } = await api("GET", `/api/review/queue?${filters()}`);
  state.rows = data || [];
  const overdue = state.rows.filter((r) => r.overdue).length;
  $("queue-summary").textContent = `${state.rows.length} komentar menunggu` + (overdue ? ` · ${overdue} lewat tenggat` : "");
  renderQueue();
  if (wanted) return openComment(wanted, state.rows.findIndex((r) => r.item.commentId === wanted), false);
  const again = keepSelection && selected ? state.rows.findIndex((r) => r.item.commentId === selected) : -1;
  if (again >= 0) { state.index = again; markSelected(); }
  else if (keepSelection && selected && state.index === -1) markSelected();
  else if (state.rows.length) await select(0);
  else showEmpty();
}

function showEmpty() {
  state.index = -1;
  state.openId = null;
  remember(null, false);
  $("detail").replaceChildren(el("p", { class: "muted", text: "Antrean kosong." }));
}

function dueText(row) {
  const due = new Date(row.item.dueAt);
  const minutes = Math.round((due - Date.now()) / 60000);
  if (row.overdue) return `lewat tenggat ${formatSpan(-minutes)}`;
  return `tenggat ${formatSpan(minutes)} lagi`;
}

function formatSpan(minutes) {
  if (minutes < 60) return `${Math.max(minutes, 0)} mnt`;
  if (minutes < 48 * 60) return `${Math.round(minutes / 60)} jam`;
  return `${Math.round(minutes / 1440)} hari`;
}

function renderQueue() {
  const fragment = document.createDocumentFragment();
  state.rows.forEach((row, i) => {
    const item = row.item;
    const categories = [...new Set(item.reasons.map((r) => categoryName(r.category)))].join(", ");
    fragment.append(el("li", { "data-index": i, "data-comment-id": item.commentId, class: row.overdue ? "overdue" : "", onclick: () => select(i, true) },
      el("div", { class: "row-top" },
        el("span", { class: item.priority >= 80 ? "prio high" : "prio", title: "prioritas", text: String(item.priority) }),
        el("span", { class: `badge ${item.status}`, text: STATUS[item.status] || item.status }),
        el("span", { text: categories }),
        el("span", { class: "due", text: dueText(row) })),
      el("div", { class: "excerpt", dir: "auto" }, ...visible(item.text ?? "(teks tidak tersedia)")),
      el("div", { class: "muted" }, userText(item.authorName || item.authorId || "?"), " · ", userText(item.articleTitle || item.articleId || ""))));
  });
  $("queue").replaceChildren(fragment);
  markSelected();
}

function markSelected() {
  for (const li of $("queue").children) li.classList.toggle("selected", Number(li.dataset.index) === state.index);
  $("queue").children[state.index]?.scrollIntoView({ block: "nearest" });
}

/** Opens the queue's row i; push: the moderator chose it, so it gets its own history entry. */
async function select(i, push = false) {
  if (i < 0 || i >= state.rows.length) return;
  await openComment(state.rows[i].item.commentId, i, push);
}

/** Opens a comment (row i of the queue, or -1 for one outside it): holds it, shows it and puts it in the address. */
async function openComment(next, i, push) {
  const previous = state.openId;
  if (previous && previous !== next && state.held) api("DELETE", `/api/review/items/${encodeURIComponent(previous)}/hold`);
  state.index = i;
  state.openId = next;
  state.held = false;
  markSelected();
  remember(next, push);
  clearInterval(state.renewTimer);
  const [hold, view] = await Promise.all([
    api("POST", `/api/review/items/${encodeURIComponent(next)}/hold`),
    api("GET", `/api/review/items/${encodeURIComponent(next)}`),
  ]);
  if (state.openId !== next) return;
  if (!view.ok) {
    if (hold.ok) api("DELETE", `/api/review/items/${encodeURIComponent(next)}/hold`);
    state.view = null;
    fill($("detail"), el("p", { class: "held", text: view.status === 404 ? `Komentar ${next} tidak ditemukan.` : `Gagal membuka ${next} (${view.status}).` }));
    return;
  }
  state.held = hold.ok;
  state.view = view.data;
  if (hold.ok) state.renewTimer = setInterval(() => api("POST", `/api/review/items/${encodeURIComponent(next)}/hold`), HOLD_RENEW_MS);
  renderDetail(view.data, hold.ok ? null : (hold.data?.detail || "Tidak dapat dibuka."));
}

/** The comment text with evidence spans as <mark> elements; offsets are UTF-16 indices, like JavaScript strings. */
// Bidirectional and invisible format characters in what readers and the CMS sent are shown as visible marks (an override
// cannot make "081234567890" read "098765432180"), and every such string is isolated (<bdi> or dir="auto") so it cannot
// reorder the text around it. The normaliser removes the same characters before scoring.
const CONTROLS = /[\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g;

/** The text as nodes: plain text, and a visible mark for each bidirectional or invisible control character. */
function visible(value) {
  const text = String(value ?? "");
  const nodes = [];
  let at = 0;
  for (const match of text.matchAll(CONTROLS)) {
    if (match.index > at) nodes.push(text.slice(at, match.index));
    const code = `U+${match[0].codePointAt(0).toString(16).toUpperCase().padStart(4, "0")}`;
    nodes.push(el("span", { class: "control", title: `karakter kontrol ${code}`, text: `⟨${code}⟩` }));
    at = match.index + match[0].length;
  }
  if (at < text.length) nodes.push(text.slice(at));
  return nodes;
}

/** A user-supplied string, isolated from its surroundings, its control characters visible. */
function userText(value, props) {
  return el("bdi", props, ...visible(value));
}

function highlighted(text, reasons) {
  const spans = reasons.flatMap((r) => (r.evidence || []).map((e) => ({ start: e.start, end: e.start + e.length, category: r.category })))
    .filter((s) => s.start >= 0 && s.end <= text.length && s.end > s.start)
    .sort((a, b) => a.start - b.start);
  const container = el("div", { id: "comment-text", "data-testid": "comment-text", dir: "auto" });
  let at = 0;
  for (const span of spans) {
    if (span.end <= at) continue;
    const start = Math.max(span.start, at);
    if (start > at) container.append(...visible(text.slice(at, start)));
    container.append(el("mark", { class: "evidence", title: CATEGORIES[span.category] || span.category }, ...visible(text.slice(start, span.end))));
    at = span.end;
  }
  if (at < text.length) container.append(...visible(text.slice(at)));
  return container;
}

function renderDetail(view, heldBy) {
  const item = view.item;
  const reasons = el("ul", { class: "reasons" }, ...item.reasons.map((r) => el("li", null,
    el("strong", { text: categoryName(r.category) }), " ",
    r.law ? el("span", { class: "law", text: r.law }) : el("span", { class: "muted", text: "etika situs" }),
    ` · ${SOURCES[r.source] || r.source} · skor ${Number(r.score).toFixed(2)}`,
    r.detail ? el("span", { class: "muted", text: ` · ${r.detail}` }) : null)));
  const scores = el("div", { class: "scores" }, ...Object.entries(item.scores).sort((a, b) => b[1] - a[1]).flatMap(([name, value]) => [
    el("span", { text: categoryName(name) }), scoreBar(value), el("span", { text: value.toFixed(2) })]));
  const author = view.author;
  const history = el("ul", { class: "timeline" }, ...author.recent.map((c) => el("li", { text: `${c.commentId}: ${outcomeName(c.outcome)}${c.by ? ` (${c.by})` : ""}` })));
  const timeline = el("ol", { class: "timeline" }, ...item.timeline.map((e) =>
    el("li", { text: `${new Date(e.at).toLocaleString("id-ID")} — ${EVENTS[e.event] || e.event}${e.by ? ` oleh ${e.by}` : ""}${e.detail ? ` (${eventDetail(e)})` : ""}` })));
  const select = el("select", { id: "decision-category", "aria-label": "Kategori penolakan" },
    ...Object.entries(CATEGORIES).map(([value, label]) => el("option", { value, text: label })));
  select.value = item.reasons[0]?.category in CATEGORIES ? item.reasons[0].category : "spam";
  const canDecide = view.queued && !heldBy;
  const campaign = item.campaignId ? el("p", null,
    `Kampanye ${item.campaignId}: ${view.campaignQueued} komentar dalam antrean `,
    el("button", { type: "button", onclick: () => decideCampaign(item.campaignId, "approved") , text: "Setujui semua" }), " ",
    el("button", { type: "button", onclick: () => decideCampaign(item.campaignId, "rejected"), text: "Tolak semua" })) : null;

  fill($("detail"),
    el("h2", null, item.articleUrl ? el("a", { href: safeUrl(item.articleUrl), target: "_blank", rel: "noopener" }, userText(item.articleTitle || item.articleId)) : userText(item.articleTitle || item.articleId || "")),
    el("p", { class: "muted" }, `${item.section || "-"} · ${STATUS[item.status] || item.status}`, item.takedownReference ? ` · ${item.takedownReference}` : "",
      ` · prioritas ${item.priority} · ${view.overdue ? "LEWAT TENGGAT" : "tenggat " + new Date(item.dueAt).toLocaleString("id-ID")}`),
    heldBy ? el("p", { class: "held", text: heldBy }) : null,
    view.queued ? null : el("p", { class: "held", text: "Sudah diputuskan." }),
    item.text === null || item.text === undefined ? el("p", { class: "muted", text: "(teks tidak tersedia di layanan; buka di CMS)" }) : highlighted(item.text, item.reasons),
    el("div", { class: "decide" },
      el("button", { id: "approve", type: "button", disabled: !canDecide, onclick: () => decide("approved"), text: "Setujui (f)" }),
      el("button", { id: "reject", type: "button", disabled: !canDecide, onclick: () => decide("rejected"), text: "Tolak (d)" }),
      select,
      el("textarea", { id: "decision-note", placeholder: "Catatan (opsional)", "aria-label": "Catatan" })),
    el("h3", { text: "Alasan" }), reasons,
    el("h3", { text: "Skor model" }), scores,
    el("h3", { text: "Penulis" }),
    el("p", { class: "author" }, userText(item.authorName || ""), " (", userText(item.authorId || "?"), `) · ${author.comments} komentar terbaru · ${author.rejections} ditolak`),
    history,
    campaign,
    el("h3", { text: "Linimasa" }), timeline);
}

/** A score as a bar; its width is set through the CSSOM, not an inline style attribute. */
function scoreBar(value) {
  const filled = el("span");
  filled.style.width = `${Math.round(value * 100)}%`;
  return el("div", { class: "bar" }, filled);
}

function safeUrl(url) {
  return /^https?:\/\//i.test(url) ? url : "#";
}

async function decide(outcome) {
  const id = state.openId;
  if (!id || !state.view?.queued) return;
  const category = outcome === "rejected" ? $("decision-category").value : null;
  const note = $("decision-note").value.trim() || null;
  const result = await api("POST", `/api/review/items/${encodeURIComponent(id)}/decision`, { outcome, category, note });
  if (!result.ok) {
    say(result.data?.detail || `Gagal (${result.status})`);
    if (result.status === 409) await loadQueue(true);
    return;
  }
  clearInterval(state.renewTimer);
  state.held = false;
  // 202: recorded and out of the queue, but the CMS gets it only once the broker is back (the service sends it by itself).
  if (result.status === 202) say(result.data?.detail || "Keputusan tersimpan; akan dikirim ke CMS.", 12000);
  else say(outcome === "approved" ? "Disetujui." : "Ditolak.");
  const at = state.rows.findIndex((r) => r.item.commentId === id);
  if (at >= 0) state.rows.splice(at, 1);
  renderQueue();
  $("queue-summary").textContent = `${state.rows.length} komentar menunggu`;
  if (state.rows.length) await select(Math.min(Math.max(at, 0), state.rows.length - 1));
  else showEmpty();
}

async function decideCampaign(campaignId, outcome) {
  const category = outcome === "rejected" ? $("decision-category").value : null;
  if (!confirm(`${outcome === "approved" ? "Setujui" : "Tolak"} semua komentar kampanye ${campaignId}?`)) return;
  const result = await api("POST", `/api/review/campaigns/${encodeURIComponent(campaignId)}/decision`, { outcome, category, note: null });
  if (result.ok) say(`${result.data.decided.length} diputuskan, ${result.data.conflicts.length} sedang dibuka moderator lain.`
    + (result.data.pending?.length ? ` ${result.data.pending.length} belum terkirim ke CMS (layanan pesan tidak tersedia) dan akan dikirim otomatis.` : ""),
    result.data.pending?.length ? 12000 : 4000);
  else say(result.data?.detail || `Gagal (${result.status})`);
  await loadQueue();
}

function typing(target) {
  return target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement;
}

document.addEventListener("keydown", (event) => {
  if (event.ctrlKey || event.metaKey || event.altKey || $("app").hidden) return;
  if (event.key === "Escape") {
    $("help").hidden = true;
    if (typing(event.target)) event.target.blur();
    return;
  }
  if (typing(event.target)) return;
  const actions = {
    j: () => select(state.index + 1, true),
    k: () => select(state.index - 1, true),
    f: () => decide("approved"),
    d: () => decide("rejected"),
    c: () => $("decision-category")?.focus(),
    n: () => $("decision-note")?.focus(),
    r: () => loadQueue(true),
    "/": () => $("filter-search").focus(),
    "?": () => { $("help").hidden = !$("help").hidden; },
  };
  const action = actions[event.key];
  if (action) {
    event.preventDefault();
    action();
  }
});

$("signin-form").addEventListener("submit", async (event) => {
  event.preventDefault();
  $("signin-error").textContent = "";
  const result = await api("POST", "/api/review/session", { moderatorId: $("signin-id").value.trim(), password: $("signin-password").value });
  if (!result.ok) {
    // 429: too many failed sign-ins; the server says when to try again.
    $("signin-error").textContent = result.status === 401 ? "ID atau kata sandi salah."
      : result.status === 429 ? `Terlalu banyak percobaan masuk. ${result.data?.detail || "Coba lagi nanti."}`
      : `Gagal masuk (${result.status}).`;
    await loadSession();
    return;
  }
  $("signin-password").value = "";
  await loadSession();
  await showApp();
});

$("signout").addEventListener("click", async () => {
  await api("DELETE", "/api/review/session");
  await loadSession();
  showSignIn();
});

/** Admins: register a takedown order and read the audit log. */
async function showAdmin() {
  const reference = el("input", { id: "takedown-reference", placeholder: "Nomor surat, mis. KOMDIGI/2026/0042", required: true });
  const ids = el("textarea", { id: "takedown-ids", placeholder: "ID komentar, satu per baris", required: true });
  const urgent = el("input", { id: "takedown-urgent", type: "checkbox" });
  const form = el("form", { class: "decide" },
    el("strong", { text: "Perintah takedown" }), reference, el("label", null, urgent, " mendesak (4 jam)"), ids,
    el("button", { type: "submit", text: "Daftarkan" }));
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const commentIds = ids.value.split(/[\s,]+/).filter(Boolean);
    const result = await api("POST", "/api/review/takedowns", { reference: reference.value.trim(), commentIds, urgent: urgent.checked });
    say(result.ok ? `${result.data.length} komentar masuk antrean.` : (result.data?.detail || `Gagal (${result.status})`));
    if (result.ok) await loadQueue(true);
  });
  const audit = await api("GET", "/api/review/audit?limit=50");
  const rows = (audit.data || []).map((e) => el("li", {
    text: `${new Date(e.at).toLocaleString("id-ID")} — ${e.moderatorId}: ${ACTIONS[e.action] || e.action}${e.commentId ? ` ${e.commentId}` : ""}` +
      `${e.outcome ? ` → ${outcomeName(e.outcome)}` : ""}${e.category ? ` (${categoryName(e.category)})` : ""}` +
      `${e.previousDecision ? `, sebelumnya ${outcomeName(e.previousDecision)}` : ""}` +
      `${e.note ? ` · ${e.note}` : ""}${e.detail ? ` · ${e.detail}` : ""}` }));
  fill($("detail"), el("h2", { text: "Admin" }), form, el("h3", { text: "Log audit (50 terakhir)" }), el("ol", { class: "timeline" }, ...rows));
}

$("admin").addEventListener("click", showAdmin);
$("help-button").addEventListener("click", () => { $("help").hidden = false; });

$("filters").addEventListener("submit", (event) => {
  event.preventDefault();
  document.activeElement.blur();
  remember(null, true);
  loadQueue();
});

// Back and Forward move between the comments and filters the moderator chose, inside the app.
window.addEventListener("popstate", () => {
  if ($("app").hidden) return;
  const { changed, item } = readAddress();
  if (changed || !item) loadQueue(false, item);
  else if (item !== state.openId) openComment(item, state.rows.findIndex((r) => r.item.commentId === item), false);
});

for (const [value, label] of Object.entries(CATEGORIES)) $("filter-category").append(el("option", { value, text: label }));

loadSession().then((me) => (me ? showApp() : showSignIn()));
