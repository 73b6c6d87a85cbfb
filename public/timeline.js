// Timeline filters, by actor and by month. Progressive enhancement: the page is complete without
// this script; it reveals the filter bar and hides items by reading the data-* attributes already in
// the page (no requests), so it works on any static host and from file://.
(function () {
  'use strict';
  var form = document.getElementById('timeline-filters');
  if (!form) return;
  var actorSelect = document.getElementById('filter-actor');
  var monthSelect = document.getElementById('filter-month');
  var count = document.getElementById('filter-count');
  var empty = document.getElementById('filter-empty');
  var sections = Array.prototype.slice.call(document.querySelectorAll('.timeline-group'));
  var jumpLinks = document.querySelectorAll('.jump a[href^="#"]');
  var datedTotal = Number(count.getAttribute('data-dated'));
  var undatedTotal = Number(count.getAttribute('data-undated'));

  function hasActor(item, actor) {
    return (' ' + item.getAttribute('data-actors') + ' ').indexOf(' ' + actor + ' ') >= 0;
  }

  // Dated items carry data-month ("" for items coarser than a month, which match on data-year);
  // undated items carry neither, and the month filter leaves them alone.
  function inMonth(item, month) {
    var itemMonth = item.getAttribute('data-month');
    if (itemMonth === null) return true;
    return itemMonth === month || (itemMonth === '' && item.getAttribute('data-year') === month);
  }

  function setText(element, text) {
    if (element.textContent !== text) element.textContent = text;
  }

  function apply() {
    var actor = actorSelect.value;
    var month = monthSelect.value;
    var dated = 0;
    var undated = 0;
    var hiddenAnchors = {};
    sections.forEach(function (section) {
      var shown = 0;
      var items = section.querySelectorAll('li.entry');
      for (var i = 0; i < items.length; i++) {
        var item = items[i];
        var visible = (!actor || hasActor(item, actor)) && (!month || inMonth(item, month));
        if (item.hidden === visible) item.hidden = !visible; // untouched items cost no restyle
        if (!visible) continue;
        shown++;
        if (item.hasAttribute('data-month')) dated++;
        else undated++;
      }
      if (section.hidden !== (shown === 0)) section.hidden = shown === 0;
      if (shown === 0) hiddenAnchors[section.getAttribute('aria-labelledby')] = true;
      var headingCount = section.querySelector('h2 .count');
      if (headingCount) {
        var total = headingCount.getAttribute('data-total');
        setText(headingCount, '(' + (String(shown) === total ? total : shown + ' of ' + total) + ')');
      }
      var more = section.querySelector('details');
      if (more) {
        var moreShown = more.querySelectorAll('li.entry:not([hidden])').length;
        if (more.hidden !== (moreShown === 0)) more.hidden = moreShown === 0;
        setText(more.querySelector('.more-count'), String(moreShown));
      }
    });
    for (var j = 0; j < jumpLinks.length; j++) {
      var hide = !!hiddenAnchors[jumpLinks[j].getAttribute('href').slice(1)];
      if (jumpLinks[j].parentNode.hidden !== hide) jumpLinks[j].parentNode.hidden = hide;
    }
    setText(count, 'Showing ' + dated + ' of ' + datedTotal + ' dated items' +
      (undatedTotal ? ' and ' + undated + ' of ' + undatedTotal + ' undated' : ''));
    if (empty) empty.hidden = dated + undated > 0;
  }

  // Keeps the filtered view shareable: ?actor=slug&month=2024-02 (other parameters are kept).
  function writeUrl() {
    var params = new URLSearchParams(location.search);
    [['actor', actorSelect.value], ['month', monthSelect.value]].forEach(function (pair) {
      if (pair[1]) params.set(pair[0], pair[1]);
      else params.delete(pair[0]);
    });
    var query = params.toString();
    try {
      history.replaceState(history.state, '', location.pathname + (query ? '?' + query : '') + location.hash);
    } catch (e) {
      // Some browsers refuse replaceState on file:// pages; the filters still work.
    }
  }

  function choose(select, value) {
    select.value = value || '';
    if (select.value !== (value || '')) select.value = ''; // an unknown value shows everything
  }

  function readUrl() {
    var params = new URLSearchParams(location.search);
    choose(actorSelect, params.get('actor'));
    choose(monthSelect, params.get('month'));
  }

  function onChange() {
    apply();
    writeUrl();
  }

  actorSelect.addEventListener('change', onChange);
  monthSelect.addEventListener('change', onChange);
  document.getElementById('filter-clear').addEventListener('click', function () {
    actorSelect.value = '';
    monthSelect.value = '';
    onChange();
    actorSelect.focus();
  });
  form.addEventListener('submit', function (event) {
    event.preventDefault();
  });
  window.addEventListener('popstate', function () {
    readUrl();
    apply();
  });

  readUrl();
  form.hidden = false;
  apply();
})();
