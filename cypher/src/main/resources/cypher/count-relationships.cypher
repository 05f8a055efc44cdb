MATCH ()-[r:{{type}}]->() RETURN count(r) AS count
