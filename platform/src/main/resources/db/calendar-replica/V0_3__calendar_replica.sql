-- Platform: the read-only replica of feedback-service's working-day calendar (compacted topic feedback.calendar),
-- one published year at a time: a year known, and its days that are not what their day of the week says
-- (working = false: a weekday off; true: a Saturday or Sunday worked). A year not published counts Monday to
-- Friday. Included (quarkus.flyway.locations) by the services that keep the replica: CalendarReplica.
create table calendar_year (
    year        integer primary key,
    updated_at  timestamptz not null
);
create table calendar_day (
    day      date primary key,
    year     integer not null references calendar_year (year) on delete cascade,
    working  boolean not null
);
create index calendar_day_year on calendar_day (year);
