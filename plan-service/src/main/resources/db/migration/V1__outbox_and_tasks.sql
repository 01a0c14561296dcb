create table plan (
    id          uuid primary key,
    number      varchar(50),
    title       varchar(1000) not null,
    status      varchar(20) not null,
    created_at  timestamptz not null,
    version     bigint not null default 0
);

create table task (
    id              uuid primary key,
    plan_id         uuid not null references plan (id),
    label           varchar(30),
    content         text not null,
    lead_unit_code  varchar(50) not null,
    due_date        date,
    status          varchar(20) not null,
    completed_on    date,
    version         bigint not null default 0
);
create index task_plan on task (plan_id);
