// Filters of the market-access questions: pharmacies by type and region (pathways, spend flow), products by
// therapeutic area (spend flow of an area).
CREATE INDEX pharmacy_type IF NOT EXISTS FOR (n:Pharmacy) ON (n.pharmacyType);
CREATE INDEX pharmacy_region IF NOT EXISTS FOR (n:Pharmacy) ON (n.region);
CREATE INDEX product_area IF NOT EXISTS FOR (n:Product) ON (n.therapeuticArea);
