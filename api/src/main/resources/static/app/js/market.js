// Market access for a payer, PBM, health authority or product (#/market/{kind}/{id}): the k best routes to pharmacies
// (pathways) with the product's formulary position along each, and where the spend flows (spendFlow) as a Sankey
// diagram drawn here in SVG, with the gatekeepers (organizations whose removal cuts the most spend) highlighted and
// a table of its rows.
import {gql, csvUrl} from './api.js';
import {h, fill, errorBox, loading, nodeLink, money, sortableTable} from './dom.js';
import {sankeySvg} from './sankey.js';

const PAYER_KINDS = ['Payer', 'Pbm', 'HealthAuthority'];
const PHARMACY_TYPES = ['', 'specialty', 'retail', 'hospital', 'mail_order'];

function parseRef(s) {
  const i = s ? s.indexOf(':') : -1;
  return i > 0 ? {kind: s.slice(0, i), id: s.slice(i + 1)} : null;
}

/** The GraphQL literal of a value (for the CSV links, which carry the query itself). */
function lit(v) {
  if (v === null || v === undefined) return 'null';
  if (Array.isArray(v)) return '[' + v.map(lit).join(', ') + ']';
  if (typeof v === 'object') return '{' + Object.entries(v).filter(([, x]) => x !== undefined && x !== null)
    .map(([k, x]) => `${k}: ${k === 'kind' || k === 'kinds' || k === 'rankBy' ? (Array.isArray(x) ? '[' + x.join(', ') + ']' : x) : lit(x)}`).join(', ') + '}';
  return JSON.stringify(v);
}

export function formularyBadges(formulary) {
  return (formulary || []).map(c => h('span', {class: 'badge ' + (c.excluded ? 'UNCOVERED' : c.priorAuth || c.stepTherapy ? 'WEAK' : 'covered'),
    title: `${c.listedBy.name}: ${c.excluded ? 'excluded' : 'tier ' + (c.tier ?? '?')}${c.priorAuth ? ', prior authorization' : ''}${c.stepTherapy ? ', step therapy' : ''}`},
  `${c.listedBy.name}: ${c.excluded ? 'excluded' : 'tier ' + (c.tier ?? '?')}${c.priorAuth ? ' PA' : ''}${c.stepTherapy ? ' ST' : ''}`));
}

export function routeText(route) {
  if (!route.hops.length) return '';
  return [route.hops[0].from.name, ...route.hops.map(hp => ` —${(hp.type || '').toLowerCase()}${hp.spend != null ? ' ' + money(hp.spend) : ''}→ ${hp.to.name}`)].join('');
}

