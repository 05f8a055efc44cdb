// Every node kind has a stable external id, unique per kind. Clinicians also carry the Person label,
// so Person and Clinician ids share one space.
CREATE CONSTRAINT healthauthority_id IF NOT EXISTS FOR (n:HealthAuthority) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT payer_id IF NOT EXISTS FOR (n:Payer) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT pbm_id IF NOT EXISTS FOR (n:Pbm) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT idn_id IF NOT EXISTS FOR (n:Idn) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT aco_id IF NOT EXISTS FOR (n:Aco) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT hospital_id IF NOT EXISTS FOR (n:Hospital) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT clinic_id IF NOT EXISTS FOR (n:Clinic) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT department_id IF NOT EXISTS FOR (n:Department) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT committee_id IF NOT EXISTS FOR (n:Committee) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT wholesaler_id IF NOT EXISTS FOR (n:Wholesaler) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT pharmacy_id IF NOT EXISTS FOR (n:Pharmacy) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT clinician_id IF NOT EXISTS FOR (n:Clinician) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT teammember_id IF NOT EXISTS FOR (n:TeamMember) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT product_id IF NOT EXISTS FOR (n:Product) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT decision_id IF NOT EXISTS FOR (n:Decision) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT initiative_id IF NOT EXISTS FOR (n:Initiative) REQUIRE n.id IS UNIQUE;
