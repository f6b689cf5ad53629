// Dateline's web page: plain JavaScript over the JSON API, no build step, no third-party code.
// Every state lives in the URL, in the API's parameter names, so a link reproduces the view and
// Back/Forward work. Article text is hostile input: it only ever enters the page as text nodes
// (textContent, createTextNode), never as markup.
'use strict';

const FILTERS = ['q', 'syntax', 'actor', 'outlet', 'lang', 'from', 'to'];
const REPEATED = new Set(['actor', 'outlet', 'lang', 'series']);
const FACET_DIMS = ['actor', 'outlet', 'lang'];
const COLORS = ['#1d4e89', '#d1495b', '#2e8540', '#edae49', '#7b4ea3', '#00798c', '#8c564b', '#e377c2', '#6c757d', '#17becf'];
const $ = (id) => document.getElementById(id);

let info = null;        // /api/info, fetched once
let lastFacets = {};    // the last search's facets, for autocomplete
let seq = 0;            // request generation: answers to an older state are dropped

// ---------- state in the URL ----------

function state() {
  const p = new URLSearchParams(location.search);
  const s = {};
  for (const [k, v] of p) {
    if (REPEATED.has(k)) (s[k] = s[k] || []).push(v);
    else s[k] = v;
  }
  for (const k of REPEATED) s[k] = s[k] || [];
  s.view = s.view || 'results';
  return s;
}

function toQuery(s, keys) {
  const p = new URLSearchParams();
  for (const k of keys || Object.keys(s)) {
    const v = s[k];
    if (v === undefined || v === null || v === '' || (Array.isArray(v) && !v.length)) continue;
    if (Array.isArray(v)) v.forEach((x) => p.append(k, x));
    else p.append(k, v);
  }
  return p;
}

/** Navigates to the current state with {@code changes} applied; a new history entry unless {@code replace}. */
function go(changes, replace) {
  const s = Object.assign(state(), changes);
  if (s.view === 'results') delete s.view;
  const qs = toQuery(s).toString();
  const url = qs ? '/?' + qs : '/';
  if (replace) history.replaceState(null, '', url);
  else history.pushState(null, '', url);
  render();
}

function filterParams(s) {
  return toQuery(s, FILTERS);
}

// ---------- DOM helpers (text only) ----------

/** Shows control characters as their visible pictures instead of letting them act. */
function clean(text) {
  if (text === null || text === undefined) return '';
  return String(text).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g,
    (c) => String.fromCharCode(c === '\u007f' ? 0x2421 : 0x2400 + c.charCodeAt(0)));
}

function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'class') e.className = v;
    else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children) add(e, c);
  return e;
}

function add(parent, c) {
  if (c === null || c === undefined || c === false) return;
  if (Array.isArray(c)) c.forEach((x) => add(parent, x));
  else if (c instanceof Node) parent.appendChild(c);
  else parent.appendChild(document.createTextNode(clean(c)));
}

/** A bidi-isolated run of untrusted text, so an override inside it cannot flip its neighbours. */
function bidi(text) {
  return el('bdi', { dir: 'auto' }, text);
}

/** Snippet text with the API's [[...]] match marks turned into <mark> elements. */
function marked(text) {
  const out = el('span');
  const parts = String(text || '').split(/\[\[|\]\]/);
  parts.forEach((part, i) => add(out, i % 2 ? el('mark', {}, part) : part));
  return bidi(out);
}

function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
}

function fmt(n) {
  return Number(n).toLocaleString('en');
}

// ---------- API ----------

async function api(path, params) {
  const qs = params && params.toString();
  const res = await fetch('/api/' + path + (qs ? '?' + qs : ''), { headers: { Accept: 'application/json' } });
  const notice = res.headers.get('X-Dateline-Notice');
  let body;
  try {
    body = await res.json();
  } catch (e) {
    body = { error: 'the server sent no JSON (status ' + res.status + ')' };
  }
  if (!res.ok) {
    const err = new Error(body.error || 'status ' + res.status);
    err.parameter = body.parameter;
    err.status = res.status;
    throw err;
  }
  return { body, notice: notice ? decodeURIComponent(notice) : null };
}

