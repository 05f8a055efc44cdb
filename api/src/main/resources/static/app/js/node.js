// A node's page. Accounts: key facts, hierarchy, tier with its explanation, top stakeholders, coverage gaps, plan links.
// People: positions, committees, influence. Anything else: facts and neighbours.
import {gql, GraphQLError, ACCOUNT_KINDS, PERSON_KINDS} from './api.js';
import {h, fill, errorBox, loading, nodeLink, link, fmt, clear, sortableTable} from './dom.js';
import {influencerTable, gapsTable} from './decision.js';

const BASE = `query($kind: NodeKind!, $id: ID!) {
  node(kind: $kind, id: $id) {
    kind id name validFrom validTo source lastVerified
    properties { name value type }
    ... on Organization { city region territory parent { kind id name } }
    ... on Person { title specialty npi territory
      positions { title since organization { kind id name } }
      committees { role since committee { kind id name } } }
  }
}`;

export async function nodePage(kind, id, q) {
  if (kind === 'Decision') { location.hash = `/decision/${encodeURIComponent(id)}`; return null; }
  let d;
  try {
    d = await gql(BASE, {kind, id});
  } catch (e) {
    // An unknown id (or one outside the user's territories) is answered NOT_FOUND.
    if (!(e instanceof GraphQLError) || !e.errors.some(x => x.extensions && x.extensions.classification === 'NOT_FOUND')) throw e;
    d = {node: null};
  }
  const n = d.node;
  if (!n) return h('div', {}, h('h1', {}, 'Not found'), h('p', {}, `There is no ${kind} ${id}.`));
  const isAccount = ACCOUNT_KINDS.includes(n.kind);
  const isPerson = PERSON_KINDS.includes(n.kind);
  const el = h('div', {},
    h('h1', {}, n.name),
    h('p', {class: 'sub'}, `${n.kind} ${n.id}`, n.parent ? [' · part of ', nodeLink(n.parent)] : null));
  const actions = h('div', {class: 'toolbar'});
  if (isAccount || isPerson || n.kind === 'Committee') {
    actions.appendChild(h('a', {href: `#/map/${encodeURIComponent(n.kind)}/${encodeURIComponent(n.id)}`}, 'Stakeholder map'));
  }
  if (isAccount) {
    const plan = `/plan/${encodeURIComponent(n.kind)}/${encodeURIComponent(n.id)}`;
    actions.append(
      h('span', {class: 'plan-links', role: 'group', 'aria-label': 'Account plan'}, h('strong', {}, 'Account plan: '),
        h('a', {href: plan, target: '_blank', rel: 'noopener', class: 'button', id: 'plan-print', title: 'The printable one-page plan, in a new tab'},
          'Print'),
        h('a', {href: plan + '.pdf', class: 'button', id: 'plan-pdf', download: `account-plan-${n.id}.pdf`, title: 'The one-page plan as PDF'},
          'PDF')),
      h('a', {href: `#/whatif?account=${encodeURIComponent(n.kind + ':' + n.id)}`}, 'What if…'));
  }
  if (['Payer', 'Pbm', 'HealthAuthority', 'Product'].includes(n.kind)) {
    actions.append(h('a', {href: `#/market/${encodeURIComponent(n.kind)}/${encodeURIComponent(n.id)}`}, 'Market access: routes and spend flow'),
      h('a', {href: `#/whatif?flowFrom=${encodeURIComponent(n.kind === 'Product' ? 'HealthAuthority' : n.kind + ':' + n.id)}` +
        (n.kind === 'Product' ? '&product=' + encodeURIComponent(n.id) : '')}, 'What if…'));
  }
  if (actions.children.length) el.appendChild(actions);

  const facts = h('dl', {class: 'facts'});
  const add = (k, v) => { if (v !== null && v !== undefined && v !== '') facts.append(h('dt', {}, k), h('dd', {}, v)); };
  const shown = new Set(['name', 'id']);
  for (const p of n.properties) if (!shown.has(p.name)) add(p.name, p.value);
  const top = h('div', {class: 'grid2'}, h('section', {class: 'card'}, h('h2', {}, 'Key facts'), facts));
  el.appendChild(top);

  if (isAccount) {
    const tierBox = h('section', {class: 'card'}, h('h2', {}, 'Key-account tier'), loading());
    top.appendChild(tierBox);
    loadTier(tierBox, n);
    const hier = h('section', {class: 'card'}, h('h2', {}, 'Hierarchy'), loading());
    const infl = h('section', {class: 'card'}, h('h2', {}, 'Top stakeholders'), loading());
    const gaps = h('section', {class: 'card'}, h('h2', {}, 'Coverage gaps'), loading());
    el.append(h('div', {class: 'grid2'}, hier, gaps), infl);
    loadHierarchy(hier, n);
    loadInfluencers(infl, n);
    loadGaps(gaps, n);
  } else if (isPerson) {
    const pos = h('section', {class: 'card'}, h('h2', {}, 'Positions and committees'),
      h('ul', {class: 'plain'},
        n.positions.map(p => h('li', {}, p.title ? p.title + ', ' : '', nodeLink(p.organization), p.since ? h('span', {class: 'kind'}, ' since ' + p.since) : '')),
        n.committees.map(c => h('li', {}, (c.role || 'member') + ' of ', nodeLink(c.committee)))));
    top.appendChild(pos);
    const infl = h('section', {class: 'card'}, h('h2', {}, 'Influence'), loading());
    el.appendChild(infl);
    loadPersonInfluence(infl, n);
  } else {
    const nb = h('section', {class: 'card'}, h('h2', {}, 'Neighbours'), loading());
    el.appendChild(nb);
    loadNeighbours(nb, n);
  }
  return el;
}

