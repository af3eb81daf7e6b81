/*
 * The AOR map. Leaflet draws this service's vector tiles (/tiles/aor, through Leaflet.VectorGrid)
 * over state outlines from its OGC API (/collections/states/items); a click or a search asks
 * /v1/resolve. Nothing is fetched from anywhere else, so the page works offline and under a
 * Content-Security-Policy that allows only this service.
 *
 * The page marks its progress on <html> for people and tests alike: data-tiles (loading, loaded),
 * data-states (loaded), data-edition, data-answer (asking, shown, problem).
 */
(function () {
  'use strict';

  /** A colour per office, chosen so that neighbouring AORs of either edition differ clearly. */
  var COLOURS = {
    ATL: '#1f77b4', BAL: '#b07aa1', BOS: '#76b7b2', BUF: '#ff9da7', CHI: '#9467bd',
    DAL: '#e15759', DEN: '#bcbd22', DET: '#86bcb6', ELP: '#a0cbe8', HLG: '#f28e2b',
    HOU: '#4e79a7', LOS: '#d37295', MIA: '#8c564b', NEW: '#d4a6c8', NOL: '#59a14f',
    NYC: '#edc948', PHI: '#2ca02c', PHO: '#b6992d', SEA: '#fabfd2', SFR: '#f1ce63',
    SLC: '#17becf', SNA: '#8cd17d', SND: '#499894', SPM: '#9c755f', WAS: '#ffbe7d'
  };

  /** How far to zoom in on an answer, by what it rests on. */
  var ZOOM = { point: 10, nearest: 10, street: 12, zip: 10, city: 9, county: 8, state: 6 };

  var root = document.documentElement;
  var status = document.getElementById('status');
  var current = { edition: '2021', params: null };

  var map = L.map('map', { minZoom: 2, maxZoom: 12, worldCopyJump: false });
  map.createPane('states').style.zIndex = 150; // beneath the tile pane: seen through the fills
  var popup = L.popup({ maxWidth: 360, autoPanPadding: [24, 24] });

  var aors = L.vectorGrid.protobuf(tileUrl(), {
    maxZoom: 12,
    rendererFactory: L.canvas.tile,
    vectorTileLayerStyles: { aor: aorStyle, offices: officeStyle },
    attribution: 'AORs: ICE ERO field-office and check-in listings; boundaries: US Census Bureau'
  });
  aors.on('loading', function () { root.dataset.tiles = 'loading'; });
  aors.on('load', function () { root.dataset.tiles = 'loaded'; });
  aors.addTo(map);

  restoreView();
  root.dataset.edition = current.edition;
  loadStates();
  fillLegend();

  map.on('moveend', function () {
    var c = map.getCenter();
    history.replaceState(null, '', '#' + map.getZoom() + '/' + c.lat.toFixed(4) + '/' + c.lng.toFixed(4));
  });
  map.on('click', function (e) {
    var at = e.latlng.wrap();
    ask({ lat: at.lat.toFixed(6), lon: at.lng.toFixed(6) }, e.latlng);
  });
  document.getElementById('search').addEventListener('submit', function (e) {
    e.preventDefault();
    var text = document.getElementById('query').value.trim();
    if (text) {
      ask(searchParams(text), null);
    }
  });
  document.getElementById('edition').addEventListener('change', function (e) {
    current.edition = e.target.value;
    root.dataset.edition = current.edition;
    aors.setUrl(tileUrl());
    fillLegend();
    if (current.params && popup.isOpen()) {
      ask(current.params, popup.getLatLng());
    }
  });

  function tileUrl() {
    return '/tiles/aor/{z}/{x}/{y}.mvt?edition=' + current.edition;
  }

  function aorStyle(properties) {
    return {
      fill: true, fillColor: COLOURS[properties.office] || '#9a9a9a', fillOpacity: 0.55,
      color: '#2a2a2a', weight: 1.2, opacity: 0.85
    };
  }

  function officeStyle(properties, zoom) {
    if (properties.kind === 'field-office') {
      return { radius: 5, fill: true, fillColor: '#ffffff', fillOpacity: 1, color: '#111111', weight: 2 };
    }
    return zoom < 6 ? [] :
      { radius: 3, fill: true, fillColor: '#111111', fillOpacity: 1, color: '#ffffff', weight: 1 };
  }

  /** Longitudes east of 0 (Guam, the western Aleutians) drawn west of Hawaii, beside the rest. */
  function pacific(lon) {
    return lon > 0 ? lon - 360 : lon;
  }

  function restoreView() {
    var m = /^#(\d{1,2})\/(-?\d+(?:\.\d+)?)\/(-?\d+(?:\.\d+)?)$/.exec(location.hash);
    if (m) {
      map.setView([+m[2], +m[3]], +m[1]);
    } else {
      map.setView([39.5, -98.5], 4);
    }
  }

  function loadStates() {
    getJson('/collections/states/items?limit=100').then(function (states) {
      L.geoJSON(states, {
        pane: 'states',
        renderer: L.canvas({ pane: 'states' }),
        interactive: false,
        coordsToLatLng: function (c) { return L.latLng(c[1], pacific(c[0])); },
        style: { color: '#56626d', weight: 1, opacity: 1, fillColor: '#f6f3ea', fillOpacity: 1 }
      }).addTo(map);
      root.dataset.states = 'loaded';
    }, showProblem);
  }

  function fillLegend() {
    getJson('/v1/offices?edition=' + current.edition).then(function (body) {
      var box = document.getElementById('legend');
      box.textContent = '';
      box.appendChild(el('h2', 'Field offices, ' + body.edition));
      var list = box.appendChild(el('ul'));
      body.offices.filter(function (o) { return o.aor; }).forEach(function (o) {
        var item = list.appendChild(el('li'));
        item.appendChild(swatch(o.code));
        item.appendChild(document.createTextNode(o.code + ' ' + o.name.replace(/ Field Office$/, '')));
      });
      var field = list.appendChild(el('li'));
      field.appendChild(el('span', '', 'point'));
      field.appendChild(document.createTextNode('field office'));
      var checkin = list.appendChild(el('li'));
      checkin.appendChild(el('span', '', 'point checkin'));
      checkin.appendChild(document.createTextNode('check-in office (zoom in)'));
      map.invalidateSize();
    }, showProblem);
  }

  function searchParams(text) {
    var m = /^([-+]?\d+(?:\.\d+)?)\s*[,;\s]\s*([-+]?\d+(?:\.\d+)?)$/.exec(text);
    if (m) {
      return { lat: m[1], lon: m[2] };
    }
    if (/^\d{5}(?:-?\d{4})?$/.test(text)) {
      return { zip: text };
    }
    return { address: text };
  }

  /** Asks /v1/resolve; shows the answer at latlng (a click) or pans to where it was worked out. */
  function ask(params, latlng) {
    current.params = params;
    root.dataset.answer = 'asking';
    status.textContent = '';
    if (latlng) {
      popup.setLatLng(latlng).setContent(el('p', 'Looking up…')).openOn(map);
    }
    var query = new URLSearchParams(params);
    query.set('edition', current.edition);
    getJson('/v1/resolve?' + query).then(function (answer) {
      var at = latlng;
      if (!at && answer.location) {
        at = L.latLng(answer.location.lat, pacific(answer.location.lon));
        map.setView(at, Math.max(map.getZoom(), ZOOM[answer.precision] || 8));
      }
      if (at) {
        popup.setLatLng(at).setContent(render(answer)).openOn(map);
      } else {
        status.textContent = answer.message || 'No office found.';
      }
      root.dataset.answer = 'shown';
    }, showProblem);
  }

  /** The answer as the popup shows it: office and contact, place, warnings, check-in office. */
  function render(a) {
    var box = el('div', '', 'answer');
    box.dataset.status = a.status;
    box.dataset.office = a.office ? a.office.code : '';
    var title = box.appendChild(el('h3'));
    if (a.office) {
      title.appendChild(swatch(a.office.code));
      title.appendChild(document.createTextNode(' ' + a.office.code + ' · ' + a.office.name));
      contact(box, a.office);
    } else {
      title.textContent = a.status === 'ambiguous' ? 'More than one office' : 'No field office';
      box.appendChild(el('p', a.message || a.reason || ''));
    }
    place(box, a);
    candidates(box, a);
    if (a.checkinOffice) {
      var c = a.checkinOffice;
      box.appendChild(el('p', 'Check in at: ' + c.name, 'checkin'));
      contact(box, c);
    }
    var note = 'Edition ' + a.edition + ' · ' + a.precision + ' precision';
    box.appendChild(el('p', note, 'muted'));
    return box;
  }

  function place(box, a) {
    var where = [a.county && a.county.name, a.state && a.state.name].filter(Boolean).join(', ');
    if (where) {
      box.appendChild(el('p', 'In ' + where, 'where'));
    }
    if (a.nearBoundary) {
      var km = (a.boundaryDistanceMeters / 1000).toFixed(1);
      var across = (a.candidates || []).filter(function (c) { return c.basis === 'across-boundary'; })
        .map(function (c) { return c.office.code + ' (' + c.office.name + ')'; });
      box.appendChild(el('p', '⚠ ' + km + ' km from an AOR boundary, within the accuracy of the'
        + ' boundaries' + (across.length ? ': it may be ' + across.join(' or ') : '') + '.', 'warning'));
    }
  }

  function candidates(box, a) {
    if (a.office || !a.candidates || !a.candidates.length) {
      return;
    }
    var list = box.appendChild(el('ul'));
    a.candidates.forEach(function (c) {
      var share = c.weight == null ? '' : ' · ' + Math.round(c.weight * 100) + ' %';
      var item = list.appendChild(el('li'));
      item.appendChild(swatch(c.office.code));
      item.appendChild(document.createTextNode(' ' + c.office.code + ' ' + c.office.name + share));
    });
  }

  function contact(box, o) {
    var lines = [o.street, [o.city, o.state].filter(Boolean).join(', ') + ' ' + (o.zip || ''), o.phone];
    box.appendChild(el('p', lines.filter(function (l) { return l && l.trim(); }).join(' · '), 'contact'));
  }

  function showProblem(problem) {
    root.dataset.answer = 'problem';
    popup.close();
    var errors = (problem && problem.errors) || [];
    status.textContent = errors.length
      ? errors.map(function (e) { return e.parameter + ': ' + e.expected; }).join('; ')
      : (problem && (problem.detail || problem.title || problem.message)) || 'The service did not answer.';
  }

  function getJson(url) {
    return fetch(url, { headers: { Accept: 'application/json' } }).then(function (response) {
      return response.json().then(function (body) {
        if (!response.ok) {
          throw body;
        }
        return body;
      });
    });
  }

  function swatch(code) {
    var s = el('span', '', 'swatch');
    s.style.backgroundColor = COLOURS[code] || '#9a9a9a';
    return s;
  }

  function el(tag, text, className) {
    var e = document.createElement(tag);
    if (text) {
      e.textContent = text;
    }
    if (className) {
      e.className = className;
    }
    return e;
  }
})();
