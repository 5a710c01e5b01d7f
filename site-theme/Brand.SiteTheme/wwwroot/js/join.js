// The network's forms (join page, follow page, actor space): after a refused post, the focus moves to the summary of
// what to fix; a textarea with a length limit says how many characters are left. The forms work without it.
(function () {
  'use strict';

  var summary = document.querySelector('[data-error-summary]');
  if (summary) {
    summary.focus();
  }

  var areas = document.querySelectorAll('textarea[data-counter]');
  Array.prototype.forEach.call(areas, function (area) {
    var counter = document.getElementById(area.getAttribute('data-counter'));
    var max = parseInt(area.getAttribute('maxlength'), 10);
    if (!counter || !max) {
      return;
    }

    var french = document.documentElement.lang === 'fr';
    var timer;
    function update() {
      var left = max - area.value.length;
      counter.textContent = french
        ? left + (left > 1 ? ' caractères restants' : ' caractère restant') + ' sur ' + max + '.'
        : left + (left === 1 ? ' character' : ' characters') + ' left of ' + max + '.';
    }

    // Announced once typing pauses, not at every key.
    area.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(update, 400);
    });
    if (area.value.length > 0) {
      update();
    }
  });
})();