async function loadTier(box, n) {
  try {
    const d = await gql(`query($a: NodeRef!) { keyAccount(account: $a) { rank tier score tierReason
      components { component raw value weight contribution detail note } } }`, {a: {kind: n.kind, id: n.id}});
    const k = d.keyAccount;
    fill(box, h('h2', {}, 'Key-account tier'),
      h('p', {}, h('span', {class: 'badge ' + k.tier}, k.tier.replace('_', ' ')), ` rank ${k.rank}, score ${fmt(k.score)}`),
      h('p', {}, k.tierReason),
      sortableTable([
        {key: 'component', label: 'Component', header: true},
        {key: 'value', label: 'Value', numeric: true, render: r => [h('span', {class: 'bar', style: `width:${Math.round(r.value * 60)}px`, 'aria-hidden': 'true'}), ' ', fmt(r.value, 2)]},
        {key: 'weight', label: 'Weight', numeric: true, render: r => fmt(r.weight, 2)},
        {key: 'contribution', label: 'Contribution', numeric: true},
        {key: 'detail', label: 'Why', render: r => [r.detail, r.note ? h('em', {}, ' (' + r.note + ')') : '']},
      ], k.components, {caption: 'Score components'}),
      h('p', {}, link('/tiers', 'All tiers')));
  } catch (e) {
    fill(box, h('h2', {}, 'Key-account tier'), errorBox(e));
  }
}

async function loadHierarchy(box, n) {
  try {
    const d = await gql(`query($k: NodeKind!, $id: ID!) { hierarchy(kind: $k, id: $id, depth: 2) { depth via node { kind id name } parent { id } } }`,
      {k: n.kind, id: n.id});
    const rows = d.hierarchy;
    const orgs = rows.filter(r => !['Person', 'Clinician'].includes(r.node.kind));
    const people = rows.length - orgs.length;
    const byParent = new Map();
    for (const r of orgs) {
      const p = r.parent ? r.parent.id : n.id;
      if (!byParent.has(p)) byParent.set(p, []);
      byParent.get(p).push(r);
    }
    const list = (pid, depth) => {
      const kids = byParent.get(pid) || [];
      if (!kids.length || depth > 2) return null;
      return h('ul', {}, kids.slice(0, 60).map(r => h('li', {}, nodeLink(r.node), h('span', {class: 'kind'}, ' ' + r.node.kind), list(r.node.id, depth + 1))),
        kids.length > 60 ? h('li', {}, `… and ${kids.length - 60} more`) : null);
    };
    const counts = {};
    for (const r of rows) counts[r.node.kind] = (counts[r.node.kind] || 0) + 1;
    fill(box, h('h2', {}, 'Hierarchy'),
      h('p', {}, Object.entries(counts).map(([k, c]) => `${c} ${k}`).join(', ') || 'Nothing under this account.',
        people ? ` (people two levels down: ${people})` : ''),
      h('details', {open: orgs.length <= 30}, h('summary', {}, 'Organizations under it'), list(n.id, 1)));
  } catch (e) {
    fill(box, h('h2', {}, 'Hierarchy'), errorBox(e));
  }
}

