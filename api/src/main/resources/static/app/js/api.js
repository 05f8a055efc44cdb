// GraphQL over fetch() against /graphql, and small helpers shared by the views.

export class GraphQLError extends Error {
  constructor(errors) {
    super(errors.map(e => e.message).join('; '));
    this.errors = errors;
  }
}

/** Runs a query; resolves to `data`, rejects with GraphQLError when the answer has errors. */
export async function gql(query, variables = {}) {
  const res = await fetch('/graphql', {
    method: 'POST',
    headers: {'Content-Type': 'application/json', 'Accept': 'application/json'},
    body: JSON.stringify({query, variables}),
  });
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

/** The /api/csv link for a query and the dot path of its rows (see docs/BI.md). */
export function csvUrl(query, rows, filename) {
  const p = new URLSearchParams({query, rows});
  if (filename) p.set('filename', filename);
  return '/api/csv?' + p.toString();
}

/** Kinds that are accounts (have an account plan, tiers, accountInfluencers). */
export const ACCOUNT_KINDS = ['Idn', 'Aco', 'Hospital', 'Clinic'];
export const PERSON_KINDS = ['Person', 'Clinician'];
