-- The organisation tree owned by plan-service and published to the compacted topic plan.units.
create table unit (
    code         varchar(50) primary key,
    name         varchar(500) not null,
    short_names  jsonb not null default '[]',
    aliases      jsonb not null default '[]',
    kind         varchar(30) not null,
    parent_code  varchar(50) references unit (code),
    version      bigint not null default 0
);
create index unit_parent on unit (parent_code);

create table unit_officer (
    unit_code  varchar(50) not null references unit (code) on delete cascade,
    position   integer not null,
    id         varchar(50) not null,
    name       varchar(200) not null,
    title      varchar(200),
    primary key (unit_code, position)
);
