// Whether a node of any kind has the id $id: one unique-constraint seek per kind (V001), the labels written out
// because a dynamic label would scan instead. Clinicians are Persons, so Person covers them.
// CypherTest checks that every kind of the model is here.
RETURN EXISTS { MATCH (n:HealthAuthority {id: $id}) } OR EXISTS { MATCH (n:Payer {id: $id}) }
    OR EXISTS { MATCH (n:Pbm {id: $id}) } OR EXISTS { MATCH (n:Idn {id: $id}) } OR EXISTS { MATCH (n:Aco {id: $id}) }
    OR EXISTS { MATCH (n:Hospital {id: $id}) } OR EXISTS { MATCH (n:Clinic {id: $id}) }
    OR EXISTS { MATCH (n:Department {id: $id}) } OR EXISTS { MATCH (n:Committee {id: $id}) }
    OR EXISTS { MATCH (n:Wholesaler {id: $id}) } OR EXISTS { MATCH (n:Pharmacy {id: $id}) }
    OR EXISTS { MATCH (n:Person {id: $id}) } OR EXISTS { MATCH (n:Clinician {id: $id}) }
    OR EXISTS { MATCH (n:TeamMember {id: $id}) } OR EXISTS { MATCH (n:Product {id: $id}) }
    OR EXISTS { MATCH (n:Decision {id: $id}) } OR EXISTS { MATCH (n:Initiative {id: $id}) }
    OR EXISTS { MATCH (n:Milestone {id: $id}) } AS found
