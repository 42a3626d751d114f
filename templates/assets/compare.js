// The compare view: 2-4 models side by side. The choice lives in the URL
// (?models=author/a,author/b); facts come from the page's model list (data- attributes),
// so the view works from disk too. Builds the table with textContent only.
(function () {
  'use strict';
  var form = document.getElementById('compare-form');
  var list = document.getElementById('model-list');
  var table = document.getElementById('compare-table');
  var status = document.getElementById('compare-status');
  if (!form || !list || !table) return;
  var byID = {};
  Array.prototype.forEach.call(list.options, function (o) { byID[o.value] = o; });
  var inputs = Array.prototype.slice.call(form.querySelectorAll('input[name=m]'));
  var facts = [
    ['Author', 'data-a'], ['Input $/1M (cheapest)', 'data-in'], ['Output $/1M (cheapest)', 'data-out'], ['Cheapest provider', 'data-cp'],
    ['Providers', 'data-pc'], ['Context', 'data-ctx'], ['Max output', 'data-mo'], ['Modalities', 'data-m'], ['Capabilities', 'data-c'], ['Released', 'data-r']
  ];
  function el(name, text, attrs) {
    var e = document.createElement(name);
    if (text !== undefined) e.textContent = text;
    for (var k in attrs || {}) e.setAttribute(k, attrs[k]);
    return e;
  }
  function chosen() {
    return inputs.map(function (i) { return i.value.trim(); }).filter(function (v) { return v !== ''; });
  }
  function render() {
    var ids = chosen(), known = ids.filter(function (id) { return byID[id]; });
    var unknown = ids.filter(function (id) { return !byID[id]; });
    var head = table.tHead, body = table.tBodies[0];
    head.textContent = ''; body.textContent = '';
    if (known.length < 1) {
      table.hidden = true;
      status.textContent = unknown.length ? 'Unknown model id: ' + unknown.join(', ') : 'Choose 2 to 4 models to compare.';
      return;
    }
    var tr = el('tr');
    tr.appendChild(el('td'));
    known.forEach(function (id) {
      var th = el('th', undefined, { scope: 'col' });
      var a = el('a', byID[id].getAttribute('data-n'), { href: '../' + byID[id].getAttribute('data-h') });
      th.appendChild(a);
      th.appendChild(el('span', id, { 'class': 'id' }));
      tr.appendChild(th);
    });
    head.appendChild(tr);
    facts.forEach(function (f) {
      var row = el('tr');
      row.appendChild(el('th', f[0], { scope: 'row' }));
      known.forEach(function (id) { row.appendChild(el('td', byID[id].getAttribute(f[1]))); });
      body.appendChild(row);
    });
    table.hidden = false;
    status.textContent = 'Comparing ' + known.length + ' model' + (known.length === 1 ? '' : 's') +
      (known.length < 2 ? '; add another to compare.' : '.') + (unknown.length ? ' Unknown: ' + unknown.join(', ') + '.' : '');
  }
  function writeURL() {
    var ids = chosen();
    history.replaceState(null, '', ids.length ? '?models=' + ids.map(encodeURIComponent).join(',').replace(/%2F/g, '/') : location.pathname);
  }
  function readURL() {
    var p = new URLSearchParams(location.search);
    var ids = (p.get('models') || '').split(',').filter(function (v) { return v !== ''; }).slice(0, 4);
    inputs.forEach(function (input, i) { input.value = ids[i] || ''; });
  }
  form.addEventListener('change', function () { render(); writeURL(); });
  form.addEventListener('input', function (e) { if (byID[e.target.value.trim()] || e.target.value === '') { render(); writeURL(); } });
  form.addEventListener('submit', function (e) { e.preventDefault(); });
  form.addEventListener('reset', function () { setTimeout(function () { render(); writeURL(); }, 0); });
  readURL();
  form.hidden = false;
  render();
})();
