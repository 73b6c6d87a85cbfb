// The search page: Pagefind's JS API over the index written at build time (/pagefind/), so nothing
// leaves the site. Reads ?q=, ?type= (repeatable) and ?month= from the address and keeps them there,
// so a search can be shared. Every text from the index is put in the page as text (never as HTML).
const form = document.getElementById('search-form');
const input = document.getElementById('search-q');
const typesBox = document.getElementById('search-types');
const monthField = document.getElementById('search-month-field');
const monthSelect = document.getElementById('search-month');
const status = document.getElementById('search-status');
const list = document.getElementById('search-results');
const labels = JSON.parse(document.getElementById('search-labels').textContent || '{}');
const TYPE_ORDER = ['article', 'event', 'person', 'organization', 'group', 'place'];
const MAX_RESULTS = 30;
const CONTEXT_WORDS = 30;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function el(tag, attributes, children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes || {})) node.setAttribute(name, value);
  for (const child of children || []) node.append(child);
  return node;
}

function monthLabel(value) {
  const m = /^(\d{4})-(\d{2})$/.exec(value);
  return m ? `${MONTHS[Number(m[2]) - 1]} ${m[1]}` : value;
}

function readableDate(value) {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(value || '');
  if (!m) return value || '';
  return m[3] ? `${Number(m[3])} ${monthLabel(`${m[1]}-${m[2]}`)}` : monthLabel(`${m[1]}-${m[2]}`);
}

function fromAddress() {
  const params = new URLSearchParams(location.search);
  return { q: (params.get('q') || '').trim(), types: params.getAll('type'), month: params.get('month') || '' };
}

function toAddress(state) {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const type of state.types) params.append('type', type);
  if (state.month) params.set('month', state.month);
  const query = params.toString();
  history.replaceState(null, '', query ? `?${query}` : location.pathname);
}

function currentState() {
  const types = [...typesBox.querySelectorAll('input[type=checkbox]:checked')].map((box) => box.value);
  return { q: input.value.trim(), types, month: monthSelect.value };
}

function buildFilters(available, state) {
  const types = Object.keys(available.type || {}).sort((a, b) => TYPE_ORDER.indexOf(a) - TYPE_ORDER.indexOf(b));
  for (const type of types) {
    const id = `search-type-${type}`;
    const box = el('input', { type: 'checkbox', id, name: 'type', value: type });
    box.checked = state.types.includes(type);
    typesBox.append(el('span', { class: 'search-type' }, [box, ' ', el('label', { for: id }, [labels[type] ? labels[type].many : type])]));
  }
  typesBox.hidden = types.length === 0;
  const months = Object.keys(available.month || {}).sort();
  for (const month of months) monthSelect.append(el('option', { value: month }, [monthLabel(month)]));
  monthSelect.value = months.includes(state.month) ? state.month : '';
  monthField.hidden = months.length === 0;
}

// The words of the match's sentence (the `s-N` anchor it falls in), or a window around the first
// match when the page has no sentence anchors. Word indices follow Pagefind's (split on whitespace).
function matchContext(data) {
  const words = data.content.split(/[\r\n\s]+/g);
  // A match in the page's title (an actor's name heading its page) says nothing new: show the first
  // match in the text after it when there is one.
  const titleWords = (data.meta.title || '').split(/\s+/).filter(Boolean).length;
  const inText = data.locations.filter((l) => l >= titleWords);
  const first = Math.min(...(inText.length ? inText : data.locations.length ? data.locations : [0]));
  const sentences = (data.anchors || []).filter((a) => /^s-\d+$/.test(a.id)).sort((a, b) => a.location - b.location);
  let sentence = null;
  for (const anchor of sentences) if (anchor.location <= first) sentence = anchor;
  // No sentence anchor (actor and event pages): start at the beginning of the match's sentence,
  // found by looking back for a word that ends one, at most a third of the window back.
  let start = first;
  while (start > 0 && first - start < CONTEXT_WORDS / 3 && !/[.!?…]["”’)]*$/.test(words[start - 1])) start--;
  let end = Math.min(words.length, start + CONTEXT_WORDS);
  if (sentence) {
    const next = sentences.find((a) => a.location > sentence.location);
    start = sentence.location;
    end = Math.min(next ? next.location : words.length, start + 80);
  }
  const marked = new Set(data.locations);
  const parts = [];
  if (start > 0 && !sentence) parts.push('… ');
  for (let i = start; i < end; i++) {
    if (i > start) parts.push(' ');
    parts.push(marked.has(i) ? el('mark', {}, [words[i]]) : words[i]);
  }
  if (end < words.length && !sentence) parts.push(' …');
  return { parts, anchor: sentence ? sentence.id : null };
}

function resultItem(data) {
  const { parts, anchor } = matchContext(data);
  const type = (data.filters.type || [])[0] || '';
  const title = data.meta.title || data.url;
  const byline = [el('span', { class: 'tag' }, [labels[type] ? labels[type].one : type])];
  if (data.meta.date) byline.push(' ', el('time', { datetime: data.meta.date }, [readableDate(data.meta.date)]));
  const context = anchor
    ? el('p', { class: 'context' }, [el('a', { href: `${data.url}#${anchor}` }, parts), ' ', el('span', { class: 'sentence-number' }, [`sentence ${anchor.slice(2)}`])])
    : el('p', { class: 'context' }, parts);
  return el('li', { class: `search-result search-result-${type}` }, [
    el('h2', {}, [el('a', { href: data.url }, [title])]),
    el('p', { class: 'byline' }, byline),
    context,
  ]);
}

let pagefind = null;
let latest = 0;

async function run(state) {
  const ticket = ++latest;
  toAddress(state);
  const filters = {};
  if (state.types.length) filters.type = { any: state.types };
  if (state.month) filters.month = state.month;
  const filtered = Object.keys(filters).length > 0;
  if (!state.q && !filtered) {
    list.replaceChildren();
    status.textContent = 'Type a name or some words and press Enter.';
    return;
  }
  status.textContent = 'Searching…';
  const search = await pagefind.search(state.q || null, { filters });
  const shown = await Promise.all(search.results.slice(0, MAX_RESULTS).map((r) => r.data()));
  if (ticket !== latest) return; // a newer search has started
  list.replaceChildren(...shown.map(resultItem));
  const total = search.results.length;
  const what = state.q ? `for “${state.q}”` : 'with these filters';
  status.textContent = total === 0
    ? `Nothing found ${what}.`
    : `${total} result${total === 1 ? '' : 's'} ${what}${total > shown.length ? `, the first ${shown.length} shown` : ''}.`;
}

async function start() {
  const state = fromAddress();
  input.value = state.q;
  const header = document.getElementById('site-search-q');
  if (header) header.value = state.q;
  try {
    pagefind = await import(form.getAttribute('data-bundle'));
    await pagefind.options({ excerptLength: CONTEXT_WORDS });
    await pagefind.init();
  } catch {
    status.textContent = 'The search index could not be loaded. Search works when the site is served by a web server (not opened as files).';
    return;
  }
  buildFilters(await pagefind.filters(), state);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run(currentState());
  });
  typesBox.addEventListener('change', () => void run(currentState()));
  monthSelect.addEventListener('change', () => void run(currentState()));
  await run(currentState());
}

void start();