function showError(e) {
  const box = $('error');
  box.hidden = false;
  box.textContent = clean(e.message + (e.parameter ? ' (parameter: ' + e.parameter + ')' : ''));
}

function showNotice(text) {
  const box = $('notice');
  box.hidden = !text;
  box.textContent = clean(text || '');
}

// ---------- granularity and dates ----------

function spanDays(s) {
  const first = s.from || (info && info.first_date);
  const last = s.to || (info && info.last_date);
  if (!first || !last) return 365;
  return (Date.parse(last) - Date.parse(first)) / 86400000;
}

function granularity(s) {
  const d = spanDays(s);
  if (d <= 92) return 'day';
  if (d <= 2 * 366) return 'week';
  if (d <= 25 * 366) return 'month';
  return 'year';
}

const iso = (d) => d.toISOString().slice(0, 10);

/** The first and last day of a date bucket ('2025-05-15', '2025-W20', '2025-05', '2025-Q2', '2025'). */
function bucketRange(b) {
  let m;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(b))) return [b, b];
  if ((m = /^(\d{4})-W(\d{2})$/.exec(b))) {
    const jan4 = new Date(Date.UTC(+m[1], 0, 4));
    const monday = new Date(jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * 86400000 + (m[2] - 1) * 7 * 86400000);
    return [iso(monday), iso(new Date(monday.getTime() + 6 * 86400000))];
  }
  if ((m = /^(\d{4})-(\d{2})$/.exec(b))) return [iso(new Date(Date.UTC(+m[1], m[2] - 1, 1))), iso(new Date(Date.UTC(+m[1], +m[2], 0)))];
  if ((m = /^(\d{4})-Q(\d)$/.exec(b))) return [iso(new Date(Date.UTC(+m[1], (m[2] - 1) * 3, 1))), iso(new Date(Date.UTC(+m[1], m[2] * 3, 0)))];
  if ((m = /^(\d{4})$/.exec(b))) return [b + '-01-01', b + '-12-31'];
  return [null, null];
}

// ---------- header, filters, chips ----------

function renderChrome(s) {
  $('q').value = s.q || '';
  $('from').value = s.from || '';
  $('to').value = s.to || '';
  document.title = s.q ? s.q + ' \u2013 Dateline' : 'Dateline';
  for (const a of document.querySelectorAll('#views a[data-view]')) {
    a.classList.toggle('active', a.dataset.view === s.view);
    const p = toQuery(Object.assign({}, s, { view: a.dataset.view === 'results' ? null : a.dataset.view, page: null, id: null, sort: null }));
    a.href = '/?' + p.toString();
  }
  for (const v of ['results', 'article', 'attention', 'cooccur']) $('view-' + v).hidden = s.view !== v;
  $('facets').hidden = s.view !== 'results';
  const chips = clear($('chips'));
  for (const dim of FACET_DIMS) {
    for (const v of s[dim]) chips.appendChild(chip(dim + ': ' + v, () => go({ [dim]: s[dim].filter((x) => x !== v), page: null })));
  }
  if (s.from || s.to) chips.appendChild(chip('dates: ' + (s.from || '\u2026') + ' \u2013 ' + (s.to || '\u2026'), () => go({ from: null, to: null, page: null })));
  const exp = filterParams(s);
  for (const f of ['jsonl', 'csv']) {
    const p = new URLSearchParams(exp);
    p.set('format', f);
    $('export-' + f).href = '/api/export?' + p.toString();
  }
  $('error').hidden = true;
  showNotice(null);
}

function chip(text, onremove) {
  return el('span', { class: 'chip', role: 'button', tabindex: '0', title: 'Remove this filter', onclick: onremove },
    bidi(text), el('span', { class: 'x', 'aria-hidden': 'true' }, '\u00d7'));
}

