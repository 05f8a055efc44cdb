// Which of the given ids exist: team members $owners, people (clinicians included) $stakeholders, products $products.
RETURN
  COLLECT { MATCH (t:TeamMember) WHERE t.id IN $owners RETURN t.id } AS owners,
  COLLECT { MATCH (p:Person) WHERE p.id IN $stakeholders RETURN p.id } AS stakeholders,
  COLLECT { MATCH (pr:Product) WHERE pr.id IN $products RETURN pr.id } AS products,
  COLLECT { MATCH (m:Milestone) WHERE m.id IN $milestones RETURN m.id } AS milestones
