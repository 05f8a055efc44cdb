CREATE (n:{{label}}{{extraLabels}})
SET n = $props
RETURN n
