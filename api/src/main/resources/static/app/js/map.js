// Stakeholder map of a decision, an account or any node (cytoscape.js from the WebJar, loaded as window.cytoscape).
// Decision/account: the ranked people and the hops of their chains of influence; other nodes: their neighbours.
// Node size by influence, colour by kind or DMU role, edge width by strength, uncovered people ringed in red;
// filter by relationship kind, as-of date; click (or pick in the table) a node for details and explanation paths.
import {gql, ACCOUNT_KINDS} from './api.js';
import {h, fill, clear, errorBox, loading, nodeLink, nodeRoute, fmt} from './dom.js';
import {roleBadges, chainText} from './decision.js';

const KIND_COLOURS = {
  Person: '#4c78a8', Clinician: '#72b7b2', TeamMember: '#54a24b', Committee: '#f58518', Decision: '#e45756',
  Idn: '#9d755d', Aco: '#9d755d', Hospital: '#b279a2', Clinic: '#bab0ac', Department: '#d8b5a5', Payer: '#eeca3b',
  Pbm: '#eeca3b', HealthAuthority: '#eeca3b', Product: '#ff9da6', Pharmacy: '#79706e', Wholesaler: '#79706e',
  Initiative: '#8cd17d', Milestone: '#8cd17d',
};
const ROLE_COLOURS = {decider: '#7b2cbf', approver: '#c2185b', influencer: '#00897b', gatekeeper: '#ef6c00', user: '#1565c0', none: '#9aa3b1'};
const PEOPLE = ['Person', 'Clinician'];

function primaryRole(roles) {
  for (const r of ['decider', 'approver', 'gatekeeper', 'influencer']) if (roles && roles.includes(r)) return r;
  return roles && roles.length ? (ROLE_COLOURS[roles[0]] ? roles[0] : 'user') : 'none';
}

const PEOPLE_FIELDS = `totalCount vertices edges algorithmMillis
  subject { kind id name } seeds { role node { kind id name } }
  people { rank score dmuRoles covered person { kind id name } positions { title organization { kind id name } }
    coverage { teamMember { kind id name } strength lastContact }
    chains { strength hops { from { kind id name } to { kind id name } type reversed strength basis } } }`;

const PAGE = 1000;   // the largest page the API serves; bigger maps are loaded page by page with `after` cursors

async function loadInfluencePage(kind, id, asOf, first, chains, after) {
  if (kind === 'Decision') {
    const d = await gql(`query($id: ID!, $asOf: Date, $first: Int, $chains: Int, $after: String) {
      decisionInfluencers(decision: $id, asOf: $asOf, first: $first, chains: $chains, after: $after) { ${PEOPLE_FIELDS} pageInfo { hasNextPage endCursor } } }`,
      {id, asOf, first, chains, after});
    return d.decisionInfluencers;
  }
  const d = await gql(`query($a: NodeRef!, $asOf: Date, $first: Int, $chains: Int, $after: String) {
    accountInfluencers(account: $a, asOf: $asOf, first: $first, chains: $chains, after: $after) { ${PEOPLE_FIELDS} pageInfo { hasNextPage endCursor } } }`,
    {a: {kind, id}, asOf, first, chains, after});
  return d.accountInfluencers;
}

/** The first `first` people, in pages of at most 1000 (progress reported through onPage). */
async function loadInfluence(kind, id, asOf, first, chains, onPage = () => {}) {
  let after = null, result = null;
  while (true) {
    const r = await loadInfluencePage(kind, id, asOf, Math.min(PAGE, first - (result ? result.people.length : 0)), chains, after);
    if (!result) result = r; else result.people.push(...r.people);
    onPage(result.people.length, r.totalCount);
    if (!r.pageInfo.hasNextPage || result.people.length >= first || !r.people.length) break;
    after = r.pageInfo.endCursor;
  }
  return result;
}

async function loadNeighbours(kind, id, asOf, first = 200) {
  const d = await gql(`query($k: NodeKind!, $id: ID!, $asOf: Date, $first: Int) {
    node(kind: $k, id: $id) { kind id name }
    neighbours(kind: $k, id: $id, asOf: $asOf, first: $first) { edges { node { direction node { kind id name }
      relationship { type properties { name value } } } } } }`, {k: kind, id, asOf, first});
  return d;
}

