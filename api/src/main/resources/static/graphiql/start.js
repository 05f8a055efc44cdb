// Starts GraphiQL against this server's /graphql with an example query over the demo market. Requests need a token:
// the one the web app signed in with (this tab's sessionStorage), or one typed into GraphiQL's Headers tab.
const token = sessionStorage.getItem('kam.token');
const fetcher = GraphiQL.createFetcher({ url: '/graphql', headers: token ? { Authorization: 'Bearer ' + token } : {} });
const defaultHeaders = token ? '' : '{ "Authorization": "Bearer <your API token; the demo prints one at start-up>" }';
const defaultQuery = `# kam-graph: try these on the demo market.
query Overview {
  stats { nodes relationships }
  search(text: "oncology", kinds: [Department, Committee], first: 5) {
    totalCount
    edges { node { kind id name ... on Organization { city territory } } }
  }
}
`;
ReactDOM.createRoot(document.getElementById('graphiql')).render(
  React.createElement(GraphiQL, { fetcher, defaultQuery, defaultHeaders, defaultEditorToolsVisibility: true })
);
