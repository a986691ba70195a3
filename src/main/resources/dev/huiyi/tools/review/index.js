// huiyi review, the index: a click on a column heading sorts the rows by it (again: the other way round).
// Each cell carries its sort key in data-sort; rows arrive worst first.
(function () {
  'use strict';
  var table = document.getElementById('reports');
  var body = table.tBodies[0];
  var headings = Array.prototype.slice.call(table.tHead.rows[0].cells);

  function key(row, column, numeric) {
    var cell = row.cells[column];
    var value = cell ? cell.getAttribute('data-sort') : null;
    if (numeric) {
      return value === null ? -Infinity : Number(value);
    }
    return value === null ? '' : value;
  }

  headings.forEach(function (heading, column) {
    heading.addEventListener('click', function () {
      var numeric = heading.getAttribute('data-type') === 'number';
      var ascending = heading.getAttribute('aria-sort') !== 'ascending';
      headings.forEach(function (h) { h.removeAttribute('aria-sort'); });
      heading.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      var rows = Array.prototype.slice.call(body.rows);
      rows.sort(function (a, b) {
        var x = key(a, column, numeric);
        var y = key(b, column, numeric);
        var order = x < y ? -1 : x > y ? 1 : 0;
        return ascending ? order : -order;
      });
      rows.forEach(function (row) { body.appendChild(row); });
    });
  });

  document.body.setAttribute('data-ready', 'true');
})();
