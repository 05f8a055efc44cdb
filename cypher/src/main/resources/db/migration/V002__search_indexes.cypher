// Lookups and filters used by search, scoping and analytics.
CREATE INDEX organization_territory IF NOT EXISTS FOR (n:Organization) ON (n.territory);
CREATE INDEX organization_region IF NOT EXISTS FOR (n:Organization) ON (n.region);
CREATE INDEX account_territory IF NOT EXISTS FOR (n:Account) ON (n.territory);
CREATE INDEX account_region IF NOT EXISTS FOR (n:Account) ON (n.region);
CREATE INDEX person_territory IF NOT EXISTS FOR (n:Person) ON (n.territory);
CREATE INDEX person_region IF NOT EXISTS FOR (n:Person) ON (n.region);
CREATE INDEX teammember_territory IF NOT EXISTS FOR (n:TeamMember) ON (n.territory);
CREATE INDEX teammember_region IF NOT EXISTS FOR (n:TeamMember) ON (n.region);
CREATE INDEX organization_id IF NOT EXISTS FOR (n:Organization) ON (n.id);
CREATE INDEX account_id IF NOT EXISTS FOR (n:Account) ON (n.id);
// Search by name (and id) over every kind; user text is escaped before it reaches Lucene.
CREATE FULLTEXT INDEX node_names IF NOT EXISTS FOR (n:HealthAuthority|Payer|Pbm|Idn|Aco|Hospital|Clinic|Department|Committee|Wholesaler|Pharmacy|Person|Clinician|TeamMember|Product|Decision|Initiative) ON EACH [n.name, n.id];
