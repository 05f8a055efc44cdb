// Key-account tiers (keyAccounts): sortable table, filter by tier, CSV export (/api/csv), links to the account plan.
import {gql, csvUrl} from './api.js';
import {h, fill, clear, errorBox, nodeLink, fmt, sortableTable} from './dom.js';

const TIERS = ['KEY', 'STRATEGIC', 'MAINTAIN', 'NOT_TARGETED'];
const COMPONENTS = ['SPEND', 'GROWTH', 'INFLUENCE', 'ACCESS', 'COVERAGE'];

function queryText(tiers, asOf, first) {
  const args = [`first: ${first}`];
  if (tiers.length) args.push(`tier: [${tiers.join(', ')}]`);
  if (asOf) args.push(`asOf: "${asOf}"`);
  return `{ keyAccounts(${args.join(', ')}) { totalCount tierCounts { tier count } accounts { rank tier score territory tierReason
    account { kind id name } components { component value contribution detail } } } }`;
}

export async function tiersPage(q) {
  const asOf = q.get('asOf') || '';
  const tiers = (q.get('tier') || 'KEY,STRATEGIC').split(',').filter(t => TIERS.includes(t));
  const first = 1000;
  const el = h('div', {}, h('h1', {}, 'Key-account tiers'),
    h('p', {class: 'sub'}, 'Every account scored from spend, growth, influence, access and coverage; ranked and tiered under a cap.'));
  const boxes = TIERS.map(t => h('input', {type: 'checkbox', value: t, checked: tiers.includes(t)}));
  const asOfInput = h('input', {type: 'date', id: 'tiers-asof', value: asOf});
  el.appendChild(h('form', {class: 'toolbar', onsubmit: ev => {
      ev.preventDefault();
      const p = new URLSearchParams();
      p.set('tier', boxes.filter(b => b.checked).map(b => b.value).join(','));
      if (asOfInput.value) p.set('asOf', asOfInput.value);
      location.hash = '/tiers?' + p;
    }},
    h('fieldset', {}, h('legend', {}, 'Tiers'), TIERS.map((t, i) => h('label', {}, boxes[i], t.replace('_', ' ').toLowerCase()))),
    h('label', {for: 'tiers-asof'}, 'As of'), asOfInput,
    h('button', {type: 'submit'}, 'Apply'),
    h('a', {href: csvUrl(queryText(tiers, asOf, first), 'keyAccounts.accounts', 'key-accounts.csv'), download: 'key-accounts.csv'}, 'Export CSV')));
  const out = h('div', {}, h('p', {class: 'loading', role: 'status'}, 'Scoring accounts…'));
  el.appendChild(out);
  try {
    const d = await gql(queryText(tiers, asOf, first));
    const r = d.keyAccounts;
    const counts = Object.fromEntries(r.tierCounts.map(c => [c.tier, c.count]));
    const rows = r.accounts.map(a => ({...a, ...Object.fromEntries(a.components.map(c => [c.component, c]))}));
    fill(out, 
      h('p', {}, `${r.totalCount} accounts scored: `, TIERS.map((t, i) => [i ? ', ' : '', h('span', {class: 'badge ' + t}, t.replace('_', ' ')), ` ${counts[t] || 0}`]),
        `. Showing ${rows.length}.`),
      sortableTable([
        {key: 'rank', label: 'Rank', numeric: true},
        {key: 'name', label: 'Account', header: true, value: a => a.account.name, render: a => nodeLink(a.account)},
        {key: 'kind', label: 'Kind', value: a => a.account.kind},
        {key: 'territory', label: 'Territory'},
        {key: 'tier', label: 'Tier', value: a => TIERS.indexOf(a.tier), render: a => h('span', {class: 'badge ' + a.tier, title: a.tierReason}, a.tier.replace('_', ' '))},
        {key: 'score', label: 'Score', numeric: true},
        ...COMPONENTS.map(c => ({key: c, label: c.toLowerCase(), numeric: true, value: a => a[c] ? a[c].value : null,
          render: a => a[c] ? h('span', {title: a[c].detail}, fmt(a[c].value, 2)) : ''})),
        {key: 'plan', label: 'Plan', sortable: false, render: a => [
          h('a', {href: `/plan/${encodeURIComponent(a.account.kind)}/${encodeURIComponent(a.account.id)}`}, 'HTML'), ' · ',
          h('a', {href: `/plan/${encodeURIComponent(a.account.kind)}/${encodeURIComponent(a.account.id)}.pdf`}, 'PDF')]},
      ], rows, {caption: 'Accounts by score (hover a component for the facts behind it)', initial: {key: 'rank', asc: true}}));
  } catch (e) {
    clear(out).appendChild(errorBox(e));
  }
  return el;
}