export async function marketPage(kind, id, q) {
  // Defaults: a payer-side page starts from that organization; a product page from the first payer and filters by it.
  let from = parseRef(q.get('from'));
  let product = q.get('product');
  if (kind && PAYER_KINDS.includes(kind) && !from) from = {kind, id};
  if (kind === 'Product' && product === null) product = id;
  if (!from) {
    const d = await gql(`{ search(kinds: [Payer], first: 1) { edges { node { kind id name } } } }`);
    const first = d.search.edges[0];
    if (first) from = {kind: first.node.kind, id: first.node.id};
  }
  const pharmacyType = q.get('type') ?? 'specialty';
  const region = q.get('region') || null;
  const pharmacy = q.get('pharmacy') || null;
  const k = Number(q.get('k') || 5);
  const maxHops = Number(q.get('maxHops') || 5);
  const rankBy = q.get('rank') === 'LENGTH' ? 'LENGTH' : 'SPEND';
  const accessibleOnly = q.get('accessible') === '1';
  const flowRows = Number(q.get('rows') || 40);
  const flowSources = q.get('sources') || 'from';   // 'from' (the route start) or a kind such as HealthAuthority
  const asOf = q.get('asOf') || null;

  const subject = kind ? (await gql(`query($k: NodeKind!, $id: ID!) { node(kind: $k, id: $id) { kind id name } }`, {k: kind, id})).node : null;
  if (kind && !subject) return h('div', {}, h('h1', {}, 'Not found'), h('p', {}, `There is no ${kind} ${id}.`));

  const inp = (name, attrs) => h('input', {id: 'mk-' + name, name, ...attrs});
  const fromIn = inp('from', {value: from ? `${from.kind}:${from.id}` : '', size: 18, list: 'mk-from-list', required: true,
    'aria-describedby': 'mk-from-help'});
  const fromList = h('datalist', {id: 'mk-from-list'});
  const typeSel = h('select', {id: 'mk-type', name: 'type'}, PHARMACY_TYPES.map(t => h('option', {value: t, selected: t === (pharmacyType || '')}, t || 'any type')));
  const regionIn = inp('region', {value: region || '', size: 8});
  const pharmacyIn = inp('pharmacy', {value: pharmacy || '', size: 12, placeholder: 'PHA-…'});
  const productIn = inp('product', {value: product || '', size: 10, placeholder: 'PRD-…'});
  const kIn = inp('k', {type: 'number', min: 1, max: 50, value: k, style: 'width:4.5em'});
  const hopsIn = inp('maxHops', {type: 'number', min: 1, max: 8, value: maxHops, style: 'width:4em'});
  const rankSel = h('select', {id: 'mk-rank', name: 'rank'}, ['SPEND', 'LENGTH'].map(r => h('option', {value: r, selected: r === rankBy}, r === 'SPEND' ? 'spend carried' : 'fewest hops')));
  const accCb = h('input', {type: 'checkbox', id: 'mk-accessible', checked: accessibleOnly});
  const srcSel = h('select', {id: 'mk-sources'}, [['from', 'the route start'], ['HealthAuthority', 'all health authorities'], ['Payer', 'all payers'], ['Pbm', 'all PBMs']]
    .map(([v, t]) => h('option', {value: v, selected: v === flowSources}, t)));
  const rowsSel = h('select', {id: 'mk-rows'}, [20, 40, 80, 150].map(v => h('option', {value: v, selected: v === flowRows}, String(v))));
  const asOfIn = inp('asOf', {type: 'date', value: asOf || ''});

  // Suggestions for the start (payers, PBMs, health authorities) while typing.
  let sugTimer = null;
  fromIn.addEventListener('input', () => {
    clearTimeout(sugTimer);
    const t = fromIn.value.trim();
    if (t.length < 2 || t.includes(':')) return;
    sugTimer = setTimeout(async () => {
      try {
        const d = await gql(`query($t: String) { search(text: $t, kinds: [Payer, Pbm, HealthAuthority], first: 10) { edges { node { kind id name } } } }`, {t});
        fill(fromList, d.search.edges.map(e => h('option', {value: `${e.node.kind}:${e.node.id}`}, e.node.name)));
      } catch (e) { /* suggestions are optional */ }
    }, 200);
  });

  const form = h('form', {class: 'toolbar card', 'aria-label': 'Routes and spend flow', onsubmit: ev => {
      ev.preventDefault();
      const p = new URLSearchParams();
      if (fromIn.value.trim()) p.set('from', fromIn.value.trim());
      p.set('type', typeSel.value);
      if (regionIn.value.trim()) p.set('region', regionIn.value.trim());
      if (pharmacyIn.value.trim()) p.set('pharmacy', pharmacyIn.value.trim());
      p.set('product', productIn.value.trim());
      p.set('k', kIn.value); p.set('maxHops', hopsIn.value); p.set('rank', rankSel.value);
      if (accCb.checked) p.set('accessible', '1');
      p.set('sources', srcSel.value); p.set('rows', rowsSel.value);
      if (asOfIn.value) p.set('asOf', asOfIn.value);
      const base = kind ? `/market/${encodeURIComponent(kind)}/${encodeURIComponent(id)}` : '/market';
      location.hash = `${base}?${p}`;
    }},
    h('label', {for: 'mk-from'}, 'From'), fromIn, fromList,
    h('span', {id: 'mk-from-help', class: 'sr-only'}, 'Kind and id, for example Payer:PAY-005; type a name for suggestions.'),
    h('label', {for: 'mk-type'}, 'To pharmacies'), typeSel,
    h('label', {for: 'mk-region'}, 'Region'), regionIn,
    h('label', {for: 'mk-pharmacy'}, 'or pharmacy'), pharmacyIn,
    h('label', {for: 'mk-product'}, 'Product'), productIn,
    h('label', {for: 'mk-k'}, 'Routes'), kIn,
    h('label', {for: 'mk-maxHops'}, 'Max hops'), hopsIn,
    h('label', {for: 'mk-rank'}, 'Rank by'), rankSel,
    h('label', {}, accCb, 'accessible only'),
    h('label', {for: 'mk-sources'}, 'Flow from'), srcSel,
    h('label', {for: 'mk-rows'}, 'Flow rows'), rowsSel,
    h('label', {for: 'mk-asOf'}, 'As of'), asOfIn,
    h('button', {type: 'submit'}, 'Show'));

  const to = pharmacy ? {pharmacy} : {pharmacyType: pharmacyType || null, region};
  const routesBox = h('section', {class: 'card', id: 'mk-routes'}, h('h2', {}, 'Routes to pharmacies'), loading());
  const flowBox = h('section', {class: 'card', id: 'mk-flow'}, h('h2', {}, 'Where the spend flows'), loading());
  const whatIfParams = new URLSearchParams();
  if (from) whatIfParams.set('flowFrom', `${from.kind}:${from.id}`);
  if (pharmacyType) whatIfParams.set('flowType', pharmacyType);
  if (product) whatIfParams.set('product', product);
  const el = h('div', {},
    h('h1', {}, subject ? `Market access: ${subject.name}` : 'Market access'),
    h('p', {class: 'sub'}, subject ? [`${subject.kind} ${subject.id} · `, nodeLink(subject), ' · '] : null,
      h('a', {href: '#/whatif?' + whatIfParams}, 'What if… (remove, merge, change a listing)')),
    form, routesBox, flowBox);

  if (from) loadRoutes(routesBox, {from, to, product: product || null, k, maxHops, rankBy, accessibleOnly, asOf});
  else fill(routesBox, h('h2', {}, 'Routes to pharmacies'), h('p', {}, 'Choose where the routes start.'));
  const sources = flowSources === 'from' ? (from ? {nodes: [from]} : {kinds: ['HealthAuthority']}) : {kinds: [flowSources]};
  const sinks = pharmacy ? {nodes: [{kind: 'Pharmacy', id: pharmacy}]} : {pharmacyType: pharmacyType || null, region};
  loadFlow(flowBox, {sources, sinks, product: product || null, first: flowRows, asOf});
  return el;
}

