// The nodes a user limited to the territories $scope may see (the rule: fragment-visible.cypher).
{{include fragment-visible-nodes}}
RETURN labels(n) AS labels, n.id AS id
