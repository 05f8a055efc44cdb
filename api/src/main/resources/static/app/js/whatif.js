// What if (#/whatif?decision=…|account=Kind:ID|flowFrom=Kind:ID&flowType=…&product=…): pick changes (a node leaves,
// two merge, a relationship goes or is reweighted, a listing changes), run whatIf on the projections (stored data is
// never touched) and see before/after: who entered, left, moved or was removed from the top; coverage gaps opened or
// closed; the spend flow's value and gatekeepers; routes lost and gained. Scenarios are saved and listed by name.
import {gql} from './api.js';
import {h, fill, clear, errorBox, loading, nodeLink, money, fmt, sortableTable} from './dom.js';
import {routesTable} from './market.js';

const CHANGE_TYPES = {
  removeNode: {label: 'Remove a node (someone leaves)', fields: [['node', 'Node']]},
  merge: {label: 'Merge two nodes', fields: [['keep', 'Keep'], ['absorb', 'Absorb']]},
  removeRelationship: {label: 'Remove the relationships between two nodes', fields: [['from', 'From'], ['to', 'To']]},
  reweightRelationship: {label: 'Reweight the relationships between two nodes', fields: [['from', 'From'], ['to', 'To'], ['weight', 'Weight']]},
  changeListing: {label: 'Change a listing (payer, PBM or committee and a product)', fields: [['listedBy', 'Listed by'], ['product', 'Product id'], ['excluded', 'Excluded']]},
};
const NOT_NODE = new Set(['weight', 'product', 'excluded']);

function parseRef(s) {
  const t = (s || '').trim();
  const i = t.indexOf(':');
  return i > 0 ? {kind: t.slice(0, i).trim(), id: t.slice(i + 1).trim()} : null;
}

/** A change as the GraphQL ScenarioChangeInput; throws with a readable message when a field is missing. */
function toInput(c) {
  const ref = (name, label) => {
    const r = parseRef(c.values[name]);
    if (!r) throw new Error(`${label}: give Kind:ID, for example Person:PER-000799 (type a name for suggestions).`);
    return r;
  };
  switch (c.type) {
    case 'removeNode': return {removeNode: ref('node', 'Node')};
    case 'merge': return {merge: {keep: ref('keep', 'Keep'), absorb: ref('absorb', 'Absorb')}};
    case 'removeRelationship': return {removeRelationship: {from: ref('from', 'From'), to: ref('to', 'To')}};
    case 'reweightRelationship': {
      const w = Number(c.values.weight);
      if (!(w >= 0)) throw new Error('Weight: give a number.');
      return {reweightRelationship: {from: ref('from', 'From'), to: ref('to', 'To'), weight: w}};
    }
    case 'changeListing':
      if (!c.values.product) throw new Error('Product id: give one, for example PRD-022.');
      return {changeListing: {listedBy: ref('listedBy', 'Listed by'), product: c.values.product.trim(), excluded: !!c.values.excluded}};
    default: throw new Error('Unknown change ' + c.type);
  }
}

const RANK = `person { kind id name } rankBefore rankAfter scoreBefore scoreAfter`;
const GAP = `person { kind id name } influenceRank reason dmuRoles`;
const GATE = `rank node { kind id name } cut share`;
const ROUTE = `spend accessible hops { from { kind id name } to { kind id name } type spend } formulary { listedBy { kind id name } tier priorAuth stepTherapy excluded }`;
const WHATIF = `query($s: ScenarioInput, $saved: String, $d: ID, $a: NodeRef, $f: WhatIfFlowInput, $r: WhatIfRoutesInput, $top: Int, $asOf: Date) {
  whatIf(scenario: $s, saved: $saved, decision: $d, account: $a, flow: $f, routes: $r, top: $top, asOf: $asOf) {
    changes
    influence { subject { kind id name } entered { ${RANK} } left { ${RANK} } moved { ${RANK} } removed { kind id name } }
    coverageGaps { opened { ${GAP} } closed { ${GAP} } }
    spendFlow { valueBefore valueAfter change gatekeepersBefore { ${GATE} } gatekeepersAfter { ${GATE} } }
    pathways { lost gained before { ${ROUTE} } after { ${ROUTE} } }
  } }`;

