-- Ids of the events already applied, recorded in the same transaction as their effect.
create table processed_event (
    event_id      varchar(100) primary key,
    event_type    varchar(200) not null,
    source        varchar(300),
    processed_at  timestamptz not null
);

-- Task completions per lead unit and completion day; report periods sum the days of their window.
create table task_completion_day (
    unit_code  varchar(50) not null,
    day        date not null,
    completed  integer not null default 0,
    on_time    integer not null default 0,
    late       integer not null default 0,
    primary key (unit_code, day)
);
