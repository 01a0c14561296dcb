-- The unit replica keeps what plan-service publishes about a unit's documents (plan.units, vn.tthc.plan.unit.v1):
-- the abbreviation in the document symbol, the place name before the date, the letterhead name and the signer.
alter table unit_replica add column abbreviation varchar(20);
alter table unit_replica add column place varchar(100);
alter table unit_replica add column header_name varchar(500);
alter table unit_replica add column signing_authority varchar(200);
alter table unit_replica add column signer_title varchar(200);
alter table unit_replica add column signer_name varchar(200);
