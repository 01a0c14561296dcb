-- Who made each change: the token's subject, readable name (preferred_username) and unit (claim 'unit').
-- Rows written before this version keep null authors.

-- A progress entry's author came from the request body (a name the client chose); now it comes from the token.
alter table progress_entry rename column recorded_by to recorded_by_name;
alter table progress_entry
    add column recorded_by_subject  varchar(200),
    add column recorded_by_unit     varchar(50);

-- plan_amendment.actor was never filled in through the API.
alter table plan_amendment rename column actor to amended_by_subject;
alter table plan_amendment
    add column amended_by_name  varchar(200),
    add column amended_by_unit  varchar(50);

alter table plan
    add column created_by_subject  varchar(200),
    add column created_by_name     varchar(200),
    add column created_by_unit     varchar(50),
    add column issued_by_subject   varchar(200),
    add column issued_by_name      varchar(200),
    add column issued_by_unit      varchar(50),
    add column closed_by_subject   varchar(200),
    add column closed_by_name      varchar(200),
    add column closed_by_unit      varchar(50);

alter table plan_import
    add column uploaded_by_subject   varchar(200),
    add column uploaded_by_name      varchar(200),
    add column uploaded_by_unit      varchar(50),
    add column confirmed_at          timestamptz,
    add column confirmed_by_subject  varchar(200),
    add column confirmed_by_name     varchar(200),
    add column confirmed_by_unit     varchar(50);

-- The audit trail: one row per state change, written in the change's transaction and never updated.
-- Ids are not foreign keys, so the record of a removed unit stays.
create table change_record (
    id             uuid primary key,
    sequence       bigserial not null unique,
    action         varchar(40) not null,
    plan_id        uuid,
    task_id        uuid,
    import_id      uuid,
    unit_code      varchar(50),
    detail         text,
    actor_subject  varchar(200) not null,
    actor_name     varchar(200),
    actor_unit     varchar(50),
    changed_at     timestamptz not null
);
create index change_record_plan on change_record (plan_id, sequence) where plan_id is not null;
create index change_record_unit on change_record (unit_code, sequence) where unit_code is not null;

-- Lists filtered by the units a caller sees.
create index plan_issuing_unit on plan (issuing_unit_code);
