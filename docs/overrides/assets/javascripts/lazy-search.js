/* Claimline: the search index is downloaded when the reader starts a search, not on every page view.
 *
 * Material's bundle requests search/search_index.json (XMLHttpRequest) as soon as it loads. This
 * script runs before the bundle and holds that one request back until the reader focuses or opens
 * the search box (or arrives from a search result, whose ?h= highlight needs the index). The
 * bundle's own code is untouched: it simply receives the index later. Nothing else is delayed.
 */
(function () {
  "use strict";
  var INDEX = /\/search\/search_index\.json(?:[?#]|$)/;
  var proto = XMLHttpRequest.prototype;
  var open = proto.open;
  var send = proto.send;
  var lazy = typeof WeakSet === "function" ? new WeakSet() : null;
  var held = [];
  var started = false;

  if (!lazy) { return; } /* very old browser: leave Material's behaviour as it is */

  function start() {
    if (started) { return; }
    started = true;
    document.removeEventListener("focusin", onFocus, true);
    document.removeEventListener("change", onToggle, true);
    held.splice(0).forEach(function (call) { send.apply(call[0], call[1]); });
  }

  function onFocus(event) {
    var el = event.target;
    if (el && el.closest && el.closest("form[name=search], .md-search")) { start(); }
  }

  function onToggle(event) {
    if (event.target && event.target.id === "__search" && event.target.checked) { start(); }
  }

  proto.open = function (method, url) {
    if (INDEX.test(String(url))) { lazy.add(this); }
    return open.apply(this, arguments);
  };

  proto.send = function () {
    if (!started && lazy.has(this)) {
      held.push([this, arguments]);
      return undefined;
    }
    return send.apply(this, arguments);
  };

  document.addEventListener("focusin", onFocus, true);
  document.addEventListener("change", onToggle, true);
  if (/[?&]h=/.test(location.search)) { start(); }
}());
