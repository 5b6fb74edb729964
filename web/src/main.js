// The explorer page: plain DOM over the read-only API; the graph is drawn by cytoscape with the fCoSE layout.
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';

cytoscape.use(fcose);

const $ = (id) => document.getElementById(id);
const TYPES = ['Person', 'Organization', 'Location', 'Work', 'Event', 'Other'];
const COLOURS = { Person: '#7aecec', Organization: '#bfeeb7', Location: '#feca74', Work: '#c887fb', Event: '#ffeb80', Other: '#dddddd' };
const RELATIONS = ['WORKS_FOR', 'LEADS', 'MEMBER_OF', 'LIVES_IN', 'CITIZEN_OF', 'BASED_IN', 'LOCATED_IN', 'KILLED', 'INTERVIEWED', 'MET',
  'SUPPORTED', 'OPPOSED', 'CRITICIZED', 'ACCUSED', 'COMPETED_WITH', 'RESIGNED_FROM', 'CREATED', 'PUBLISHED', 'AIRED_ON', 'RELATED_TO', 'SUED'];

let cy = null;
let current = null;
let factsOffset = 0;

const el = (tag, attributes = {}, ...children) => {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes)) {
    if (key === 'class') node.className = value;
    else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value);
  }
  for (const child of children.flat()) node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  return node;
};

async function api(path) {
  const response = await fetch(path, { headers: { Accept: 'application/json' } });
  if (!response.ok) {
    const body = await response.json().catch(() => ({}));
    throw new Error(body.error || `${response.status} ${response.statusText}`);
  }
  return response.json();
}

const entityLink = (entity) => el('a', { href: `/entities/${entity.id}`, 'data-link': '' }, entity.name);
const typeBadge = (type) => { const badge = el('span', { class: 'type' }, type); badge.style.background = COLOURS[type] || COLOURS.Other; return badge; };
const day = (value) => (value ? String(value).slice(0, 10) : '');

// ---- navigation: deep links /entities/<id> and /articles/<id> work on reload (the server answers them with this page)
function navigate(path, push = true) {
  if (push) history.pushState({}, '', path);
  route();
}

async function route() {
  const path = decodeURIComponent(location.pathname);
  for (const id of ['home', 'entity', 'article']) $(id).hidden = true;
  $('error').hidden = true;
  try {
    if (path.startsWith('/entities/')) await showEntity(path.slice('/entities/'.length));
    else if (path.startsWith('/articles/')) await showArticle(path.slice('/articles/'.length));
    else $('home').hidden = false;
  } catch (error) {
    $('error').textContent = error.message;
    $('error').hidden = false;
  }
}

document.addEventListener('click', (event) => {
  const link = event.target.closest('a[data-link]');
  if (link && !event.ctrlKey && !event.metaKey && !event.shiftKey) {
    event.preventDefault();
    navigate(link.getAttribute('href'));
  }
});
window.addEventListener('popstate', () => route());

// ---- search with suggestions as you type, usable with the keyboard (arrows, Enter, Escape)
function setupSearch() {
  const input = $('q');
  const list = $('suggestions');
  let items = [];
  let active = -1;
  let timer = 0;
  const close = () => { list.hidden = true; input.setAttribute('aria-expanded', 'false'); active = -1; };
  const highlight = () => [...list.children].forEach((li, i) => li.setAttribute('aria-selected', String(i === active)));
  const choose = (item) => { close(); input.value = item.name; navigate(`/entities/${item.id}`); };
  input.addEventListener('input', () => {
    clearTimeout(timer);
    const text = input.value.trim();
    if (!text) { close(); return; }
    timer = setTimeout(async () => {
      const page = await api(`/api/search?q=${encodeURIComponent(text)}&limit=8`).catch(() => ({ items: [] }));
      items = page.items;
      list.replaceChildren(...items.map((item, i) => el('li', { role: 'option', id: `suggestion-${i}`, onmousedown: (e) => { e.preventDefault(); choose(item); } },
        el('span', {}, item.name, item.approximate ? ' ~' : ''), typeBadge(item.type))));
      list.hidden = items.length === 0;
      input.setAttribute('aria-expanded', String(items.length > 0));
      active = items.length ? 0 : -1;
      highlight();
    }, 120);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!items.length) return;
      active = (active + (event.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length;
      highlight();
      input.setAttribute('aria-activedescendant', `suggestion-${active}`);
    } else if (event.key === 'Enter' && active >= 0 && !list.hidden) {
      event.preventDefault();
      choose(items[active]);
    } else if (event.key === 'Escape') {
      close();
    }
  });
  input.addEventListener('blur', () => setTimeout(close, 150));
}

