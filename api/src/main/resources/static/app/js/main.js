// The app shell: hash routes, the search box with suggestions, the home page.
import {gql, SignInRequired, token, setToken, openAuthorized} from './api.js';
import {h, clear, errorBox, loading, nodeRoute, nodeLink} from './dom.js';
import {searchPage, KIND_GROUPS} from './search.js';
import {nodePage} from './node.js';
import {decisionPage} from './decision.js';
import {mapPage} from './map.js';
import {tiersPage} from './tiers.js';
import {marketPage} from './market.js';
import {whatIfPage} from './whatif.js';

const main = document.getElementById('main');

const routes = [
  [/^\/?$/, () => homePage()],
  [/^\/search$/, (m, q) => searchPage(q)],
  [/^\/node\/([^/]+)\/([^/]+)$/, (m, q) => nodePage(decodeURIComponent(m[1]), decodeURIComponent(m[2]), q)],
  [/^\/decision\/([^/]+)$/, (m, q) => decisionPage(decodeURIComponent(m[1]), q)],
  [/^\/map\/([^/]+)\/([^/]+)$/, (m, q) => mapPage(decodeURIComponent(m[1]), decodeURIComponent(m[2]), q)],
  [/^\/tiers$/, (m, q) => tiersPage(q)],
  [/^\/market(?:\/([^/]+)\/([^/]+))?$/, (m, q) => marketPage(m[1] ? decodeURIComponent(m[1]) : null, m[2] ? decodeURIComponent(m[2]) : null, q)],
  [/^\/whatif$/, (m, q) => whatIfPage(q)],
];

let current = null;
let routeSeq = 0;

