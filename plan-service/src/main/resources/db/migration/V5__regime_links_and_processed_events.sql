-- A task can be linked to a report regime (the plan's "reporting regime" tasks): a report submitted for a
-- period marks that period's occurrence done.
alter table task add column regime_code varchar(100);
create index task_regime on task (regime_code) where regime_code is not null;

-- Ids of the events from other services already applied, recorded in the same transaction as their effect.
create table processed_event (
    event_id      varchar(100) primary key,
    event_type    varchar(200) not null,
    source        varchar(300),
    processed_at  timestamptz not null
);
