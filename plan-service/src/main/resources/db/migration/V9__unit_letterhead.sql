-- What a unit's documents print about it (Decree 30/2020/NĐ-CP): the abbreviation in the document symbol
-- ("SKHCN" in "05/KH-SKHCN"), the place name before the date, the name in the letterhead when it differs from the
-- full name, and who signs (authority such as "KT. Giám đốc", title, name). All optional; published on plan.units.
alter table unit add column abbreviation varchar(20);
alter table unit add column place varchar(100);
alter table unit add column header_name varchar(500);
alter table unit add column signing_authority varchar(200);
alter table unit add column signer_title varchar(200);
alter table unit add column signer_name varchar(200);
