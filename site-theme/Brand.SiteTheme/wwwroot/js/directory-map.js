// The directory's map: the actors of the current page that have a position, drawn with Leaflet (from npm,
// served by the theme) over the tiles the site is configured with. The list stays the content: the map
// reads the list's own data attributes, shows nothing without JavaScript, and when the tiles cannot be
// loaded it goes away and a notice says the list is complete.
const block = document.getElementById('annuaire-carte-bloc');
const list = document.getElementById('annuaire-liste');

const NO_TILE_AFTER_MS = 15000;

if (block && list) {
  draw().catch(fail);
}

async function draw() {
  const points = [...list.querySelectorAll('[data-map-lat][data-map-lon]')]
    .map((item) => {
      const link = item.querySelector('.fr-card__title a');
      return {
        lat: Number(item.dataset.mapLat),
        lon: Number(item.dataset.mapLon),
        name: link?.textContent.trim() ?? '',
        url: link?.href,
        place: item.dataset.mapPlace ?? '',
      };
    })
    .filter((p) => Number.isFinite(p.lat) && Number.isFinite(p.lon) && p.url);
  if (points.length === 0) {
    return;
  }

  const lib = block.dataset.leaflet;
  await Promise.all([stylesheet(`${lib}leaflet.css`), script(`${lib}leaflet.js`)]);
  const L = window.L;
  block.hidden = false;
  // The wheel scrolls the page, not the map: a visitor scrolling past it must not get stuck zooming.
  const map = L.map(document.getElementById('annuaire-carte'), { scrollWheelZoom: false });
  const tiles = L.tileLayer(block.dataset.tileUrl, {
    attribution: block.dataset.attribution,
    maxZoom: Number(block.dataset.maxZoom) || 19,
  });
  let loaded = 0;
  let failed = 0;
  tiles.on('tileload', () => { loaded += 1; });
  tiles.on('tileerror', () => { failed += 1; });
  // 'load' comes once every visible tile has answered, well or not: none loaded means no usable map.
  tiles.on('load', () => {
    if (loaded === 0 && failed > 0) {
      fail(map);
    }
  });
  setTimeout(() => {
    if (loaded === 0) {
      fail(map);
    }
  }, NO_TILE_AFTER_MS);

  const markers = points.map((p) =>
    L.marker([p.lat, p.lon], { title: p.name, alt: p.name, keyboard: true }).bindPopup(() => popup(p)));
  const group = L.featureGroup(markers).addTo(map);
  // Framed on mainland France when some results are there: with an overseas actor in the list, the whole
  // globe would fit and mainland France be a speck. Overseas markers stay on the map, a zoom-out away.
  const mainland = markers.filter((m, i) => points[i].lat > 41 && points[i].lat < 51.5 && points[i].lon > -5.5 && points[i].lon < 10);
  const framed = L.featureGroup(mainland.length > 0 ? mainland : markers);
  if (framed.getLayers().length === 1) {
    map.setView(framed.getLayers()[0].getLatLng(), 11);
  } else {
    map.fitBounds(framed.getBounds(), { padding: [24, 24], maxZoom: 11 });
  }
  tiles.addTo(map);
}

function popup(point) {
  const box = document.createElement('div');
  const title = document.createElement('p');
  title.className = 'fr-text--bold fr-mb-1v';
  const link = Object.assign(document.createElement('a'), { href: point.url, textContent: point.name });
  title.append(link);
  box.append(title);
  if (point.place) {
    box.append(Object.assign(document.createElement('p'), { className: 'fr-text--sm fr-mb-0', textContent: point.place }));
  }
  return box;
}

let notified = false;

function fail(map) {
  if (notified) {
    return;
  }
  notified = true;
  if (map && typeof map.remove === 'function') {
    map.remove();
  }
  block.hidden = true;
  const notice = document.createElement('div');
  notice.className = 'fr-alert fr-alert--info fr-alert--sm fr-mb-3w';
  notice.append(Object.assign(document.createElement('p'), { textContent: block.dataset.error }));
  document.getElementById('annuaire-carte-message')?.append(notice);
}

function script(src) {
  if (window.L) {
    return Promise.resolve();
  }
  return new Promise((resolve, reject) => {
    const tag = Object.assign(document.createElement('script'), { src, onload: resolve, onerror: reject });
    document.head.append(tag);
  });
}

function stylesheet(href) {
  return new Promise((resolve, reject) => {
    const tag = Object.assign(document.createElement('link'), { rel: 'stylesheet', href, onload: resolve, onerror: reject });
    document.head.append(tag);
  });
}
