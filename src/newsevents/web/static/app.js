// newsevents web UI: a tooltip for annotated text, layer toggles, clickable rows. No libraries.
(function () {
  "use strict";

  function ready(fn) {
    if (document.readyState !== "loading") fn(); else document.addEventListener("DOMContentLoaded", fn);
  }

  ready(function () {
    var text = document.getElementById("article-text");
    var tip = document.getElementById("tooltip");

    // Annotated article text: move titles into data-tip so that one tooltip shows every layer under the pointer.
    if (text && tip) {
      text.querySelectorAll(".ann[title]").forEach(function (el) {
        el.setAttribute("data-tip", el.getAttribute("title"));
        el.removeAttribute("title");
      });
      text.addEventListener("mouseover", function (ev) {
        var lines = [];
        for (var el = ev.target; el && el !== text; el = el.parentElement) {
          if (el.dataset && el.dataset.tip && !isHidden(el)) lines.push(el.dataset.tip);
        }
        if (!lines.length) { tip.hidden = true; return; }
        tip.textContent = "";
        lines.forEach(function (line) {
          var div = document.createElement("div");
          div.textContent = line;  // text, never HTML
          tip.appendChild(div);
        });
        tip.hidden = false;
      });
      text.addEventListener("mousemove", function (ev) {
        var x = Math.min(ev.clientX + 14, window.innerWidth - tip.offsetWidth - 8);
        var y = ev.clientY + 18;
        if (y + tip.offsetHeight > window.innerHeight) y = ev.clientY - tip.offsetHeight - 10;
        tip.style.left = x + "px";
        tip.style.top = y + "px";
      });
      text.addEventListener("mouseleave", function () { tip.hidden = true; });
      text.addEventListener("click", function (ev) {
        var el = ev.target.closest(".ent[data-href]");
        if (el && !window.getSelection().toString()) window.location.href = el.getAttribute("data-href");
      });
    }

    function isHidden(el) {
      for (var i = 0; i < el.classList.length; i++) {
        if (text.classList.contains("hide-" + el.classList[i])) return true;
      }
      return el.classList.contains("evidence") && !el.classList.contains("focus") && !text.classList.contains("show-evidence");
    }

    // Layer toggles on the Article page.
    document.querySelectorAll("#layers input[data-layer]").forEach(function (box) {
      function apply() {
        var layer = box.getAttribute("data-layer");
        if (layer === "evidence") text.classList.toggle("show-evidence", box.checked);
        else text.classList.toggle("hide-" + layer, !box.checked);
      }
      box.addEventListener("change", apply);
      apply();
    });

    // The focused evidence: bring it into view (a #ev- link already does, leaving room above it).
    var focus = document.querySelector("#article-text .evidence.focus");
    if (focus && !window.location.hash) focus.scrollIntoView({ block: "center" });

    // Table rows that open their evidence.
    document.querySelectorAll("tr[data-href]").forEach(function (row) {
      row.addEventListener("click", function (ev) {
        if (ev.target.closest("a") || window.getSelection().toString()) return;
        window.location.href = row.getAttribute("data-href");
      });
    });
  });
})();
