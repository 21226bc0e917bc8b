/* policykg view: search, filters by kind and document, label language, side panel with evidence.
   Every string that comes from a document is inserted with textContent (never innerHTML), and
   vis-network tooltips get plain text. `network` (pyvis's global) stays reachable as window.network. */
"use strict";
var POLICYKG = JSON.parse(document.getElementById("policykg-data").textContent);

var policykg = (function () {
  var data = POLICYKG;
  var state = { lang: data.lang === "en" ? "en" : "vi", kinds: {}, doc: -1, net: null, pinned: null, settled: false };
  var SHAPES = { dot: "\u25cf", diamond: "\u25c6", star: "\u2605", triangle: "\u25b2", triangleDown: "\u25bc",
                 square: "\u25a0", hexagon: "\u2b22", box: "\u25ad", ellipse: "\u2b2e" };
  var UI = {
    vi: { all: "Tất cả văn bản", kind: "Loại", labelVi: "Nhãn tiếng Việt", labelEn: "Nhãn tiếng Anh", iri: "IRI",
          documents: "Văn bản", count: "Số lần nêu", quotes: "Trích dẫn", noQuotes: "Không có trích dẫn.",
          text: "Nội dung", from: "Từ", to: "Đến", nodes: "nút", edges: "cạnh", settling: "đang sắp xếp…",
          settled: "đã ổn định", noMatch: "Không tìm thấy.", hint: "Bấm vào một nút hoặc cạnh để xem bằng chứng.",
          source: "nguồn", centrality: "Độ trung gian (betweenness)" },
    en: { all: "All documents", kind: "Kind", labelVi: "Vietnamese label", labelEn: "English label", iri: "IRI",
          documents: "Documents", count: "Times stated", quotes: "Evidence", noQuotes: "No quotes.",
          text: "Text", from: "From", to: "To", nodes: "nodes", edges: "edges", settling: "settling…",
          settled: "settled", noMatch: "No match.", hint: "Click a node or an edge to see its evidence.",
          source: "source", centrality: "Betweenness centrality" }
  };
  var nodeById = {}, edgeById = {}, kindStyle = {}, edgeStyle = {};
  var hiddenNodes = {}, hiddenEdges = {};
  data.nodes.forEach(function (n) { nodeById[n.id] = n; });
  data.edges.forEach(function (e) { edgeById[e.id] = e; });
  data.kinds.forEach(function (k) { kindStyle[k.kind] = k; state.kinds[k.kind] = true; });
  data.edgeKinds.forEach(function (k) { edgeStyle[k.kind] = k; });

  function t(key) { return UI[state.lang][key]; }
  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    if (cls) { e.className = cls; }
    return e;
  }
  function clear(node) { while (node.firstChild) { node.removeChild(node.firstChild); } }
  function fold(s) {
    return String(s || "").normalize("NFD").replace(/[\u0300-\u036f]/g, "")
      .replace(/\u0111/g, "d").replace(/\u0110/g, "D").toLowerCase();
  }
  function kindLabel(kind) {
    var k = kindStyle[kind] || edgeStyle[kind];
    return k ? (state.lang === "en" ? k.le : k.lv) : kind;
  }
  function nodeLabel(n) { return state.lang === "en" && n.le ? n.le : n.lv; }
  function edgeLabel(e) { return state.lang === "en" ? e.le : e.lv; }
  function docLabel(i) { return i >= 0 && data.documents[i] ? data.documents[i].label : "?"; }
  function nodeTitle(n) {
    var other = nodeLabel(n) === n.lv ? n.le : n.lv;
    var lines = [kindLabel(n.kind) + " \u00b7 " + nodeLabel(n)];
    if (other) { lines.push(other); }
    if (n.ev.length) { lines.push(n.ev.length + " " + t("quotes").toLowerCase()); }
    return lines.join("\n");
  }
  function edgeTitle(e) {
    var a = nodeById[e.from], b = nodeById[e.to];
    return (a ? nodeLabel(a) : e.from) + " \u2192 " + edgeLabel(e) + " \u2192 " + (b ? nodeLabel(b) : e.to);
  }

  function edgeText(e, lang) {
    var s = edgeStyle[e.kind], name = s ? (lang === "en" ? s.le : s.lv) : e.kind;
    return e.count > 1 ? name + " \u00d7" + e.count : name;
  }
  // Complete the lean payload into vis items before pyvis's script builds the DataSets.
  data.nodes.forEach(function (n) {
    n.group = n.kind; n.le = n.le || ""; n.text = n.text || ""; n.ev = n.ev || []; n.c = n.c || 0;
    n.label = nodeLabel(n);
    if (!data.large) { n.title = nodeTitle(n); }
  });
  data.edges.forEach(function (e) {
    var s = edgeStyle[e.kind];
    e.ev = e.ev || []; e.lv = edgeText(e, "vi"); e.le = edgeText(e, "en");
    e.color = s ? s.colour : "#9e9e9e"; e.dashes = !!(s && s.dashes);
    e.width = e.count > 1 ? 1 + 1.5 * Math.log2(e.count) : 1;
    if (data.edgeLabels) { e.label = edgeLabel(e); }
    if (!data.large) { e.title = edgeTitle(e); }
  });

  function addField(dl, term, value) {
    if (value === undefined || value === null || value === "") { return; }
    dl.appendChild(el("dt", term));
    dl.appendChild(el("dd", value));
  }
  function addEvidence(panel, ev) {
    panel.appendChild(el("h3", t("quotes") + " (" + ev.length + ")"));
    if (!ev.length) { panel.appendChild(el("p", t("noQuotes"))); return; }
    ev.forEach(function (item) {
      var quote = el("blockquote", item.q, "pkg-quote");
      var where = docLabel(item.d);
      if (item.s && item.s !== where) { where += " \u2014 " + t("source") + ": " + item.s; }
      if (item.o >= 0) { where += " @" + item.o; }
      quote.appendChild(el("cite", where));
      panel.appendChild(quote);
    });
  }
  function showNode(id) {
    var n = nodeById[id];
    if (!n) { return false; }
    var panel = document.getElementById("pkg-details");
    clear(panel);
    panel.dataset.item = "node";
    panel.appendChild(el("h2", nodeLabel(n)));
    panel.appendChild(el("p", kindLabel(n.kind), "pkg-kindline"));
    var dl = el("dl");
    addField(dl, t("labelVi"), n.lv);
    addField(dl, t("labelEn"), n.le);
    addField(dl, t("text"), n.text);
    addField(dl, t("documents"), n.docs.map(docLabel).join(", "));
    if (n.c) { addField(dl, t("centrality"), n.c.toFixed(3)); }
    addField(dl, t("iri"), n.id);
    panel.appendChild(dl);
    addEvidence(panel, n.ev);
    return true;
  }
  function showEdge(id) {
    var e = edgeById[id];
    if (!e) { return false; }
    var panel = document.getElementById("pkg-details");
    clear(panel);
    panel.dataset.item = "edge";
    panel.appendChild(el("h2", edgeTitle(e)));
    panel.appendChild(el("p", kindLabel(e.kind), "pkg-kindline"));
    var dl = el("dl");
    addField(dl, t("from"), nodeById[e.from] ? nodeLabel(nodeById[e.from]) : e.from);
    addField(dl, t("to"), nodeById[e.to] ? nodeLabel(nodeById[e.to]) : e.to);
    addField(dl, t("count"), String(e.count));
    addField(dl, t("documents"), e.docs.map(docLabel).join(", "));
    panel.appendChild(dl);
    addEvidence(panel, e.ev);
    return true;
  }
  function showHint() {
    var panel = document.getElementById("pkg-details");
    clear(panel);
    panel.dataset.item = "";
    panel.appendChild(el("p", t("hint")));
  }

  function search(text) {
    var q = fold(text).trim();
    if (!q) { return []; }
    var hits = [];
    data.nodes.forEach(function (n) {
      var at = Math.min.apply(null, [fold(n.lv), fold(n.le), fold(n.id)].map(function (s) {
        var i = s.indexOf(q); return i < 0 ? Infinity : i; }));
      if (at !== Infinity) { hits.push({ n: n, at: at }); }
    });
    hits.sort(function (a, b) {
      return (a.at - b.at) || (nodeLabel(a.n).length - nodeLabel(b.n).length) || (a.n.id < b.n.id ? -1 : 1);
    });
    return hits.slice(0, 12).map(function (h) { return h.n; });
  }
  function renderResults() {
    var list = document.getElementById("pkg-results");
    clear(list);
    var value = document.getElementById("pkg-search").value;
    if (!value.trim()) { return; }
    var hits = search(value);
    if (!hits.length) { list.appendChild(el("li", t("noMatch"))); return; }
    hits.forEach(function (n) {
      var li = el("li"), button = el("button", nodeLabel(n) + " \u00b7 " + kindLabel(n.kind));
      button.type = "button";
      button.dataset.node = n.id;
      button.addEventListener("click", function () { focusNode(n.id); });
      li.appendChild(button);
      list.appendChild(li);
    });
  }
  function focusNode(id) {
    var net = state.net;
    if (!net || !nodeById[id]) { return false; }
    net.selectNodes([id]);
    net.focus(id, { scale: Math.max(net.getScale(), 1.2), animation: false });
    state.pinned = { node: id };
    showNode(id);
    return true;
  }

  function applyFilters() {
    var doc = state.doc, nodeUpdates = [], edgeUpdates = [];
    data.nodes.forEach(function (n) {
      var hide = !state.kinds[n.kind] || (doc >= 0 && n.docs.indexOf(doc) < 0);
      if (hide !== !!hiddenNodes[n.id]) { hiddenNodes[n.id] = hide; nodeUpdates.push({ id: n.id, hidden: hide }); }
    });
    data.edges.forEach(function (e) {
      var hide = !!(hiddenNodes[e.from] || hiddenNodes[e.to] || (doc >= 0 && e.docs.indexOf(doc) < 0));
      if (hide !== !!hiddenEdges[e.id]) { hiddenEdges[e.id] = hide; edgeUpdates.push({ id: e.id, hidden: hide }); }
    });
    if (nodeUpdates.length) { state.net.body.data.nodes.update(nodeUpdates); }
    if (edgeUpdates.length) { state.net.body.data.edges.update(edgeUpdates); }
    updateStatus();
  }
  function visibleCounts() {
    var n = 0, e = 0, k;
    for (k in nodeById) { if (!hiddenNodes[k]) { n++; } }
    for (k in edgeById) { if (!hiddenEdges[k]) { e++; } }
    return [n, e];
  }
  function updateStatus() {
    var c = visibleCounts();
    document.getElementById("pkg-status").textContent =
      c[0] + " " + t("nodes") + ", " + c[1] + " " + t("edges") + " \u00b7 " + (state.settled ? t("settled") : t("settling"));
  }

  function buildControls() {
    var docSelect = document.getElementById("pkg-document");
    clear(docSelect);
    var all = el("option", t("all")); all.value = "-1"; docSelect.appendChild(all);
    data.documents.forEach(function (d, i) { var o = el("option", d.label); o.value = String(i); docSelect.appendChild(o); });
    docSelect.value = String(state.doc);
    var kinds = document.getElementById("pkg-kinds");
    Array.prototype.slice.call(kinds.querySelectorAll(".pkg-kind")).forEach(function (x) { kinds.removeChild(x); });
    data.kinds.forEach(function (k) {
      var label = el("label", null, "pkg-kind"), box = el("input"), swatch = el("span", SHAPES[k.shape] || "\u25cf", "pkg-swatch");
      box.type = "checkbox"; box.checked = !!state.kinds[k.kind]; box.dataset.kind = k.kind;
      box.addEventListener("change", function () { state.kinds[k.kind] = box.checked; applyFilters(); });
      swatch.style.color = k.shape === "box" ? "#546e7a" : k.colour;
      label.appendChild(box); label.appendChild(swatch); label.appendChild(el("span", kindLabel(k.kind)));
      kinds.appendChild(label);
    });
    var edgeKinds = document.getElementById("pkg-edge-kinds");
    Array.prototype.slice.call(edgeKinds.querySelectorAll(".pkg-kind")).forEach(function (x) { edgeKinds.removeChild(x); });
    data.edgeKinds.forEach(function (k) {
      var row = el("div", null, "pkg-kind"), line = el("span", null, "pkg-line");
      line.style.borderTopColor = k.colour;
      row.appendChild(line); row.appendChild(el("span", state.lang === "en" ? k.le : k.lv));
      edgeKinds.appendChild(row);
    });
    Array.prototype.slice.call(document.querySelectorAll("#pkg-sidebar [data-vi]")).forEach(function (x) {
      x.textContent = x.dataset[state.lang];
    });
    document.getElementById("pkg-search").placeholder = state.lang === "en" ? "e.g. Public Security" : "vd. Công an";
    document.getElementById("pkg-heading").textContent = data.title || "policykg";
  }
  function setLang(lang) {
    state.lang = lang === "en" ? "en" : "vi";
    document.getElementById("pkg-lang").value = state.lang;
    document.documentElement.lang = state.lang;
    var net = state.net;
    if (net) {
      net.body.data.nodes.update(data.nodes.map(function (n) {
        return data.large ? { id: n.id, label: nodeLabel(n) } : { id: n.id, label: nodeLabel(n), title: nodeTitle(n) };
      }));
      if (!data.large) {
        net.body.data.edges.update(data.edges.map(function (e) {
          return data.edgeLabels ? { id: e.id, label: edgeLabel(e), title: edgeTitle(e) } : { id: e.id, title: edgeTitle(e) };
        }));
      }
    }
    buildControls();
    renderResults();
    if (state.pinned && state.pinned.node) { showNode(state.pinned.node); }
    else if (state.pinned && state.pinned.edge) { showEdge(state.pinned.edge); }
    else { showHint(); }
    updateStatus();
  }
  function settle() {
    if (state.settled) { return; }
    state.settled = true;
    state.net.setOptions({ physics: { enabled: false } });
    window.policykgSettledAt = performance.now();
    document.body.dataset.settled = "true";
    updateStatus();
  }

  function attach(net) {
    state.net = net;
    window.network = net;
    if (typeof data.selected === "number" && data.selected >= 0) { state.doc = data.selected; }
    net.on("click", function (params) {
      if (params.nodes.length) { state.pinned = { node: params.nodes[0] }; showNode(params.nodes[0]); }
      else if (params.edges.length) { state.pinned = { edge: params.edges[0] }; showEdge(params.edges[0]); }
      else { state.pinned = null; showHint(); }
    });
    net.on("hoverNode", function (params) { if (!state.pinned) { showNode(params.node); } });
    net.on("hoverEdge", function (params) { if (!state.pinned) { showEdge(params.edge); } });
    net.once("stabilizationIterationsDone", settle);
    if (!data.nodes.length) { setTimeout(settle, 0); }
    var input = document.getElementById("pkg-search");
    input.addEventListener("input", renderResults);
    input.addEventListener("keydown", function (ev) {
      if (ev.key === "Enter") { var hits = search(input.value); if (hits.length) { focusNode(hits[0].id); } ev.preventDefault(); }
    });
    document.getElementById("pkg-lang").addEventListener("change", function (ev) { setLang(ev.target.value); });
    document.getElementById("pkg-document").addEventListener("change", function (ev) {
      state.doc = parseInt(ev.target.value, 10); applyFilters();
    });
    document.getElementById("pkg-lang").value = state.lang;
    document.documentElement.lang = state.lang;
    buildControls();
    showHint();
    if (state.doc >= 0) { applyFilters(); } else { updateStatus(); }
  }
  return { attach: attach, focusNode: focusNode, showNode: showNode, showEdge: showEdge, setLang: setLang,
           applyFilters: applyFilters, search: search, state: state };
})();

function policykgAttach(net) { policykg.attach(net); }
window.policykg = policykg;
