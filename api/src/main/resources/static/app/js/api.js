// GraphQL over fetch() against /graphql, and small helpers shared by the views.

export class GraphQLError extends Error {
  constructor(errors) {
    super(errors.map(e => e.message).join('; '));
    this.errors = errors;
  }
}

/** Thrown when the server wants a (valid) token: the shell then shows the sign-in page. */
export class SignInRequired extends Error {
  constructor(message) {
    super(message || 'Sign in with your API token');
  }
}

// The token lives in this tab's sessionStorage only (gone when the tab closes), never in a cookie: requests carry
// it as a bearer header, so no other site can make the browser send it.
const TOKEN_KEY = 'kam.token';
export function token() { return sessionStorage.getItem(TOKEN_KEY); }
export function setToken(t) { if (t) sessionStorage.setItem(TOKEN_KEY, t); else sessionStorage.removeItem(TOKEN_KEY); }
export function authHeaders() {
  const t = token();
  return t ? {'Authorization': 'Bearer ' + t} : {};
}

/** Runs a query; resolves to `data`, rejects with GraphQLError when the answer has errors. */
export async function gql(query, variables = {}) {
  if (!token()) throw new SignInRequired();
  const res = await fetch('/graphql', {
    method: 'POST',
    headers: {'Content-Type': 'application/json', 'Accept': 'application/json', ...authHeaders()},
    body: JSON.stringify({query, variables}),
  });
  if (res.status === 401) {
    setToken(null);
    window.dispatchEvent(new CustomEvent('kam:signin'));
    throw new SignInRequired('Your token was not accepted (unknown, revoked or expired): sign in again.');
  }
  let body;
  try {
    body = await res.json();
  } catch (e) {
    throw new Error(`HTTP ${res.status} from /graphql`);
  }
  if (body.errors && body.errors.length) throw new GraphQLError(body.errors);
  if (!res.ok) throw new Error(`HTTP ${res.status} from /graphql`);
  return body.data;
}

/**
 * Plan pages, PDFs and CSV files are links, which a browser would follow without the token: this fetches them
 * with it and hands the file over (a download, or a new tab for a page).
 */
export async function openAuthorized(href) {
  const res = await fetch(href, {headers: authHeaders()});
  if (res.status === 401) throw new SignInRequired();
  const blob = await res.blob();
  const type = res.headers.get('Content-Type') || '';
  const url = URL.createObjectURL(blob);
  if (!res.ok || type.startsWith('text/html')) {
    window.open(url, '_blank', 'noopener');
  } else {
    const name = /filename="?([^";]+)"?/.exec(res.headers.get('Content-Disposition') || '');
    const a = document.createElement('a');
    a.href = url;
    a.download = name ? name[1] : href.split('/').pop().split('?')[0];
    document.body.appendChild(a);
    a.click();
    a.remove();
  }
  setTimeout(() => URL.revokeObjectURL(url), 60000);
}

/** The /api/csv link for a query and the dot path of its rows (see docs/BI.md). */
export function csvUrl(query, rows, filename) {
  const p = new URLSearchParams({query, rows});
  if (filename) p.set('filename', filename);
  return '/api/csv?' + p.toString();
}

/** Kinds that are accounts (have an account plan, tiers, accountInfluencers). */
export const ACCOUNT_KINDS = ['Idn', 'Aco', 'Hospital', 'Clinic'];
export const PERSON_KINDS = ['Person', 'Clinician'];
