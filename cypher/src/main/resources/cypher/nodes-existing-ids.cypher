// Which of the given ids exist as nodes of one kind.
UNWIND $ids AS id
MATCH (n:{{label}} {id: id})
RETURN n.id AS id
