// Starts GraphiQL against this server's /graphql with an example query over the demo market.
const fetcher = GraphiQL.createFetcher({ url: '/graphql' });
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
  React.createElement(GraphiQL, { fetcher, defaultQuery, defaultEditorToolsVisibility: true })
);
