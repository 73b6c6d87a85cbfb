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

  // Events (li.event-entry) and other date references (li.ref-entry), dated or not: shown and total.
  function tally() {
    return { events: [0, 0], undatedEvents: [0, 0], refs: [0, 0] };
  }
  function kindOf(item) {
    if (!item.classList.contains('event-entry')) return 'refs';
    return item.hasAttribute('data-month') ? 'events' : 'undatedEvents';
  }
  function plural(n, one, many) {
    return n === 1 ? one : many;
  }
  function describe(t) {
    var parts = ['Showing ' + t.events[0] + ' of ' + t.events[1] + ' ' + plural(t.events[1], 'event', 'events')];
    if (t.undatedEvents[1]) parts.push(t.undatedEvents[0] + ' of ' + t.undatedEvents[1] + ' undated');
    if (t.refs[1]) parts.push(t.refs[0] + ' of ' + t.refs[1] + ' other ' + plural(t.refs[1], 'reference', 'references'));
    return parts.length === 1 ? parts[0] : parts.slice(0, -1).join(', ') + ' and ' + parts[parts.length - 1];
  }

  function apply() {
    var actor = actorSelect.value;
    var month = monthSelect.value;
    var counts = tally();
    var hiddenAnchors = {};
    sections.forEach(function (section) {
      var shown = 0;
      var eventsShown = 0;
      var items = section.querySelectorAll('li.entry');
      for (var i = 0; i < items.length; i++) {
        var item = items[i];
        var visible = (!actor || hasActor(item, actor)) && (!month || inMonth(item, month));
        if (item.hidden === visible) item.hidden = !visible; // untouched items cost no restyle
        var kind = kindOf(item);
        counts[kind][1]++;
        if (!visible) continue;
        counts[kind][0]++;
        shown++;
        if (kind !== 'refs') eventsShown++;
      }
      if (section.hidden !== (shown === 0)) section.hidden = shown === 0;
      if (shown === 0) hiddenAnchors[section.getAttribute('aria-labelledby')] = true;
      var headingCount = section.querySelector('h2 .count');
      if (headingCount) {
        var total = headingCount.getAttribute('data-total');
        var words = total === '1' ? ' event' : ' events';
        setText(headingCount, '(' + (String(eventsShown) === total ? total : eventsShown + ' of ' + total) + words + ')');
      }
      var folds = section.querySelectorAll('details');
      for (var f = 0; f < folds.length; f++) {
        var foldShown = folds[f].querySelectorAll('li.entry:not([hidden])').length;
        if (folds[f].hidden !== (foldShown === 0)) folds[f].hidden = foldShown === 0;
        var foldCount = folds[f].querySelector('.more-count');
        if (foldCount) setText(foldCount, String(foldShown));
      }
    });
    for (var j = 0; j < jumpLinks.length; j++) {
      var hide = !!hiddenAnchors[jumpLinks[j].getAttribute('href').slice(1)];
      if (jumpLinks[j].parentNode.hidden !== hide) jumpLinks[j].parentNode.hidden = hide;
    }
    setText(count, describe(counts));
    if (empty) empty.hidden = counts.events[0] + counts.undatedEvents[0] + counts.refs[0] > 0;
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
  window.addEventListener('popstate', function () {
    readUrl();
    apply();
  });

  readUrl();
  form.hidden = false;
  apply();
})();
