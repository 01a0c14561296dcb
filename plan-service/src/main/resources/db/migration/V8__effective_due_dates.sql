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