const ROUTE_FIELDS = `targets vertices edges algorithmMillis
  routes { spend accessible hops { from { kind id name } to { kind id name } type spend }
    formulary { listedBy { kind id name } tier priorAuth stepTherapy excluded } }`;

async function loadRoutes(box, v) {
  try {
    const d = await gql(`query($from: NodeRef!, $to: PharmacyTargetInput!, $product: ID, $k: Int, $maxHops: Int, $rankBy: RouteRanking,
        $accessibleOnly: Boolean, $asOf: Date) {
      pathways(from: $from, to: $to, product: $product, k: $k, maxHops: $maxHops, rankBy: $rankBy, accessibleOnly: $accessibleOnly, asOf: $asOf) {
        from { kind id name } ${ROUTE_FIELDS} } }`, v);
    const r = d.pathways;
    const args = lit({from: v.from, to: v.to, product: v.product, k: v.k, maxHops: v.maxHops, rankBy: v.rankBy,
      accessibleOnly: v.accessibleOnly, asOf: v.asOf}).slice(1, -1);
    const csv = csvUrl(`{ pathways(${args}) { routes { spend accessible hops { from { id name } to { id name } type spend } } } }`,
      'pathways.routes', 'routes.csv');
    fill(box, h('h2', {}, `Routes from ${r.from.name} (${r.routes.length})`),
      h('p', {class: 'sub'}, `${r.targets} pharmacies reachable as targets · ${r.vertices} organizations, ${r.edges} relationships · ${r.algorithmMillis} ms · `,
        h('a', {href: csv}, 'routes as CSV')),
      r.routes.length ? routesTable(r.routes) : h('p', {}, 'No route within the hop limit.'));
  } catch (e) {
    fill(box, h('h2', {}, 'Routes to pharmacies'), errorBox(e));
  }
}

export function routesTable(routes) {
  return sortableTable([
    {key: 'n', label: '#', numeric: true, value: r => r.n},
    {key: 'route', label: 'Route', header: true, value: r => routeText(r),
      render: r => h('span', {}, r.hops.length ? nodeLink(r.hops[0].from) : '', r.hops.map(hp => [
        h('span', {class: 'chain'}, ` —${(hp.type || '').toLowerCase()}${hp.spend != null ? ' ' + money(hp.spend) : ''}→ `), nodeLink(hp.to)]))},
    {key: 'hops', label: 'Hops', numeric: true, value: r => r.hops.length},
    {key: 'spend', label: 'Spend attributed', numeric: true, render: r => r.spend == null ? 'n/a (by hops)' : money(r.spend)},
    {key: 'formulary', label: 'Formulary', sortable: false, render: r => formularyBadges(r.formulary)},
    {key: 'accessible', label: 'Accessible', value: r => r.accessible ? 'yes' : 'no',
      render: r => h('span', {class: 'badge ' + (r.accessible ? 'covered' : 'UNCOVERED')}, r.accessible ? 'yes' : 'no: excluded')},
  ], routes.map((r, i) => ({...r, n: i + 1})), {caption: 'Routes, best first', initial: {key: 'n', asc: true}});
}

