// Tiny DOM helpers: h() builds elements, text is always set as text (never parsed as HTML).

export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'class') el.className = v;
    else if (k === 'text') el.textContent = v;
    else if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v);
    else if (k === 'dataset') Object.assign(el.dataset, v);
    else if (v === true) el.setAttribute(k, '');
    else el.setAttribute(k, String(v));
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const c of children) {
    if (c === undefined || c === null || c === false) continue;
    if (Array.isArray(c)) append(el, c);
    else if (c instanceof Node) el.appendChild(c);
    else el.appendChild(document.createTextNode(String(c)));
  }
}

export function clear(el) {
  while (el.firstChild) el.removeChild(el.firstChild);
  return el;
}

/** A link inside the app (hash route). */
export function link(route, text, attrs = {}) {
  return h('a', {href: '#' + route, ...attrs}, text);
}

export function nodeRoute(kind, id) {
  if (kind === 'Decision') return `/decision/${encodeURIComponent(id)}`;
  return `/node/${encodeURIComponent(kind)}/${encodeURIComponent(id)}`;
}

export function nodeLink(n) {
  if (!n) return '';
  return link(nodeRoute(n.kind, n.id), n.name || n.id, {title: `${n.kind} ${n.id}`});
}

export function fmt(x, digits = 3) {
  if (x === null || x === undefined) return '';
  if (typeof x !== 'number') return String(x);
  if (Math.abs(x) >= 1000) return x.toLocaleString('en-US', {maximumFractionDigits: 0});
  const s = x.toFixed(digits);
  return s.includes('.') ? s.replace(/\.?0+$/, '') : s;
}

export function money(x) {
  if (x === null || x === undefined) return '';
  return '$' + Math.round(x).toLocaleString('en-US');
}

export function errorBox(e) {
  return h('div', {class: 'error', role: 'alert'}, h('strong', {}, 'Error: '), e && e.message ? e.message : String(e));
}

export function loading(text = 'Loading…') {
  return h('p', {class: 'loading', role: 'status', 'aria-live': 'polite'}, text);
}

/**
 * A sortable table: columns [{key, label, value(row), render(row), numeric}], rows; clicking (or Enter on) a header sorts.
 * Sorting state is exposed by aria-sort.
 */
export function sortableTable(columns, rows, {caption, initial} = {}) {
  let sortKey = initial ? initial.key : null;
  let asc = initial ? initial.asc !== false : true;
  const table = h('table', {class: 'data'});
  if (caption) table.appendChild(h('caption', {}, caption));
  const thead = h('thead');
  const tbody = h('tbody');
  table.append(thead, tbody);
  const headRow = h('tr');
  thead.appendChild(headRow);
  const ths = columns.map(col => {
    const btn = h('button', {type: 'button', class: 'sort'}, col.label);
    const th = h('th', {scope: 'col', class: col.numeric ? 'num' : ''}, btn);
    if (col.sortable !== false) {
      btn.addEventListener('click', () => {
        if (sortKey === col.key) asc = !asc; else { sortKey = col.key; asc = !col.numeric; }
        render();
      });
    } else {
      btn.disabled = true;
    }
    headRow.appendChild(th);
    return th;
  });
  function value(col, r) {
    return col.value ? col.value(r) : r[col.key];
  }
  function render() {
    let sorted = rows.slice();
    const col = columns.find(c => c.key === sortKey);
    if (col) {
      sorted.sort((a, b) => {
        const x = value(col, a), y = value(col, b);
        if (x === y) return 0;
        if (x === null || x === undefined) return 1;
        if (y === null || y === undefined) return -1;
        const c = (typeof x === 'number' && typeof y === 'number') ? x - y : String(x).localeCompare(String(y));
        return asc ? c : -c;
      });
    }
    columns.forEach((c, i) => ths[i].setAttribute('aria-sort', c.key === sortKey ? (asc ? 'ascending' : 'descending') : 'none'));
    clear(tbody);
    for (const r of sorted) {
      const tr = h('tr');
      for (const c of columns) {
        const v = c.render ? c.render(r) : fmt(value(c, r));
        tr.appendChild(h(c.header ? 'th' : 'td', {class: c.numeric ? 'num' : '', scope: c.header ? 'row' : null}, v));
      }
      tbody.appendChild(tr);
    }
  }
  render();
  return table;
}

/** Replaces an element's children (arrays flattened, null/false skipped, strings as text). */
export function fill(el, ...children) {
  clear(el);
  append(el, children);
  return el;
}
