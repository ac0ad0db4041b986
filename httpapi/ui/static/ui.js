// aka web UI: keyboard shortcuts. Everything else is htmx attributes.
(function () {
  "use strict";
  document.addEventListener("keydown", function (e) {
    // "/" puts the cursor in the search name, as in many search tools.
    if (e.key !== "/" || e.ctrlKey || e.metaKey || e.altKey) return;
    var t = e.target;
    if (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) return;
    var q = document.getElementById("q");
    if (q) {
      e.preventDefault();
      q.focus();
      q.select();
    } else if (location.pathname !== "/search") {
      e.preventDefault();
      location.href = "/search";
    }
  });
  // A search results list answers to the arrow keys: down and up move
  // between the matches' names.
  document.addEventListener("keydown", function (e) {
    if (e.key !== "ArrowDown" && e.key !== "ArrowUp") return;
    var links = Array.prototype.slice.call(document.querySelectorAll("#results .match a.name"));
    if (!links.length) return;
    var i = links.indexOf(document.activeElement);
    var inQuery = document.activeElement && document.activeElement.id === "q";
    if (i < 0 && !inQuery) return;
    e.preventDefault();
    if (inQuery) i = e.key === "ArrowDown" ? 0 : -1;
    else i += e.key === "ArrowDown" ? 1 : -1;
    if (i < 0) { document.getElementById("q").focus(); return; }
    links[Math.min(i, links.length - 1)].focus();
  });
})();
