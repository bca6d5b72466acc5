/* Claimline: filters as progressive enhancement. Without JavaScript every entry and every mark is shown.
   The filters act on the list (.cl-entry) and on the drawn timeline (.cl-mark); their state lives in the
   query string (?actor=huawei&verdict=disputed), so a filtered view can be shared, and the links to the
   other timeline view and to the other pages keep it. */
(function () {
  "use strict";
  function all(selector, root) { return Array.prototype.slice.call((root || document).querySelectorAll(selector)); }

  function matches(el, wanted) {
    return Object.keys(wanted).every(function (key) {
      if (!wanted[key]) { return true; }
      var values = (el.getAttribute("data-" + key) || "").split(" ");
      return values.indexOf(wanted[key]) !== -1;
    });
  }

  function readQuery(form) {
    var params = new URLSearchParams(window.location.search);
    form.querySelectorAll("select").forEach(function (s) {
      var value = params.get(s.name);
      if (value && all("option", s).some(function (o) { return o.value === value; })) { s.value = value; }
    });
  }

  function query(wanted) {
    var params = new URLSearchParams();
    Object.keys(wanted).forEach(function (key) { if (wanted[key]) { params.set(key, wanted[key]); } });
    var text = params.toString();
    return text ? "?" + text : "";
  }

  function keepQuery(search) {
    window.history.replaceState(null, "", window.location.pathname + search + window.location.hash);
    all(".cl-views a, .cl-pager a").forEach(function (a) {
      a.setAttribute("href", a.getAttribute("href").split("?")[0] + search);
    });
  }

  function setup(form) {
    var entries = all(".cl-entry");
    var marks = all(".cl-mark");
    var output = form.querySelector(".cl-filter-count");
    function apply() {
      var wanted = {};
      form.querySelectorAll("select").forEach(function (s) { wanted[s.name] = s.value; });
      var shown = 0;
      entries.forEach(function (el) {
        var ok = matches(el, wanted);
        el.hidden = !ok;
        if (ok) { shown += 1; }
      });
      marks.forEach(function (el) {
        if (matches(el, wanted)) { el.removeAttribute("data-off"); } else { el.setAttribute("data-off", ""); }
      });
      all(".cl-list").forEach(function (list) {
        var group = list.previousElementSibling;
        var visible = list.querySelector(".cl-entry:not([hidden])") !== null;
        list.hidden = !visible;
        if (group && /^H[23]$/.test(group.tagName)) { group.hidden = !visible; }
      });
      if (output) { output.textContent = shown + " / " + entries.length; }
      keepQuery(query(wanted));
    }
    readQuery(form);
    form.hidden = false;
    form.addEventListener("change", apply);
    apply();
  }

  /* On a narrow screen the drawing scrolls in its box: start at its right end, the latest claims and today. */
  function scrollDrawings() {
    all(".cl-tl-scroll").forEach(function (box) {
      if (box.scrollWidth > box.clientWidth) { box.scrollLeft = box.scrollWidth; }
    });
  }

  function init() {
    all("form.cl-filters").forEach(setup);
    scrollDrawings();
  }
  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", init); } else { init(); }
})();
