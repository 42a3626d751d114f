// Shared page behaviour: copy buttons for provider model ids, and the currency switch.
// USD stays canonical: prices carry their exact USD value in data-usd, and a converted
// view always says which rate, date and source it used.
(function () {
  'use strict';
  Array.prototype.forEach.call(document.querySelectorAll('button.copy[data-copy]'), function (b) {
    b.hidden = false;
    b.addEventListener('click', function () {
      var text = b.getAttribute('data-copy');
      var done = function () { b.firstChild.textContent = 'Copied'; setTimeout(function () { b.firstChild.textContent = 'Copy'; }, 1500); };
      if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(text).then(done, function () {});
    });
  });

  var select = document.getElementById('currency');
  if (!select) return;
  select.parentNode.hidden = false;
  var note = document.getElementById('rate-note');
  var cells = null, original = null;
  function format(v) {
    if (v === 0) return '0.00';
    if (v < 0.0001) return '<0.0001';
    var s = v.toFixed(4).replace(/0+$/, '');
    if (s.split('.')[1].length < 2) s = v.toFixed(2);
    return s;
  }
  function apply(code) {
    var opt = select.querySelector('option[value="' + code + '"]') || select.options[0];
    select.value = opt.value;
    var rate = parseFloat(opt.getAttribute('data-rate'));
    if (!cells) {
      cells = Array.prototype.filter.call(document.querySelectorAll('[data-usd]'), function (c) { return c.getAttribute('data-usd') !== ''; });
      original = cells.map(function (c) { return c.textContent; });
    }
    for (var i = 0; i < cells.length; i++) {
      cells[i].textContent = opt.value === 'USD' ? original[i] : format(parseFloat(cells[i].getAttribute('data-usd')) * rate);
    }
    if (opt.value === 'USD') { note.hidden = true; note.textContent = ''; }
    else {
      note.hidden = false;
      note.textContent = 'Prices shown in ' + opt.value + ' per 1M tokens, converted at 1 USD = ' + opt.getAttribute('data-rate') + ' ' + opt.value +
        ' (' + opt.getAttribute('data-source') + ', ' + opt.getAttribute('data-date') + '). Providers bill in USD; USD values are canonical.';
    }
    try { localStorage.setItem('modelcat-currency', opt.value); } catch (e) {}
  }
  select.addEventListener('change', function () { apply(select.value); });
  var saved = null;
  try { saved = localStorage.getItem('modelcat-currency'); } catch (e) {}
  if (saved && saved !== 'USD') apply(saved);
})();
