// Enhances the content editor when JavaScript runs; without it every field works as plain HTML.
// - A rich-text textarea gets a Quill editor; the textarea stays the submitted field (kept in sync), and the
//   engine sanitizes the HTML on save whatever the browser sends.
// - A geo point gets a Leaflet map: a click or a drag of the marker fills the latitude and longitude fields.
(function () {
  'use strict';

  function richText(textarea) {
    if (!window.Quill || textarea.disabled) {
      return;
    }

    var holder = document.createElement('div');
    holder.className = 'bo-richtext';
    textarea.insertAdjacentElement('afterend', holder);
    var quill = new window.Quill(holder, {
      theme: 'snow',
      modules: {
        toolbar: [[{ header: [2, 3, 4, false] }], ['bold', 'italic', 'link'], [{ list: 'ordered' }, { list: 'bullet' }], ['blockquote', 'clean']],
      },
    });
    quill.setContents(quill.clipboard.convert({ html: textarea.value }), 'silent');
    var label = document.querySelector('label[for="' + textarea.id + '"]');
    quill.root.setAttribute('role', 'textbox');
    quill.root.setAttribute('aria-multiline', 'true');
    if (label) {
      label.id = label.id || textarea.id + '-label';
      quill.root.setAttribute('aria-labelledby', label.id);
    }
    if (textarea.getAttribute('aria-describedby')) {
      quill.root.setAttribute('aria-describedby', textarea.getAttribute('aria-describedby'));
    }
    if (textarea.getAttribute('aria-invalid')) {
      quill.root.setAttribute('aria-invalid', 'true');
    }
    textarea.hidden = true;

    var sync = function () {
      textarea.value = quill.getText().trim().length === 0 ? '' : quill.getSemanticHTML();
    };
    quill.on('text-change', sync);
    if (textarea.form) {
      textarea.form.addEventListener('submit', sync);
    }
  }

  function geoMap(block) {
    if (!window.L || !block.dataset.tileUrl) {
      return;
    }

    var fieldset = block.closest('fieldset');
    var lat = fieldset.querySelector('[data-geo-lat]');
    var lon = fieldset.querySelector('[data-geo-lon]');
    var readOnly = block.dataset.readonly === 'true';
    block.hidden = false;
    var parse = function (input) {
      var n = parseFloat(String(input.value).replace(',', '.'));
      return isNaN(n) ? null : n;
    };
    var start = parse(lat) !== null && parse(lon) !== null ? [parse(lat), parse(lon)] : null;
    var map = window.L.map(block).setView(start || [46.6, 2.4], start ? 13 : 5);
    window.L.tileLayer(block.dataset.tileUrl, { attribution: block.dataset.attribution, maxZoom: Number(block.dataset.maxZoom) || 19 }).addTo(map);
    var marker = null;
    var place = function (latlng) {
      if (!marker) {
        marker = window.L.marker(latlng, { draggable: !readOnly, keyboard: true, title: 'Position' }).addTo(map);
        marker.on('dragend', function () { write(marker.getLatLng()); });
      } else {
        marker.setLatLng(latlng);
      }
    };
    var write = function (latlng) {
      lat.value = latlng.lat.toFixed(6);
      lon.value = latlng.lng.toFixed(6);
    };
    if (start) {
      place(start);
    }
    if (!readOnly) {
      map.on('click', function (e) { place(e.latlng); write(e.latlng); });
      [lat, lon].forEach(function (input) {
        input.addEventListener('change', function () {
          if (parse(lat) !== null && parse(lon) !== null) {
            place([parse(lat), parse(lon)]);
            map.setView([parse(lat), parse(lon)]);
          }
        });
      });
    }
  }

  document.querySelectorAll('textarea[data-richtext]').forEach(richText);
  document.querySelectorAll('[data-geo-map]').forEach(geoMap);
})();
