// Timeline filters, by actor, event type and month, and the visual's zoom. Progressive enhancement:
// the page is complete without this script; it reveals the filter bar and the zoom buttons and hides
// items (list entries and SVG marks alike) by reading the data-* attributes already in the page (no
// requests), so it works on any static host and from file://.
(function () {
  'use strict';
  var form = document.getElementById('timeline-filters');
  if (!form) return;
  var actorSelect = document.getElementById('filter-actor');
  var monthSelect = document.getElementById('filter-month');
  var typeSelect = document.getElementById('filter-type');
  // SVG marks and density-bar segments of the visual timeline, at every zoom level.
  var marks = Array.prototype.slice.call(document.querySelectorAll('.nw-timeline [data-actors]'));
  var views = Array.prototype.slice.call(document.querySelectorAll('.tl-view'));
  var zoomButtons = Array.prototype.slice.call(document.querySelectorAll('.tl-zoom-buttons button'));
  var zoomBox = document.querySelector('.tl-views');
  var zoom = zoomBox ? zoomBox.getAttribute('data-initial') : '';
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

  // Items without data-type (date references) are not events: an event-type filter hides them.
  function ofType(item, type) {
    return item.getAttribute('data-type') === type;
  }

  function matches(item, actor, month, type) {
    return (!actor || hasActor(item, actor)) && (!month || inMonth(item, month)) && (!type || ofType(item, type));
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
    var type = typeSelect ? typeSelect.value : '';
    var counts = tally();
    marks.forEach(function (mark) {
      var off = !matches(mark, actor, month, type);
      if (mark.classList.contains('tl-off') !== off) mark.classList.toggle('tl-off', off);
    });
    var hiddenAnchors = {};
    sections.forEach(function (section) {
      var shown = 0;
      var eventsShown = 0;
      var items = section.querySelectorAll('li.entry');
      for (var i = 0; i < items.length; i++) {
        var item = items[i];
        var visible = matches(item, actor, month, type);
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

  // Shows one zoom level of the visual; an unknown level keeps the current one.
  function setZoom(value) {
    var known = views.some(function (v) { return v.getAttribute('data-zoom') === value; });
    if (!known) return;
    zoom = value;
    views.forEach(function (v) {
      var hide = v.getAttribute('data-zoom') !== zoom;
      if (v.hidden !== hide) v.hidden = hide;
    });
    zoomButtons.forEach(function (b) {
      b.setAttribute('aria-pressed', b.getAttribute('data-zoom') === zoom ? 'true' : 'false');
    });
  }

  // Keeps the filtered view shareable: ?actor=slug&type=attack&month=2024-02&zoom=day (other
  // parameters are kept; the initial zoom is left out).
  function writeUrl() {
    var params = new URLSearchParams(location.search);
    var initial = zoomBox ? zoomBox.getAttribute('data-initial') : '';
    [
      ['actor', actorSelect.value],
      ['type', typeSelect ? typeSelect.value : ''],
      ['month', monthSelect.value],
      ['zoom', zoom === initial ? '' : zoom],
    ].forEach(function (pair) {
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
    if (typeSelect) choose(typeSelect, params.get('type'));
    // A no-script zoom link (#tl-day) or the URL's zoom; else the initial one.
    var fromHash = /^#tl-(year|month|day)$/.exec(location.hash);
    setZoom(params.get('zoom') || (fromHash ? fromHash[1] : '') || (zoomBox ? zoomBox.getAttribute('data-initial') : ''));
  }

  function onChange() {
    apply();
    writeUrl();
  }

  actorSelect.addEventListener('change', onChange);
  monthSelect.addEventListener('change', onChange);
  if (typeSelect) typeSelect.addEventListener('change', onChange);
  zoomButtons.forEach(function (b) {
    b.addEventListener('click', function () {
      setZoom(b.getAttribute('data-zoom'));
      writeUrl();
    });
  });
  document.getElementById('filter-clear').addEventListener('click', function () {
    actorSelect.value = '';
    monthSelect.value = '';
    if (typeSelect) typeSelect.value = '';
    onChange();
    actorSelect.focus();
  });
  window.addEventListener('popstate', function () {
    readUrl();
    apply();
  });

  readUrl();
  form.hidden = false;
  if (zoomBox) {
    // Scripted zoom replaces the :target links: the buttons show, the links go.
    zoomBox.classList.add('js');
    var links = document.querySelector('.tl-zoom-links');
    if (links) links.hidden = true;
    var buttons = document.querySelector('.tl-zoom-buttons');
    if (buttons) buttons.hidden = false;
  }
  apply();
})();
