// Decision view: the DMU ranked by influence (decisionInfluencers), coverage gaps and next moves (coverageGaps,
// reachStakeholder), links to the stakeholder map and CSV.
import {gql, csvUrl} from './api.js';
import {h, fill, clear, errorBox, loading, nodeLink, fmt, sortableTable} from './dom.js';

export function roleBadges(roles) {
  return (roles || []).map(r => h('span', {class: 'badge ' + r.replace(/\s+/g, '-')}, r));
}

function coverageText(cov) {
  if (!cov || !cov.length) return h('span', {class: 'badge UNCOVERED'}, 'uncovered');
  return cov.map((c, i) => [i ? '; ' : '', nodeLink(c.teamMember), ` ${fmt(c.strength, 2)}`, c.lastContact ? h('span', {class: 'kind'}, ' ' + c.lastContact) : '']);
}

export function chainText(chain) {
  if (!chain) return '';
  const parts = [chain.hops.length ? chain.hops[0].from.name : ''];
  for (const hop of chain.hops) parts.push(` —${hop.type ? hop.type.toLowerCase() : '?'}${hop.strength != null ? ' ' + fmt(hop.strength, 2) : ''}→ ${hop.to.name}`);
  return h('span', {class: 'chain'}, parts.join(''), ` (strength ${fmt(chain.strength, 3)})`);
}

export function influencerTable(people) {
  return sortableTable([
    {key: 'rank', label: 'Rank', numeric: true},
    {key: 'name', label: 'Person', header: true, value: r => r.person.name, render: r => nodeLink(r.person)},
    {key: 'score', label: 'Influence', numeric: true, render: r => fmt(r.score, 4)},
    {key: 'roles', label: 'DMU role', value: r => r.dmuRoles.join(', '), render: r => roleBadges(r.dmuRoles)},
    {key: 'position', label: 'Position', value: r => r.positions.map(p => (p.title ? p.title + ', ' : '') + p.organization.name).join('; ')},
    {key: 'covered', label: 'Coverage', value: r => r.covered ? 1 : 0, render: r => coverageText(r.coverage)},
    {key: 'chain', label: 'Why (strongest chain)', sortable: false, render: r => chainText(r.chains[0])},
  ], people, {initial: {key: 'rank', asc: true}});
}

export function gapsTable(gaps) {
  if (!gaps.length) return h('p', {}, 'No coverage gaps among the most influential people.');
  return sortableTable([
    {key: 'rank', label: 'Rank', numeric: true, value: r => r.influenceRank},
    {key: 'name', label: 'Person', header: true, value: r => r.person.name, render: r => nodeLink(r.person)},
    {key: 'reason', label: 'Gap', render: r => h('span', {class: 'badge ' + r.reason}, r.reason.toLowerCase())},
    {key: 'roles', label: 'DMU role', value: r => (r.dmuRoles || []).join(', '), render: r => roleBadges(r.dmuRoles)},
    {key: 'coverage', label: 'Coverage now', sortable: false, render: r => coverageText(r.coverage)},
  ], gaps, {initial: {key: 'rank', asc: true}});
}

const INFLUENCERS = `query($d: ID!, $asOf: Date, $after: String) {
  decisionInfluencers(decision: $d, asOf: $asOf, first: 25, after: $after, chains: 2) {
    subject { kind id name } seeds { role node { kind id name } } totalCount vertices edges algorithmMillis
    pageInfo { hasNextPage endCursor }
    people { rank score dmuRoles covered person { kind id name } positions { title organization { kind id name } }
      coverage { teamMember { kind id name } strength lastContact }
      chains { strength hops { from { kind id name } to { kind id name } type reversed strength } } }
  }
}`;

export async function decisionPage(id, q) {
  const asOf = q.get('asOf') || null;
  const d = await gql(`query($id: ID!) { node(kind: Decision, id: $id) { kind id name
    ... on Decision { status decisionType dueDate }
    neighbours(types: [DECIDES, CONCERNS, AT]) { node { kind id name } relationship { type } } } }`, {id});
  const n = d.node;
  if (!n) return h('div', {}, h('h1', {}, 'Not found'), h('p', {}, `There is no decision ${id}.`));
  const by = t => n.neighbours.filter(x => x.relationship.type === t).map(x => x.node);
  const asOfInput = h('input', {type: 'date', id: 'dec-asof', value: asOf || ''});
  const el = h('div', {},
    h('h1', {}, n.name),
    h('p', {class: 'sub'}, [`Decision ${n.id}`, n.decisionType, n.status, n.dueDate ? 'due ' + n.dueDate : null].filter(Boolean).join(' · ')),
    h('dl', {class: 'facts card'},
      by('AT').length ? [h('dt', {}, 'Account'), h('dd', {}, by('AT').map(nodeLink))] : null,
      by('CONCERNS').length ? [h('dt', {}, 'Concerns'), h('dd', {}, by('CONCERNS').map((x, i) => [i ? ', ' : '', nodeLink(x)]))] : null,
      by('DECIDES').length ? [h('dt', {}, 'Decided by'), h('dd', {}, by('DECIDES').map((x, i) => [i ? ', ' : '', nodeLink(x)]))] : null),
    h('form', {class: 'toolbar', onsubmit: ev => {
        ev.preventDefault();
        location.hash = `/decision/${encodeURIComponent(id)}` + (asOfInput.value ? '?asOf=' + asOfInput.value : '');
      }},
      h('label', {for: 'dec-asof'}, 'As of'), asOfInput, h('button', {type: 'submit'}, 'Apply'),
      h('a', {href: `#/map/Decision/${encodeURIComponent(id)}` + (asOf ? '?asOf=' + asOf : '')}, 'Stakeholder map'),
      h('a', {href: `#/whatif?decision=${encodeURIComponent(id)}` + (asOf ? '&asOf=' + asOf : ''), id: 'dec-whatif'}, 'What if…'),
      h('a', {href: csvUrl(`{ decisionInfluencers(decision: ${JSON.stringify(id)}${asOf ? `, asOf: "${asOf}"` : ''}, first: 1000) { people { rank score person { id kind name } dmuRoles covered coverage { teamMember { name } strength lastContact } } } }`,
        'decisionInfluencers.people', `dmu-${id}.csv`)}, 'DMU as CSV')));
  const ranked = h('section', {class: 'card'}, h('h2', {}, 'Who moves this decision'), loading());
  const gaps = h('section', {class: 'card'}, h('h2', {}, 'Coverage gaps'), loading());
  const moves = h('section', {class: 'card'}, h('h2', {}, 'Next moves'), loading());
  el.append(ranked, h('div', {class: 'grid2'}, gaps, moves));
  loadRanked(ranked, id, asOf);
  loadGaps(gaps, moves, id, asOf);
  return el;
}

