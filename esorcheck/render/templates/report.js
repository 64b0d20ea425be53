// Sort the overview by a column (click its header again to reverse), and print with every "why" and
// "evidence" opened; the rest of the page needs no script.
window.addEventListener("beforeprint", function () {
  document.querySelectorAll("details:not([open])").forEach(function (details) { details.open = true; });
});
document.querySelectorAll("table.sortable").forEach(function (table) {
  table.querySelectorAll("thead button").forEach(function (button, column) {
    button.addEventListener("click", function () {
      var header = button.parentElement;
      var descending = header.getAttribute("aria-sort") === "ascending";
      table.querySelectorAll("thead th").forEach(function (th) { th.removeAttribute("aria-sort"); });
      header.setAttribute("aria-sort", descending ? "descending" : "ascending");
      var numeric = button.dataset.key === "number";
      var body = table.tBodies[0];
      var rows = Array.prototype.slice.call(body.rows);
      var key = function (row) {
        var cell = row.cells[column];
        var value = cell.dataset.value !== undefined ? cell.dataset.value : cell.textContent.trim();
        return numeric || cell.dataset.value !== undefined ? Number(value) : value.toLowerCase();
      };
      rows.sort(function (a, b) {
        var x = key(a), y = key(b);
        var order = x < y ? -1 : x > y ? 1 : 0;
        return descending ? -order : order;
      });
      rows.forEach(function (row) { body.appendChild(row); });
    });
  });
});