export async function whatIfPage(q) {
  const changes = [];
  for (const r of q.getAll('remove')) changes.push({type: 'removeNode', values: {node: r}});

  // ---- what to ask about ----
  const decIn = h('input', {id: 'wi-decision', value: q.get('decision') || '', size: 12, placeholder: 'DEC-…'});
  const accIn = h('input', {id: 'wi-account', value: q.get('account') || '', size: 18, list: 'wi-nodes', placeholder: 'Idn:IDN-…'});
  const flowCb = h('input', {type: 'checkbox', id: 'wi-flow', checked: !!q.get('flowFrom') || !!q.get('flowType')});
  const flowFromIn = h('input', {id: 'wi-flow-from', value: q.get('flowFrom') || 'HealthAuthority', size: 18, list: 'wi-nodes',
    'aria-describedby': 'wi-flow-help'});
  const flowTypeIn = h('select', {id: 'wi-flow-type'}, ['specialty', 'retail', 'hospital', 'mail_order', ''].map(t =>
    h('option', {value: t, selected: t === (q.get('flowType') ?? 'specialty')}, t || 'any pharmacy')));
  const productIn = h('input', {id: 'wi-product', value: q.get('product') || '', size: 10, placeholder: 'PRD-…'});
  const routesCb = h('input', {type: 'checkbox', id: 'wi-routes', checked: !!q.get('flowFrom') && q.get('flowFrom').includes(':')});
  const topIn = h('input', {id: 'wi-top', type: 'number', min: 1, max: 100, value: q.get('top') || 10, style: 'width:4.5em'});
  const asOfIn = h('input', {id: 'wi-asof', type: 'date', value: q.get('asOf') || ''});
  const nodeList = h('datalist', {id: 'wi-nodes'});

  // Suggestions (Kind:ID with the name) for every node field.
  let timer = null;
  function suggest(input) {
    clearTimeout(timer);
    const t = input.value.trim();
    if (t.length < 2 || t.includes(':')) return;
    timer = setTimeout(async () => {
      try {
        const d = await gql(`query($t: String) { search(text: $t, first: 12) { edges { node { kind id name } } } }`, {t});
        fill(nodeList, d.search.edges.map(e => h('option', {value: `${e.node.kind}:${e.node.id}`}, `${e.node.name} (${e.node.kind})`)));
      } catch (e) { /* optional */ }
    }, 200);
  }
  accIn.addEventListener('input', () => suggest(accIn));
  flowFromIn.addEventListener('input', () => suggest(flowFromIn));

  // ---- the changes ----
  const changeList = h('ol', {id: 'wi-changes'});
  const typeSel = h('select', {id: 'wi-change-type'}, Object.entries(CHANGE_TYPES).map(([k, t]) => h('option', {value: k}, t.label)));
  const fieldsBox = h('span', {class: 'toolbar', style: 'display:inline-flex;margin:0'});
  let fieldInputs = {};
  function renderFields() {
    clear(fieldsBox);
    fieldInputs = {};
    for (const [name, label] of CHANGE_TYPES[typeSel.value].fields) {
      const fid = 'wi-f-' + name;
      const input = name === 'excluded' ? h('input', {type: 'checkbox', id: fid, checked: true})
        : h('input', {id: fid, size: name === 'weight' ? 5 : 20, list: NOT_NODE.has(name) ? null : 'wi-nodes',
          placeholder: name === 'weight' ? '0.5' : name === 'product' ? 'PRD-…' : 'Kind:ID or a name'});
      if (!NOT_NODE.has(name)) input.addEventListener('input', () => suggest(input));
      fieldInputs[name] = input;
      fieldsBox.append(h('label', {for: fid}, label), input);
    }
  }
  typeSel.addEventListener('change', renderFields);
  renderFields();
  const changeMsg = h('p', {role: 'status', 'aria-live': 'polite', class: 'sub'});
  const addBtn = h('button', {type: 'button', id: 'wi-add'}, 'Add change');
  addBtn.addEventListener('click', () => {
    const values = {};
    for (const [k, i] of Object.entries(fieldInputs)) values[k] = i.type === 'checkbox' ? i.checked : i.value.trim();
    const c = {type: typeSel.value, values};
    try { toInput(c); } catch (e) { changeMsg.textContent = e.message; return; }
    changes.push(c);
    changeMsg.textContent = `Added: ${describe(c)}.`;
    for (const i of Object.values(fieldInputs)) if (i.type !== 'checkbox') i.value = '';
    renderChanges();
  });
  function describe(c) {
    const v = c.values;
    switch (c.type) {
      case 'removeNode': return `remove ${v.node}`;
      case 'merge': return `merge ${v.absorb} into ${v.keep}`;
      case 'removeRelationship': return `remove the relationships ${v.from} – ${v.to}`;
      case 'reweightRelationship': return `reweight ${v.from} – ${v.to} to ${v.weight}`;
      case 'changeListing': return `${v.listedBy} ${v.excluded ? 'excludes' : 'lists'} ${v.product}`;
      default: return c.type;
    }
  }
  function renderChanges() {
    clear(changeList);
    if (!changes.length) changeList.appendChild(h('li', {class: 'sub'}, 'No changes yet: add one below.'));
    changes.forEach((c, i) => {
      const rm = h('button', {type: 'button', class: 'secondary', 'aria-label': `Remove change ${i + 1}: ${describe(c)}`}, 'Remove');
      rm.addEventListener('click', () => { changes.splice(i, 1); renderChanges(); });
      changeList.appendChild(h('li', {}, describe(c), ' ', rm));
    });
    runBtn.disabled = !changes.length;
    saveBtn.disabled = !changes.length;
  }

  // ---- run, save, saved ----
  const result = h('section', {class: 'card', id: 'wi-result', 'aria-live': 'polite'}, h('h2', {}, 'Before and after'),
    h('p', {}, 'Add changes, choose what to ask about, then run.'));
  const runBtn = h('button', {type: 'button', id: 'wi-run'}, 'Run what-if');
  const nameIn = h('input', {id: 'wi-name', size: 20, placeholder: 'scenario name'});
  const saveBtn = h('button', {type: 'button', class: 'secondary', id: 'wi-save'}, 'Save scenario');
  const savedBox = h('section', {class: 'card', id: 'wi-saved'}, h('h2', {}, 'Saved scenarios'), loading());

  function context() {
    const v = {top: Number(topIn.value) || 10, asOf: asOfIn.value || null};
    if (decIn.value.trim()) v.d = decIn.value.trim();
    const a = parseRef(accIn.value);
    if (a) v.a = a;
    const from = parseRef(flowFromIn.value);
    const sinks = {pharmacyType: flowTypeIn.value || null};
    if (flowCb.checked) {
      v.f = {sources: from ? {nodes: [from]} : {kinds: [flowFromIn.value.trim() || 'HealthAuthority']}, sinks, product: productIn.value.trim() || null};
    }
    if (routesCb.checked) {
      if (!from) throw new Error('Routes need a start given as Kind:ID (for example Payer:PAY-005) in “Flow and routes from”.');
      v.r = {from, to: sinks, k: 5, maxHops: 5};
    }
    if (!v.d && !v.a && !v.f && !v.r) throw new Error('Ask about something: a decision, an account, the spend flow or routes.');
    return v;
  }

  async function run(saved) {
    let vars;
    try {
      vars = context();
      if (!saved) vars.s = {changes: changes.map(toInput)};
      else vars.saved = saved;
    } catch (e) { fill(result, h('h2', {}, 'Before and after'), errorBox(e)); return; }
    runBtn.disabled = true;
    fill(result, h('h2', {}, 'Before and after'), loading('Running the scenario…'));
    try {
      const d = await gql(WHATIF, vars);
      fill(result, ...renderResult(d.whatIf, saved));
    } catch (e) {
      fill(result, h('h2', {}, 'Before and after'), errorBox(e));
    }
    runBtn.disabled = !changes.length;
  }
  runBtn.addEventListener('click', () => run(null));

  async function loadSaved() {
    try {
      const d = await gql(`{ scenarios { name savedAt changes } }`);
      const list = d.scenarios;
      fill(savedBox, h('h2', {}, `Saved scenarios (${list.length})`),
        list.length ? h('ul', {class: 'plain', id: 'wi-saved-list'}, list.map(sc => {
          const runIt = h('button', {type: 'button', class: 'secondary', 'aria-label': `Run ${sc.name}`}, 'Run');
          runIt.addEventListener('click', () => run(sc.name));
          const del = h('button', {type: 'button', class: 'secondary', 'aria-label': `Delete ${sc.name}`}, 'Delete');
          del.addEventListener('click', async () => {
            try { await gql(`mutation($n: String!) { deleteScenario(name: $n) }`, {n: sc.name}); } catch (e) { savedBox.appendChild(errorBox(e)); }
            loadSaved();
          });
          return h('li', {}, h('strong', {}, sc.name), ` (${sc.savedAt.slice(0, 16).replace('T', ' ')}): ${sc.changes.join('; ')} `, runIt, ' ', del);
        })) : h('p', {}, 'None yet.'));
    } catch (e) {
      fill(savedBox, h('h2', {}, 'Saved scenarios'), errorBox(e));
    }
  }
  saveBtn.addEventListener('click', async () => {
    const name = nameIn.value.trim();
    if (!name) { changeMsg.textContent = 'Give the scenario a name to save it.'; nameIn.focus(); return; }
    try {
      await gql(`mutation($n: String!, $s: ScenarioInput!) { saveScenario(name: $n, scenario: $s) { name } }`,
        {n: name, s: {changes: changes.map(toInput)}});
      changeMsg.textContent = `Saved “${name}”.`;
      loadSaved();
    } catch (e) { changeMsg.textContent = 'Could not save: ' + e.message; }
  });

  const el = h('div', {},
    h('h1', {}, 'What if'),
    h('p', {class: 'sub'}, 'Try a change on the graph (stored data is never touched) and compare the answers before and after.'),
    nodeList,
    h('section', {class: 'card'}, h('h2', {}, 'Changes'), changeList,
      h('div', {class: 'toolbar'}, h('label', {for: 'wi-change-type'}, 'Change'), typeSel, fieldsBox, addBtn), changeMsg),
    h('section', {class: 'card'}, h('h2', {}, 'Ask about'),
      h('div', {class: 'toolbar'},
        h('label', {for: 'wi-decision'}, 'Decision'), decIn,
        h('label', {for: 'wi-account'}, 'Account'), accIn,
        h('label', {for: 'wi-top'}, 'Top'), topIn,
        h('label', {for: 'wi-asof'}, 'As of'), asOfIn),
      h('div', {class: 'toolbar'},
        h('label', {}, flowCb, 'spend flow'), h('label', {}, routesCb, 'routes'),
        h('label', {for: 'wi-flow-from'}, 'from'), flowFromIn,
        h('span', {id: 'wi-flow-help', class: 'sr-only'}, 'A node as Kind:ID, or a kind such as HealthAuthority for all of them.'),
        h('label', {for: 'wi-flow-type'}, 'to'), flowTypeIn,
        h('label', {for: 'wi-product'}, 'product'), productIn),
      h('div', {class: 'toolbar'}, runBtn, h('label', {for: 'wi-name'}, 'Name'), nameIn, saveBtn)),
    result, savedBox);
  renderChanges();
  loadSaved();
  return el;
}

