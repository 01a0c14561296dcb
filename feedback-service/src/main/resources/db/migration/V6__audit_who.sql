-- Audit from the bearer token: every change records the subject (the token's sub), a readable name
-- (preferred_username) and the unit the caller acts for, beside the time.

-- Subjects and names as an identity provider issues them (Keycloak allows 255 characters).
alter table feedback_transition alter column actor type varchar(255);
alter table feedback_transition add column actor_name varchar(255);
update feedback_transition set actor_name = actor where actor is not null;

alter table feedback_item alter column entered_by type varchar(255);
alter table feedback_item add column entered_by_name varchar(255);
update feedback_item set entered_by_name = entered_by where entered_by is not null;

alter table calendar_year alter column updated_by type varchar(255);
alter table calendar_year add column updated_by_name varchar(255);
alter table calendar_year add column updated_by_unit varchar(50);
update calendar_year set updated_by_name = updated_by where updated_by is not null;

-- The calendar's history: every change of a year's overrides, who made it and what was set.
create table calendar_change (
    id                    bigserial primary key,
    year                  integer not null references calendar_year (year),
    at                    timestamptz not null,
    actor                 varchar(255),
    actor_name            varchar(255),
    actor_unit            varchar(50),
    note                  varchar(2000),
    added_days_off        text not null default '',
    removed_days_off      text not null default '',
    swapped_working_days  text not null default ''
);
create index calendar_change_year on calendar_change (year, id);

-- The overrides stored so far are their years' first entries.
insert into calendar_change (year, at, actor, actor_name, actor_unit, note, added_days_off, removed_days_off, swapped_working_days)
select y.year, y.updated_at, y.updated_by, y.updated_by_name, y.updated_by_unit, y.note,
       coalesce((select string_agg(to_char(d.day, 'YYYY-MM-DD'), ',' order by d.day) from calendar_override_day d
                 where d.year = y.year and d.kind = 'ADDED_DAY_OFF'), ''),
       coalesce((select string_agg(to_char(d.day, 'YYYY-MM-DD'), ',' order by d.day) from calendar_override_day d
                 where d.year = y.year and d.kind = 'REMOVED_DAY_OFF'), ''),
       coalesce((select string_agg(to_char(d.day, 'YYYY-MM-DD'), ',' order by d.day) from calendar_override_day d
                 where d.year = y.year and d.kind = 'SWAPPED_WORKING_DAY'), '')
from calendar_year y order by y.year;

-- Decisions about likely duplicates (linked, dismissed, merged): who and when.
alter table duplicate_candidate add column decided_at timestamptz;
alter table duplicate_candidate add column decided_by varchar(255);
alter table duplicate_candidate add column decided_by_name varchar(255);
alter table duplicate_candidate add column decided_by_unit varchar(50);
