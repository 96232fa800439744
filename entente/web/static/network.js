// entente network view: draws /api/network with vis-network, and shows the evidence of a
// clicked edge.  Every text from the store (names, sentences, article text) is untrusted:
// it is only ever put into the page with textContent, never as HTML.
"use strict";

(function () {
  const STANCE_COLOURS = { ally: "#2e7d32", hostile: "#c62828", mixed: "#ef6c00", neutral: "#9e9e9e",
                           unknown: "#b0bec5" };
  const TYPE_SHAPES = { state: "dot", person: "diamond", armed_group: "triangle", igo: "square",
                        media: "star", party: "hexagon" };
  const form = document.getElementById("filters");
  const months = JSON.parse(document.getElementById("months").textContent || "[]");
  const slider = document.getElementById("time");
  const sliderLabel = document.getElementById("time-label");
  const status = document.getElementById("status");
  const graph = document.getElementById("graph");
  const panelTitle = document.getElementById("panel-title");
  const panelHint = document.getElementById("panel-hint");
  const dyadList = document.getElementById("dyad-events");
  const evidenceBox = document.getElementById("evidence");
  const edgeRows = document.querySelector("#edge-list tbody");
  let network = null;
  let edgesById = {};
  let nodesById = {};

  function el(tag, text, cls) {
    const node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (cls) node.className = cls;
    return node;
  }

  function params() {
    const data = new FormData(form);
    const out = new URLSearchParams();
    for (const [key, value] of data.entries()) {
      if (String(value).trim()) out.append(key, String(value).trim());
    }
    if (slider && !slider.disabled && Number(slider.value) < months.length) {
      out.set("until", months[Number(slider.value)]);
    }
    return out;
  }

  function filterParams() {           // the filters an edge's evidence query shares
    const p = params();
    const out = new URLSearchParams();
    for (const key of ["since", "until", "event"]) p.getAll(key).forEach(v => out.append(key, v));
    return out;
  }

  async function getJSON(url) {
    const response = await fetch(url, { headers: { Accept: "application/json" }, credentials: "same-origin" });
    const body = await response.json().catch(() => ({}));
    if (!response.ok) throw new Error(body.detail || ("HTTP " + response.status));
    return body;
  }

  function tooltip(lines) {
    const box = el("div", null, "tip");
    lines.forEach(line => box.appendChild(el("div", line)));
    return box;
  }

  async function load() {
    status.textContent = "Loading…";
    graph.dataset.ready = "0";
    let view;
    try {
      view = await getJSON("/api/network?" + params().toString());
    } catch (err) {
      status.textContent = "Could not load the network: " + err.message;
      return;
    }
    draw(view);
  }

  function draw(view) {
    nodesById = {};
    edgesById = {};
    const nodes = view.nodes.map(n => {
      nodesById[n.id] = n;
      return { id: n.id, label: n.name, shape: TYPE_SHAPES[n.type] || "dot",
               value: Math.max(1, n.n_events),
               title: tooltip([n.name + " (" + n.type + ")", n.n_events + " events in view"]) };
    });
    const edges = view.edges.map(e => {
      edgesById[e.id] = e;
      const colour = STANCE_COLOURS[e.stance] || STANCE_COLOURS.neutral;
      return { id: e.id, from: e.source, to: e.target, value: e.n_events,
               color: { color: colour, highlight: colour, hover: colour },
               title: tooltip([nameOf(e.source) + " – " + nameOf(e.target), e.stance +
                               (e.confidence !== undefined ? " (confidence " + e.confidence + ")" : "") + ": " +
                               e.cooperative + " cooperative, " + e.conflictual + " conflictual"]) };
    });
    view.ties.forEach(t => {
      const id = "tie:" + t.id;
      edgesById[id] = Object.assign({ tie: true }, t);
      edges.push({ id: id, from: t.source, to: t.target, dashes: true, arrows: "to",
                   label: t.relation.replace(/_/g, " "), font: { size: 10, color: "#555" },
                   smooth: { enabled: true, type: "curvedCW", roundness: 0.25 },
                   color: { color: "#7e57c2" }, width: 1,
                   title: tooltip([nameOf(t.source) + " " + t.relation.replace(/_/g, " ") + " " + nameOf(t.target)]) });
    });
    const data = { nodes: new vis.DataSet(nodes), edges: new vis.DataSet(edges) };
    const options = {
      nodes: { scaling: { min: 8, max: 30 }, font: { size: 14 }, color: { background: "#90caf9", border: "#1565c0" } },
      edges: { scaling: { min: 1, max: 8 }, smooth: false, selectionWidth: 3 },
      physics: { solver: "forceAtlas2Based", stabilization: { iterations: 300, fit: true } },
      interaction: { hover: true, tooltipDelay: 150 },
    };
    if (network) network.destroy();
    network = new vis.Network(graph, data, options);
    window.ententeNetwork = network;        // for people (and tests) who script the page
    network.once("stabilizationIterationsDone", () => {
      network.setOptions({ physics: false });
      network.fit();
      graph.dataset.ready = "1";
    });
    network.on("click", onClick);
    const nPairs = view.edges.length;
    status.textContent = view.nodes.length + " actors, " + nPairs + " pair" + (nPairs === 1 ? "" : "s") +
      ", " + view.ties.length + " stated tie" + (view.ties.length === 1 ? "" : "s") +
      (nPairs ? "" : " — no events match these filters");
    document.getElementById("engine").textContent = view.engine === "entente.network"
      ? "stances (entente.network) weigh each event by its intensity and how sure it is, and count stated ties"
      : "stance = more cooperative (quad 1–2) or more conflictual (quad 3–4) events";
    listEdges(view.edges);
    if (!nodes.length) graph.dataset.ready = "1";
  }

  function nameOf(id) {
    return (nodesById[id] && nodesById[id].name) || id;
  }

  function listEdges(edges) {
    edgeRows.replaceChildren();
    edges.forEach(e => {
      const row = el("tr", null, "stance-" + e.stance);
      const cell = el("td");
      const button = el("button", nameOf(e.source) + " – " + nameOf(e.target), "linklike");
      button.type = "button";
      button.addEventListener("click", () => { if (network) network.selectEdges([e.id]); openEdge(e.id); });
      cell.appendChild(button);
      row.appendChild(cell);
      [e.stance, e.cooperative, e.conflictual, e.n_events].forEach(v => row.appendChild(el("td", v)));
      edgeRows.appendChild(row);
    });
  }

  function onClick(params) {
    if (params.nodes.length) {
      const node = nodesById[params.nodes[0]];
      if (node) showNode(node);
      return;
    }
    if (params.edges.length) openEdge(params.edges[0]);
  }

  function showNode(node) {
    panelTitle.textContent = node.name;
    panelHint.textContent = "";
    dyadList.replaceChildren();
    evidenceBox.replaceChildren();
    const link = el("a", "Open " + node.name + "’s page", "button");
    link.href = "/actors/" + encodeURIComponent(node.id);
    const ego = el("a", "Show only " + node.name + "’s pairs", "button secondary");
    ego.href = "/network?actor=" + encodeURIComponent(node.id);
    evidenceBox.append(el("p", node.type + " · " + node.n_events + " events in view"), link, " ", ego);
  }

  async function openEdge(edgeId) {
    const edge = edgesById[edgeId];
    if (!edge) return;
    dyadList.replaceChildren();
    evidenceBox.replaceChildren();
    if (edge.tie) {
      panelTitle.textContent = nameOf(edge.source) + " " + edge.relation.replace(/_/g, " ") + " " + nameOf(edge.target);
      panelHint.textContent = "A standing tie the text states.";
      try {
        const doc = await getJSON("/api/documents/" + encodeURIComponent(edge.doc_id) + "/records");
        const rel = doc.relations.find(r => r.id === edge.id);
        const full = await getJSON("/api/documents/" + encodeURIComponent(edge.doc_id) + "?text=true");
        if (rel) showText(full, rel.evidence, null, null);
      } catch (err) {
        panelHint.textContent = "Could not load the tie's evidence: " + err.message;
      }
      return;
    }
    panelTitle.textContent = nameOf(edge.source) + " – " + nameOf(edge.target);
    panelHint.textContent = edge.stance + ": " + edge.cooperative + " cooperative, " + edge.conflictual + " conflictual event(s). Click one to read it.";
    let dyad;
    try {
      dyad = await getJSON("/api/dyads/" + encodeURIComponent(edge.source) + "/" +
                           encodeURIComponent(edge.target) + "?" + filterParams().toString());
    } catch (err) {
      panelHint.textContent = "Could not load the pair's events: " + err.message;
      return;
    }
    dyad.items.forEach((ev, i) => {
      const item = el("li", null, ev.quad <= 2 ? "coop" : "conflict");
      const button = el("button", null, "linklike");
      button.type = "button";
      button.dataset.eventId = ev.id;
      button.append(el("strong", ev.event), " ",
                    el("span", ev.actor.map(a => a.name).join(", ") + " → " + ev.recipient.map(a => a.name).join(", ")),
                    " ", el("small", ev.date || "undated"));
      button.addEventListener("click", () => openEvent(ev.id, item));
      item.appendChild(button);
      dyadList.appendChild(item);
      if (i === 0) openEvent(ev.id, item);
    });
  }

  async function openEvent(eventId, item) {
    dyadList.querySelectorAll("li.current").forEach(li => li.classList.remove("current"));
    if (item) item.classList.add("current");
    evidenceBox.replaceChildren(el("p", "Loading the evidence…"));
    let data;
    try {
      data = await getJSON("/api/events/" + encodeURIComponent(eventId) + "/evidence");
    } catch (err) {
      evidenceBox.replaceChildren(el("p", "Could not load the evidence: " + err.message, "error"));
      return;
    }
    showText(data.document, data.event.evidence, data.event, data.quote);
  }

  function showText(doc, span, ev, quote) {
    evidenceBox.replaceChildren();
    if (ev) {
      const head = el("p", null, "facts");
      head.append(el("strong", ev.event + (ev.mode ? " / " + ev.mode : "")), " · CAMEO " + ev.cameo +
                  " · " + (ev.date || "undated"));
      if (ev.aux.length) head.append(" · " + ev.aux.join(", "));
      evidenceBox.appendChild(head);
      const attribution = ev.attribution || {};
      let said = attribution.speaker ? "Said by " + attribution.speaker.name : "Stated by the article";
      if (attribution.via && attribution.via.length) said += ", via " + attribution.via.map(a => a.name).join(", ");
      evidenceBox.appendChild(el("p", said, "attribution"));
      if (quote) {
        const block = el("blockquote", "“" + quote.text + "”", "quote");
        block.appendChild(el("footer", "— " + (quote.speaker ? quote.speaker.name : "unknown speaker")));
        evidenceBox.appendChild(block);
      }
      const link = el("a", "Open this evidence on its own page");
      link.href = "/events/" + encodeURIComponent(ev.id);
      evidenceBox.appendChild(link);
    }
    evidenceBox.appendChild(el("h3", doc.title || doc.id));
    const text = doc.text || "";
    let start = span.start, end = span.end;        // highlight the words, not the blank lines
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    const body = el("div", null, "article-text");
    const mark = el("mark", text.slice(start, end));
    mark.id = "evidence-mark";
    body.append(text.slice(0, start), mark, text.slice(end));
    evidenceBox.appendChild(body);
    body.scrollTop = Math.max(0, mark.offsetTop - 60);      // .article-text is positioned
  }

  function updateSliderLabel() {
    if (!slider || slider.disabled) return;
    const i = Number(slider.value);
    sliderLabel.textContent = i >= months.length ? "all dates" : "end of " + months[i];
  }

  if (slider) {
    slider.addEventListener("input", updateSliderLabel);
    slider.addEventListener("change", () => { updateSliderLabel(); load(); });
  }
  form.addEventListener("submit", ev => {
    ev.preventDefault();
    history.replaceState(null, "", "/network?" + new URLSearchParams(new FormData(form)).toString());
    load();
  });
  updateSliderLabel();
  load();
})();