// ---------- results ----------

async function renderResults(s, my) {
  const size = +(s.size || 10);
  const g = granularity(s);
  const p = filterParams(s);
  for (const d of FACET_DIMS) p.append('facet', d);
  p.append('facet', 'date:' + g);
  if (s.sort) p.set('sort', s.sort);
  if (s.page) p.set('page', s.page);
  if (s.size) p.set('size', s.size);
  if (s.kwic) p.set('kwic', s.kwic);
  $('sort').value = s.sort || 'relevance';
  $('kwic').checked = !!s.kwic;
  const { body, notice } = await api('search', p);
  if (my !== seq) return;
  showNotice(notice);
  lastFacets = body.facets;
  const page = +(s.page || 1);
  const from = (page - 1) * size + 1;
  $('total').textContent = body.total === 0 ? 'No articles match'
    : fmt(body.total) + (body.total === 1 ? ' article matches' : ' articles match')
      + (body.hits.length ? ' (showing ' + fmt(from) + '\u2013' + fmt(from + body.hits.length - 1) + ')' : '');
  const list = clear($('hits'));
  for (const h of body.hits) list.appendChild(hitItem(h, s));
  renderPager(body.total, page, size);
  renderFacets(s, body.facets);
  const buckets = body.facets['date:' + g] || [];
  renderHistogram(s, buckets, g);
  // The bucket size was chosen by the span of the collection; when the matches span much less,
  // ask once more for finer buckets over the same matches (counts only, no hits).
  const dated = buckets.filter((b) => b.value !== 'undated' && b.count > 0);
  if (dated.length) {
    const finer = granularity({ from: bucketRange(dated[0].value)[0], to: bucketRange(dated[dated.length - 1].value)[1] });
    if (ORDER.indexOf(finer) < ORDER.indexOf(g)) {
      const p2 = filterParams(s);
      p2.set('size', '0');
      p2.append('facet', 'date:' + finer);
      const again = await api('search', p2);
      if (my === seq) renderHistogram(s, again.body.facets['date:' + finer] || [], finer);
    }
  }
}

const ORDER = ['day', 'week', 'month', 'year'];

function hitItem(h, s) {
  const open = toQuery(Object.assign({}, s, { view: 'article', id: h.id }));
  const actors = el('div', { class: 'actors' }, (h.actors || []).map((a) =>
    el('span', { class: 'chip', role: 'button', tabindex: '0', title: 'Filter by this actor', 'data-actor': a,
      onclick: () => s.actor.includes(a) || go({ actor: s.actor.concat([a]), page: null }) }, bidi(a))));
  const li = el('li', {},
    el('div', { class: 'meta' }, el('span', {}, h.date || 'undated'), bidi(h.outlet)),
    el('a', { class: 'title', href: '/?' + open.toString(), 'data-id': h.id,
      onclick: (ev) => { ev.preventDefault(); go({ view: 'article', id: h.id }); } }, bidi(h.title || '(no title)')),
    h.kwic && h.kwic.length ? kwicBlock(h.kwic) : el('p', { class: 'snippet' }, marked(h.snippet)),
    actors);
  return li;
}

function kwicBlock(lines) {
  return el('div', { class: 'kwic' }, lines.map((k) =>
    el('div', {}, el('span', { class: 'l' }, bidi(k.left)), el('mark', {}, bidi(k.match)), el('span', { class: 'r' }, bidi(k.right)))));
}

function renderPager(total, page, size) {
  const nav = clear($('pager'));
  const pages = Math.ceil(total / size);
  if (pages <= 1) return;
  const link = (n, text) => el('a', { href: '#', 'data-page': n, onclick: (ev) => { ev.preventDefault(); go({ page: n === 1 ? null : String(n) }); window.scrollTo(0, 0); } }, text);
  if (page > 1) nav.appendChild(link(page - 1, '\u2190 Previous'));
  const shown = new Set([1, pages]);
  for (let n = Math.max(1, page - 2); n <= Math.min(pages, page + 2); n++) shown.add(n);
  let prev = 0;
  for (const n of [...shown].sort((a, b) => a - b)) {
    if (n - prev > 1) nav.appendChild(el('span', { class: 'gap' }, '\u2026'));
    nav.appendChild(n === page ? el('span', { class: 'current' }, String(n)) : link(n, String(n)));
    prev = n;
  }
  if (page < pages) nav.appendChild(link(page + 1, 'Next \u2192'));
}

