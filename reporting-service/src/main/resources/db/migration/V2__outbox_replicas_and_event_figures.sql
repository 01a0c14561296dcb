-- Read-only replica of plan-service's organisation tree, fed from the compacted topic plan.units.
create table unit (
    code         varchar(50) primary key,
    name         varchar(1000) not null,
    kind         varchar(50) not null,
    parent_code  varchar(50),
    version      bigint,
    updated_at   timestamptz not null
);
create index unit_parent on unit (parent_code);


-- Figures fed by other services' events, per unit (the event's own unit) and day. Roll-up to ancestor units
-- happens when the figures are read, from the unit replica, so an event never needs its unit to be known.
create table event_figure_day (
    unit_code  varchar(50) not null,
    day        date not null,
    figure     varchar(40) not null,
    amount     integer not null,
    primary key (unit_code, day, figure)
);
insert into event_figure_day (unit_code, day, figure, amount)
    select unit_code, day, 'TASKS_COMPLETED', completed from task_completion_day where completed > 0
    union all
    select unit_code, day, 'TASKS_COMPLETED_ON_TIME', on_time from task_completion_day where on_time > 0
    union all
    select unit_code, day, 'TASKS_COMPLETED_LATE', late from task_completion_day where late > 0;
drop table task_completion_day;
