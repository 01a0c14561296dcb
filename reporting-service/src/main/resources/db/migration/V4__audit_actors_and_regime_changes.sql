-- Audit (SECURITY.md): every change records who made it — the token's subject, the readable name
-- (preferred_username) and the unit the person acted for (none for machine clients) — beside its time.
-- Rows from before this migration have none recorded.
alter table submission
    add column created_by_subject varchar(255),
    add column created_by_name    varchar(255),
    add column created_by_unit    varchar(50);

alter table submission_version
    add column saved_by_subject     varchar(255),
    add column saved_by_name        varchar(255),
    add column saved_by_unit        varchar(50),
    add column submitted_by_subject varchar(255),
    add column submitted_by_name    varchar(255),
    add column submitted_by_unit    varchar(50);

alter table submission_decision
    add column decided_by_subject varchar(255),
    add column decided_by_name    varchar(255),
    add column decided_by_unit    varchar(50);

alter table ad_hoc_period
    add column requested_by_subject varchar(255),
    add column requested_by_name    varchar(255),
    add column requested_by_unit    varchar(50);

-- The history of each regime (created, replaced, deleted, loaded as shipped). No foreign key: a deleted
-- regime's history stays.
create table regime_change (
    id                  bigint generated always as identity primary key,
    regime_code         varchar(100) not null,
    kind                varchar(20) not null,
    regime_version      bigint,
    changed_at          timestamptz not null,
    changed_by_subject  varchar(255),
    changed_by_name     varchar(255),
    changed_by_unit     varchar(50)
);
create index regime_change_regime on regime_change (regime_code, id);

-- Lists of reports are filtered to the units a caller sees.
create index submission_unit on submission (unit_code);