async function loadFlow(box, v) {
  try {
    const d = await gql(`query($sources: FlowEndsInput!, $sinks: FlowEndsInput!, $product: ID, $first: Int, $asOf: Date) {
      spendFlow(sources: $sources, sinks: $sinks, product: $product, first: $first, asOf: $asOf) {
        value sources sinks totalRows algorithmMillis blocked { kind id name } basis { description }
        rows { source { kind id name } target { kind id name } value }
        minimumCut { capacity organizations { node { kind id name } capacity share } edges { from { kind id name } to { kind id name } capacity share } }
        gatekeepers { node { kind id name } cut share } gatekeeperCandidates } }`, v);
    const f = d.spendFlow;
    const pct = x => (100 * x).toFixed(x < 0.1 ? 1 : 0) + '%';
    // Highlighted: organizations whose removal alone cuts at least a tenth of the flow.
    const gate = new Set(f.gatekeepers.filter(g => g.share >= 0.1).map(g => g.node.id));
    const args = lit({sources: v.sources, sinks: v.sinks, product: v.product, first: 1000, asOf: v.asOf}).slice(1, -1);
    const csv = csvUrl(`{ spendFlow(${args}) { rows { source { kind id name } target { kind id name } value } } }`, 'spendFlow.rows', 'spend-flow.csv');
    const title = `Spend flow: ${money(f.value)} a year from ${f.sources} sources to ${f.sinks} pharmacies`;
    fill(box, h('h2', {}, 'Where the spend flows'),
      h('p', {}, h('strong', {}, money(f.value)), ` a year can flow from ${f.sources} source${f.sources === 1 ? "" : "s"} to ${f.sinks} pharmac${f.sinks === 1 ? "y" : "ies"} (maximum flow, ${f.algorithmMillis} ms). `,
        `The diagram shows the ${f.rows.length} largest of ${f.totalRows} flows; `, h('a', {href: csv}, 'all flows as CSV'), '.'),
      h('p', {class: 'sub'}, 'Money only (funding, reimbursement, contracts and purchases; goods are not money): ', f.basis.description, '.'),
      f.blocked.length ? h('p', {}, 'Excluding the product (pass none of its spend): ', f.blocked.map((b, i) => [i ? ', ' : '', nodeLink(b)])) : null,
      h('div', {class: 'gatekeepers'}, h('h3', {}, 'Gatekeepers: the spend their removal cuts'),
        f.gatekeepers.length
          ? h('ul', {class: 'plain', id: 'mk-gatekeepers'}, f.gatekeepers.slice(0, 10).map(g => h('li', {},
            gate.has(g.node.id) ? [h('span', {class: 'badge gatekeeper'}, 'gatekeeper'), ' '] : '',
            nodeLink(g.node), ` cuts ${money(g.cut)} (${pct(g.share)})`)))
          : h('p', {}, 'No organization between the ends carries this spend.'),
        h('p', {class: 'sub'}, `Of the ${f.gatekeeperCandidates} organizations carrying the most. Minimum cut (${money(f.minimumCut.capacity)}): `,
          [...f.minimumCut.organizations.map(o => [nodeLink(o.node), ` ${pct(o.share)}`]),
            ...f.minimumCut.edges.slice(0, 8).map(e => [nodeLink(e.from), ' → ', nodeLink(e.to), ` ${pct(e.share)}`])]
            .map((x, i) => [i ? '; ' : '', x]))),
      f.rows.length ? sankeySvg(f.rows, {title, highlight: gate, id: 'mk-sankey'}) : h('p', {}, 'Nothing flows between these ends.'),
      f.rows.length ? h('details', {}, h('summary', {}, 'The flows as a table (text alternative of the diagram)'),
        sortableTable([
          {key: 'source', label: 'From', header: true, value: r => r.source.name, render: r => [nodeLink(r.source), gate.has(r.source.id) ? h('span', {class: 'badge gatekeeper'}, 'gatekeeper') : '']},
          {key: 'target', label: 'To', value: r => r.target.name, render: r => [nodeLink(r.target), gate.has(r.target.id) ? h('span', {class: 'badge gatekeeper'}, 'gatekeeper') : '']},
          {key: 'value', label: 'Annual spend', numeric: true, render: r => money(r.value)},
        ], f.rows, {caption: 'Spend flows, largest first', initial: {key: 'value', asc: false}})) : null);
  } catch (e) {
    fill(box, h('h2', {}, 'Where the spend flows'), errorBox(e));
  }
}
