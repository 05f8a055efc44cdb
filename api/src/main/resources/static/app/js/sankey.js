// A small Sankey layout drawn as SVG (no library): rows {source, target, value} of a flow. Columns by the longest
// path from a node without inflow, nodes stacked by throughput, links as bands whose width is the flow. Highlighted
// nodes (the gatekeepers) are drawn in orange with a thick outline. The SVG is an image with a title and a
// description; the page carries the table of rows as its text alternative.
import {money} from './dom.js';

// The SVG namespace, as the HTML parser assigns it (so no URL needs to appear in the app's code).
const NS = (() => { const d = document.createElement('div'); d.innerHTML = '<svg></svg>'; return d.firstChild.namespaceURI; })();

function s(tag, attrs = {}, text) {
  const el = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined && v !== null) el.setAttribute(k, String(v));
  if (text !== undefined) el.textContent = text;
  return el;
}

const KIND_COLOURS = {HealthAuthority: '#b8860b', Payer: '#d4a72c', Pbm: '#8c6d1f', Idn: '#9d755d', Aco: '#9d755d', Hospital: '#b279a2',
  Clinic: '#bab0ac', Wholesaler: '#79706e', Pharmacy: '#4c78a8'};

/** Computes the layout: nodes with x, y, height, links with their band positions. Exported for tests in the browser. */
export function sankeyLayout(rows, {width = 1000, height = 520, nodeWidth = 14, pad = 6} = {}) {
  const nodes = new Map();
  const node = n => {
    if (!nodes.has(n.id)) nodes.set(n.id, {...n, in: 0, out: 0, ins: [], outs: [], col: 0});
    return nodes.get(n.id);
  };
  const links = rows.filter(r => r.value > 0 && r.source.id !== r.target.id).map(r => {
    const a = node(r.source), b = node(r.target);
    const l = {source: a, target: b, value: r.value};
    a.out += r.value; b.in += r.value; a.outs.push(l); b.ins.push(l);
    return l;
  });
  // Columns: longest path from the nodes without inflow (relaxation, bounded so a cycle cannot loop forever).
  const all = [...nodes.values()];
  for (let pass = 0; pass < all.length; pass++) {
    let changed = false;
    for (const l of links) if (l.target.col < l.source.col + 1 && l.source.col + 1 < all.length) { l.target.col = l.source.col + 1; changed = true; }
    if (!changed) break;
  }
  // Sinks (no outflow) go to the last column, so pharmacies line up on the right.
  const maxCol = Math.max(0, ...all.map(n => n.col));
  for (const n of all) if (!n.outs.length && n.ins.length) n.col = maxCol;
  const columns = [];
  for (const n of all) (columns[n.col] ||= []).push(n);
  for (const c of columns) if (c) c.sort((a, b) => Math.max(b.in, b.out) - Math.max(a.in, a.out));
  const through = n => Math.max(n.in, n.out);
  const ky = Math.min(...columns.filter(Boolean).map(c => (height - pad * (c.length - 1)) / c.reduce((t, n) => t + through(n), 0)));
  const dx = maxCol ? (width - nodeWidth) / maxCol : 0;
  for (const c of columns) {
    if (!c) continue;
    let y = 0;
    const total = c.reduce((t, n) => t + Math.max(1, through(n) * ky), 0) + pad * (c.length - 1);
    y = Math.max(0, (height - total) / 2);
    for (const n of c) {
      n.x = n.col * dx; n.y = y; n.h = Math.max(1, through(n) * ky);
      y += n.h + pad;
    }
  }
  // Band positions: outflows ordered by the target's height, inflows by the source's.
  for (const n of all) {
    let sy = n.y;
    for (const l of n.outs.sort((a, b) => a.target.y - b.target.y)) { l.w = Math.max(1, l.value * ky); l.sy = sy + l.w / 2; sy += l.value * ky; }
    let ty = n.y;
    for (const l of n.ins.sort((a, b) => a.source.y - b.source.y)) { l.ty = ty + Math.max(1, l.value * ky) / 2; ty += l.value * ky; }
  }
  return {nodes: all, links, width, height, nodeWidth, columns: maxCol + 1};
}

