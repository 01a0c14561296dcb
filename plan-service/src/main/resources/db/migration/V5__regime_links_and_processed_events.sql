-- A task can be linked to a report regime (the plan's "reporting regime" tasks): a report submitted for a
-- period marks that period's occurrence done.
alter table task add column regime_code varchar(100);
create index task_regime on task (regime_code) where regime_code is not null;