// ---- the entity view: header, graph, facts, why
async function showEntity(id) {
  $('entity').hidden = false;
  const entity = await api(`/api/entities/${encodeURIComponent(id)}?limit=50`);
  if (entity.id !== id) history.replaceState({}, '', `/entities/${entity.id}`);
  current = entity;
  document.title = `${entity.name} · GraphBuilder explorer`;
  $('entity-name').replaceChildren(entity.name, ' ', typeBadge(entity.type));
  $('entity-meta').textContent = [
    entity.id,
    entity.aliases.length ? `also ${entity.aliases.join(', ')}` : '',
    `${entity.mentions} mentions`,
    `seen ${day(entity.firstSeen)} to ${day(entity.lastSeen)}`,
    entity.redirectedFrom ? `(was ${entity.redirectedFrom})` : '',
  ].filter(Boolean).join(' · ');
  factsOffset = 0;
  $('facts').replaceChildren();
  renderFacts(entity);
  $('why').open = false;
  $('why-body').replaceChildren('…');
  await loadGraph(entity.id, false);
}

function renderFacts(page) {
  const facts = $('facts');
  if (page.relations.length === 0 && factsOffset === 0) facts.append(el('p', { class: 'note' }, 'No typed relation is recorded for this entity.'));
  for (const group of page.relations) {
    facts.append(el('div', { class: 'group' }, el('h3', {}, group.type), group.relations.map(renderFact)));
  }
  factsOffset += page.limit;
  const more = $('more-facts');
  more.hidden = !page.hasMore;
  more.onclick = async () => renderFacts(await api(`/api/entities/${encodeURIComponent(current.id)}?limit=50&offset=${factsOffset}`));
}

function renderFact(relation) {
  return el('article', { class: 'fact' },
    el('div', { class: 'fact-head' },
      el('strong', {}, entityLink(relation.source), ` ${relation.type} `, entityLink(relation.target)),
      el('span', { class: 'meta' }, `confidence ${relation.confidence.toFixed(2)} · ${relation.count} evidence · ${day(relation.firstSeen)}`)),
    relation.evidence.map((evidence) => el('blockquote', { class: 'evidence' },
      highlighted(evidence.sentence, evidence.start, evidence.names),
      el('span', { class: 'source' },
        el('a', { href: `/articles/${evidence.article}`, 'data-link': '' }, 'article'),
        ` · confidence ${evidence.confidence.toFixed(2)}${evidence.date ? ` · ${evidence.date}` : ''} · ${evidence.extractor}`))));
}

/** The sentence with the two names marked; offsets are into the article, the sentence starts at `start`. */
function highlighted(sentence, start, names) {
  const parts = [];
  let at = 0;
  for (const name of [...names].sort((a, b) => a.start - b.start)) {
    const from = name.start - start;
    const to = name.end - start;
    if (from < at || to > sentence.length) continue;
    parts.push(sentence.slice(at, from), el('mark', { class: 'name', 'data-entity': name.entity }, sentence.slice(from, to)));
    at = to;
  }
  parts.push(sentence.slice(at));
  return el('span', { class: 'sentence' }, parts);
}

function filters() {
  const query = new URLSearchParams();
  query.set('depth', $('depth').value);
  if ($('types').value) query.set('types', $('types').value);
  if (Number($('min-confidence').value) > 0) query.set('minConfidence', $('min-confidence').value);
  if ($('from').value) query.set('from', $('from').value);
  if ($('to').value) query.set('to', `${$('to').value}T23:59:59Z`);
  return query.toString();
}

async function loadGraph(id, expand) {
  const graph = await api(`/api/entities/${encodeURIComponent(id)}/neighbourhood?${filters()}`);
  if (!cy) {
    cy = cytoscape({
      container: $('graph'),
      wheelSensitivity: 0.3,
      style: [
        { selector: 'node', style: { 'background-color': (n) => COLOURS[n.data('type')] || COLOURS.Other, label: 'data(name)', 'font-size': 11,
          'text-valign': 'bottom', 'text-margin-y': 3, width: 'mapData(articles, 1, 200, 18, 46)', height: 'mapData(articles, 1, 200, 18, 46)',
          'border-width': 1, 'border-color': '#888' } },
        { selector: 'node.center', style: { 'border-width': 3, 'border-color': '#1a56db' } },
        { selector: 'edge', style: { width: (e) => 1 + 5 * e.data('confidence'), 'line-color': '#9aa0a6', 'target-arrow-color': '#9aa0a6',
          'target-arrow-shape': 'triangle', 'curve-style': 'bezier', label: 'data(type)', 'font-size': 8, 'text-rotation': 'autorotate', color: '#555' } },
      ],
    });
    cy.on('tap', 'node', (event) => navigate(`/entities/${event.target.id()}`));
  }
  if (!expand) cy.elements().remove();
  cy.add(graph.nodes.filter((n) => cy.getElementById(n.id).empty()).map((n) => ({ data: { ...n } })));
  cy.add(graph.edges.map((e) => ({ data: { ...e, id: `${e.source}|${e.type}|${e.target}` } })).filter((e) => cy.getElementById(e.data.id).empty()));
  cy.nodes().removeClass('center');
  cy.getElementById(current.id).addClass('center');
  cy.layout({ name: cy.nodes().length > 2 ? 'fcose' : 'grid', animate: false, randomize: true, nodeRepulsion: 6000, idealEdgeLength: 90 }).run();
  $('graph-note').textContent = `${cy.nodes().length} entities, ${cy.edges().length} relations${graph.truncated ? ` (cut to the ${graph.maxNodes} most mentioned)` : ''}. Click an entity to open it; Expand adds its neighbours here.`;
  $('graph').setAttribute('aria-label', `Graph of ${current.name} and ${cy.nodes().length - 1} related entities`);
  $('neighbours').replaceChildren(...cy.nodes().filter((n) => n.id() !== current.id).map((n) => el('li', {},
    el('a', { href: `/entities/${n.id()}`, 'data-link': '' }, n.data('name')), ' ',
    el('button', { type: 'button', 'aria-label': `Expand ${n.data('name')} in the graph`, onclick: () => loadGraph(n.id(), true) }, '+'))));
}

