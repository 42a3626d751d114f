// The directory's sort, search and filters. The table is server-rendered and complete
// without this script; the script only hides rows (the `hidden` attribute, changed only
// when a row's state changes) and reorders them (one DocumentFragment per sort). Row
// facts are read once from data- attributes. Filter state lives in the URL.
(function () {
  'use strict';
  var table = document.getElementById('directory');
  var form = document.getElementById('filters');
  if (!table || !form) return;
  var tbody = table.tBodies[0];
  var heads = Array.prototype.slice.call(table.tHead.rows[0].cells);
  var count = document.getElementById('count');
  var total = tbody.rows.length;

  function words(tr, name) {
    var v = tr.getAttribute(name);
    return v ? ' ' + v + ' ' : ' ';
  }
  function num(v) {
    return v === null || v === '' ? NaN : parseFloat(v);
  }
  // One record per row, read once.
  var rows = Array.prototype.map.call(tbody.rows, function (tr, i) {
    var c = tr.cells;
    return {
      tr: tr, i: i, shown: true,
      text: (c[0].textContent + ' ' + (tr.getAttribute('data-a') || '')).toLowerCase(),
      a: tr.getAttribute('data-a') || '',
      p: words(tr, 'data-p'), ins: words(tr, 'data-i'), outs: words(tr, 'data-o'),
      caps: words(tr, 'data-c'), flags: words(tr, 'data-f'),
      ctx: num(c[3].getAttribute('data-v')),
      pin: num(c[5].getAttribute('data-usd')), pout: num(c[6].getAttribute('data-usd'))
    };
  });

  // ---- filters ----
  function state() {
    var s = {};
    s.q = form.elements.q.value.trim().toLowerCase();
    ['author', 'provider', 'in', 'out', 'ctx', 'maxin', 'maxout'].forEach(function (k) { s[k] = form.elements[k].value; });
    s.caps = Array.prototype.filter.call(form.querySelectorAll('input[name=cap]'), function (b) { return b.checked; }).map(function (b) { return b.value; });
    s.policies = Array.prototype.filter.call(form.querySelectorAll('input[name=policy]'), function (b) { return b.checked; });
    s.free = form.elements.free.checked;
    s.open = form.elements.open.checked;
    return s;
  }
  function matcher(s) {
    var ctx = num(s.ctx), maxin = num(s.maxin), maxout = num(s.maxout);
    var terms = s.q ? s.q.split(/\s+/) : [];
    var prov = s.provider ? ' ' + s.provider + ' ' : '', mi = s['in'] ? ' ' + s['in'] + ' ' : '', mo = s.out ? ' ' + s.out + ' ' : '';
    var caps = s.caps.map(function (c) { return ' ' + c + ' '; });
    // Data policy: the providers meeting every checked policy (each box lists its providers
    // once in data-providers); a row matches when one of its providers is among them.
    var pol = null;
    s.policies.forEach(function (b) {
      var ids = (b.getAttribute('data-providers') || '').split(' ').filter(Boolean);
      pol = pol === null ? ids : pol.filter(function (id) { return ids.indexOf(id) >= 0; });
    });
    var polWords = pol === null ? null : pol.map(function (id) { return ' ' + id + ' '; });
    return function (r) {
      for (var t = 0; t < terms.length; t++) if (r.text.indexOf(terms[t]) < 0) return false;
      if (s.author && r.a !== s.author) return false;
      if (prov && r.p.indexOf(prov) < 0) return false;
      if (mi && r.ins.indexOf(mi) < 0) return false;
      if (mo && r.outs.indexOf(mo) < 0) return false;
      for (var k = 0; k < caps.length; k++) if (r.caps.indexOf(caps[k]) < 0) return false;
      if (polWords) {
        var any = false;
        for (var m = 0; m < polWords.length && !any; m++) any = r.p.indexOf(polWords[m]) >= 0;
        if (!any) return false;
      }
      if (!isNaN(ctx) && !(r.ctx >= ctx)) return false;
      if (!isNaN(maxin) && !(r.pin <= maxin)) return false;
      if (!isNaN(maxout) && !(r.pout <= maxout)) return false;
      if (s.free && r.flags.indexOf(' free ') < 0) return false;
      if (s.open && r.flags.indexOf(' open ') < 0) return false;
      return true;
    };
  }
  function applyFilters() {
    var match = matcher(state()), shown = 0;
    for (var n = 0; n < rows.length; n++) {
      var r = rows[n], ok = match(r);
      if (ok !== r.shown) { r.shown = ok; r.tr.hidden = !ok; }
      if (ok) shown++;
    }
    count.textContent = shown === total ? total + ' models' : shown + ' of ' + total + ' models';
  }

  // ---- sorting ----
  var sortCol = -1, sortDir = 'ascending';
  var keys = {};
  function keyOf(col) {
    if (keys[col]) return keys[col];
    var type = heads[col].getAttribute('data-type');
    keys[col] = rows.map(function (r) {
      var cell = r.tr.cells[col];
      if (type === 'num') {
        var v = cell.getAttribute('data-usd');
        if (v === null) v = cell.getAttribute('data-v');
        if (v === null) v = cell.textContent;
        return num(v);
      }
      var d = cell.getAttribute('data-v');
      var t = (d !== null ? d : cell.textContent).trim().toLowerCase();
      return t === '' || t === '—' ? null : t;
    });
    return keys[col];
  }
  function sortBy(col, dir) {
    var k = keyOf(col), type = heads[col].getAttribute('data-type'), sign = dir === 'descending' ? -1 : 1;
    var order = rows.slice().sort(function (x, y) {
      var a = k[x.i], b = k[y.i];
      var am = type === 'num' ? isNaN(a) : a === null, bm = type === 'num' ? isNaN(b) : b === null;
      if (am || bm) return am === bm ? x.i - y.i : (am ? 1 : -1); // unknown values last either way
      if (a < b) return -sign;
      if (a > b) return sign;
      return x.i - y.i;
    });
    var frag = document.createDocumentFragment();
    for (var n = 0; n < order.length; n++) frag.appendChild(order[n].tr);
    tbody.appendChild(frag);
    heads.forEach(function (th, i) {
      if (i === col) th.setAttribute('aria-sort', dir); else th.removeAttribute('aria-sort');
    });
    sortCol = col; sortDir = dir;
  }
  heads.forEach(function (th, col) {
    var b = document.createElement('button');
    b.type = 'button';
    b.textContent = th.textContent;
    th.textContent = '';
    th.appendChild(b);
    b.addEventListener('click', function () {
      var dir = sortCol === col && sortDir === 'ascending' ? 'descending' : 'ascending';
      sortBy(col, dir);
      writeURL();
    });
  });

  // ---- URL state ----
  function sortName(col) { return heads[col].getAttribute('data-key') || String(col); }
  function writeURL() {
    var s = state(), p = new URLSearchParams();
    if (s.q) p.set('q', form.elements.q.value.trim());
    ['author', 'provider', 'in', 'out', 'ctx', 'maxin', 'maxout'].forEach(function (k) { if (s[k]) p.set(k, s[k]); });
    s.caps.forEach(function (c) { p.append('cap', c); });
    s.policies.forEach(function (b) { p.append('policy', b.value); });
    if (s.free) p.set('free', '1');
    if (s.open) p.set('open', '1');
    if (sortCol >= 0) p.set('sort', sortName(sortCol) + (sortDir === 'descending' ? '-desc' : ''));
    var qs = p.toString();
    history.replaceState(null, '', qs ? '?' + qs : location.pathname);
  }
  function readURL() {
    var p = new URLSearchParams(location.search);
    form.elements.q.value = p.get('q') || '';
    ['author', 'provider', 'in', 'out', 'ctx', 'maxin', 'maxout'].forEach(function (k) { form.elements[k].value = p.get(k) || ''; });
    var caps = p.getAll('cap');
    Array.prototype.forEach.call(form.querySelectorAll('input[name=cap]'), function (b) { b.checked = caps.indexOf(b.value) >= 0; });
    var policies = p.getAll('policy');
    Array.prototype.forEach.call(form.querySelectorAll('input[name=policy]'), function (b) { b.checked = policies.indexOf(b.value) >= 0; });
    form.elements.free.checked = p.get('free') === '1';
    form.elements.open.checked = p.get('open') === '1';
    var sort = p.get('sort');
    if (sort) {
      var desc = /-desc$/.test(sort), name = sort.replace(/-desc$/, '');
      for (var i = 0; i < heads.length; i++) if (sortName(i) === name) sortBy(i, desc ? 'descending' : 'ascending');
    }
  }

  var timer = 0;
  form.addEventListener('input', function (e) {
    if (e.target && e.target.name === 'q') {
      clearTimeout(timer);
      timer = setTimeout(function () { applyFilters(); writeURL(); }, 60);
    } else { applyFilters(); writeURL(); }
  });
  form.addEventListener('change', function () { applyFilters(); writeURL(); });
  form.addEventListener('submit', function (e) { e.preventDefault(); });
  form.addEventListener('reset', function () { setTimeout(function () { applyFilters(); writeURL(); }, 0); });
  readURL();
  form.hidden = false;
  applyFilters();
})();
