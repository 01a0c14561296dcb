-- Per-year overrides of the working-day calendar (what the government announces each year), and what was
-- last published to feedback.calendar for each year.
create table calendar_year (
    year        integer primary key,
    note        varchar(2000),
    version     bigint not null default 0,
    updated_at  timestamptz not null,
    updated_by  varchar(100)
);

-- kind: ADDED_DAY_OFF, REMOVED_DAY_OFF (a default holiday worked this year), SWAPPED_WORKING_DAY (a weekend day worked)
create table calendar_override_day (
    year  integer not null references calendar_year (year),
    day   date not null,
    kind  varchar(30) not null,
    primary key (year, day)
);

create table calendar_publication (
    year          integer primary key,
    payload_hash  varchar(64) not null,
    published_at  timestamptz not null
);

-- Announced days off and swaps, as data.
-- Tết Ất Tỵ 2025: Saturday 25 January to Sunday 2 February. 30 April – 1 May 2025: Friday 2 May off,
-- worked on Saturday 26 April in exchange. Tết Bính Ngọ 2026: Saturday 14 to Sunday 22 February.
insert into calendar_year (year, note, updated_at, updated_by) values
  (2025, 'Tết Ất Tỵ 25/01–02/02/2025; nghỉ thứ Sáu 02/5/2025, làm bù thứ Bảy 26/4/2025', now(), 'migration'),
  (2026, 'Tết Bính Ngọ 14/02–22/02/2026', now(), 'migration');
insert into calendar_override_day (year, day, kind)
  select 2025, d::date, 'ADDED_DAY_OFF' from generate_series(date '2025-01-25', date '2025-02-02', interval '1 day') d;
insert into calendar_override_day (year, day, kind) values
  (2025, date '2025-05-02', 'ADDED_DAY_OFF'),
  (2025, date '2025-04-26', 'SWAPPED_WORKING_DAY');
insert into calendar_override_day (year, day, kind)
  select 2026, d::date, 'ADDED_DAY_OFF' from generate_series(date '2026-02-14', date '2026-02-22', interval '1 day') d;