async function route() {
  const my = ++routeSeq;
  const hash = location.hash.replace(/^#/, '') || '/';
  const [path, qs] = hash.split('?');
  const q = new URLSearchParams(qs || '');
  if (current && current.dispose) { try { current.dispose(); } catch (e) { /* ignore */ } }
  current = null;
  clear(main);
  if (!token()) {  // nothing to show without a token: ask for one first
    main.appendChild(signInPage());
    return;
  }
  const match = routes.map(([re, fn]) => [path.match(re), fn]).find(([m]) => m);
  if (!match) {
    main.append(h('h1', {}, 'Not found'), h('p', {}, 'No page at ', h('code', {}, hash), '. ', h('a', {href: '#/'}, 'Home')));
    return;
  }
  try {
    main.appendChild(loading());
    const page = await match[1](match[0], q);
    if (my !== routeSeq) { if (page && page.dispose) page.dispose(); return; }  // the user has moved on
    if (page) {
      current = page;
      clear(main);
      main.appendChild(page.el || page);
      if (page.mounted) page.mounted();
      const h1 = main.querySelector('h1');
      document.title = (h1 ? h1.textContent + ' · ' : '') + 'kam-graph';
    }
  } catch (e) {
    if (my !== routeSeq) return;
    clear(main);
    main.appendChild(e instanceof SignInRequired ? signInPage(e.message) : errorBox(e));
  }
  main.focus({preventScroll: true});
}

/** Asks for an API token (the demo prints one at start-up), checks it with `me`, then shows the page asked for. */
function signInPage(message) {
  const input = h('input', {id: 'signin-token', type: 'password', autocomplete: 'off', size: 60, required: true,
    'aria-describedby': 'signin-help'});
  const status = h('p', {class: 'sub', role: 'status'}, message && token() ? message : '');
  const form = h('form', {class: 'card', id: 'signin-form'},
    h('h1', {}, 'Sign in'),
    h('p', {id: 'signin-help'}, 'Paste your kam-graph API token. The demo prints an admin token when it starts (also in ',
      h('code', {}, 'data/admin-token'), '). It is kept in this tab only.'),
    h('label', {for: 'signin-token'}, 'API token '), input, ' ',
    h('button', {type: 'submit', id: 'signin-submit'}, 'Sign in'), status);
  form.addEventListener('submit', async ev => {
    ev.preventDefault();
    setToken(input.value.trim());
    try {
      await showUser();
      route();
    } catch (e) {
      setToken(null);
      status.textContent = e instanceof SignInRequired ? 'That token was not accepted.' : String(e.message || e);
    }
  });
  setToken(null);
  showUser().catch(() => {});
// A token that stops working mid-session (revoked, expired): back to the sign-in page.
window.addEventListener('kam:signin', () => { if (!document.getElementById('signin-form')) route(); });
  return form;
}

/** The signed-in user in the header, with sign-out. */
async function showUser() {
  const slot = document.getElementById('whoami');
  if (!token()) { slot.textContent = ''; return; }
  const d = await gql('{ me { name roles territories limited } }');
  const me = d.me;
  slot.textContent = '';
  slot.append(h('span', {title: me.limited ? 'Limited to ' + (me.territories.join(', ') || 'no territory') : 'Whole graph'},
    me.name + ' · ' + me.roles.join(', ') + (me.limited ? ' · ' + (me.territories.join(', ') || 'no territory') : '')), ' ',
    h('button', {type: 'button', id: 'signout', onclick: () => { setToken(null); slot.textContent = ''; route(); }}, 'Sign out'));
}

// Plan pages, PDFs and CSV exports need the token too: fetch them with it instead of following the link.
document.addEventListener('click', ev => {
  const a = ev.target.closest && ev.target.closest('a[href^="/plan/"], a[href^="/api/csv"]');
  if (!a || ev.defaultPrevented || ev.button !== 0 || ev.metaKey || ev.ctrlKey || ev.shiftKey) return;
  ev.preventDefault();
  openAuthorized(a.getAttribute('href')).catch(e => {
    if (e instanceof SignInRequired) route(); else alert(e.message || e);
  });
});
showUser().catch(() => {});
// A token that stops working mid-session (revoked, expired): back to the sign-in page.
window.addEventListener('kam:signin', () => { if (!document.getElementById('signin-form')) route(); });

window.addEventListener('hashchange', route);

/** Replaces the loading placeholder while a page fetches its data. */
export function showLoading(text) {
  clear(main).appendChild(loading(text));
}

function homePage() {
  const el = h('div', {},
    h('h1', {}, 'kam-graph'),
    h('p', {class: 'sub'}, 'Stakeholder influence in key account management: search an account, person, payer, product or decision.'),
    h('div', {class: 'grid2'},
      h('section', {class: 'card'}, h('h2', {}, 'Start here'),
        h('ul', {},
          h('li', {}, h('a', {href: '#/tiers'}, 'Key-account tiers'), ': every account scored, ranked and tiered; export as CSV.'),
          h('li', {}, h('a', {href: '#/search?kind=Decision'}, 'Decisions'), ': the DMU ranked by influence, coverage gaps, the stakeholder map.'),
          h('li', {}, h('a', {href: '#/search?kind=ACCOUNTS'}, 'Accounts'), ': hierarchy, key facts, tier, stakeholder map and account plan.'),
          h('li', {}, h('a', {href: '#/market'}, 'Market access'), ': routes from payers to pharmacies, where the spend flows and who controls it.'),
          h('li', {}, h('a', {href: '#/whatif'}, 'What if'), ': remove, merge or relist and compare rankings, gaps, flows and routes.'),
          h('li', {}, h('a', {href: '/graphiql'}, 'GraphiQL'), ': every question the API answers.'))),
      h('section', {class: 'card', id: 'home-decisions'}, h('h2', {}, 'Open decisions'), loading())));
  gql(`{ search(kinds: [Decision], first: 12) { totalCount edges { node { kind id name ... on Decision { status dueDate } } } } }`)
    .then(d => {
      const box = el.querySelector('#home-decisions');
      clear(box).appendChild(h('h2', {}, `Decisions (${d.search.totalCount})`));
      box.appendChild(h('ul', {class: 'plain'}, d.search.edges.map(e => h('li', {}, nodeLink(e.node), ' ',
        h('span', {class: 'kind'}, [e.node.status, e.node.dueDate && 'due ' + e.node.dueDate].filter(Boolean).join(' · '))))));
      box.appendChild(h('p', {}, h('a', {href: '#/search?kind=Decision'}, 'All decisions…')));
    })
    .catch(e => el.querySelector('#home-decisions').appendChild(errorBox(e)));
  return el;
}

// ---- Search box with suggestions (keyboard: arrows, Enter, Escape) ----
const form = document.getElementById('search-form');
const input = document.getElementById('search-text');
const kindSel = document.getElementById('search-kind');
const suggest = document.getElementById('search-suggest');
let suggestItems = [];
let active = -1;
let timer = null;
let seq = 0;

function closeSuggest() {
  suggest.hidden = true;
  input.setAttribute('aria-expanded', 'false');
  input.removeAttribute('aria-activedescendant');
  active = -1;
}

function setActive(i) {
  const lis = suggest.querySelectorAll('li');
  lis.forEach((li, j) => li.setAttribute('aria-selected', j === i ? 'true' : 'false'));
  active = i;
  if (i >= 0 && lis[i]) { input.setAttribute('aria-activedescendant', lis[i].id); lis[i].scrollIntoView({block: 'nearest'}); }
}

async function fetchSuggest() {
  const text = input.value.trim();
  if (text.length < 2) { closeSuggest(); return; }
  const my = ++seq;
  try {
    const kinds = KIND_GROUPS[kindSel.value] || null;
    const d = await gql(`query($t: String, $k: [NodeKind!]) { search(text: $t, kinds: $k, first: 8) { totalCount edges { node { kind id name } } } }`,
      {t: text, k: kinds});
    if (my !== seq) return;
    suggestItems = d.search.edges.map(e => e.node);
    clear(suggest);
    suggestItems.forEach((n, i) => {
      const li = h('li', {role: 'option', id: 'sugg-' + i, 'aria-selected': 'false'},
        h('span', {}, n.name), h('span', {class: 'kind'}, `${n.kind} ${n.id}`));
      li.addEventListener('mousedown', ev => { ev.preventDefault(); go(n); });
      suggest.appendChild(li);
    });
    if (d.search.totalCount > suggestItems.length) {
      const li = h('li', {role: 'option', id: 'sugg-all', 'aria-selected': 'false', class: 'all'}, `All ${d.search.totalCount} results…`);
      li.addEventListener('mousedown', ev => { ev.preventDefault(); submitSearch(); });
      suggest.appendChild(li);
    }
    suggest.hidden = suggest.children.length === 0;
    input.setAttribute('aria-expanded', suggest.hidden ? 'false' : 'true');
    active = -1;
  } catch (e) {
    closeSuggest();
  }
}

function go(n) {
  closeSuggest();
  input.value = '';
  location.hash = nodeRoute(n.kind, n.id);
}

function submitSearch() {
  closeSuggest();
  const p = new URLSearchParams();
  if (input.value.trim()) p.set('q', input.value.trim());
  if (kindSel.value) p.set('kind', kindSel.value);
  location.hash = '/search?' + p.toString();
}

input.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(fetchSuggest, 200); });
input.addEventListener('keydown', ev => {
  const n = suggest.hidden ? 0 : suggest.children.length;
  if (ev.key === 'ArrowDown' && n) { ev.preventDefault(); setActive((active + 1) % n); }
  else if (ev.key === 'ArrowUp' && n) { ev.preventDefault(); setActive((active - 1 + n) % n); }
  else if (ev.key === 'Escape') { closeSuggest(); }
  else if (ev.key === 'Enter' && active >= 0 && active < suggestItems.length) { ev.preventDefault(); go(suggestItems[active]); }
});
input.addEventListener('blur', () => setTimeout(closeSuggest, 150));
form.addEventListener('submit', ev => { ev.preventDefault(); submitSearch(); });

document.getElementById('footer-asof').textContent = new Date().toISOString().slice(0, 10);
route();
