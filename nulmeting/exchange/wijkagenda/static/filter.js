// Filters for the wijkagenda list. Without this script the whole list is shown (grouped by
// day, with links to each day); the script only shows the form and hides what does not match.
(function () {
  "use strict";
  var form = document.getElementById("filters");
  if (!form) { return; }
  var items = Array.prototype.slice.call(document.querySelectorAll(".activiteit"));
  var days = Array.prototype.slice.call(document.querySelectorAll("section.dag"));
  var count = document.getElementById("f-aantal");
  var none = document.getElementById("geen");
  var fields = { day: form.elements.dag, voorwie: form.elements.voorwie,
                 thema: form.elements.thema, plek: form.elements.plek };

  function has(list, value) {
    return !value || (" " + list + " ").indexOf(" " + value + " ") >= 0;
  }
  function forEveryone(item, value) {
    // "Voor wie: iedereen" also matches a chosen group
    return has(item.dataset.voorwie, value) || has(item.dataset.voorwie, "iedereen");
  }
  function apply() {
    var shown = 0, ids = {};
    items.forEach(function (item) {
      var ok = has(item.dataset.day, fields.day.value) &&
        (!fields.voorwie.value || forEveryone(item, fields.voorwie.value)) &&
        has(item.dataset.thema, fields.thema.value) &&
        has(item.dataset.plek, fields.plek.value);
      item.hidden = !ok;
      if (ok && !ids[item.dataset.id]) { ids[item.dataset.id] = true; shown += 1; }
    });
    days.forEach(function (day) {
      day.hidden = !day.querySelector(".activiteit:not([hidden])");
    });
    none.hidden = shown > 0;
    count.textContent = shown === 1 ? "1 activiteit" : shown + " activiteiten";
  }
  // ?dag=di&voorwie=ouderen-65 in the address presets the filters (a link to share)
  var params = new URLSearchParams(window.location.search);
  Object.keys(fields).forEach(function (key) {
    var name = fields[key].name;
    if (params.has(name)) { fields[key].value = params.get(name); }
  });
  form.hidden = false;
  form.addEventListener("change", apply);
  form.addEventListener("reset", function () { window.setTimeout(apply, 0); });
  form.addEventListener("submit", function (event) { event.preventDefault(); apply(); });
  apply();
})();
