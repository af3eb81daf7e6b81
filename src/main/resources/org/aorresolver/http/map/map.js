/*
 * The AOR map. Leaflet draws this service's vector tiles (/tiles/aor, through Leaflet.VectorGrid)
 * over land from its OGC API (/collections/states/items), with the state lines above the AOR fills
 * and the AOR lines, office codes and offices above them; a click or a search asks /v1/resolve.
 * Insets show Alaska, Hawaii, Puerto Rico and the Virgin Islands, Guam and the Northern Mariana
 * Islands beside the conterminous United States. Nothing is fetched from anywhere else, so the page
 * works offline and under a Content-Security-Policy that allows only this service.
 *
 * The page marks its progress on <html> for people and tests alike: data-tiles (loading, loaded),
 * data-states (loaded), data-edition, data-insets (shown, hidden), data-answer (asking, shown,
 * problem).
 */
(function () {
  'use strict';

  /** The conterminous United States: the opening view, with the insets beside it. */
  var CONTERMINOUS = L.latLngBounds([24.4, -124.9], [49.4, -66.9]);

  /**
   * The areas off the conterminous United States. Longitudes east of 0 (Guam, the western
   * Aleutians) are written west of -180, where the page draws them: beside the rest.
   */
  var AREAS = {
    ak: [[51.2, -187.6], [71.5, -129.9]], // Alaska
    hi: [[18.8, -160.4], [22.4, -154.7]], // Hawaii
    gu: [[13.1, -215.6], [20.7, -213.8]], // Guam and the Northern Mariana Islands
    guInset: [[13.15, -215.45], [15.35, -214.15]], // Guam to Saipan, where nearly all live
    pr: [[17.6, -67.4], [18.6, -64.5]] // Puerto Rico and the Virgin Islands
  };

  /** How far to zoom in on an answer, by what it rests on. */
  var ZOOM = { point: 10, nearest: 10, street: 12, zip: 10, city: 9, county: 8, state: 6 };

  var LINE = '#1f2933';

  var root = document.documentElement;
  var status = document.getElementById('status');
  var current = { edition: '2021', params: null };
  var palette = { offices: {} };
  var pending = 0;

  var map = L.map('map', { minZoom: 2, maxZoom: 12, zoomSnap: 0.25, worldCopyJump: false });
  map.createPane('land').style.zIndex = 150; // beneath the AOR fills (tile pane, 200)
  map.createPane('outlines').style.zIndex = 250; // state lines, above the fills
  map.createPane('ink').style.zIndex = 300; // AOR lines, office codes and offices, above them
  map.getPane('outlines').style.pointerEvents = 'none';
  map.getPane('ink').style.pointerEvents = 'none';
  var popup = L.popup({ maxWidth: 360, autoPanPadding: [24, 24] });
  var layers = [];
  var insets = [];

  getJson('/map/palette.json').then(start, showProblem);

  function start(colours) {
    palette = colours;
    map.getContainer().style.background = palette.sea;
    root.dataset.edition = current.edition;
    show(map, { aor: fill, labels: none, offices: none });
    show(map, { aor: line, labels: label, offices: officeStyle }, 'ink');
    map.attributionControl.addAttribution(
      'AORs: ICE ERO field-office and check-in listings; boundaries: US Census Bureau');
    homeControl().addTo(map);
    restoreView();
    ['ak', 'hi', 'gu', 'pr'].forEach(function (id) {
      insets.push(inset(id));
    });
    loadStates();
    fillLegend();
    showInsets();
    map.on('moveend', function () {
      var c = map.getCenter();
      history.replaceState(null, '', '#' + map.getZoom() + '/' + c.lat.toFixed(4) + '/' + c.lng.toFixed(4));
      showInsets();
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
      // removed and added again rather than redrawn: Leaflet's redraw asks for tiles at a
      // fractional zoom
      layers.forEach(function (l) {
        l.layer.setUrl(tileUrl(), true);
        l.map.removeLayer(l.layer);
        l.layer.addTo(l.map);
      });
      fillLegend();
      if (current.params && popup.isOpen()) {
        ask(current.params, popup.getLatLng());
      }
    });
  }

  function tileUrl() {
    return '/tiles/aor/{z}/{x}/{y}.mvt?edition=' + current.edition;
  }

  /**
   * Adds a layer of the AOR tiles drawn with these styles to a map (in a pane), remembering it for
   * the edition switch.
   */
  function show(on, styles, pane) {
    var layer = L.vectorGrid.protobuf(tileUrl(), {
      maxZoom: 12,
      pane: pane || 'tilePane',
      rendererFactory: labelledTiles(on),
      vectorTileLayerStyles: styles
    });
    layer.on('loading', function () {
      pending++;
      root.dataset.tiles = 'loading';
    });
    layer.on('load', function () {
      pending = Math.max(0, pending - 1);
      if (pending === 0) {
        root.dataset.tiles = 'loaded';
      }
    });
    layers.push({ layer: layer.addTo(on), map: on });
  }

  function colour(office) {
    return palette.offices[office] || palette.land;
  }

  /** AORs filled opaque in their office's colour: the legend's swatches are exactly that colour. */
  function fill(properties) {
    return { fill: true, fillColor: colour(properties.office), fillOpacity: 1, stroke: false };
  }

  function none() {
    return [];
  }

  function line() {
    return { fill: false, color: LINE, weight: 1.4, opacity: 1 };
  }

  function label(properties) {
    return { label: properties.office, radius: 20, fill: false, stroke: false };
  }

  function officeStyle(properties, zoom) {
    if (properties.kind === 'field-office') {
      return { radius: 5, fill: true, fillColor: '#ffffff', fillOpacity: 1, color: LINE, weight: 2 };
    }
    return zoom < 6 ? [] :
      { radius: 3, fill: true, fillColor: '#111111', fillOpacity: 1, color: '#ffffff', weight: 1 };
  }

  /**
   * Canvas tiles that write a point styled with `label` as that text, black on a white halo, at a
   * size that stays the same however much Leaflet scales the tiles of `onMap` between zooms.
   */
  function labelledTiles(onMap) {
    var Tile = L.Canvas.Tile.extend({
      _updateCircle: function (layer) {
        var text = layer.options.label;
        if (!text) {
          return L.Canvas.Tile.prototype._updateCircle.call(this, layer);
        }
        var ctx = this._ctx;
        var size = 13 / Math.pow(2, onMap.getZoom() - this._tileCoord.z);
        ctx.save();
        ctx.font = '600 ' + size.toFixed(1) + 'px system-ui, "DejaVu Sans", sans-serif';
        ctx.textAlign = 'center';
        ctx.textBaseline = 'middle';
        ctx.lineJoin = 'round';
        ctx.lineWidth = size / 3.5;
        ctx.strokeStyle = '#ffffff';
        ctx.strokeText(text, layer._point.x, layer._point.y);
        ctx.fillStyle = '#000000';
        ctx.fillText(text, layer._point.x, layer._point.y);
        ctx.restore();
        this._drawnLayers[layer._leaflet_id] = layer;
      }
    });
    return function (coords, size, options) {
      return new Tile(coords, size, options);
    };
  }

  /** Longitudes east of 0 (Guam, the western Aleutians) drawn west of Hawaii, beside the rest. */
  function pacific(lon) {
    return lon > 0 ? lon - 360 : lon;
  }

  function restoreView() {
    var m = /^#(\d{1,2}(?:\.\d+)?)\/(-?\d+(?:\.\d+)?)\/(-?\d+(?:\.\d+)?)$/.exec(location.hash);
    if (m) {
      map.setView([+m[2], +m[3]], +m[1]);
    } else {
      openingView();
    }
  }

  /** The conterminous United States, clear of the insets along the bottom. */
  function openingView() {
    map.fitBounds(CONTERMINOUS, { paddingTopLeft: [12, 12], paddingBottomRight: [12, 24] });
  }

  function homeControl() {
    var Home = L.Control.extend({
      options: { position: 'topleft' },
      onAdd: function () {
        var bar = L.DomUtil.create('div', 'leaflet-bar');
        var button = L.DomUtil.create('a', 'home', bar);
        button.href = '#';
        button.role = 'button';
        button.title = 'Every area';
        button.setAttribute('aria-label', 'Show every area');
        button.textContent = '⌂';
        L.DomEvent.disableClickPropagation(bar);
        L.DomEvent.on(button, 'click', function (e) {
          L.DomEvent.preventDefault(e);
          openingView();
        });
        return bar;
      }
    });
    return new Home();
  }

  /** A small fixed map of an area; it, or its caption, takes the main map there. */
  function inset(id) {
    var bounds = AREAS[id];
    var figure = document.getElementById('inset-' + id);
    var small = L.map(figure.querySelector('.inset-map'), {
      zoomSnap: 0, zoomControl: false, attributionControl: false, dragging: false,
      scrollWheelZoom: false, doubleClickZoom: false, boxZoom: false, keyboard: false,
      touchZoom: false
    });
    small.fitBounds(AREAS[id + 'Inset'] || bounds);
    small.getContainer().style.background = palette.sea;
    show(small, { aor: insetAor, labels: label, offices: officeStyle });
    function go() {
      map.fitBounds(bounds);
    }
    small.on('click', go);
    figure.querySelector('button').addEventListener('click', go);
    return { figure: figure, map: small };
  }

  /** Filled, with a thin line, so that small islands still show their colour. */
  function insetAor(properties) {
    return [fill(properties), { fill: false, color: LINE, weight: 0.6, opacity: 1 }];
  }

  /** The insets where the conterminous United States is in view whole, as in the opening view. */
  function showInsets() {
    var shown = map.getBounds().contains(CONTERMINOUS);
    document.getElementById('insets').hidden = !shown;
    root.dataset.insets = shown ? 'shown' : 'hidden';
    if (shown) {
      insets.forEach(function (i) { i.map.invalidateSize(); });
    }
  }

  function loadStates() {
    getJson('/collections/states/items?limit=100').then(function (states) {
      var coords = function (c) { return L.latLng(c[1], pacific(c[0])); };
      L.geoJSON(states, {
        pane: 'land',
        renderer: L.canvas({ pane: 'land' }),
        interactive: false,
        coordsToLatLng: coords,
        style: { stroke: false, fillColor: palette.land, fillOpacity: 1 }
      }).addTo(map);
      L.geoJSON(states, {
        pane: 'outlines',
        renderer: L.canvas({ pane: 'outlines' }),
        interactive: false,
        coordsToLatLng: coords,
        style: { color: '#5b6670', weight: 0.8, opacity: 0.7, fill: false }
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
        item.dataset.office = o.code;
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
      var where = c.rule === 'field-office'
        ? 'No listed check-in office serves this place; ask the ' + c.name
        : 'Check in at: ' + c.name;
      box.appendChild(el('p', where, 'checkin'));
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
    s.style.backgroundColor = colour(code);
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