function renderFacets(s, facets) {
  const box = clear($('facets'));
  for (const dim of FACET_DIMS) {
    const values = facets[dim] || [];
    const selected = s[dim];
    const listed = new Set(values.map((v) => v.value));
    const ul = el('ul', {});
    // A selected value outside the top N stays visible, so it can be unselected.
    for (const v of selected.filter((x) => !listed.has(x))) values.unshift({ value: v, count: null });
    for (const v of values) {
      const on = selected.includes(v.value);
      const box = el('input', { type: 'checkbox', checked: on, 'data-dim': dim, 'data-value': v.value,
        onchange: () => go({ [dim]: on ? selected.filter((x) => x !== v.value) : selected.concat([v.value]), page: null }) });
      ul.appendChild(el('li', {}, el('label', {}, box, bidi(v.label || v.value),
        el('span', { class: 'count' }, v.count === null ? '' : fmt(v.count)))));
    }
    box.appendChild(el('section', { 'data-facet': dim }, el('h4', {}, dim === 'lang' ? 'language' : dim), ul));
    if (dim !== 'actor') {
      const dl = clear($(dim + '-list'));
      for (const v of values) dl.appendChild(el('option', { value: v.value }));
    }
  }
}

// ---------- the date histogram (SVG, drag to select) ----------

const SVGNS = 'http://www.w3.org/2000/svg';

function svg(tag, attrs, text) {
  const e = document.createElementNS(SVGNS, tag);
  for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, v);
  if (text !== undefined) e.textContent = clean(text);
  return e;
}

function renderHistogram(s, buckets, g) {
  const box = clear($('histogram'));
  const dated = buckets.filter((b) => b.value !== 'undated');
  if (!dated.length) return;
  const W = 800, H = 110, pad = 18;
  const max = Math.max(1, ...dated.map((b) => b.count));
  const bw = W / dated.length;
  const root = svg('svg', { viewBox: `0 0 ${W} ${H + pad}`, preserveAspectRatio: 'none', role: 'img', 'aria-label': 'Matches per ' + g });
  dated.forEach((b, i) => {
    const h = (b.count / max) * (H - 4);
    const r = svg('rect', { class: 'bar', x: i * bw + 0.5, y: H - h, width: Math.max(1, bw - 1), height: h, 'data-bucket': b.value });
    r.appendChild(svg('title', {}, b.value + ': ' + fmt(b.count)));
    root.appendChild(r);
  });
  root.appendChild(svg('text', { class: 'axis', x: 2, y: H + 13 }, dated[0].value));
  root.appendChild(svg('text', { class: 'axis', x: W - 2, y: H + 13, 'text-anchor': 'end' }, dated[dated.length - 1].value));
  root.appendChild(svg('text', { class: 'axis', x: 2, y: 11 }, fmt(max) + ' per ' + g));
  const brush = svg('rect', { class: 'brush', x: 0, y: 0, width: 0, height: H, visibility: 'hidden' });
  root.appendChild(brush);
  box.appendChild(root);
  const index = (ev) => {
    const r = root.getBoundingClientRect();
    return Math.min(dated.length - 1, Math.max(0, Math.floor(((ev.clientX - r.left) / r.width) * dated.length)));
  };
  root.addEventListener('mousedown', (ev) => {
    ev.preventDefault();
    const start = index(ev);
    let end = start;
    const draw = () => {
      const a = Math.min(start, end), b = Math.max(start, end);
      brush.setAttribute('x', a * bw);
      brush.setAttribute('width', (b - a + 1) * bw);
      brush.setAttribute('visibility', 'visible');
    };
    draw();
    const move = (e) => { end = index(e); draw(); };
    const up = (e) => {
      window.removeEventListener('mousemove', move);
      window.removeEventListener('mouseup', up);
      end = index(e);
      const a = Math.min(start, end), b = Math.max(start, end);
      go({ from: bucketRange(dated[a].value)[0], to: bucketRange(dated[b].value)[1], page: null });
    };
    window.addEventListener('mousemove', move);
    window.addEventListener('mouseup', up);
  });
}

