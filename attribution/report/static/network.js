/* attribution: an interactive claim graph in SVG (see attribution/report/network.py).
   Plain JavaScript, no library, no network. Labels are set with textContent only. */
function attributionNetwork(uid) {
  "use strict";
  var root = document.getElementById(uid);
  if (!root || root.dataset.drawn) { return; }
  root.dataset.drawn = "1";
  var data = JSON.parse(document.getElementById(uid + "-data").textContent);
  var svg = root.querySelector("svg"), box = root.querySelector("input"), info = root.querySelector(".info");
  var NS = "http://www.w3.org/2000/svg", W = 1000, H = 700, PAD = 60;
  function make(tag, attrs, parent) {
    var e = document.createElementNS(NS, tag);
    Object.keys(attrs).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (parent) { parent.appendChild(e); }
    return e;
  }
  var xs = data.nodes.map(function (n) { return n.x; }), ys = data.nodes.map(function (n) { return n.y; });
  var x0 = Math.min.apply(null, xs.concat([0])), x1 = Math.max.apply(null, xs.concat([0]));
  var y0 = Math.min.apply(null, ys.concat([0])), y1 = Math.max.apply(null, ys.concat([0]));
  function px(n) { return PAD + (n.x - x0) / ((x1 - x0) || 1) * (W - 2 * PAD); }
  function py(n) { return PAD + (n.y - y0) / ((y1 - y0) || 1) * (H - 2 * PAD); }
  var view = { x: 0, y: 0, w: W, h: H };
  function setView() { svg.setAttribute("viewBox", [view.x, view.y, view.w, view.h].join(" ")); }
  setView();
  var gEdges = make("g", { stroke: "#999", "stroke-opacity": "0.35" }, svg), gNodes = make("g", {}, svg);
  var neighbours = data.nodes.map(function () { return []; });
  var lines = data.edges.map(function (e) {
    neighbours[e[0]].push(e[1]);
    neighbours[e[1]].push(e[0]);
    return make("line", { x1: px(data.nodes[e[0]]), y1: py(data.nodes[e[0]]), x2: px(data.nodes[e[1]]),
                          y2: py(data.nodes[e[1]]) }, gEdges);
  });
  var shapes = data.nodes.map(function (n, i) {
    var g = make("g", { transform: "translate(" + px(n) + "," + py(n) + ")", style: "cursor:pointer" }, gNodes);
    make("circle", { r: n.center ? 14 : (n.kind === "claim" || n.kind === "document" ? 5 : 8), fill: n.colour,
                     stroke: "#fff", "stroke-width": "1.5" }, g);
    var t = make("text", { x: 0, y: n.center ? -18 : -11, "text-anchor": "middle", "font-size": n.center ? 17 : 13,
                           fill: "#222", direction: "rtl", "paint-order": "stroke", stroke: "#fff",
                           "stroke-width": "3" }, g);
    t.textContent = n.label.length > 30 && !n.center ? n.label.slice(0, 29) + "…" : n.label;
    if (!n.shown) { t.style.display = "none"; }
    var title = make("title", {}, g);
    title.textContent = n.label;
    g.addEventListener("mouseenter", function () { if (pinned === null) { light(i); } });
    g.addEventListener("mouseleave", function () { if (pinned === null) { light(null); } });
    g.addEventListener("click", function (ev) { ev.stopPropagation(); pinned = pinned === i ? null : i; light(pinned); });
    return { g: g, text: t, node: n };
  });
  var pinned = null;
  function light(i) {
    var near = {};
    if (i !== null) { near[i] = true; neighbours[i].forEach(function (j) { near[j] = true; }); }
    shapes.forEach(function (s, j) {
      s.g.style.opacity = i === null || near[j] ? "1" : "0.15";
      s.text.style.display = s.node.shown || (i !== null && near[j]) ? "" : "none";
    });
    lines.forEach(function (l, k) {
      var e = data.edges[k], on = i !== null && (e[0] === i || e[1] === i);
      l.setAttribute("stroke-opacity", i === null ? "0.35" : (on ? "0.9" : "0.05"));
    });
    info.textContent = i === null ? data.nodes.length + " عقدة، " + data.edges.length + " صلة"
                                  : data.nodes[i].label + " — " + neighbours[i].length + " صلة";
  }
  light(null);
  var legend = root.querySelector(".legend");
  data.legend.forEach(function (item) {
    var s = document.createElement("span");
    s.style.marginInlineEnd = "1em";
    var dot = document.createElement("span");
    dot.textContent = "● ";
    dot.style.color = item[1];
    s.appendChild(dot);
    s.appendChild(document.createTextNode(item[0]));
    legend.appendChild(s);
  });
  svg.addEventListener("click", function () { pinned = null; light(null); });
  svg.addEventListener("wheel", function (ev) {
    ev.preventDefault();
    var k = ev.deltaY > 0 ? 1.15 : 1 / 1.15, r = svg.getBoundingClientRect();
    var cx = view.x + (ev.clientX - r.left) / r.width * view.w, cy = view.y + (ev.clientY - r.top) / r.height * view.h;
    view = { x: cx - (cx - view.x) * k, y: cy - (cy - view.y) * k, w: view.w * k, h: view.h * k };
    setView();
  }, { passive: false });
  var drag = null;
  svg.addEventListener("mousedown", function (ev) { drag = { x: ev.clientX, y: ev.clientY, v: view }; });
  window.addEventListener("mouseup", function () { drag = null; });
  window.addEventListener("mousemove", function (ev) {
    if (!drag) { return; }
    var r = svg.getBoundingClientRect();
    view = { x: drag.v.x - (ev.clientX - drag.x) / r.width * drag.v.w, y: drag.v.y - (ev.clientY - drag.y) / r.height * drag.v.h,
             w: drag.v.w, h: drag.v.h };
    setView();
  });
  box.addEventListener("input", function () {
    var q = box.value.trim();
    shapes.forEach(function (s) {
      var hit = q && s.node.label.indexOf(q) >= 0;
      s.g.querySelector("circle").setAttribute("stroke", hit ? "#000" : "#fff");
      s.g.querySelector("circle").setAttribute("stroke-width", hit ? "3" : "1.5");
      if (hit) { s.text.style.display = ""; }
    });
  });
}
