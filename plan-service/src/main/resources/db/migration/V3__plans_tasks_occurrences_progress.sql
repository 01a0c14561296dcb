create extension if not exists pg_trgm;

-- Plans: the document's header, its period and its life cycle.
alter table plan
    add column place              varchar(200),
    add column signed_on          date,
    add column kind               varchar(40) not null default 'TTHC_CONTROL',
    add column period_start       date,
    add column period_end         date,
    add column legal_bases        jsonb not null default '[]',
    add column purposes           text,
    add column requirements       text,
    add column issuing_unit_code  varchar(50),
    add column signer_name        varchar(200),
    add column signer_title       varchar(200),
    add column recipients         jsonb not null default '[]',
    add column issued_at          timestamptz,
    add column closed_at          timestamptz;

create table plan_amendment (
    id          uuid primary key,
    plan_id     uuid not null references plan (id),
    reason      text not null,
    amended_at  timestamptz not null,
    actor       varchar(200)
);
create index plan_amendment_plan on plan_amendment (plan_id);

-- Targets (chỉ tiêu): "≥ 99% of dossiers resolved on time", "100% … before 01/04/2023".
create table plan_target (
    plan_id     uuid not null references plan (id) on delete cascade,
    position    integer not null,
    metric      text not null,
    comparison  varchar(20),
    value       numeric(14, 4),
    unit        varchar(50),
    deadline    date,
    text        text,
    primary key (plan_id, position)
);

-- The appendix: sections ("I", "II") holding tasks; tasks may hold subtasks ("2.1" under "2").
create table plan_section (
    id        uuid primary key,
    plan_id   uuid not null references plan (id) on delete cascade,
    position  integer not null,
    label     varchar(30),
    title     text
);
create index plan_section_plan on plan_section (plan_id, position);

alter table task
    add column section_id          uuid references plan_section (id) on delete cascade,
    add column parent_task_id      uuid references task (id) on delete cascade,
    add column position            integer not null default 0,
    add column content_folded      text,
    add column lead_units          jsonb not null default '[]',
    add column cooperating_units   jsonb not null default '[]',
    add column officers            jsonb not null default '[]',
    add column funding             text,
    add column schedule_kind       varchar(20),
    add column schedule_text       text,
    add column warnings            jsonb not null default '[]',
    alter column lead_unit_code drop not null;
update task set content_folded = lower(content), schedule_kind = case when due_date is null then 'UNPARSED' else 'DUE_BY_DATE' end;
alter table task alter column content_folded set not null;
create index task_content_folded on task using gin (content_folded gin_trgm_ops);
create index task_lead_unit on task (lead_unit_code);
create index task_due on task (due_date) where status in ('NOT_STARTED', 'IN_PROGRESS');

-- What a task is to produce, each with its own units and time.
create table task_result (
    task_id            uuid not null references task (id) on delete cascade,
    position           integer not null,
    text               text not null,
    lead_units         jsonb not null default '[]',
    cooperating_units  jsonb not null default '[]',
    time_text          text,
    primary key (task_id, position)
);

-- Dated occurrences of a task's schedule; progress and lateness are tracked per occurrence.
create table task_occurrence (
    id              uuid primary key,
    task_id         uuid not null references task (id) on delete cascade,
    position        integer not null,
    label           varchar(200) not null,
    due_date        date not null,
    within_period   boolean not null default true,
    status          varchar(20) not null,
    completed_on    date,
    overdue_since   date,
    version         bigint not null default 0
);
create index task_occurrence_task on task_occurrence (task_id, position);
create index task_occurrence_open on task_occurrence (due_date) where status in ('NOT_STARTED', 'IN_PROGRESS');
insert into task_occurrence (id, task_id, position, label, due_date, status, completed_on)
    select gen_random_uuid(), id, 0, 'Hạn ' || to_char(due_date, 'DD/MM/YYYY'), due_date, status, completed_on from task where due_date is not null;

-- Progress a unit recorded on a task or one of its occurrences.
create table progress_entry (
    id                 uuid primary key,
    task_id            uuid not null references task (id) on delete cascade,
    occurrence_id      uuid references task_occurrence (id) on delete cascade,
    status             varchar(20) not null,
    note               text,
    evidence_number    varchar(100),
    evidence_date      date,
    evidence_title     text,
    evidence_link      varchar(2000),
    completed_on       date,
    reporting_period   varchar(20),
    recorded_at        timestamptz not null,
    recorded_by        varchar(200)
);
create index progress_entry_task on progress_entry (task_id, recorded_at);