// ---------- article view ----------

function quoteTerm(id) {
  return '"' + id.replace(/(["\\])/g, '\\$1') + '"';
}

async function renderArticle(s, my) {
  const box = clear($('article'));
  const list = clear($('similar'));
  if (!s.id) return;
  const id = encodeURIComponent(s.id);
  const [{ body: a }, sim] = await Promise.all([api('articles/' + id), api('similar/' + id, new URLSearchParams({ size: '10' }))]);
  if (my !== seq) return;
  document.title = (a.title || a.id) + ' \u2013 Dateline';
  const url = /^https?:\/\//i.test(a.url || '') ? el('a', { href: a.url, rel: 'noopener noreferrer nofollow', target: '_blank' }, bidi(a.url)) : bidi(a.url || '');
  const actors = (a.actors || []).map((x) => el('span', { class: 'chip', role: 'button', tabindex: '0',
    onclick: () => go({ view: null, id: null, actor: s.actor.includes(x) ? s.actor : s.actor.concat([x]), page: null }) }, bidi(x)));
  const text = el('div', { class: 'text', id: 'article-text' }, a.text);
  box.append(el('h2', {}, bidi(a.title || '(no title)')),
    el('dl', {},
      el('dt', {}, 'Date'), el('dd', {}, (a.date || 'undated') + (a.date_source ? ' (from ' + a.date_source + ')' : '')),
      el('dt', {}, 'Outlet'), el('dd', {}, bidi(a.outlet)),
      el('dt', {}, 'Language'), el('dd', {}, a.lang || ''),
      el('dt', {}, 'Actors'), el('dd', {}, actors),
      el('dt', {}, 'URL'), el('dd', {}, url),
      el('dt', {}, 'Source'), el('dd', {}, bidi(a.source)),
      el('dt', {}, 'Id'), el('dd', {}, bidi(a.id))),
    text);
  for (const h of sim.body.hits) {
    list.appendChild(el('li', {}, el('a', { href: '/?' + toQuery(Object.assign({}, s, { id: h.id })).toString(),
      onclick: (ev) => { ev.preventDefault(); go({ id: h.id }); window.scrollTo(0, 0); } }, bidi(h.title || h.id)),
    ' ', el('span', { class: 'muted' }, (h.date || 'undated') + ' \u00b7 ' + clean(h.outlet))));
  }
  highlight(s, a, text, my).catch(() => {});
}

/**
 * Marks the query's matches and the article's actor mentions in its text, from the offsets the
 * search API's keyword-in-context lines report for this one article (no matching in the page).
 */
async function highlight(s, a, node, my) {
  const idQuery = 'id:' + quoteTerm(a.id);
  const asks = [];
  if (s.q && s.syntax !== 'plain') asks.push(['query', new URLSearchParams({ q: '(' + s.q + ') AND ' + idQuery, kwic: '1', size: '1' })]);
  const actors = toQuery({ q: idQuery, actor: a.actors || [], kwic: '1', size: '1', syntax: 'lucene' });
  if ((a.actors || []).length) asks.push(['actor', actors]);
  const spans = [];
  for (const [kind, p] of asks) {
    const r = await api('search', p).catch(() => null);
    const hit = r && r.body.hits[0];
    if (hit && hit.kwic) hit.kwic.forEach((k) => spans.push({ start: k.offset, end: k.offset + k.match.length, kind }));
  }
  if (my !== seq || !spans.length) return;
  spans.sort((x, y) => x.start - y.start || y.end - x.end);
  const t = a.text || '';
  const parts = [];
  let at = 0;
  for (const sp of spans) {
    if (sp.start < at || sp.end > t.length) continue;
    parts.push(t.slice(at, sp.start), el('mark', { class: sp.kind }, t.slice(sp.start, sp.end)));
    at = sp.end;
  }
  parts.push(t.slice(at));
  clear(node);
  add(node, parts);
}

// ---------- attention over time ----------

async function renderAttention(s, my) {
  $('per').value = s.per || '';
  $('by').value = s.by || '';
  $('normalize').checked = !!s.normalize;
  const chips = clear($('series-chips'));
  for (const q of s.series) chips.appendChild(chip(q, () => go({ series: s.series.filter((x) => x !== q) })));
  const by = s.by || granularity(s);
  const queries = [s.q || ''].concat(s.series);
  const answers = await Promise.all(queries.map((q) => {
    const p = filterParams(Object.assign({}, s, { q }));
    p.set('by', by);
    if (s.per) p.set('per', s.per);
    return api('timeline', p);
  }));
  if (my !== seq) return;
  const rows = [];
  answers.forEach((ans, i) => ans.body.rows.forEach((r) => rows.push(Object.assign({ query: queries[i] || '(all articles)' }, r))));
  drawChart(rows, !!s.normalize, queries.length > 1, !!s.per);
  const csv = ['query,bucket,series,count,total,share'].concat(rows.map((r) =>
    [r.query, r.bucket, r.series, r.count, r.total, r.share].map(csvField).join(','))).join('\r\n') + '\r\n';
  const link = $('timeline-csv');
  if (link.href.startsWith('blob:')) URL.revokeObjectURL(link.href);
  link.href = URL.createObjectURL(new Blob([csv], { type: 'text/csv' }));
}

function csvField(v) {
  const t = v === null || v === undefined ? '' : String(v);
  return /[",\r\n]/.test(t) ? '"' + t.replace(/"/g, '""') + '"' : t;
}

function drawChart(rows, share, compare, per) {
  const box = clear($('chart'));
  const legend = clear($('legend'));
  const buckets = [...new Set(rows.filter((r) => r.bucket !== 'undated').map((r) => r.bucket))].sort();
  if (!buckets.length) {
    box.appendChild(el('p', { class: 'muted' }, 'No dated matches.'));
    return;
  }
  const series = new Map();
  for (const r of rows) {
    if (r.bucket === 'undated') continue;
    const name = per ? (compare ? r.query + ' \u00b7 ' : '') + r.series : r.query;
    if (!series.has(name)) series.set(name, new Map());
    series.get(name).set(r.bucket, share ? (r.share || 0) : r.count);
  }
  const W = 800, H = 260, L = 50, B = 20;
  const max = Math.max(1e-9, ...[...series.values()].flatMap((m) => [...m.values()]));
  const x = (i) => L + (buckets.length === 1 ? 0 : (i / (buckets.length - 1)) * (W - L - 5));
  const y = (v) => H - B - (v / max) * (H - B - 10);
  const root = svg('svg', { viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': 'Matches over time' });
  const label = (v) => (share ? (v * 100).toFixed(2) + '%' : fmt(Math.round(v)));
  for (const f of [0, 0.5, 1]) {
    root.appendChild(svg('line', { x1: L, x2: W, y1: y(max * f), y2: y(max * f), stroke: '#e3e7ed' }));
    root.appendChild(svg('text', { class: 'axis', x: L - 4, y: y(max * f) + 4, 'text-anchor': 'end' }, label(max * f)));
  }
  root.appendChild(svg('text', { class: 'axis', x: L, y: H - 4 }, buckets[0]));
  root.appendChild(svg('text', { class: 'axis', x: W - 5, y: H - 4, 'text-anchor': 'end' }, buckets[buckets.length - 1]));
  let i = 0;
  for (const [name, values] of series) {
    const color = COLORS[i++ % COLORS.length];
    const pts = buckets.map((b, k) => x(k).toFixed(1) + ',' + y(values.get(b) || 0).toFixed(1)).join(' ');
    const line = svg('polyline', { class: 'line', points: pts, stroke: color, 'data-series': name });
    line.appendChild(svg('title', {}, name));
    root.appendChild(line);
    const item = el('span', {}, bidi(name));
    item.style.setProperty('--c', color);
    legend.appendChild(item);
  }
  box.appendChild(root);
}

// ---------- co-occurrence ----------

async function renderCooccur(s, my) {
  const p = filterParams(s);
  const order = s.sort === 'score' ? 'score' : 'count';
  p.set('sort', order);
  p.set('top', '30');
  $('cooccur-sort').value = order;
  const { body, notice } = await api('cooccur', p);
  if (my !== seq) return;
  showNotice(notice);
  const names = new Map(body.nodes.map((n) => [n.id, n.label || n.id]));
  const tbody = clear(document.querySelector('#pairs tbody'));
  for (const pr of body.pairs) {
    const actor = (id) => el('td', {}, el('span', { class: 'chip', role: 'button', tabindex: '0', title: 'Filter by this actor',
      onclick: () => go({ view: null, actor: s.actor.includes(id) ? s.actor : s.actor.concat([id]) }) }, bidi(names.get(id) || id)));
    tbody.appendChild(el('tr', {}, actor(pr.source), actor(pr.target),
      el('td', { class: 'num' }, fmt(pr.count)), el('td', { class: 'num' }, Number(pr.expected).toFixed(2)),
      el('td', { class: 'num' }, Number(pr.score).toFixed(2))));
  }
  if (!body.pairs.length) tbody.appendChild(el('tr', {}, el('td', { colspan: '5', class: 'muted' }, 'No two actors are named together in the matches.')));
}

// ---------- actor autocomplete ----------

let suggestTimer = null;
let suggestions = [];
let active = -1;

function fold(t) {
  return t.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

async function suggest() {
  const input = $('actor-input');
  const text = input.value.trim();
  if (!text) return hideSuggest();
  const { body } = await api('actors', new URLSearchParams({ q: text, limit: '10' }));
  if (input.value.trim() !== text) return;
  const seen = new Set(body.actors.map((a) => a.id));
  const extra = (lastFacets.actor || []).filter((v) => !seen.has(v.value) && fold(v.label || v.value).includes(fold(text)))
    .map((v) => ({ id: v.value, label: v.label || v.value, match: null }));
  suggestions = body.actors.concat(extra).slice(0, 12);
  active = -1;
  const ul = clear($('actor-suggest'));
  suggestions.forEach((a, i) => ul.appendChild(el('li', { role: 'option', 'data-id': a.id, id: 'sugg-' + i,
    onmousedown: (ev) => { ev.preventDefault(); pick(a.id); } },
  bidi(a.label), a.match && a.match !== a.label ? el('span', { class: 'muted' }, ' \u2014 ', bidi(a.match)) : null,
  a.type ? el('span', { class: 'muted' }, ' (' + a.type + ')') : null)));
  ul.hidden = !suggestions.length;
  input.setAttribute('aria-expanded', String(!ul.hidden));
}

function hideSuggest() {
  $('actor-suggest').hidden = true;
  $('actor-input').setAttribute('aria-expanded', 'false');
  suggestions = [];
}

function pick(id) {
  const s = state();
  $('actor-input').value = '';
  hideSuggest();
  if (!s.actor.includes(id)) go({ actor: s.actor.concat([id]), page: null });
}

// ---------- wiring ----------

async function render() {
  const s = state();
  const my = ++seq;
  document.body.dataset.busy = '1';
  renderChrome(s);
  try {
    if (!info) info = (await api('info')).body;
    $('info').textContent = fmt(info.articles) + ' articles' + (info.first_date ? ', ' + info.first_date + ' \u2013 ' + info.last_date : '');
    if (s.view === 'article') await renderArticle(s, my);
    else if (s.view === 'attention') await renderAttention(s, my);
    else if (s.view === 'cooccur') await renderCooccur(s, my);
    else await renderResults(s, my);
  } catch (e) {
    if (my === seq) showError(e);
  }
  // Tests (and anyone scripting the page) wait for this: the answer to the latest state is shown.
  if (my === seq) {
    document.body.dataset.ready = String(my);
    delete document.body.dataset.busy;
  }
}

function addListValue(dim, input) {
  const v = input.value.trim();
  if (!v) return;
  input.value = '';
  const s = state();
  if (!s[dim].includes(v)) go({ [dim]: s[dim].concat([v]), page: null });
}

function init() {
  $('search-form').addEventListener('submit', (ev) => {
    ev.preventDefault();
    const s = state();
    go({ q: $('q').value.trim() || null, page: null, view: s.view === 'article' ? null : s.view, id: null });
  });
  $('help-toggle').addEventListener('click', () => {
    const help = $('help');
    help.hidden = !help.hidden;
    $('help-toggle').setAttribute('aria-expanded', String(!help.hidden));
  });
  for (const a of document.querySelectorAll('#views a[data-view]')) {
    a.addEventListener('click', (ev) => { ev.preventDefault(); go({ view: a.dataset.view, page: null, id: null, sort: null }); });
  }
  $('home').addEventListener('click', (ev) => { ev.preventDefault(); history.pushState(null, '', '/'); render(); });
  $('back-link').addEventListener('click', (ev) => { ev.preventDefault(); go({ view: null, id: null }); });
  $('sort').addEventListener('change', () => go({ sort: $('sort').value === 'relevance' ? null : $('sort').value, page: null }));
  $('kwic').addEventListener('change', () => go({ kwic: $('kwic').checked ? '60' : null }));
  $('from').addEventListener('change', () => go({ from: $('from').value || null, page: null }));
  $('to').addEventListener('change', () => go({ to: $('to').value || null, page: null }));
  for (const dim of ['outlet', 'lang']) {
    const input = $(dim + '-input');
    input.addEventListener('change', () => addListValue(dim, input));
  }
  $('per').addEventListener('change', () => go({ per: $('per').value || null }));
  $('by').addEventListener('change', () => go({ by: $('by').value || null }));
  $('normalize').addEventListener('change', () => go({ normalize: $('normalize').checked ? 'true' : null }));
  $('cooccur-sort').addEventListener('change', () => go({ sort: $('cooccur-sort').value === 'count' ? null : 'score' }));
  $('series-input').addEventListener('keydown', (ev) => {
    if (ev.key !== 'Enter') return;
    ev.preventDefault();
    const v = ev.target.value.trim();
    ev.target.value = '';
    const s = state();
    if (v && !s.series.includes(v)) go({ series: s.series.concat([v]) });
  });
  const actor = $('actor-input');
  actor.addEventListener('input', () => {
    clearTimeout(suggestTimer);
    suggestTimer = setTimeout(() => suggest().catch(showError), 120);
  });
  actor.addEventListener('blur', () => setTimeout(hideSuggest, 100));
  actor.addEventListener('keydown', (ev) => {
    const items = $('actor-suggest').children;
    if (ev.key === 'ArrowDown' || ev.key === 'ArrowUp') {
      ev.preventDefault();
      if (!items.length) return;
      active = (active + (ev.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length;
      [...items].forEach((li, i) => li.setAttribute('aria-selected', String(i === active)));
    } else if (ev.key === 'Enter') {
      ev.preventDefault();
      if (active >= 0 && suggestions[active]) pick(suggestions[active].id);
      else if (actor.value.trim()) pick(actor.value.trim());
    } else if (ev.key === 'Escape') {
      hideSuggest();
    }
  });
  window.addEventListener('popstate', render);
  render();
}

init();
