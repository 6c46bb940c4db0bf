/* attribution report: filtering and text search in the browser, over the index embedded in the
   page (index.html) or over the page's own list (a speaker's page). Plain JavaScript, no
   network, works from file://. Text from the store is put in the page with textContent only. */
(function () {
  "use strict";

  // The same folding as attribution.text.normalize.fold: diacritics, tatweel and bidi marks
  // dropped, alef/hamza forms, ى, ة (and Persian letters) folded, presentation forms decomposed.
  var DROP = /[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed\u0640\u200b-\u200f\u202a-\u202e\u2066-\u2069\u061c\ufeff]/g;
  var LETTERS = { "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ک": "ك", "ی": "ي", "ھ": "ه", "ة": "ه" };
  function fold(s) {
    s = String(s || "").replace(/[\ufb50-\ufdff\ufe70-\ufefe]/g, function (c) { return c.normalize("NFKC"); });
    s = s.replace(DROP, "").replace(/[أإآٱىکیھة]/g, function (c) { return LETTERS[c]; });
    return s.replace(/\s+/g, " ").trim().toLowerCase();
  }
  // A query's terms: "quoted phrases" whole, other words; a word's article ال is left to the
  // substring match (العقوبات finds عقوبات), as the store's search does.
  function terms(q) {
    var out = [], re = /"([^"]+)"|([^\s"]+)/g, m;
    while ((m = re.exec(q)) !== null) {
      var t = fold(m[1] || m[2]);
      if (t.length > 4 && t.indexOf("ال") === 0 && t.indexOf(" ") < 0) { t = t.slice(2); }
      if (t) { out.push(t); }
    }
    return out;
  }
  function matches(text, ts) {
    for (var i = 0; i < ts.length; i++) { if (text.indexOf(ts[i]) < 0) { return false; } }
    return true;
  }
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined) { e.textContent = text; }
    return e;
  }
  function initialQuery() {
    var m = /[?&#]q=([^&]*)/.exec(location.search + location.hash);
    return m ? decodeURIComponent(m[1].replace(/\+/g, " ")) : "";
  }

  var LIMIT = 300;
  var box = document.getElementById("q");
  var shown = document.getElementById("shown");
  var index = document.getElementById("claims-index");

  function item(c) {
    var li = el("li");
    var who = c.p ? el("a", "speaker", c.s || "—") : el("strong", "speaker", c.s || "—");
    if (c.p) { who.href = "speakers/" + c.p; }
    li.appendChild(who);
    li.appendChild(document.createTextNode(" "));
    li.appendChild(el("span", "muted", [c.q + " (" + c.n + ")", c.d, c.o, c.h].filter(Boolean).join(" · ")));
    var claim = el("a", "claim", c.c || "—");
    claim.href = c.a;
    li.appendChild(claim);
    if (c.t.length) { li.appendChild(el("span", "muted", c.t.join(" | "))); }
    return li;
  }

  function indexPage(data) {
    var list = document.getElementById("results");
    var selects = ["s", "o", "t", "m"].map(function (k) { return document.getElementById(k); });
    function render() {
      var ts = terms(box.value), want = {};
      selects.forEach(function (s) { want[s.id] = s.value; });
      var hits = data.filter(function (c) {
        if (want.s && c.s !== want.s) { return false; }
        if (want.o && c.o !== want.o) { return false; }
        if (want.m && c.m !== want.m) { return false; }
        if (want.t && c.t.indexOf(want.t) < 0) { return false; }
        return matches(c.f, ts);
      });
      var frag = document.createDocumentFragment();
      hits.slice(0, LIMIT).forEach(function (c) { frag.appendChild(item(c)); });
      list.replaceChildren(frag);
      shown.textContent = hits.length > LIMIT ? LIMIT + " من " + hits.length : String(hits.length);
    }
    box.addEventListener("input", render);
    selects.forEach(function (s) { s.addEventListener("change", render); });
    document.querySelectorAll("button[data-filter]").forEach(function (b) {
      b.addEventListener("click", function () {
        var s = document.getElementById(b.getAttribute("data-filter"));
        s.value = b.getAttribute("data-value");
        render();
        box.scrollIntoView();
      });
    });
    box.value = initialQuery();
    render();
  }

  function listPage(list) {
    var items = Array.prototype.slice.call(list.children);
    function render() {
      var ts = terms(box.value), n = 0;
      items.forEach(function (li) {
        var hit = matches(li.getAttribute("data-search") || "", ts);
        li.classList.toggle("hidden", !hit);
        if (hit) { n++; }
      });
      shown.textContent = String(n);
    }
    box.addEventListener("input", render);
    box.value = initialQuery();
    render();
  }

  if (index) {
    indexPage(JSON.parse(index.textContent));
  } else if (box && document.getElementById("list")) {
    listPage(document.getElementById("list"));
  }
})();
