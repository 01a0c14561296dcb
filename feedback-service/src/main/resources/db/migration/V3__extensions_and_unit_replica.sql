-- Trigram similarity (duplicate detection, published-answer search) and unaccent (diacritic folding in
-- ad-hoc SQL; the service folds text itself, with the same rules, into the *_folded columns).
create extension if not exists pg_trgm;
create extension if not exists unaccent;

-- Read-only replica of plan-service's organisation tree, fed from the compacted topic plan.units.
create table unit_replica (
    code         varchar(50) primary key,
    name         varchar(500) not null,
    kind         varchar(40) not null,
    parent_code  varchar(50),
    version      bigint not null default 0,
    updated_at   timestamptz not null
);
create index unit_replica_parent on unit_replica (parent_code);
