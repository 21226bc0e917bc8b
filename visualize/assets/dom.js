/* policykg pages: the few DOM helpers every page script shares. Text goes in with textContent, never as HTML. */
"use strict";
var policykgDom = {
  el: function (tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    if (cls) { e.className = cls; }
    return e;
  },
  clear: function (node) { while (node.firstChild) { node.removeChild(node.firstChild); } },
  // lower case without Vietnamese diacritics: what search boxes compare
  fold: function (s) {
    return String(s || "").normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[\u0111\u0110]/g, "d").toLowerCase();
  },
  SHAPES: { dot: "\u25cf", diamond: "\u25c6", star: "\u2605", triangle: "\u25b2", triangleDown: "\u25bc",
            square: "\u25a0", hexagon: "\u2b22", box: "\u25ad", ellipse: "\u2b2e", database: "\u26c1" }
};