export async function mapPage(kind, id, q) {
  if (typeof window.cytoscape !== 'function') {
    await new Promise(resolve => window.addEventListener('load', resolve, {once: true}));
  }
  const asOf = q.get('asOf') || null;
  const first = Number(q.get('first') || 60);
  const influence = kind === 'Decision' || ACCOUNT_KINDS.includes(kind);

  const nodes = new Map();   // id -> data
  const edges = new Map();   // key -> data
  let subject = {kind, id, name: id};
  let summary = '';
  function addNode(n, extra = {}) {
    const cur = nodes.get(n.id);
    if (cur) { Object.assign(cur, Object.fromEntries(Object.entries(extra).filter(([, v]) => v !== undefined))); return cur; }
    const d = {id: n.id, name: n.name || n.id, kind: n.kind, score: null, rank: null, dmuRoles: [], covered: null, ...extra};
    nodes.set(n.id, d);
    return d;
  }
  function addEdge(from, to, type, strength, extra = {}) {
    const key = `${from}|${to}|${type}`;
    if (!edges.has(key)) edges.set(key, {id: key, source: from, target: to, type: type || 'LINK', strength, ...extra});
  }

  if (influence) {
    const r = await loadInfluence(kind, id, asOf, first, first > 300 ? 1 : 2,
      (n, total) => { const s = document.querySelector('#main .loading'); if (s) s.textContent = `Loading people: ${n} of ${Math.min(first, total)}…`; });
    subject = r.subject;
    addNode(subject, {subject: true});
    for (const s of r.seeds) {
      addNode(s.node, {seedRole: s.role});
      if (s.node.id !== subject.id) addEdge(s.node.id, subject.id, s.role.includes('committee') ? 'DECIDES' : 'IN_DMU', null);
    }
    for (const p of r.people) {
      addNode(p.person, {score: p.score, rank: p.rank, dmuRoles: p.dmuRoles, covered: p.covered, coverage: p.coverage,
        positions: p.positions, chains: p.chains});
      for (const c of p.chains) for (const hop of c.hops) {
        addNode(hop.from); addNode(hop.to);
        addEdge(hop.from.id, hop.to.id, hop.type, hop.strength, {basis: hop.basis});
      }
    }
    summary = `${r.people.length} of ${r.totalCount} people (ranked by influence) and the chains that explain their scores.`;
  } else {
    const d = await loadNeighbours(kind, id, asOf);
    if (!d.node) return h('div', {}, h('h1', {}, 'Not found'), h('p', {}, `There is no ${kind} ${id}.`));
    subject = d.node;
    addNode(subject, {subject: true});
    for (const e of d.neighbours.edges) {
      const nb = e.node;
      addNode(nb.node);
      const s = nb.relationship.properties.find(p => p.name === 'strength');
      const [from, to] = nb.direction === 'OUT' ? [subject.id, nb.node.id] : [nb.node.id, subject.id];
      addEdge(from, to, nb.relationship.type, s ? Number(s.value) : null);
    }
    summary = `${subject.name} and its ${d.neighbours.edges.length} neighbours. Select a node and expand it to grow the map.`;
  }

  // ---- page ----
  const asOfInput = h('input', {type: 'date', id: 'map-asof', value: asOf || ''});
  // The time slider: months before today (0 = today); releasing it reloads the map as of that day.
  const monthsBack = d => {
    if (!d) return 0;
    const now = new Date(), then = new Date(d + 'T00:00:00Z');
    return Math.max(-120, Math.min(0, (then.getUTCFullYear() - now.getUTCFullYear()) * 12 + then.getUTCMonth() - now.getUTCMonth()));
  };
  const dateAt = m => {
    const d = new Date();
    d.setUTCDate(1); d.setUTCMonth(d.getUTCMonth() + Number(m));
    return Number(m) === 0 ? '' : d.toISOString().slice(0, 7) + '-01';
  };
  const slider = h('input', {type: 'range', id: 'map-slider', min: -120, max: 0, step: 1, value: monthsBack(asOf),
    'aria-valuetext': asOf || 'today'});
  const sliderText = h('output', {for: 'map-slider'}, asOf || 'today');
  slider.addEventListener('input', () => {
    const d = dateAt(slider.value);
    asOfInput.value = d;
    sliderText.textContent = d || 'today';
    slider.setAttribute('aria-valuetext', d || 'today');
  });
  slider.addEventListener('change', () => asOfInput.form && asOfInput.form.requestSubmit());
  const firstSel = h('select', {id: 'map-first'}, [30, 60, 150, 400, 1000, 2000, 3000].map(v => h('option', {value: v, selected: v === first}, String(v))));
  const colourSel = h('select', {id: 'map-colour'}, h('option', {value: 'kind'}, 'kind'), h('option', {value: 'role', selected: kind === 'Decision'}, 'DMU role'));
  const typesBox = h('fieldset', {}, h('legend', {}, 'Relationship kinds'));
  const legend = h('div', {class: 'legend', 'aria-hidden': 'true'});
  const details = h('section', {class: 'card details', 'aria-live': 'polite'}, h('h2', {}, 'Details'), h('p', {}, 'Select a node in the map or in the table below.'));
  const cyBox = h('div', {id: 'cy', tabindex: '0', role: 'img',
    'aria-label': `Stakeholder map of ${subject.name}. ${summary} The same nodes are listed in the table below the map.`});
  const status = h('p', {role: 'status', 'aria-live': 'polite', class: 'sub'}, summary);
  const el = h('div', {},
    h('h1', {}, 'Stakeholder map: ', subject.name),
    h('p', {class: 'sub'}, `${subject.kind} ${subject.id} · `, h('a', {href: '#' + nodeRoute(subject.kind, subject.id)}, 'back to the page')),
    h('form', {class: 'toolbar', onsubmit: ev => {
        ev.preventDefault();
        const p = new URLSearchParams();
        if (asOfInput.value) p.set('asOf', asOfInput.value);
        if (influence) p.set('first', firstSel.value);
        location.hash = `/map/${encodeURIComponent(kind)}/${encodeURIComponent(id)}?${p}`;
      }},
      h('label', {for: 'map-asof'}, 'As of'), asOfInput,
      h('label', {for: 'map-slider'}, 'Time'), slider, sliderText,
      influence ? [h('label', {for: 'map-first'}, 'People'), firstSel] : null,
      h('button', {type: 'submit'}, 'Reload'),
      h('label', {for: 'map-colour'}, 'Colour by'), colourSel,
      typesBox),
    status,
    h('div', {class: 'map-layout'}, cyBox, details),
    legend,
    h('p', {class: 'sub'}, 'Keyboard: focus the map, then arrows pan, + and − zoom, 0 fits, Escape clears the selection; ',
      'use the Show buttons in the table below to select a node.'),
    h('h2', {}, 'Nodes in the map (text alternative)'));
  const tableBox = h('div');
  el.appendChild(tableBox);

  let cy = null;
  function colourOf(d) {
    if (colourSel.value === 'role' && PEOPLE.includes(d.kind)) return ROLE_COLOURS[primaryRole(d.dmuRoles)];
    return KIND_COLOURS[d.kind] || '#888';
  }
  const maxScore = Math.max(1e-9, ...[...nodes.values()].map(n => n.score || 0));
  function sizeOf(d) {
    if (d.subject) return 56;
    if (d.score == null) return PEOPLE.includes(d.kind) ? 14 : 24;
    return 14 + 46 * Math.sqrt(d.score / maxScore);
  }
  const big = nodes.size > 400;
  const labelled = new Set([...nodes.values()].filter(n => n.subject || n.seedRole || (n.rank && n.rank <= (big ? 25 : 60)) || !PEOPLE.includes(n.kind) && !big).map(n => n.id));

  function elements() {
    const els = [];
    for (const n of nodes.values()) {
      els.push({group: 'nodes', data: {id: n.id, label: labelled.has(n.id) ? n.name : '', name: n.name, kind: n.kind,
        size: sizeOf(n), colour: colourOf(n), rank: n.rank || 0, seed: n.seedRole ? 1 : 0, uncovered: n.covered === false ? 1 : 0, subject: n.subject ? 1 : 0}});
    }
    for (const e of edges.values()) {
      if (!nodes.has(e.source) || !nodes.has(e.target)) continue;
      els.push({group: 'edges', data: {id: e.id, source: e.source, target: e.target, type: e.type,
        width: e.strength == null ? 1 : 0.5 + 6 * e.strength}});
    }
    return els;
  }

  function renderTypes() {
    const types = [...new Set([...edges.values()].map(e => e.type))].sort();
    const checked = new Set([...typesBox.querySelectorAll('input:checked')].map(i => i.value));
    const wasEmpty = !typesBox.querySelector('input');
    clear(typesBox).appendChild(h('legend', {}, 'Relationship kinds'));
    for (const t of types) {
      const cb = h('input', {type: 'checkbox', value: t, checked: wasEmpty || checked.has(t) || !typesBox.dataset.seen?.includes(t)});
      cb.addEventListener('change', applyFilter);
      typesBox.appendChild(h('label', {}, cb, t.toLowerCase().replace(/_/g, ' ')));
    }
    typesBox.dataset.seen = types.join(',');
  }

  function applyFilter() {
    if (!cy) return;
    const on = new Set([...typesBox.querySelectorAll('input:checked')].map(i => i.value));
    cy.batch(() => {
      cy.edges().forEach(e => { e.style('display', on.has(e.data('type')) ? 'element' : 'none'); });
    });
  }

  function renderLegend() {
    clear(legend);
    const entries = colourSel.value === 'role'
      ? Object.entries(ROLE_COLOURS).map(([k, c]) => [k === 'none' ? 'no DMU role' : k, c])
      : [...new Set([...nodes.values()].map(n => n.kind))].map(k => [k, KIND_COLOURS[k] || '#888']);
    for (const [k, c] of entries) legend.appendChild(h('span', {}, h('span', {class: 'sw', style: `background:${c}`}), k));
    legend.appendChild(h('span', {}, h('span', {class: 'sw ring'}), 'not covered by our team'));
    legend.appendChild(h('span', {}, 'size: influence · edge width: strength'));
  }

  function renderTable() {
    const rows = [...nodes.values()].sort((a, b) => (a.rank || 1e9) - (b.rank || 1e9) || a.name.localeCompare(b.name));
    const tbody = h('tbody');
    for (const n of rows.slice(0, 500)) {
      const btn = h('button', {type: 'button', class: 'secondary'}, 'Show');
      btn.addEventListener('click', () => select(n.id, true));
      tbody.appendChild(h('tr', {}, h('td', {class: 'num'}, n.rank || ''), h('th', {scope: 'row'}, nodeLink(n)), h('td', {}, n.kind),
        h('td', {class: 'num'}, n.score == null ? '' : fmt(n.score, 4)), h('td', {}, roleBadges(n.dmuRoles)),
        h('td', {}, n.covered === false ? h('span', {class: 'badge UNCOVERED'}, 'uncovered') : n.covered ? h('span', {class: 'badge covered'}, 'covered') : ''),
        h('td', {}, btn)));
    }
    clear(tableBox).appendChild(h('table', {class: 'data'},
      h('caption', {}, rows.length > 500 ? `First 500 of ${rows.length} nodes` : `${rows.length} nodes, ${edges.size} relationships`),
      h('thead', {}, h('tr', {}, ['Rank', 'Name', 'Kind', 'Influence', 'DMU role', 'Coverage', ''].map(c => h('th', {scope: 'col'}, c)))), tbody));
  }

  function select(nid, focusMap) {
    const n = nodes.get(nid);
    if (!n || !cy) return;
    cy.elements().removeClass('sel faded');
    const ele = cy.getElementById(nid);
    const hood = ele.closedNeighborhood();
    cy.elements().not(hood).addClass('faded');
    ele.addClass('sel');
    if (focusMap) cy.animate({center: {eles: ele}, zoom: Math.max(cy.zoom(), 1)}, {duration: 300});
    const expand = h('button', {type: 'button', class: 'secondary'}, 'Expand neighbours');
    expand.addEventListener('click', () => expandNode(n, expand));
    fill(details, h('h2', {}, n.name),
      h('p', {class: 'sub'}, `${n.kind} ${n.id}`, ' · ', h('a', {href: '#' + nodeRoute(n.kind, n.id)}, 'open page')),
      h('dl', {class: 'facts'},
        n.rank ? [h('dt', {}, 'Rank'), h('dd', {}, String(n.rank))] : null,
        n.score != null ? [h('dt', {}, 'Influence'), h('dd', {}, fmt(n.score, 4))] : null,
        n.dmuRoles && n.dmuRoles.length ? [h('dt', {}, 'DMU role'), h('dd', {}, roleBadges(n.dmuRoles))] : null,
        n.seedRole ? [h('dt', {}, 'Influence lands here'), h('dd', {}, n.seedRole)] : null,
        n.positions && n.positions.length ? [h('dt', {}, 'Position'), h('dd', {}, n.positions.map(p => (p.title ? p.title + ', ' : '') + p.organization.name).join('; '))] : null,
        n.covered != null ? [h('dt', {}, 'Coverage'), h('dd', {}, n.coverage && n.coverage.length
          ? n.coverage.map((c, i) => [i ? '; ' : '', c.teamMember.name, ` ${fmt(c.strength, 2)}`, c.lastContact ? ` (${c.lastContact})` : ''])
          : h('span', {class: 'badge UNCOVERED'}, 'not covered'))] : null),
      n.chains && n.chains.length ? [h('h3', {}, 'Why: chains of influence'), h('ol', {}, n.chains.map(c => h('li', {}, chainText(c))))] : null,
      h('h3', {}, 'Relationships in the map'),
      h('ul', {class: 'plain'}, ele.connectedEdges().map(e => {
        const other = e.source().id() === nid ? e.target() : e.source();
        return h('li', {}, e.source().id() === nid ? '→ ' : '← ', e.data('type').toLowerCase(), ' ', other.data('name'));
      }).slice(0, 40)),
      expand);
  }

  async function expandNode(n, btn) {
    btn.disabled = true;
    status.textContent = `Loading the neighbours of ${n.name}…`;
    try {
      const d = await loadNeighbours(n.kind, n.id, asOf, 100);
      let added = 0;
      for (const e of d.neighbours.edges) {
        const nb = e.node;
        if (!nodes.has(nb.node.id)) added++;
        addNode(nb.node);
        const s = nb.relationship.properties.find(p => p.name === 'strength');
        const [from, to] = nb.direction === 'OUT' ? [n.id, nb.node.id] : [nb.node.id, n.id];
        addEdge(from, to, nb.relationship.type, s ? Number(s.value) : null);
      }
      const existing = new Set(cy.elements().map(e => e.id()));
      const fresh = elements().filter(e => !existing.has(e.data.id));
      const center = cy.getElementById(n.id).position();
      cy.add(fresh.map(e => e.group === 'nodes' ? {...e, position: {x: center.x + (Math.random() - .5) * 200, y: center.y + (Math.random() - .5) * 200}} : e));
      renderTypes(); applyFilter(); renderTable(); renderLegend();
      cy.elements().filter(e => fresh.some(f => f.data.id === e.id())).union(cy.getElementById(n.id))
        .layout({name: 'concentric', fit: false, animate: false, concentric: e => e.id() === n.id ? 2 : 1, levelWidth: () => 1,
          boundingBox: {x1: center.x - 250, y1: center.y - 250, w: 500, h: 500}}).run();
      status.textContent = `Added ${added} nodes around ${n.name}; the map has ${nodes.size} nodes.`;
      select(n.id, false);
    } catch (e) {
      status.textContent = 'Could not expand: ' + e.message;
    }
    btn.disabled = false;
  }

  return {
    el,
    mounted() {
      renderTypes(); renderLegend(); renderTable();
      const t0 = performance.now();
      cy = window.cytoscape({
        container: cyBox,
        elements: elements(),
        minZoom: 0.05, maxZoom: 4,
        textureOnViewport: big, hideEdgesOnViewport: big, hideLabelsOnViewport: big, motionBlur: false, pixelRatio: big ? 1 : 'auto',
        style: [
          {selector: 'node', style: {'background-color': 'data(colour)', width: 'data(size)', height: 'data(size)', label: 'data(label)',
            'font-size': 10, 'text-valign': 'bottom', 'text-margin-y': 3, 'min-zoomed-font-size': big ? 7 : 3, color: '#1d2330',
            'text-background-color': '#fff', 'text-background-opacity': 0.7, 'text-background-padding': 1}},
          {selector: 'node[uncovered = 1]', style: {'border-width': 4, 'border-color': '#b3261e'}},
          {selector: 'node[subject = 1]', style: {shape: 'round-rectangle', 'font-weight': 'bold', 'font-size': 12}},
          {selector: 'edge', style: {width: 'data(width)', 'line-color': '#a9b2c2', 'target-arrow-color': '#a9b2c2',
            'target-arrow-shape': big ? 'none' : 'triangle', 'curve-style': big ? 'haystack' : 'bezier', opacity: 0.7, 'arrow-scale': 0.7}},
          {selector: 'edge[type = "INFLUENCES"]', style: {'line-color': '#4c78a8', 'target-arrow-color': '#4c78a8'}},
          {selector: '.faded', style: {opacity: 0.12}},
          {selector: 'node.sel', style: {'border-width': 5, 'border-color': '#ffbf47', label: 'data(name)', 'z-index': 10}},
        ],
        layout: nodes.size <= 250
          ? {name: 'cose', animate: false, randomize: true, nodeRepulsion: () => 9000, idealEdgeLength: () => 70, numIter: 1200}
          // Large maps: rings by rank (1, 2-3, 4-7, 8-15, ...), the subject and where influence lands at the centre.
          : {name: 'concentric', animate: false, minNodeSpacing: 2, levelWidth: () => 1,
             concentric: n => n.data('subject') ? 100 : n.data('seed') ? 90 : n.data('rank') ? 50 - Math.floor(Math.log2(n.data('rank'))) : 0},
      });
      applyFilter();
      const drawn = Math.round(performance.now() - t0);
      status.textContent = `${summary} Laid out and drawn in ${drawn} ms` + (big ? '; labels show when you zoom in, edges hide while panning.' : '.');
      window.__kamMapMillis = drawn;
      cy.on('tap', 'node', ev => select(ev.target.id(), false));
      cy.on('tap', ev => { if (ev.target === cy) cy.elements().removeClass('sel faded'); });
      colourSel.addEventListener('change', () => {
        cy.batch(() => cy.nodes().forEach(e => e.data('colour', colourOf(nodes.get(e.id())))));
        renderLegend();
      });
      // Keyboard: +/- zoom, arrows pan, 0 fits, Escape clears the selection.
      cyBox.addEventListener('keydown', ev => {
        const step = 60;
        const k = ev.key;
        if (k === '+' || k === '=') cy.zoom({level: cy.zoom() * 1.2, renderedPosition: {x: cyBox.clientWidth / 2, y: cyBox.clientHeight / 2}});
        else if (k === '-') cy.zoom({level: cy.zoom() / 1.2, renderedPosition: {x: cyBox.clientWidth / 2, y: cyBox.clientHeight / 2}});
        else if (k === 'ArrowLeft') cy.panBy({x: step, y: 0});
        else if (k === 'ArrowRight') cy.panBy({x: -step, y: 0});
        else if (k === 'ArrowUp') cy.panBy({x: 0, y: step});
        else if (k === 'ArrowDown') cy.panBy({x: 0, y: -step});
        else if (k === '0') cy.fit();
        else if (k === 'Escape') cy.elements().removeClass('sel faded');
        else return;
        ev.preventDefault();
      });
      window.__kamMap = cy; // for checks from the browser console
    },
    dispose() { if (cy) cy.destroy(); window.__kamMap = undefined; },
  };
}