function rankTable(rows, caption) {
  return sortableTable([
    {key: 'name', label: 'Person', header: true, value: r => r.person.name, render: r => nodeLink(r.person)},
    {key: 'rankBefore', label: 'Rank before', numeric: true},
    {key: 'rankAfter', label: 'Rank after', numeric: true},
    {key: 'scoreBefore', label: 'Score before', numeric: true, render: r => fmt(r.scoreBefore, 4)},
    {key: 'scoreAfter', label: 'Score after', numeric: true, render: r => fmt(r.scoreAfter, 4)},
  ], rows, {caption});
}

function gapList(gaps) {
  return h('ul', {class: 'plain'}, gaps.map(g => h('li', {}, h('span', {class: 'badge ' + g.reason}, g.reason.toLowerCase()), ' ',
    nodeLink(g.person), ` (influence rank ${g.influenceRank}${g.dmuRoles.length ? ', ' + g.dmuRoles.join(', ') : ''})`)));
}

function renderResult(w, saved) {
  const out = [h('h2', {}, 'Before and after'),
    h('p', {}, saved ? `Scenario “${saved}”: ` : 'Changes: ', w.changes.join('; ') || 'none')];
  const summary = [];
  if (w.influence) {
    const i = w.influence;
    summary.push(`${i.entered.length} entered, ${i.left.length} left, ${i.moved.length} moved, ${i.removed.length} removed`);
    out.push(h('h3', {}, 'Who moves ', nodeLink(i.subject), ': the top ranks'),
      i.removed.length ? h('p', {}, 'Removed by the scenario: ', i.removed.map((n, k) => [k ? ', ' : '', nodeLink(n)])) : null,
      i.entered.length ? rankTable(i.entered, `Entered the top (${i.entered.length})`) : null,
      i.left.length ? rankTable(i.left, `Left the top (${i.left.length})`) : null,
      i.moved.length ? rankTable(i.moved, `Moved (${i.moved.length})`) : null,
      !i.entered.length && !i.left.length && !i.moved.length && !i.removed.length ? h('p', {}, 'The top is unchanged.') : null);
  }
  if (w.coverageGaps) {
    const g = w.coverageGaps;
    summary.push(`${g.opened.length} gaps opened, ${g.closed.length} closed`);
    out.push(h('div', {class: 'grid2'},
      h('div', {}, h('h3', {}, `Coverage gaps opened (${g.opened.length})`), g.opened.length ? gapList(g.opened) : h('p', {}, 'None.')),
      h('div', {}, h('h3', {}, `Coverage gaps closed (${g.closed.length})`), g.closed.length ? gapList(g.closed) : h('p', {}, 'None.'))));
  }
  if (w.spendFlow) {
    const f = {...w.spendFlow, change: Math.abs(w.spendFlow.change) < 0.5 ? 0 : w.spendFlow.change};  // rounding noise is no change
    const pct = f.valueBefore ? ` (${fmt(100 * f.change / f.valueBefore, 1)}%)` : '';
    summary.push(`flow ${f.change >= 0 ? '+' : '−'}${money(Math.abs(f.change))}`);
    // Gatekeepers ranked by the spend their removal cuts (share of that side's flow), as on the market page.
    const gk = list => list.length ? h('ul', {class: 'plain'}, list.slice(0, 10).map(g => h('li', {}, `${g.rank}. `, nodeLink(g.node),
      ` cuts ${money(g.cut)} (${fmt(100 * g.share, 0)}%)`))) : h('p', {}, 'none');
    out.push(h('h3', {}, 'Spend flow'),
      h('dl', {class: 'facts', id: 'wi-flow-diff'},
        h('dt', {}, 'Before'), h('dd', {}, money(f.valueBefore)),
        h('dt', {}, 'After'), h('dd', {}, money(f.valueAfter)),
        h('dt', {}, 'Change'), h('dd', {}, h('strong', {}, `${f.change >= 0 ? '+' : '−'}${money(Math.abs(f.change))}${pct}`))),
      h('div', {class: 'grid2'}, h('div', {}, h('h4', {}, 'Gatekeepers before: the spend their removal cuts'), gk(f.gatekeepersBefore)),
        h('div', {}, h('h4', {}, 'Gatekeepers after'), gk(f.gatekeepersAfter))));
  }
  if (w.pathways) {
    const p = w.pathways;
    summary.push(`${p.lost} routes lost, ${p.gained} gained`);
    out.push(h('h3', {}, `Routes: ${p.lost} lost, ${p.gained} gained`),
      h('details', {}, h('summary', {}, 'Routes before'), routesTable(p.before)),
      h('details', {open: true}, h('summary', {}, 'Routes after'), routesTable(p.after)));
  }
  out.splice(2, 0, h('p', {id: 'wi-summary'}, h('strong', {}, 'Difference: '), summary.join('; ') || 'nothing asked'));
  return out;
}