async function loadRanked(box, id, asOf) {
  let after = null;
  const people = [];
  const tableBox = h('div');
  const more = h('button', {type: 'button', class: 'secondary'}, 'Next 25');
  const status = h('p', {role: 'status', 'aria-live': 'polite'});
  async function page() {
    more.disabled = true;
    try {
      const d = await gql(INFLUENCERS, {d: id, asOf, after});
      const r = d.decisionInfluencers;
      people.push(...r.people);
      after = r.pageInfo.endCursor;
      if (!status.isConnected) {
        fill(box, h('h2', {}, 'Who moves this decision'),
          h('p', {}, 'Influence lands on: ', r.seeds.map((s, i) => [i ? ', ' : '', nodeLink(s.node), ` (${s.role})`])),
          status, tableBox, h('div', {class: 'pager'}, more));
      }
      status.textContent = `${people.length} of ${r.totalCount} people ranked by personalized PageRank (${r.vertices} vertices, ${r.edges} edges, ${r.algorithmMillis} ms).`;
      clear(tableBox).appendChild(influencerTable(people));
      more.hidden = !r.pageInfo.hasNextPage;
    } catch (e) {
      fill(box, h('h2', {}, 'Who moves this decision'), errorBox(e));
    }
    more.disabled = false;
  }
  more.addEventListener('click', page);
  await page();
}

async function loadGaps(box, movesBox, id, asOf) {
  try {
    const d = await gql(`query($d: ID!, $asOf: Date) { coverageGaps(decision: $d, asOf: $asOf) { gaps { influenceRank influenceScore reason dmuRoles
      person { kind id name } coverage { teamMember { kind id name } strength lastContact } } } }`, {d: id, asOf});
    const gaps = d.coverageGaps.gaps;
    fill(box, h('h2', {}, `Coverage gaps (${gaps.length})`), gapsTable(gaps));
    fill(movesBox, h('h2', {}, 'Next moves'));
    if (!gaps.length) { movesBox.appendChild(h('p', {}, 'Coverage of the most influential people is sound.')); return; }
    const ol = h('ol');
    for (const g of gaps.slice(0, 8)) {
      const what = g.reason === 'UNCOVERED' ? 'Open a relationship with ' : g.reason === 'WEAK' ? 'Strengthen the relationship with ' : 'Re-engage ';
      const last = g.coverage.map(c => c.lastContact).filter(Boolean).sort().pop();
      const out = h('div', {'aria-live': 'polite'});
      const btn = h('button', {type: 'button', class: 'secondary'}, 'How to reach');
      btn.addEventListener('click', async () => {
        btn.disabled = true;
        clear(out).appendChild(loading('Finding the strongest paths from our team…'));
        try {
          const r = await gql(`query($t: ID!, $asOf: Date) { reachStakeholder(target: $t, k: 3, asOf: $asOf) { paths { strength
            hops { from { kind id name } to { kind id name } type reversed strength } } } }`, {t: g.person.id, asOf});
          const paths = r.reachStakeholder.paths;
          clear(out).appendChild(paths.length ? h('ul', {}, paths.map(p => h('li', {}, chainText(p)))) : h('p', {}, 'Nobody on the team can reach this person.'));
        } catch (e) { clear(out).appendChild(errorBox(e)); }
        btn.disabled = false;
      });
      ol.appendChild(h('li', {}, what, nodeLink(g.person), ` (influence rank ${g.influenceRank}`,
        g.dmuRoles.length ? ', ' + g.dmuRoles.join(', ') : '', last ? `, last contact ${last}` : '', ') ', btn, out));
    }
    movesBox.appendChild(ol);
  } catch (e) {
    fill(box, h('h2', {}, 'Coverage gaps'), errorBox(e));
    clear(movesBox);
  }
}
