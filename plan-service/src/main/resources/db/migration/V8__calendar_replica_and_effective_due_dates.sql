-- Issue 14. Read-only replica of feedback-service's working-day calendar (compacted topic feedback.calendar),
-- one published year at a time: a year known, and its days that are not what their day of the week says
-- (working = false: a weekday off; true: a Saturday or Sunday worked). A year not published counts Monday to
-- Friday.
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

-- Due dates in effect beside the printed ones (Civil Code 2015, art. 148(5)): a due date on a weekend or a
-- day off ends on the next working day. Lateness, overdue and the due-within filter use them; they are
-- recomputed whenever a calendar year arrives. Until then: weekends only.
alter table task add column effective_due_date date;
update task set effective_due_date = case extract(isodow from due_date)
        when 6 then due_date + 2 when 7 then due_date + 1 else due_date end
    where due_date is not null;

alter table task_occurrence add column effective_due_date date;
update task_occurrence set effective_due_date = case extract(isodow from due_date)
        when 6 then due_date + 2 when 7 then due_date + 1 else due_date end;
alter table task_occurrence alter column effective_due_date set not null;
create index task_occurrence_open_effective on task_occurrence (effective_due_date) where status in ('NOT_STARTED', 'IN_PROGRESS');
