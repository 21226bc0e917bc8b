/* policykg workbench: the catalogue (queries run by the server, parameters bound as RDF terms there), the
   documents with their report pages, and the explorer (vis-network, neighbourhoods fetched page by page).
   This script builds no SPARQL. Every string from the data is inserted with textContent, never as HTML;
   tooltips are DOM elements filled with textContent. Timings of the explorer's actions are kept in
   window.explorerTimings ({action, ms}) and document.body.dataset.explorer is "busy" or "idle". */
"use strict";
(function () {
  var DATA = JSON.parse(document.getElementById("policykg-data").textContent);
  var SHAPES = policykgDom.SHAPES, el = policykgDom.el, clear = policykgDom.clear, fold = policykgDom.fold;
  var ROLES = { lead: "chủ trì / lead", cooperating: "phối hợp / cooperating", responsible: "trách nhiệm / responsible",
                assigned: "được giao / assigned", task: "nhiệm vụ / task", objective: "mục tiêu / objective" };
  var kindStyle = {}, edgeStyle = {};
  DATA.kinds.forEach(function (k) { kindStyle[k.kind] = k; });
  DATA.edgeKinds.forEach(function (k) { edgeStyle[k.kind] = k; });
  window.explorerTimings = [];

  function $(id) { return document.getElementById(id); }
  function api(path, params) {
    var query = Object.keys(params || {}).map(function (k) {
      return encodeURIComponent(k) + "=" + encodeURIComponent(params[k]); }).join("&");
    return fetch("api/" + path + (query ? "?" + query : ""), { headers: { Accept: "application/json" } })
      .then(function (r) { return r.json().then(function (body) {
        if (!r.ok) { throw new Error(body.error || ("HTTP " + r.status)); } return body; }); });
  }
  function kindName(kind) { var k = kindStyle[kind]; return k ? k.lv + " / " + k.le : kind; }
  function edgeName(kind) { var k = edgeStyle[kind]; return k ? k.lv + " / " + k.le : kind; }

  // ---------------------------------------------------------------- catalogue
  var current = null;
  function showQuery(q, button) {
    current = q;
    Array.prototype.forEach.call(document.querySelectorAll("#wb-queries button"), function (b) {
      b.setAttribute("aria-current", b === button ? "true" : "false"); });
    $("wb-qname").textContent = q.name;
    $("wb-qanswers").textContent = q.answers;
    var form = $("wb-form");
    clear(form);
    q.params.forEach(function (p) {
      var row = el("div", null, "wb-field"), label = el("label", p.name + (p.optional ? "" : " *")), input = el("input");
      input.type = "text"; input.name = p.name; input.id = "wb-param-" + p.name; input.required = !p.optional;
      label.htmlFor = input.id;
      row.appendChild(label); row.appendChild(input);
      row.appendChild(el("span", "(" + p.kinds.join(" | ") + ") " + p.description, "wb-hint"));
      form.appendChild(row);
    });
    var run = el("button", "Chạy / Run"); run.type = "submit"; run.id = "wb-run";
    form.appendChild(run);
    $("wb-qstatus").textContent = ""; clear($("wb-results"));
  }
  function cell(term) {
    var td = el("td");
    if (!term) { return td; }
    if (term.type === "uri") {
      var a = el("a", term.short); a.href = "#explorer"; a.title = term.value; a.dataset.iri = term.value;
      a.addEventListener("click", function (ev) { ev.preventDefault(); explorer.start(term.value);
        $("explorer").scrollIntoView(); });
      td.appendChild(a);
    } else { td.textContent = term.value; }
    return td;
  }
  function showResult(body) {
    var table = $("wb-results");
    clear(table);
    if (body.boolean !== undefined) { $("wb-qstatus").textContent = "ASK: " + body.boolean; return; }
    if (body.turtle !== undefined) { var tr0 = el("tr"), td0 = el("td"); td0.appendChild(el("pre", body.turtle));
      tr0.appendChild(td0); table.appendChild(tr0); return; }
    var head = el("tr");
    body.vars.forEach(function (v) { head.appendChild(el("th", v)); });
    var thead = el("thead"); thead.appendChild(head); table.appendChild(thead);
    var tbody = el("tbody");
    body.rows.forEach(function (row) { var tr = el("tr"); row.forEach(function (t) { tr.appendChild(cell(t)); });
      tbody.appendChild(tr); });
    table.appendChild(tbody);
    $("wb-qstatus").textContent = body.rows.length + " dòng / rows";
  }
  function runQuery(ev) {
    ev.preventDefault();
    if (!current) { return; }
    var params = { name: current.name };
    current.params.forEach(function (p) { var v = $("wb-param-" + p.name).value; if (v.trim()) { params["p." + p.name] = v; } });
    var status = $("wb-qstatus");
    status.className = ""; status.textContent = "…"; clear($("wb-results"));
    api("query", params).then(showResult).catch(function (err) { status.className = "error"; status.textContent = err.message; });
  }
  function buildCatalogue() {
    var list = $("wb-queries");
    DATA.catalogue.forEach(function (q) {
      var li = el("li"), b = el("button", q.name); b.type = "button"; b.title = q.answers; b.dataset.query = q.name;
      b.addEventListener("click", function () { showQuery(q, b); });
      li.appendChild(b); list.appendChild(li);
    });
    $("wb-form").addEventListener("submit", runQuery);
  }

  // ---------------------------------------------------------------- documents
  var documents = [];
  function renderDocuments() {
    var table = $("wb-docs"), q = fold($("wb-doc-filter").value);
    clear(table);
    var head = el("tr");
    ["Số hiệu / Number", "Loại / Kind", "Tên / Title", "Tệp / File", ""].forEach(function (h) { head.appendChild(el("th", h)); });
    var thead = el("thead"); thead.appendChild(head); table.appendChild(thead);
    var tbody = el("tbody"), shown = 0;
    documents.forEach(function (d) {
      if (q && fold(d.number + " " + d.title + " " + d.name).indexOf(q) < 0) { return; }
      if (shown++ >= 500) { return; }
      var tr = el("tr");
      tr.appendChild(el("td", d.number)); tr.appendChild(el("td", kindName(d.kind)));
      tr.appendChild(el("td", d.title)); tr.appendChild(el("td", d.name));
      var actions = el("td");
      if (d.page) { var a = el("a", "báo cáo / report"); a.href = d.page; a.target = "_blank"; a.rel = "noopener";
        actions.appendChild(a); actions.appendChild(document.createTextNode(" ")); }
      var b = el("button", "khám phá / explore"); b.type = "button"; b.dataset.iri = d.id;
      b.addEventListener("click", function () { explorer.start(d.id); $("explorer").scrollIntoView(); });
      actions.appendChild(b); tr.appendChild(actions); tbody.appendChild(tr);
    });
    table.appendChild(tbody);
  }
  function loadDocuments() {
    api("documents").then(function (body) {
      documents = body.documents;
      var index = $("wb-docs-index");
      clear(index);
      index.appendChild(document.createTextNode(documents.length + " văn bản nguồn / source documents. "));
      if (body.index) { var a = el("a", "Báo cáo / Build report"); a.href = body.index; a.target = "_blank"; a.rel = "noopener";
        index.appendChild(a); }
      renderDocuments();
    }).catch(function (err) { $("wb-docs-index").textContent = err.message; });
    $("wb-doc-filter").addEventListener("input", renderDocuments);
  }

  // ---------------------------------------------------------------- explorer
  var explorer = (function () {
    var nodes = new vis.DataSet(), edges = new vis.DataSet(), network = null;
    var pages = {};            // node id -> {next: offset of the next page, more: bool}
    var history = [], at = -1, selected = null, seq = 0;
    var MAX_NODES = 400;
    var EXPLORER_EDGES = ["coordinates", "directs", "mobilises", "partOf", "memberOf", "issues", "assigns", "cites",
                          "implements", "reportsOn", "participatesIn"];   // what api/expand returns

    function groups() {
      var out = {};
      DATA.kinds.forEach(function (k) {
        out[k.kind] = { shape: k.shape, color: { background: k.colour, border: "#37474f",
          highlight: { background: k.colour, border: "#000000" }, hover: { background: k.colour, border: "#000000" } } };
      });
      out.other = { shape: "dot", color: { background: "#bdbdbd", border: "#37474f" } };
      return out;
    }
    function tooltip(lines) { var d = el("div"); d.textContent = lines.join("\n"); return d; }
    function nodeItem(n) {
      var label = n.lv.length > 48 ? n.lv.slice(0, 47) + "\u2026" : n.lv;
      return { id: n.id, label: label, group: kindStyle[n.kind] ? n.kind : "other", kind: n.kind, lv: n.lv, le: n.le,
               title: tooltip([n.lv, n.le || "", kindName(n.kind)].filter(Boolean)),
               size: n.group === "document" ? 14 : 16 };
    }
    function edgeItem(e) {
      var s = edgeStyle[e.kind], name = edgeName(e.kind) + (e.count > 1 ? " \u00d7" + e.count : "");
      return { id: e.from + "|" + e.to + "|" + e.kind, from: e.from, to: e.to, kind: e.kind, count: e.count, name: name,
               color: { color: s ? s.colour : "#9e9e9e", inherit: false }, dashes: !!(s && s.dashes),
               width: e.count > 1 ? Math.min(1 + 1.5 * Math.log2(e.count), 8) : 1,
               arrows: e.kind === "coordinates" ? "" : "to", title: tooltip([name]),
               label: $("ex-edge-labels").checked ? name : undefined };
    }
    function status(text) { $("ex-status").textContent = text; }
    function counts() { return nodes.length + " nút / nodes, " + edges.length + " cạnh / edges"; }
    function timed(action, promise) {
      var t0 = performance.now();
      document.body.dataset.explorer = "busy";
      return promise.then(function (v) {
        var ms = Math.round(performance.now() - t0);
        window.explorerTimings.push({ action: action, ms: ms });
        document.body.dataset.explorer = "idle";
        document.body.dataset.explorerDone = String(++seq);
        return v;
      }, function (err) {
        document.body.dataset.explorer = "idle";
        document.body.dataset.explorerDone = String(++seq);
        status(err.message);
      });
    }
    function snapshot() {
      history = history.slice(0, at + 1);
      history.push({ nodes: nodes.get(), edges: edges.get(), pages: JSON.parse(JSON.stringify(pages)), selected: selected });
      at = history.length - 1;
      buttons();
    }
    function restore(i) {
      var s = history[i]; at = i;
      nodes.clear(); edges.clear(); nodes.add(s.nodes); edges.add(s.edges);
      pages = JSON.parse(JSON.stringify(s.pages)); selected = s.selected;
      if (selected && nodes.get(selected)) { network.selectNodes([selected]); details(selected, false); }
      network.fit({ animation: false });
      buttons(); status(counts());
    }
    function buttons() { $("ex-back").disabled = at <= 0; $("ex-forward").disabled = at >= history.length - 1; }
    function ensure() {
      if (network) { return; }
      network = new vis.Network($("ex-network"), { nodes: nodes, edges: edges }, {
        groups: groups(), layout: { randomSeed: 7, improvedLayout: false },
        physics: { solver: "forceAtlas2Based", stabilization: { iterations: 120, fit: true },
                   forceAtlas2Based: { gravitationalConstant: -60, springLength: 120, avoidOverlap: 0.4 } },
        nodes: { font: { size: 13, face: "DejaVu Sans, Arial, sans-serif", strokeWidth: 3, strokeColor: "#ffffff" } },
        edges: { smooth: false, font: { size: 11, strokeWidth: 3, strokeColor: "#ffffff", align: "horizontal" } },
        interaction: { hover: true, tooltipDelay: 150, multiselect: false }
      });
      window.explorerNetwork = network;
      network.on("click", function (p) { if (p.nodes.length) { select(p.nodes[0]); } });
      network.on("doubleClick", function (p) { if (p.nodes.length) { expand(p.nodes[0]); } });
      network.on("hoverEdge", function (p) { if (!$("ex-edge-labels").checked) {
        edges.update({ id: p.edge, label: edges.get(p.edge).name }); } });
      network.on("blurEdge", function (p) { if (!$("ex-edge-labels").checked && edges.get(p.edge)) {
        edges.update({ id: p.edge, label: undefined }); } });
      network.on("zoom", function () { labelsByZoom(); });
      network.on("stabilizationIterationsDone", function () {
        network.setOptions({ physics: { enabled: false } });
        document.body.dataset.settled = "true";
      });
    }
    function settle() {     // lay the new nodes out, then stop moving (so clicks land where they aim)
      document.body.dataset.settled = "false";
      network.setOptions({ physics: { enabled: true } });
      network.stabilize(150);
    }
    function labelsByZoom() {
      var on = $("ex-edge-labels").checked || (network && network.getScale() > 1.6);
      edges.update(edges.get().map(function (e) { return { id: e.id, label: on ? e.name : undefined }; }));
    }
    function addPage(body) {
      var added = 0, capped = false, at = network.getPositions([body.node])[body.node] || { x: 0, y: 0 };
      body.nodes.forEach(function (n, i) {
        if (nodes.get(n.id)) { return; }
        if (nodes.length >= MAX_NODES) { capped = true; return; }
        var item = nodeItem(n), angle = 2 * Math.PI * i / Math.max(body.nodes.length, 1);
        item.x = at.x + 150 * Math.cos(angle); item.y = at.y + 150 * Math.sin(angle);   // around the expanded node
        nodes.add(item); added++;
      });
      body.edges.forEach(function (e) {
        if (!nodes.get(e.from) || !nodes.get(e.to)) { return; }
        var item = edgeItem(e); if (!edges.get(item.id)) { edges.add(item); } });
      pages[body.node] = { next: body.offset + body.limit, more: body.more || capped };
      status(counts() + (capped ? " \u00b7 giới hạn / cap " + MAX_NODES : ""));
      return added;
    }
    function expand(id, more) {
      ensure();
      var page = pages[id], offset = more && page ? page.next : 0;
      if (page && !page.more) { return timed("expand", Promise.resolve(0)); }   // nothing more to show
      if (page && !more) { offset = page.next; }
      return timed("expand", api("expand", { node: id, offset: offset, limit: DATA.pageSize }).then(function (body) {
        var added = addPage(body);
        if (added) { settle(); }
        snapshot();
        if (selected === id) { moreButton(id); }
        return added;
      }));
    }
    function start(id) {
      ensure();
      nodes.clear(); edges.clear(); pages = {}; selected = null;
      return timed("start", Promise.all([api("node", { node: id }), api("expand", { node: id, offset: 0, limit: DATA.pageSize })])
        .then(function (both) {
          var info = both[0];
          nodes.add(nodeItem(info));
          addPage(both[1]);
          settle();
          selected = id;
          network.selectNodes([id]);
          showDetails(info);
          snapshot();
          network.fit({ animation: false });
        }));
    }
    function select(id) { return details(id, true); }
    function details(id, record) {
      selected = id;
      return timed("click", api("node", { node: id }).then(function (info) {
        showDetails(info);
        if (record && history[at]) { history[at].selected = id; }
      }));
    }
    function moreButton(id) {
      var holder = $("ex-more");
      if (!holder) { return; }
      clear(holder);
      var page = pages[id];
      var b = el("button", page ? "Xem thêm / Show more" : "Mở rộng / Expand");
      b.type = "button"; b.id = "ex-expand";
      b.disabled = !!(page && !page.more);
      b.addEventListener("click", function () { expand(id, !!page); });
      holder.appendChild(b);
    }
    function field(dl, term, value) { if (!value) { return; } dl.appendChild(el("dt", term)); dl.appendChild(el("dd", value)); }
    function showDetails(info) {
      var panel = $("ex-panel");
      clear(panel);
      panel.dataset.node = info.id;
      panel.appendChild(el("h3", info.lv));
      panel.appendChild(el("p", kindName(info.kind), "ex-kind"));
      var dl = el("dl");
      field(dl, "English", info.le); field(dl, "Số hiệu / Number", info.number); field(dl, "Tên / Title", info.title);
      field(dl, "Ban hành / Issued by", info.issuerLabel); field(dl, "Ngày / Date", info.date); field(dl, "IRI", info.id);
      panel.appendChild(dl);
      if (info.page) { var a = el("a", "Báo cáo của văn bản / Report page"); a.href = info.page; a.target = "_blank";
        a.rel = "noopener"; a.className = "ex-report"; panel.appendChild(a); }
      var holder = el("div"); holder.id = "ex-more"; panel.appendChild(holder); moreButton(info.id);
      var title = info.isActor ? "Nhiệm vụ được nêu / Duties that name it" : "Nhiệm vụ, mục tiêu / Tasks and objectives";
      panel.appendChild(el("h3", title + " (" + info.duties.length + (info.more ? "+" : "") + ")"));
      if (!info.duties.length) { panel.appendChild(el("p", "Không có / None.")); }
      info.duties.forEach(function (d) {
        var box = el("div", null, "ex-duty");
        box.appendChild(el("span", ROLES[d.role] || d.role, "ex-role"));
        box.appendChild(el("span", d.text || ""));
        if (d.docLabel) { box.appendChild(el("div", "\u2014 " + d.docLabel, "ex-kind")); }
        d.quotes.forEach(function (q) {
          var quote = el("blockquote", q.q);
          if (q.page) { var link = el("a", " \u2197 báo cáo / report"); link.href = q.page + (q.start >= 0 ? "#o" + q.start : "");
            link.target = "_blank"; link.rel = "noopener"; link.className = "ex-quote-link"; quote.appendChild(link); }
          box.appendChild(quote);
        });
        panel.appendChild(box);
      });
    }
    function search(text) {
      var list = $("ex-results");
      if (!text.trim()) { clear(list); return Promise.resolve([]); }
      return timed("search", api("search", { q: text }).then(function (body) {
        clear(list);
        if (!body.results.length) { list.appendChild(el("li", "Không tìm thấy / No match.")); }
        body.results.forEach(function (n) {
          var li = el("li"), b = el("button", n.lv + " \u00b7 " + kindName(n.kind));
          b.type = "button"; b.dataset.iri = n.id;
          b.addEventListener("click", function () { clear(list); start(n.id); });
          li.appendChild(b); list.appendChild(li);
        });
        return body.results;
      }));
    }
    function legend() {
      var box = $("ex-legend");
      DATA.kinds.filter(function (k) { return k.group !== "statement"; }).forEach(function (k) {
        var item = el("span"), sw = el("span", SHAPES[k.shape] || "\u25cf", "ex-swatch");
        sw.style.color = k.colour; item.appendChild(sw);
        if (k.shape === "box") { sw.style.textShadow = "0 0 1px #37474f"; } item.appendChild(document.createTextNode(k.lv + " / " + k.le));
        item.dataset.kind = k.kind; box.appendChild(item);
      });
      DATA.edgeKinds.filter(function (k) { return EXPLORER_EDGES.indexOf(k.kind) >= 0; }).forEach(function (k) {
        var item = el("span"), line = el("span", null, "ex-line");
        line.style.borderTopColor = k.colour; if (k.dashes) { line.style.borderTopStyle = "dashed"; }
        item.appendChild(line); item.appendChild(document.createTextNode(k.lv + " / " + k.le)); box.appendChild(item);
      });
    }
    function wire() {
      var input = $("ex-search"), timer = null;
      input.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(function () { search(input.value); }, 120); });
      input.addEventListener("keydown", function (ev) {
        if (ev.key !== "Enter") { return; }
        ev.preventDefault(); clearTimeout(timer);
        search(input.value).then(function (hits) { if (hits && hits.length) { clear($("ex-results")); start(hits[0].id); } });
      });
      $("ex-back").addEventListener("click", function () { if (at > 0) { restore(at - 1); } });
      $("ex-forward").addEventListener("click", function () { if (at < history.length - 1) { restore(at + 1); } });
      $("ex-fit").addEventListener("click", function () { if (network) { network.fit({ animation: false }); } });
      $("ex-edge-labels").addEventListener("change", labelsByZoom);
      legend();
      document.body.dataset.explorer = "idle";
    }
    return { start: start, expand: expand, select: select, search: search, wire: wire,
             state: function () { return { nodes: nodes.length, edges: edges.length, at: at, history: history.length }; } };
  })();
  window.policykgExplorer = explorer;

  $("wb-yasgui").href = DATA.yasgui || "#";
  buildCatalogue();
  loadDocuments();
  explorer.wire();
  var hash = /^#explore=(.+)$/.exec(location.hash);
  if (hash) { explorer.start(decodeURIComponent(hash[1])); }
  document.body.dataset.ready = "true";
})();