async function loadInfluencers(box, n) {
  try {
    const d = await gql(`query($a: NodeRef!) { accountInfluencers(account: $a, first: 15, chains: 1) { totalCount
      people { rank score dmuRoles covered person { kind id name } positions { title organization { kind id name } }
        coverage { teamMember { kind id name } strength lastContact }
        chains { strength hops { from { kind id name } to { kind id name } type reversed strength } } } } }`,
      {a: {kind: n.kind, id: n.id}});
    fill(box, h('h2', {}, `Top stakeholders (of ${d.accountInfluencers.totalCount} people)`),
      influencerTable(d.accountInfluencers.people));
  } catch (e) {
    fill(box, h('h2', {}, 'Top stakeholders'), errorBox(e));
  }
}

async function loadGaps(box, n) {
  try {
    const d = await gql(`query($a: NodeRef!) { coverageGaps(account: $a) { gaps { influenceRank influenceScore reason dmuRoles
      person { kind id name } coverage { teamMember { kind id name } strength lastContact } }
      fragileAccounts { account { kind id name } risk relationships } } }`, {a: {kind: n.kind, id: n.id}});
    fill(box, h('h2', {}, 'Coverage gaps'), gapsTable(d.coverageGaps.gaps),
      d.coverageGaps.fragileAccounts.length ? h('p', {}, 'Fragile accounts (held by one thread): ',
        d.coverageGaps.fragileAccounts.slice(0, 10).map((f, i) => [i ? ', ' : '', nodeLink(f.account), ` (${f.risk.replace('_', ' ').toLowerCase()})`])) : null);
  } catch (e) {
    fill(box, h('h2', {}, 'Coverage gaps'), errorBox(e));
  }
}

async function loadPersonInfluence(box, n) {
  try {
    const d = await gql(`query($id: ID!) { person(id: $id) { influences(first: 50) { direction strength basis source evidence person { kind id name } } } }`, {id: n.id});
    const rows = d.person ? d.person.influences : [];
    fill(box, h('h2', {}, 'Influence'), rows.length ? sortableTable([
      {key: 'who', label: 'Person', header: true, value: r => r.person.name, render: r => nodeLink(r.person)},
      {key: 'direction', label: 'Direction', value: r => r.direction === 'OUT' ? 'influences them' : 'influenced by them'},
      {key: 'strength', label: 'Strength', numeric: true},
      {key: 'basis', label: 'Basis'},
      {key: 'source', label: 'Source'},
      {key: 'evidence', label: 'Evidence (inferred)'},
    ], rows, {initial: {key: 'strength', asc: false}}) : h('p', {}, 'No influence relationships.'));
  } catch (e) {
    fill(box, h('h2', {}, 'Influence'), errorBox(e));
  }
}

async function loadNeighbours(box, n) {
  try {
    const d = await gql(`query($k: NodeKind!, $id: ID!) { node(kind: $k, id: $id) { neighbours(first: 100) { direction
      node { kind id name } relationship { type validFrom validTo } } } }`, {k: n.kind, id: n.id});
    const rows = d.node.neighbours;
    fill(box, h('h2', {}, `Neighbours (${rows.length}${rows.length === 100 ? '+' : ''})`), sortableTable([
      {key: 'type', label: 'Relationship', value: r => r.relationship.type},
      {key: 'direction', label: 'Direction'},
      {key: 'kind', label: 'Kind', value: r => r.node.kind},
      {key: 'name', label: 'Name', header: true, value: r => r.node.name, render: r => nodeLink(r.node)},
      {key: 'from', label: 'Valid from', value: r => r.relationship.validFrom},
    ], rows));
  } catch (e) {
    fill(box, h('h2', {}, 'Neighbours'), errorBox(e));
  }
}
