-- Funding (Kinh phí) per result: a plan's table may give each result row of a task its own funding source.
-- The task's own funding is in task.funding (V3).
alter table task_result add column funding text;
