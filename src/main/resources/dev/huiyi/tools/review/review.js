// huiyi review, one report's page: a click on a record entry scrolls to its spans in the text and flashes them;
// the diff toggle shows what eval found missed and spurious; the JSON toggle shows the embedded record.
// Report text only ever enters the page as text (textContent), never as markup.
(function () {
  'use strict';
  var pieces = Array.prototype.slice.call(document.querySelectorAll('#text [data-s]'));
  var flashed = [];

  function parseSpans(attribute) {
    return attribute.split(' ').map(function (pair) {
      var ends = pair.split('-');
      return { start: Number(ends[0]), end: Number(ends[1]) };
    });
  }

  function flash(spans) {
    flashed.forEach(function (el) { el.classList.remove('flash'); el.removeAttribute('data-flash'); });
    flashed = [];
    spans.forEach(function (span, index) {
      pieces.forEach(function (el) {
        if (Number(el.dataset.s) >= span.start && Number(el.dataset.e) <= span.end) {
          el.setAttribute('data-flash', String(index));
          flashed.push(el);
        }
      });
    });
    void document.body.offsetWidth; // restart the animation when the same entry is clicked again
    flashed.forEach(function (el) { el.classList.add('flash'); });
    if (flashed.length > 0) {
      flashed[0].scrollIntoView({ block: 'center' });
    }
  }

  document.addEventListener('click', function (event) {
    var target = event.target.closest('[data-spans]');
    if (target) {
      flash(parseSpans(target.getAttribute('data-spans')));
    }
  });

  var diffToggle = document.getElementById('diff-toggle');
  if (diffToggle) {
    diffToggle.addEventListener('click', function () {
      var on = document.body.classList.toggle('diff');
      diffToggle.setAttribute('aria-pressed', String(on));
    });
  }

  var jsonToggle = document.getElementById('json-toggle');
  var jsonView = document.getElementById('json');
  jsonToggle.addEventListener('click', function () {
    if (!jsonView.textContent) {
      var record = JSON.parse(document.getElementById('record-json').textContent);
      jsonView.textContent = JSON.stringify(record, null, 2);
    }
    jsonView.hidden = !jsonView.hidden;
  });

  document.body.setAttribute('data-ready', 'true');
})();
