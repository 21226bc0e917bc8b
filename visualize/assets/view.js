/* policykg view: search, filters by kind and document, label language, side panel with evidence.
   Every string that comes from a document is inserted with textContent (never innerHTML), and
   vis-network tooltips get plain text. `network` (pyvis's global) stays reachable as window.network.
   One drawn edge per pair of nodes: its `parts` are the kinds of link between them, each with its count in
   all documents and per document (`dc`), so the document filter shows that document's counts. Edge labels
   appear on hover, or for every edge once zoomed in; actors left without a visible link are hidden unless
   asked for; every filter re-fits the view. A large view keeps its duties and quotes in script files beside the
   page (data.details: a folder; node.dk / edge.dk: the file), each a call policykgDetails(n, {...}) loaded by a
   <script src> the first time one of its nodes or edges is shown (file:// allows that, not fetch). */
"use strict";
var POLICYKG = JSON.parse(document.getElementById("policykg-data").textContent);

var policykg = (function () {
  var data = POLICYKG, el = policykgDom.el, clear = policykgDom.clear, fold = policykgDom.fold;
  var state = { lang: data.lang === "en" ? "en" : "vi", kinds: {}, doc: -1, net: null, pinned: null, settled: false,
                isolated: false, zoomLabels: false };
  var SHAPES = policykgDom.SHAPES, ZOOM_LABELS = 1.4;
  var UI = {
    vi: { all: "Tất cả văn bản", kind: "Loại", labelVi: "Nhãn tiếng Việt", labelEn: "Nhãn tiếng Anh", iri: "IRI",
          documents: "Văn bản", count: "Số lần nêu", quotes: "Trích dẫn", noQuotes: "Không có trích dẫn.",
          text: "Nội dung", from: "Từ", to: "Đến", nodes: "nút", edges: "cạnh", settling: "đang sắp xếp…",
          settled: "đã ổn định", noMatch: "Không tìm thấy.", hint: "Bấm vào một nút hoặc cạnh để xem bằng chứng.",
          source: "nguồn", centrality: "Vai trò cầu nối",
          centralityText: "% so với chủ thể nối nhiều nhất (nối những bên không liên hệ trực tiếp với nhau)",
          duties: "Nhiệm vụ nêu tên chủ thể này", noDuties: "Không có nhiệm vụ nào nêu tên chủ thể này.",
          isolated: "Hiện chủ thể không có liên kết", links: "Các liên kết", loading: "Đang tải chi tiết…",
          noDetails: "Không đọc được tệp chi tiết",
          roles: { lead: "chủ trì", cooperating: "phối hợp", responsible: "chịu trách nhiệm", assigned: "được giao",
                   coordination: "nhiệm vụ phối hợp" } },
    en: { all: "All documents", kind: "Kind", labelVi: "Vietnamese label", labelEn: "English label", iri: "IRI",
          documents: "Documents", count: "Times stated", quotes: "Evidence", noQuotes: "No quotes.",
          text: "Text", from: "From", to: "To", nodes: "nodes", edges: "edges", settling: "settling…",
          settled: "settled", noMatch: "No match.", hint: "Click a node or an edge to see its evidence.",
          source: "source", centrality: "How central",
          centralityText: "% of the most central actor (links others who are not linked directly)",
          duties: "Duties that name this actor", noDuties: "No duty names this actor.",
          isolated: "Show actors without links", links: "Links", loading: "Loading the details…",
          noDetails: "The details file could not be read",
          roles: { lead: "leads", cooperating: "cooperates", responsible: "responsible", assigned: "assigned",
                   coordination: "coordination duty" } }
  };
  var nodeById = {}, edgeById = {}, kindStyle = {}, edgeStyle = {};
  var hiddenNodes = {}, hiddenEdges = {}, maxCentrality = 0, details = {};   // details: file -> loaded | waiting
  data.nodes.forEach(function (n) { nodeById[n.id] = n; maxCentrality = Math.max(maxCentrality, n.c || 0); });
  data.edges.forEach(function (e) { edgeById[e.id] = e; });
  data.kinds.forEach(function (k) { kindStyle[k.kind] = k; state.kinds[k.kind] = true; });
  data.edgeKinds.forEach(function (k) { edgeStyle[k.kind] = k; });

  function t(key) { return UI[state.lang][key]; }
  function kindLabel(kind) {
    var k = kindStyle[kind] || edgeStyle[kind];
    return k ? (state.lang === "en" ? k.le : k.lv) : kind;
  }
  function nodeLabel(n) { return state.lang === "en" && n.le ? n.le : n.lv; }
  function docLabel(i) { return i >= 0 && data.documents[i] ? data.documents[i].label : "?"; }
  function partCount(p) { return state.doc >= 0 ? (p.dc[String(state.doc)] || 0) : p.count; }
  function shownParts(e) { return e.parts.filter(function (p) { return partCount(p) > 0; }); }
  function edgeName(e) {
    return shownParts(e).map(function (p) { var c = partCount(p);
      return kindLabel(p.kind) + (c > 1 ? " \u00d7" + c : ""); }).join(" \u00b7 ");
  }
  function tooltip(text) { var d = document.createElement("div"); d.textContent = text; return d; }
  function nodeTitle(n) {
    var other = nodeLabel(n) === n.lv ? n.le : n.lv;
    var lines = [kindLabel(n.kind) + " \u00b7 " + nodeLabel(n)];
    if (other) { lines.push(other); }
    var duties = needsDetails(n) ? (n.nd || 0) : nodeDuties(n).length;
    if (duties) { lines.push(duties + " \u00b7 " + t("duties").toLowerCase()); }
    return lines.join("\n");
  }
  function edgeTitle(e) {
    var a = nodeById[e.from], b = nodeById[e.to];
    return (a ? nodeLabel(a) : e.from) + (e.arrow ? " \u2192 " : " \u2014 ") + (b ? nodeLabel(b) : e.to) + "\n" + edgeName(e);
  }
  function nodeDuties(n) {
    return (n.du || []).filter(function (d) { return state.doc < 0 || d.d === state.doc; });
  }
  function dominant(e) {
    var parts = shownParts(e).length ? shownParts(e) : e.parts;
    return parts.reduce(function (a, b) { return partCount(b) > partCount(a) ? b : a; });
  }
  function edgeLook(e) {   // colour, dashes, width and label of a drawn edge under the current filter
    var s = edgeStyle[dominant(e).kind], total = 0;
    shownParts(e).forEach(function (p) { total += partCount(p); });
    return { id: e.id, color: { color: s ? s.colour : "#9e9e9e", inherit: false }, dashes: !!(s && s.dashes),
             width: total > 1 ? Math.min(1 + 1.5 * Math.log2(total), 9) : 1,
             label: state.zoomLabels ? edgeName(e) : undefined };
  }
  // Complete the lean payload into vis items before pyvis's script builds the DataSets.
  data.nodes.forEach(function (n) {
    n.group = n.kind; n.le = n.le || ""; n.text = n.text || ""; n.ev = n.ev || []; n.c = n.c || 0; n.du = n.du || [];
    n.label = nodeLabel(n);
    if (!data.large) { n.title = tooltip(nodeTitle(n)); }
  });
  data.edges.forEach(function (e) {
    var look = edgeLook(e);
    e.color = look.color; e.dashes = look.dashes; e.width = look.width;
    e.arrows = e.arrow ? { to: { enabled: true, scaleFactor: 0.55 } } : { to: { enabled: false } };
    if (!data.large) { e.title = tooltip(edgeTitle(e)); }
  });

  function addField(dl, term, value) {
    if (value === undefined || value === null || value === "") { return; }
    dl.appendChild(el("dt", term));
    dl.appendChild(el("dd", value));
  }
  function addQuotes(panel, ev) {
    ev.filter(function (item) { return state.doc < 0 || item.d === state.doc; }).forEach(function (item) {
      var quote = el("blockquote", item.q, "pkg-quote");
      var where = docLabel(item.d);
      if (item.s && item.s !== where) { where += " \u2014 " + t("source") + ": " + item.s; }
      if (item.o >= 0) { where += " @" + item.o; }
      quote.appendChild(el("cite", where));
      panel.appendChild(quote);
    });
  }
  function addEvidence(panel, ev) {
    var shown = ev.filter(function (item) { return state.doc < 0 || item.d === state.doc; });
    panel.appendChild(el("h3", t("quotes") + " (" + shown.length + ")"));
    if (!shown.length) { panel.appendChild(el("p", t("noQuotes"))); return; }
    addQuotes(panel, shown);
  }
  function addDuties(panel, n) {   // grouped by the words that state them: each quote once, its duties above it
    var duties = nodeDuties(n), groups = [], byQuote = {};
    panel.appendChild(el("h3", t("duties") + " (" + duties.length + ")"));
    if (!duties.length) { panel.appendChild(el("p", t("noDuties"))); return; }
    duties.forEach(function (d) {
      var key = d.ev.length ? d.ev.map(function (q) { return q.d + "\u0000" + q.q; }).join("\u0001") : "\u0002" + d.r + d.t;
      if (!byQuote[key]) { byQuote[key] = { ev: d.ev, items: [] }; groups.push(byQuote[key]); }
      byQuote[key].items.push(d);
    });
    groups.forEach(function (g) {
      var box = el("div", null, "pkg-duty");
      g.items.forEach(function (d) {
        var line = el("div");
        line.appendChild(el("span", t("roles")[d.r] || d.r, "pkg-role"));
        if (d.t) { line.appendChild(el("span", d.t)); }
        box.appendChild(line);
      });
      box.appendChild(el("div", docLabel(g.items[0].d), "pkg-kindline"));
      addQuotes(box, g.ev);
      panel.appendChild(box);
    });
  }
  function needsDetails(item) { return !!data.details && item.dk !== undefined && details[item.dk] !== true; }
  function withDetails(item, shown, show) {   // false (and show() later) while the item's details file loads
    if (!needsDetails(item)) { return true; }
    var panel = document.getElementById("pkg-details"), file = item.dk;
    clear(panel);
    panel.dataset.item = "loading";
    panel.dataset.shown = shown;
    panel.appendChild(el("p", details[file] === false ? t("noDetails") + " (" + detailsName(file) + ")" : t("loading")));
    if (details[file] === false) { return false; }
    var again = function () { if (panel.dataset.shown === shown) { show(); } };
    if (details[file]) { details[file].push(again); return false; }
    details[file] = [again];
    var script = document.createElement("script");
    script.src = detailsName(file);
    script.onload = function () { var waiting = details[file]; details[file] = true; waiting.forEach(function (f) { f(); }); };
    script.onerror = function () { var waiting = details[file]; details[file] = false; waiting.forEach(function (f) { f(); }); };
    document.head.appendChild(script);
    return false;
  }
  function detailsName(file) { return data.details + ("00" + file).slice(-3) + ".js"; }
  function received(found) {   // what a details file holds, put where the panel reads it
    Object.keys(found.n).forEach(function (id) {
      var n = nodeById[id];
      if (n) { n.du = found.n[id].du || []; n.ev = found.n[id].ev || []; }
    });
    Object.keys(found.e).forEach(function (id) {
      var e = edgeById[id];
      if (e) { Object.keys(found.e[id]).forEach(function (i) { if (e.parts[+i]) { e.parts[+i].ev = found.e[id][i]; } }); }
    });
  }
  function showNode(id) {
    var n = nodeById[id];
    if (!n) { return false; }
    if (!withDetails(n, "n" + id, function () { showNode(id); })) { return true; }
    var panel = document.getElementById("pkg-details");
    clear(panel);
    panel.dataset.item = "node";
    panel.dataset.shown = "n" + id;
    panel.appendChild(el("h2", nodeLabel(n)));
    panel.appendChild(el("p", kindLabel(n.kind), "pkg-kindline"));
    var dl = el("dl");
    addField(dl, t("labelVi"), n.lv);
    addField(dl, t("labelEn"), n.le);
    addField(dl, t("text"), n.text);
    addField(dl, t("documents"), n.docs.map(docLabel).join(", "));
    if (n.c && maxCentrality) { addField(dl, t("centrality"), Math.round(100 * n.c / maxCentrality) + t("centralityText")); }
    addField(dl, t("iri"), n.id);
    panel.appendChild(dl);
    if (kindStyle[n.kind] && n.du.length) { addDuties(panel, n); }
    if (n.ev.length || !n.du.length) { addEvidence(panel, n.ev); }
    return true;
  }
  function showEdge(id) {
    var e = edgeById[id];
    if (!e) { return false; }
    if (!withDetails(e, "e" + id, function () { showEdge(id); })) { return true; }
    var panel = document.getElementById("pkg-details");
    clear(panel);
    panel.dataset.item = "edge";
    panel.dataset.shown = "e" + id;
    var a = nodeById[e.from], b = nodeById[e.to];
    panel.appendChild(el("h2", (a ? nodeLabel(a) : e.from) + (e.arrow ? " \u2192 " : " \u2014 ") + (b ? nodeLabel(b) : e.to)));
    panel.appendChild(el("p", edgeName(e), "pkg-kindline"));
    shownParts(e).forEach(function (p) {
      panel.appendChild(el("h3", kindLabel(p.kind)));
      var dl = el("dl");
      addField(dl, t("from"), nodeById[p.from] ? nodeLabel(nodeById[p.from]) : p.from);
      addField(dl, t("to"), nodeById[p.to] ? nodeLabel(nodeById[p.to]) : p.to);
      addField(dl, t("count"), String(partCount(p)));
      addField(dl, t("documents"), Object.keys(p.dc).map(Number).filter(function (i) {
        return state.doc < 0 || i === state.doc; }).map(docLabel).join(", "));
      panel.appendChild(dl);
      addEvidence(panel, p.ev || []);
    });
    return true;
  }
  function showHint() {
    var panel = document.getElementById("pkg-details");
    clear(panel);
    panel.dataset.item = "";
    panel.dataset.shown = "";
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
    if (hiddenNodes[id]) { state.isolated = true; document.getElementById("pkg-isolated").checked = true; applyFilters(); }
    net.selectNodes([id]);
    net.focus(id, { scale: Math.max(net.getScale(), 1.2), animation: false });
    state.pinned = { node: id };
    showNode(id);
    return true;
  }

  function edgeVisible(e) {
    return !hiddenNodes[e.from] && !hiddenNodes[e.to] && shownParts(e).length > 0;
  }
  function applyFilters() {
    var doc = state.doc, nodeUpdates = [], edgeUpdates = [], linked = {};
    var wanted = {};
    data.nodes.forEach(function (n) { wanted[n.id] = state.kinds[n.kind] && (doc < 0 || n.docs.indexOf(doc) >= 0); });
    data.edges.forEach(function (e) {
      if (wanted[e.from] && wanted[e.to] && shownParts(e).length) { linked[e.from] = true; linked[e.to] = true; }
    });
    data.nodes.forEach(function (n) {
      var hide = !wanted[n.id] || (!state.isolated && !linked[n.id] && !!kindStyle[n.kind] && isActor(n));
      if (hide !== !!hiddenNodes[n.id]) { hiddenNodes[n.id] = hide; nodeUpdates.push({ id: n.id, hidden: hide }); }
    });
    data.edges.forEach(function (e) {
      var hide = !edgeVisible(e), look = edgeLook(e);
      hiddenEdges[e.id] = hide;
      look.hidden = hide;
      if (!data.large) { look.title = tooltip(edgeTitle(e)); }
      edgeUpdates.push(look);
    });
    if (nodeUpdates.length) { state.net.body.data.nodes.update(nodeUpdates); }
    state.net.body.data.edges.update(edgeUpdates);
    if (state.settled) { state.net.fit({ animation: false }); }
    updateStatus();
  }
  function isActor(n) { return ACTOR_KINDS[n.kind] === true; }
  var ACTOR_KINDS = {};
  data.kinds.forEach(function (k) { if (k.group === "actor") { ACTOR_KINDS[k.kind] = true; } });
  function isolatedCount() {
    var n = 0, k;
    for (k in nodeById) { if (hiddenNodes[k] && state.kinds[nodeById[k].kind] && isActor(nodeById[k]) &&
        (state.doc < 0 || nodeById[k].docs.indexOf(state.doc) >= 0)) { n++; } }
    return n;
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
    var label = document.getElementById("pkg-isolated-label");
    label.textContent = t("isolated") + (state.isolated ? "" : " (" + isolatedCount() + ")");
  }
  function setZoomLabels(on) {
    if (on === state.zoomLabels || data.large) { return; }
    state.zoomLabels = on;
    state.net.body.data.edges.update(data.edges.map(function (e) { return { id: e.id, label: on ? edgeName(e) : undefined }; }));
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
      swatch.style.color = k.colour;
      if (k.shape === "box") { swatch.style.textShadow = "0 0 1px #37474f"; }
      label.appendChild(box); label.appendChild(swatch); label.appendChild(el("span", kindLabel(k.kind)));
      kinds.appendChild(label);
    });
    var edgeKinds = document.getElementById("pkg-edge-kinds");
    Array.prototype.slice.call(edgeKinds.querySelectorAll(".pkg-kind")).forEach(function (x) { edgeKinds.removeChild(x); });
    data.edgeKinds.forEach(function (k) {
      var row = el("div", null, "pkg-kind"), line = el("span", null, "pkg-line");
      line.style.borderTopColor = k.colour;
      if (k.dashes) { line.style.borderTopStyle = "dashed"; }
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
        return data.large ? { id: n.id, label: nodeLabel(n) } : { id: n.id, label: nodeLabel(n), title: tooltip(nodeTitle(n)) };
      }));
      net.body.data.edges.update(data.edges.map(function (e) {
        var item = { id: e.id, label: state.zoomLabels ? edgeName(e) : undefined };
        if (!data.large) { item.title = tooltip(edgeTitle(e)); }
        return item;
      }));
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
    state.net.fit({ animation: false });
    window.policykgSettledAt = performance.now();
    document.body.dataset.settled = "true";
    updateStatus();
  }
  function repin() {
    if (state.pinned && state.pinned.node) { showNode(state.pinned.node); }
    else if (state.pinned && state.pinned.edge) { showEdge(state.pinned.edge); }
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
    net.on("hoverEdge", function (params) {
      if (!state.pinned) { showEdge(params.edge); }
      if (!state.zoomLabels && !data.large) { net.body.data.edges.update({ id: params.edge, label: edgeName(edgeById[params.edge]) }); }
    });
    net.on("blurEdge", function (params) {
      if (!state.zoomLabels && !data.large) { net.body.data.edges.update({ id: params.edge, label: undefined }); }
    });
    net.on("zoom", function () { setZoomLabels(net.getScale() >= ZOOM_LABELS); });
    net.once("stabilizationIterationsDone", settle);
    if (!data.nodes.length) { setTimeout(settle, 0); }
    var input = document.getElementById("pkg-search");
    input.addEventListener("input", renderResults);
    input.addEventListener("keydown", function (ev) {
      if (ev.key === "Enter") { var hits = search(input.value); if (hits.length) { focusNode(hits[0].id); } ev.preventDefault(); }
    });
    document.getElementById("pkg-lang").addEventListener("change", function (ev) { setLang(ev.target.value); });
    document.getElementById("pkg-document").addEventListener("change", function (ev) {
      state.doc = parseInt(ev.target.value, 10); applyFilters(); repin();
    });
    document.getElementById("pkg-isolated").addEventListener("change", function (ev) {
      state.isolated = ev.target.checked; applyFilters();
    });
    document.getElementById("pkg-lang").value = state.lang;
    document.documentElement.lang = state.lang;
    buildControls();
    showHint();
    applyFilters();
  }
  return { attach: attach, received: received, focusNode: focusNode, showNode: showNode, showEdge: showEdge, setLang: setLang,
           applyFilters: applyFilters, search: search, state: state };
})();

function policykgAttach(net) { policykg.attach(net); }
function policykgDetails(file, found) { policykg.received(found); }
window.policykg = policykg;