// ---- why is this one entity: aliases and the resolution decisions
async function loadWhy() {
  const why = await api(`/api/entities/${encodeURIComponent(current.id)}/explain?limit=100`);
  $('why-body').replaceChildren(
    el('p', {}, why.aliases.length ? `Names: ${[why.name, ...why.aliases].join(', ')}` : `Only ever named ${why.name}.`),
    el('ul', {}, why.decisions.items.map((d) => el('li', {}, el('span', { class: 'rule' }, `[${d.rule}] `), d.detail,
      d.article ? [' (', el('a', { href: `/articles/${d.article}`, 'data-link': '' }, 'article'), ')'] : ''))),
    why.decisions.hasMore ? el('p', { class: 'note' }, 'More decisions: /api/entities/…/explain?offset=100') : '');
}

// ---- the article view: every mention highlighted by type, displaCy style, and clickable
async function showArticle(id) {
  $('article').hidden = false;
  const article = await api(`/api/articles/${encodeURIComponent(id)}`);
  document.title = `${article.title || article.id} · GraphBuilder explorer`;
  $('article-title').textContent = article.title || article.id;
  $('article-meta').replaceChildren(
    [day(article.publishedAt) || `ingested ${day(article.ingestedAt)}`, article.source].filter(Boolean).join(' · '),
    article.url ? [' · ', el('a', { href: article.url, rel: 'noreferrer' }, article.url)] : '');
  const text = $('article-text');
  text.replaceChildren();
  for (const sentence of article.sentences) {
    const mentions = article.mentions.filter((m) => m.start >= sentence.start && m.end <= sentence.end);
    const parts = [];
    let at = sentence.start;
    for (const mention of mentions) {
      if (mention.start < at) continue;
      const mark = el('mark', { class: 'ent', 'data-type': mention.entity.type, title: `${mention.entity.name} (${mention.entity.type})` },
        el('a', { href: `/entities/${mention.entity.id}`, 'data-link': '' }, mention.text), el('span', { class: 'label' }, mention.entity.type));
      mark.style.background = COLOURS[mention.entity.type] || COLOURS.Other;
      parts.push(sentence.text.slice(at - sentence.start, mention.start - sentence.start), mark);
      at = mention.end;
    }
    parts.push(sentence.text.slice(at - sentence.start), ' ');
    text.append(el('span', { class: 'sentence', 'data-start': sentence.start }, parts));
  }
  if (article.truncated) text.append(el('p', { class: 'note' }, 'Only the first sentences are shown.'));
  text.append(el('p', { class: 'note' }, 'The store keeps the sentences that name an entity; the others are not shown.'));
  $('article-relations').replaceChildren(...article.relations.map((r) => el('li', {},
    entityLink(r.source), ` ${r.type} `, entityLink(r.target), ': ', highlighted(r.evidence.sentence, r.evidence.start, r.evidence.names))));
}

// ---- the ingestion panel
async function loadStatus() {
  const status = await api('/api/status');
  const rows = (pairs) => pairs.map(([k, v]) => el('tr', {}, el('th', {}, k), el('td', {}, String(v))));
  $('status-body').replaceChildren(
    el('table', {}, rows([['articles', status.articles], ['entities', status.entities], ['relations', status.relations],
      ...Object.entries(status.ledger).map(([k, v]) => [`ledger ${k}`, v])])),
    status.sources.length === 0 ? el('p', { class: 'note' }, 'No source is configured (GraphBuilder:Sources).')
      : el('ul', {}, status.sources.map((s) => el('li', {}, `${s.name} (${s.type}) '${s.schedule}', next ${s.nextRun || '—'}, last `,
        s.lastRun ? `${s.lastRun.finishedAt}: ${s.lastRun.ingested} ingested, ${s.lastRun.failed} failed${s.lastRun.error ? `, ${s.lastRun.error}` : ''}` : 'never'))));
}

function setup() {
  setupSearch();
  $('types').append(...RELATIONS.map((r) => el('option', { value: r }, r)));
  $('legend').append(...TYPES.map((t) => typeBadge(t)));
  $('filters').addEventListener('change', () => current && loadGraph(current.id, false));
  $('why').addEventListener('toggle', () => $('why').open && current && loadWhy());
  $('status').addEventListener('toggle', () => $('status').open && loadStatus());
  route();
}

setup();
