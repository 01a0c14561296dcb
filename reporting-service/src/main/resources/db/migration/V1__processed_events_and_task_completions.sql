-- Task completions per lead unit and completion day; report periods sum the days of their window.
create table task_completion_day (
    unit_code  varchar(50) not null,
    day        date not null,
    completed  integer not null default 0,
    on_time    integer not null default 0,
    late       integer not null default 0,
    primary key (unit_code, day)
);
