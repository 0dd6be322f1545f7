// The data map's script: renders the embedded inventory (schemas/
// inventory-v1.json with the data-map properties) into the counts, the
// entity table and the access-path graph. No network, no library. When it
// is done it writes what it drew into #render-status, for the tests.
(function () {
  'use strict';
  var T0 = performance.now();
  var doc = JSON.parse(document.getElementById('privlint-inventory').textContent);
  var fields = doc.fields || [], entities = doc.entities || [], paths = doc.access_paths || [];
  var strings = doc.strings || [], entityOf = [];
  entities.forEach(function (e, i) { e.fields.forEach(function (k) { entityOf[k] = i; }); });
  var $ = function (id) { return document.getElementById(id); };

  function esc(s) {
    return String(s).replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }
  function plural(n, one, many) { return n + ' ' + (n === 1 ? one : many); }
  function loc(o) { return o.file + ':' + o.line + (o.column ? ':' + o.column : ''); }

  // --- counts ---------------------------------------------------------------
  var s = doc.summary || {};
  $('counts').innerHTML =
    '<strong>' + esc(plural(s.fields || 0, 'personal-data field', 'personal-data fields')) + '</strong> in <strong>' +
    esc(plural(s.entities || 0, 'entity', 'entities')) + '</strong>; <strong class="bad">' +
    esc(plural(s.plaintext_contact_fields || 0, 'contact field', 'contact fields')) + '</strong> stored in plaintext; <strong class="bad">' +
    esc(s.anonymous_contact_fields || 0) + '</strong> readable without authentication';

  // --- entity rows -------------------------------------------------------------
  function anonymous(f) {
    for (var i = 0; i < f.exposures.length; ++i) if (f.exposures[i].audience === 'anonymous') return true;
    return false;
  }
  function exposureOf(f) {
    if (!f.exposures.length) return 'not exposed';
    return anonymous(f) ? 'anonymous' : f.exposures[0].audience;
  }
  var rows = entities.map(function (e, i) {
    var fs = e.fields.map(function (k) { return fields[k]; });
    var cats = {}, subjects = {}, prots = {}, exps = {}, who = {};
    fs.forEach(function (f) {
      f.categories.forEach(function (c) { cats[c] = 1; });
      if (f.subject) subjects[f.subject] = 1;
      prots[f.protection] = (prots[f.protection] || 0) + 1;
      exps[exposureOf(f)] = 1;
      f.exposures.forEach(function (x) {
        var k = x.role || x.audience;
        who[k] = who[k] || x.audience === 'anonymous';
      });
    });
    var expKeys = Object.keys(exps).sort();
    return { i: i, e: e, cats: cats, subjects: subjects, prots: prots, exps: exps, who: who,
      file: e.file + ':' + String(e.line).padStart(7, '0'), entity: e.entity.toLowerCase(),
      nfields: fs.length, protection: Object.keys(prots).sort().join(' '),
      exposure: (exps.anonymous ? '0' : '1') + expKeys.join(' ') };
  });

  function fillSelect(id, values) {
    var sel = $(id), html = '';
    Object.keys(values).sort().forEach(function (v) { html += '<option>' + esc(v) + '</option>'; });
    sel.insertAdjacentHTML('beforeend', html);
  }
  var all = { cats: {}, subjects: {}, prots: {}, exps: {}, fe: {} };
  rows.forEach(function (r) {
    Object.assign(all.cats, r.cats); Object.assign(all.subjects, r.subjects);
    Object.assign(all.prots, r.prots); Object.assign(all.exps, r.exps); all.fe[r.e.frontend] = 1;
  });
  fillSelect('f-category', all.cats); fillSelect('f-subject', all.subjects);
  fillSelect('f-protection', all.prots); fillSelect('f-exposure', all.exps); fillSelect('f-frontend', all.fe);

  function rowHtml(r) {
    var e = r.e, h = '<tr data-entity="' + r.i + '"><td>' + esc(loc(e)) + '</td><td>' + esc(e.entity) +
      '<br><span class="kind">' + esc(e.entity_kind) + ' · ' + esc(e.frontend) + '</span></td><td>';
    e.fields.forEach(function (k) {
      var f = fields[k];
      h += '<button type="button" class="field" data-field="' + k + '">' + esc(f.field) +
        ' <span class="cat">' + esc(f.categories.join(', ')) + (f.subject && f.subject !== 'person' ? ' (' + esc(f.subject) + ')' : '') + '</span></button>';
    });
    h += '</td><td>';
    Object.keys(r.prots).sort().forEach(function (p) {
      h += '<span class="pill ' + esc(p) + '">' + esc(p) + (r.nfields > 1 ? ' ×' + r.prots[p] : '') + '</span>';
    });
    h += '</td><td>';
    var who = Object.keys(r.who).sort();
    if (!who.length) h += '<span class="pill">not exposed</span>';
    who.forEach(function (x) {
      h += '<span class="pill' + (r.who[x] ? ' anon' : '') + '"' + (r.who[x] ? ' title="no authentication needed"' : '') + '>' + esc(x) + '</span>';
    });
    return h + '</td></tr>';
  }

  // Rows are drawn a page at a time: laying out thousands of rows at once
  // would keep the page busy for seconds.
  var PAGE = 200, sortKey = 'file', sortDir = 1, current = [], drawn = 0;
  function drawMore(n) {
    var upto = Math.min(current.length, drawn + n);
    document.querySelector('#entities tbody').insertAdjacentHTML('beforeend', current.slice(drawn, upto).map(rowHtml).join(''));
    drawn = upto;
    var rest = current.length - drawn;
    $('shown').textContent = 'Showing ' + drawn + ' of ' + current.length + ' matching (' +
      plural(rows.length, 'entity', 'entities') + ' in all).';
    $('more').hidden = $('all').hidden = rest === 0;
    $('more').textContent = 'Show ' + Math.min(PAGE, rest) + ' more';
    $('all').textContent = 'Show all ' + current.length;
  }
  function renderTable() {
    var f = { cat: $('f-category').value, sub: $('f-subject').value, prot: $('f-protection').value,
      exp: $('f-exposure').value, fe: $('f-frontend').value, file: $('f-file').value.toLowerCase() };
    var shown = rows.filter(function (r) {
      return (!f.cat || r.cats[f.cat]) && (!f.sub || r.subjects[f.sub]) && (!f.prot || r.prots[f.prot]) &&
        (!f.exp || r.exps[f.exp]) && (!f.fe || r.e.frontend === f.fe) &&
        (!f.file || r.e.file.toLowerCase().indexOf(f.file) >= 0);
    });
    var key = sortKey === 'fields' ? 'nfields' : sortKey;
    shown.sort(function (a, b) {
      var x = a[key], y = b[key];
      return (x < y ? -1 : x > y ? 1 : a.i - b.i) * sortDir;
    });
    current = shown;
    drawn = 0;
    document.querySelector('#entities tbody').innerHTML = '';
    drawMore(PAGE);
    return shown.length;
  }
  $('more').addEventListener('click', function () { drawMore(PAGE); });
  $('all').addEventListener('click', function () { drawMore(current.length); });
  document.querySelectorAll('#entities th').forEach(function (th) {
    th.querySelector('button').addEventListener('click', function () {
      var k = th.getAttribute('data-key');
      sortDir = k === sortKey ? -sortDir : 1;
      sortKey = k;
      document.querySelectorAll('#entities th').forEach(function (o) { o.setAttribute('aria-sort', 'none'); });
      th.setAttribute('aria-sort', sortDir > 0 ? 'ascending' : 'descending');
      renderTable();
    });
  });
  $('filters').addEventListener('input', renderTable);
  $('filters').addEventListener('submit', function (ev) { ev.preventDefault(); });

  // --- field details -------------------------------------------------------------
  function list(items) {
    return items.length ? '<ul>' + items.map(function (i) { return '<li>' + i + '</li>'; }).join('') + '</ul>' : '<p>none</p>';
  }
  function showField(k) {
    var f = fields[k];
    if (!f) return;
    $('details-title').textContent = f.entity + '.' + f.field;
    var ent = entities[entityOf[k]] || {};
    var h = '<p><code>' + esc(loc(f)) + '</code> · ' + esc(f.entity_kind) + ' · ' + esc(ent.frontend || '') +
      ' · type <code>' + esc(f.type || '?') + '</code></p>';
    h += '<h3>Categories</h3>' + list((f.classification_refs || []).map(function (c) {
      var ev = c.evidence.map(function (i) { return strings[i]; });
      return '<strong>' + esc(c.category) + '</strong>' + (c.strong ? ' (strong)' : '') + ': ' + esc(ev.join('; '));
    }));
    if (f.subject) h += '<h3>Subject: ' + esc(f.subject) + '</h3>' + list(f.subject_evidence.map(esc));
    h += '<h3>Protection: ' + esc(f.protection) + '</h3>' + list(f.evidence.map(esc));
    h += '<h3>Exposure</h3>' + list(f.exposures.map(function (x) {
      var hops = (x.path || []).map(function (p) { return '<code>' + esc(loc(p)) + '</code> ' + esc(p.message); });
      return esc(x.role || x.audience) + ' via <code>' + esc(x.via) + '</code> (' + esc(x.channel) + ', <code>' +
        esc(x.file + ':' + x.line) + '</code>)' + (hops.length ? list(hops) : '');
    }));
    if (f.reported_by && f.reported_by.length) h += '<h3>Reported by</h3>' + list(f.reported_by.map(esc));
    $('details-body').innerHTML = h;
    $('details').hidden = false;
    document.querySelectorAll('.graph .selected').forEach(function (n) { n.classList.remove('selected'); });
    var node = document.querySelector('.graph [data-field="' + k + '"]');
    if (node) node.classList.add('selected');
  }
  document.addEventListener('click', function (ev) {
    var t = ev.target.closest ? ev.target.closest('[data-field]') : null;
    if (t) showField(+t.getAttribute('data-field'));
  });
  document.addEventListener('keydown', function (ev) {
    var t = ev.target;
    if ((ev.key === 'Enter' || ev.key === ' ') && t.getAttribute && t.getAttribute('role') === 'button' && t.hasAttribute('data-field')) {
      ev.preventDefault();
      showField(+t.getAttribute('data-field'));
    }
  });
  $('details-close').addEventListener('click', function () { $('details').hidden = true; });

  // --- access-path graph ---------------------------------------------------------
  // Four columns (audience, mechanism, entity, field). Nodes are ordered so
  // that edges cross little, then placed from the right: each node sits at
  // the mean height of its successors, pushed down to keep a fixed gap.
  var ROW = 24, NODE_H = 18, CHAR_W = 7.2, MAX_CHARS = 56, PAD = 8, GAP = 56, TOP = 28;
  var cols = [[], [], [], []], byKey = [{}, {}, {}, {}], edges = {};
  function node(c, key, label, kind, extra) {
    var n = byKey[c][key];
    if (!n) {
      n = byKey[c][key] = { c: c, key: key, label: label, kind: kind, next: [], nextSet: {}, prev: 0, y: 0 };
      if (extra) Object.assign(n, extra);
      cols[c].push(n);
    }
    return n;
  }
  function link(a, b) {
    if (a.nextSet[b.key]) return;
    a.nextSet[b.key] = 1;
    a.next.push(b);
    edges[a.c + '\u0000' + a.key + '\u0000' + b.key] = [a, b];
  }
  paths.forEach(function (p) {
    var f = fields[p.field], ent = entities[p.entity];
    var a = node(0, p.audience_kind + ':' + p.audience, p.audience, p.audience_kind);
    // A policy's name already says "policy".
    var ml = p.mechanism_kind === 'policy' ? p.mechanism : p.mechanism_kind + ' ' + p.mechanism;
    var m = node(1, p.mechanism_kind + ':' + p.mechanism, ml, p.mechanism_kind);
    var e = node(2, String(p.entity), ent.entity, ent.entity_kind, { entity: p.entity });
    var fl = node(3, String(p.field), f.field, 'field', { field: p.field });
    link(a, m); link(m, e); link(e, fl);
  });
  function byLabel(a, b) { return a.label < b.label ? -1 : a.label > b.label ? 1 : 0; }
  cols[0].sort(byLabel);
  for (var c = 1; c < 4; ++c) {
    // Order by the first predecessor's position (a barycentre would do too).
    cols[c - 1].forEach(function (n, i) { n.order = i; });
    cols[c].forEach(function (n) { n.rank = Infinity; });
    cols[c - 1].forEach(function (n) { n.next.forEach(function (m) { if (m.rank > n.order) m.rank = n.order; }); });
    cols[c].sort(function (a, b) { return a.rank - b.rank || byLabel(a, b); });
  }
  cols[3].forEach(function (n, i) { n.y = TOP + i * ROW; });
  for (c = 2; c >= 0; --c) {
    var prevY = -Infinity;
    cols[c].forEach(function (n) {
      // An audience reaches many mechanisms: it sits by its first one, at the
      // top of its paths, rather than in the middle of a tall graph.
      var sum = 0, min = Infinity;
      n.next.forEach(function (m) { sum += m.y; min = Math.min(min, m.y); });
      var want = !n.next.length ? TOP : c === 0 ? min : sum / n.next.length;
      n.y = Math.max(want, prevY + ROW);
      prevY = n.y;
    });
  }
  function shown(label) { return label.length > MAX_CHARS ? label.slice(0, MAX_CHARS - 1) + '\u2026' : label; }
  // Widths from the font's own metrics (canvas), so every label fits its box.
  var ctx = document.createElement('canvas').getContext('2d');
  ctx.font = '12px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
  function textWidth(t) { return ctx ? ctx.measureText(t).width : t.length * CHAR_W; }
  var x = PAD, widths = [];
  var titles = ['audience', 'mechanism', 'entity', 'field'];
  for (c = 0; c < 4; ++c) {
    var w = 0;
    cols[c].forEach(function (n) { n.text = shown(n.label); w = Math.max(w, textWidth(n.text)); });
    widths[c] = Math.max(80, Math.ceil(w) + 2 * PAD + 2);
    cols[c].forEach(function (n) { n.x = x; n.w = widths[c]; });
    x += widths[c] + GAP;
  }
  var height = TOP;
  cols.forEach(function (col) { col.forEach(function (n) { height = Math.max(height, n.y + ROW); }); });
  var svg = '';
  var nodesDrawn = 0;
  if (!paths.length) {
    $('graph').innerHTML = '<p class="hint">No field is readable without authentication.</p>';
  } else {
    svg += '<svg xmlns="http://www.w3.org/2000/svg" width="' + (x - GAP + PAD) + '" height="' + (height + PAD) +
      '" role="group" aria-label="anonymous access paths">';
    var cx = PAD;
    for (c = 0; c < 4; ++c) { svg += '<text class="column-title" x="' + cx + '" y="14">' + titles[c] + '</text>'; cx += widths[c] + GAP; }
    var ed = '';
    Object.keys(edges).forEach(function (k) {
      var a = edges[k][0], b = edges[k][1], x1 = a.x + a.w, x2 = b.x, mx = (x1 + x2) / 2;
      ed += 'M' + x1 + ' ' + a.y + 'C' + mx + ' ' + a.y + ' ' + mx + ' ' + b.y + ' ' + x2 + ' ' + b.y;
    });
    svg += '<path class="edge" d="' + ed + '"/>';
    cols.forEach(function (col, ci) {
      col.forEach(function (n) {
        var cls = ['audience', 'mechanism', 'entity', 'field'][ci];
        var attrs = ci === 3 ? ' data-field="' + n.field + '" tabindex="0" role="button" aria-label="' +
          esc(fields[n.field].entity + '.' + n.label) + ': show evidence"' : '';
        svg += '<g class="node ' + cls + '" data-node="' + ci + '"' + attrs + '><title>' + esc(n.label) + '</title><rect x="' + n.x +
          '" y="' + (n.y - NODE_H / 2) + '" width="' + n.w + '" height="' + NODE_H + '"/><text x="' + (n.x + PAD) +
          '" y="' + n.y + '">' + esc(n.text) + '</text></g>';
        ++nodesDrawn;
      });
    });
    svg += '</svg>';
    $('graph').innerHTML = svg;
  }

  var T1 = performance.now();
  var tableRows = renderTable();
  var T2 = performance.now();

  // --- self-check: no two nodes overlap, every label fits its box -----------------
  function overlaps() {
    var boxes = [];
    document.querySelectorAll('.graph g.node rect').forEach(function (r) {
      boxes.push({ x: +r.getAttribute('x'), y: +r.getAttribute('y'), w: +r.getAttribute('width'), h: +r.getAttribute('height') });
    });
    boxes.sort(function (a, b) { return a.y - b.y; });
    var n = 0;
    for (var i = 0; i < boxes.length; ++i)
      for (var j = i + 1; j < boxes.length && boxes[j].y < boxes[i].y + boxes[i].h; ++j)
        if (boxes[j].x < boxes[i].x + boxes[i].w && boxes[i].x < boxes[j].x + boxes[j].w) ++n;
    return n;
  }
  function overflows() {
    var n = 0;
    document.querySelectorAll('.graph g.node').forEach(function (g) {
      var r = g.querySelector('rect'), t = g.querySelector('text');
      if (t.getComputedTextLength() > +r.getAttribute('width') - PAD) ++n;
    });
    return n;
  }
  var st = $('render-status');
  st.setAttribute('data-overlaps', String(overlaps()));
  st.setAttribute('data-label-overflows', String(overflows()));
  st.setAttribute('data-graph-nodes', String(nodesDrawn));
  st.setAttribute('data-graph-columns', cols.map(function (c) { return c.length; }).join(' '));
  st.setAttribute('data-table-rows', String(drawn));
  st.setAttribute('data-table-matches', String(tableRows));
  var T3 = performance.now();
  st.setAttribute('data-phases-ms', 'graph=' + (T1 - T0).toFixed(0) + ' table=' + (T2 - T1).toFixed(0) + ' check=' + (T3 - T2).toFixed(0));
  st.setAttribute('data-render-ms', (performance.now() - T0).toFixed(1));
  st.setAttribute('data-interactive-ms', performance.now().toFixed(1));
  st.setAttribute('data-done', 'true');
  st.textContent = 'rendered';
})();
