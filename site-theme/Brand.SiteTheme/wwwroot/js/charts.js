// Draws a chart above each data table marked <figure class="cc-chart" data-chart="bar|hbar|radar">.
// The table stays: it is the chart's text equivalent (RGAA), the no-JavaScript version and what prints
// when the canvas cannot. Each tbody row is a category (its <th> the label, each <td data-value> a number);
// each column after the first is a series, named by its <thead> <th>. data-chart-max sets the scale's top.
(function () {
  'use strict';
  if (typeof window.Chart !== 'function') {
    return;
  }

  // DSFR colours: blue France first, then illustrative ones that stay distinct for most colour visions.
  var colours = ['#000091', '#c9191e', '#18753c', '#b34000', '#6a6af4', '#695240'];
  var reduceMotion = window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches;

  function series(table) {
    var names = Array.prototype.slice.call(table.querySelectorAll('thead th')).slice(1).map(function (th) { return th.textContent.trim(); });
    var rows = Array.prototype.slice.call(table.querySelectorAll('tbody tr'));
    var labels = rows.map(function (tr) { var th = tr.querySelector('th'); return th ? th.textContent.trim() : ''; });
    var datasets = names.map(function (name, column) {
      return {
        label: name,
        data: rows.map(function (tr) {
          var cell = tr.querySelectorAll('td')[column];
          var value = cell ? cell.getAttribute('data-value') : null;
          return value === null || value === '' ? null : Number(value);
        })
      };
    });
    return { labels: labels, datasets: datasets };
  }

  function draw(figure) {
    var table = figure.querySelector('table');
    if (!table) {
      return;
    }

    var kind = figure.getAttribute('data-chart');
    var max = Number(figure.getAttribute('data-chart-max')) || undefined;
    var data = series(table);
    var radar = kind === 'radar';
    data.datasets.forEach(function (set, i) {
      var colour = colours[i % colours.length];
      set.backgroundColor = radar ? colour + '33' : colour;
      set.borderColor = colour;
      set.borderWidth = radar ? 2 : 0;
      set.pointBackgroundColor = colour;
    });

    var holder = document.createElement('div');
    holder.className = 'cc-chart__canvas';
    var canvas = document.createElement('canvas');
    var caption = figure.querySelector('figcaption');
    canvas.setAttribute('role', 'img');
    canvas.setAttribute('aria-label', (caption ? caption.textContent.trim() + ' — ' : '') + (figure.getAttribute('data-chart-alt') || ''));
    holder.appendChild(canvas);
    figure.insertBefore(holder, table.closest('.fr-table') || table);

    var scale = { min: 0, max: max, ticks: { precision: 0 } };
    new window.Chart(canvas, {
      type: radar ? 'radar' : 'bar',
      data: data,
      options: {
        indexAxis: kind === 'hbar' ? 'y' : 'x',
        maintainAspectRatio: false,
        animation: reduceMotion ? false : { duration: 400 },
        plugins: { legend: { display: data.datasets.length > 1, position: 'bottom' } },
        scales: radar ? { r: { min: 0, max: max, ticks: { stepSize: 20, backdropColor: 'transparent' } } }
          : kind === 'hbar' ? { x: scale } : { y: scale }
      }
    });
  }

  Array.prototype.forEach.call(document.querySelectorAll('figure.cc-chart[data-chart]'), draw);
})();
