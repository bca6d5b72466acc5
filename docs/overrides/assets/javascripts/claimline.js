/* Claimline: list filters as progressive enhancement. Without JavaScript every entry is shown. */
(function () {
  "use strict";
  function setup(form) {
    var entries = Array.prototype.slice.call(document.querySelectorAll(".cl-entry"));
    var output = form.querySelector(".cl-filter-count");
    function apply() {
      var wanted = {};
      form.querySelectorAll("select").forEach(function (s) { wanted[s.name] = s.value; });
      var shown = 0;
      entries.forEach(function (el) {
        var ok = Object.keys(wanted).every(function (key) {
          if (!wanted[key]) { return true; }
          var values = (el.getAttribute("data-" + key) || "").split(" ");
          return values.indexOf(wanted[key]) !== -1;
        });
        el.hidden = !ok;
        if (ok) { shown += 1; }
      });
      document.querySelectorAll(".cl-list").forEach(function (list) {
        var group = list.previousElementSibling;
        var visible = list.querySelector(".cl-entry:not([hidden])") !== null;
        list.hidden = !visible;
        if (group && /^H[23]$/.test(group.tagName)) { group.hidden = !visible; }
      });
      if (output) { output.textContent = shown + " / " + entries.length; }
    }
    form.hidden = false;
    form.addEventListener("change", apply);
    apply();
  }
  function init() { document.querySelectorAll("form.cl-filters").forEach(setup); }
  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", init); } else { init(); }
})();