/** The Sankey diagram of rows as an <svg> (role img, titled and described), gatekeepers in `highlight` (node ids). */
export function sankeySvg(rows, {title = 'Spend flow', highlight = new Set(), id, width = 1000, height} = {}) {
  const distinct = new Set(rows.flatMap(r => [r.source.id, r.target.id])).size;
  const hgt = height || Math.max(360, Math.min(1400, distinct * 9));
  const margin = {left: 8, right: 8, top: 8, bottom: 8};
  const L = sankeyLayout(rows, {width: width - margin.left - margin.right, height: hgt - margin.top - margin.bottom});
  const svg = s('svg', {viewBox: `0 0 ${width} ${hgt}`, width: '100%', role: 'img', class: 'sankey', id,
    'aria-labelledby': (id || 'sankey') + '-title ' + (id || 'sankey') + '-desc', preserveAspectRatio: 'xMinYMin meet'});
  const gatekeepers = L.nodes.filter(n => highlight.has(n.id));
  svg.appendChild(s('title', {id: (id || 'sankey') + '-title'}, title));
  svg.appendChild(s('desc', {id: (id || 'sankey') + '-desc'},
    `${L.links.length} flows between ${L.nodes.length} organizations in ${L.columns} columns, left to right. ` +
    (gatekeepers.length ? `Gatekeepers (highlighted): ${gatekeepers.map(n => n.name).join(', ')}. ` : '') +
    'The same flows are listed in the table below.'));
  const g = s('g', {transform: `translate(${margin.left},${margin.top})`});
  svg.appendChild(g);
  const linkG = s('g', {fill: 'none', 'stroke-opacity': 0.35});
  g.appendChild(linkG);
  for (const l of L.links) {
    const x0 = l.source.x + L.nodeWidth, x1 = l.target.x;
    const back = x1 <= x0;
    const xm = back ? x0 + 40 : (x0 + x1) / 2;
    const d = back
      ? `M${x0},${l.sy}C${x0 + 60},${l.sy} ${x1 - 60},${l.ty} ${x1},${l.ty}`
      : `M${x0},${l.sy}C${xm},${l.sy} ${xm},${l.ty} ${x1},${l.ty}`;
    const gate = highlight.has(l.source.id) || highlight.has(l.target.id);
    const p = s('path', {d, stroke: gate ? '#ef6c00' : (KIND_COLOURS[l.source.kind] || '#8896ab'), 'stroke-width': l.w, class: 'sankey-link'});
    p.appendChild(s('title', {}, `${l.source.name} → ${l.target.name}: ${money(l.value)}`));
    linkG.appendChild(p);
  }
  for (const n of L.nodes) {
    const gate = highlight.has(n.id);
    const ng = s('g', {class: 'sankey-node' + (gate ? ' gatekeeper' : ''), 'data-id': n.id});
    ng.appendChild(s('rect', {x: n.x, y: n.y, width: L.nodeWidth, height: n.h, fill: gate ? '#ef6c00' : (KIND_COLOURS[n.kind] || '#8896ab'),
      stroke: gate ? '#7a3200' : 'none', 'stroke-width': gate ? 3 : 0}));
    ng.firstChild.appendChild(s('title', {}, `${n.name} (${n.kind})${gate ? ', gatekeeper' : ''}: ${money(Math.max(n.in, n.out))}`));
    if (n.h >= 9 || gate) {
      const right = n.x < L.width / 2;
      ng.appendChild(s('text', {x: right ? n.x + L.nodeWidth + 4 : n.x - 4, y: n.y + n.h / 2, dy: '0.35em', 'text-anchor': right ? 'start' : 'end',
        'font-size': 11, 'font-weight': gate ? 700 : 400}, (gate ? '★ ' : '') + n.name));
    }
    g.appendChild(ng);
  }
  return svg;
}
