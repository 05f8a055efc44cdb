// Search results: GraphQL `search`, paged with `after`.
import {gql, ACCOUNT_KINDS} from './api.js';
import {h, clear, errorBox, loading, nodeLink} from './dom.js';

export const KIND_GROUPS = {
  ACCOUNTS: ACCOUNT_KINDS,
  PEOPLE: ['Person', 'Clinician', 'TeamMember'],
  PAYERS: ['Payer', 'Pbm', 'HealthAuthority'],
  Product: ['Product'],
  Decision: ['Decision'],
  Committee: ['Committee'],
};

const QUERY = `query($t: String, $k: [NodeKind!], $territory: String, $after: String) {
  search(text: $t, kinds: $k, territory: $territory, first: 25, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { kind id name
      ... on Organization { city territory parent { kind id name } }
      ... on Person { title specialty territory }
      ... on Product { therapeuticArea ours }
      ... on Decision { status dueDate }
      ... on TeamMember { role territory } } }
  }
}`;

export async function searchPage(q) {
  const text = q.get('q') || '';
  const kind = q.get('kind') || '';
  const territory = q.get('territory') || null;
  const kinds = KIND_GROUPS[kind] || (kind ? [kind] : null);
  const el = h('div', {},
    h('h1', {}, text ? `Search: “${text}”` : (kind ? `Browse: ${kind}` : 'Search')));
  const input = document.getElementById('search-text');
  if (input && !input.value) input.value = text;
  const sel = document.getElementById('search-kind');
  if (sel && KIND_GROUPS[kind]) sel.value = kind;
  const tbody = h('tbody');
  const status = h('p', {role: 'status', 'aria-live': 'polite'});
  const more = h('button', {type: 'button', class: 'secondary', hidden: true}, 'More results');
  el.append(status, h('table', {class: 'data'},
    h('thead', {}, h('tr', {}, ['Name', 'Kind', 'Id', 'Details'].map(c => h('th', {scope: 'col'}, c)))), tbody), h('div', {class: 'pager'}, more));
  let after = null;
  let shown = 0;
  async function load() {
    more.disabled = true;
    status.textContent = 'Searching…';
    try {
      const d = await gql(QUERY, {t: text || null, k: kinds, territory, after});
      for (const e of d.search.edges) {
        const n = e.node;
        const details = [n.title, n.specialty, n.therapeuticArea, n.ours ? 'our product' : null, n.city, n.territory,
          n.parent ? 'part of ' + n.parent.name : null, n.status, n.dueDate ? 'due ' + n.dueDate : null, n.role].filter(Boolean).join(' · ');
        tbody.appendChild(h('tr', {}, h('th', {scope: 'row'}, nodeLink(n)), h('td', {}, n.kind), h('td', {}, n.id), h('td', {}, details)));
      }
      shown += d.search.edges.length;
      status.textContent = `${d.search.totalCount} found${shown < d.search.totalCount ? `, showing ${shown}` : ''}.`;
      after = d.search.pageInfo.endCursor;
      more.hidden = !d.search.pageInfo.hasNextPage;
    } catch (e) {
      status.textContent = '';
      el.appendChild(errorBox(e));
    }
    more.disabled = false;
  }
  more.addEventListener('click', load);
  await load();
  return el;
}
