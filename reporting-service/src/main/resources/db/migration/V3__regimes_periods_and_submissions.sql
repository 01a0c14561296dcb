-- Report regimes are data: the definition is the regime document (JSON) as written, checked on every write.
-- Shipped regimes are loaded at start and refreshed from a newer release until someone edits them (CUSTOMISED).
create table regime (
    code        varchar(100) primary key,
    name        varchar(1000) not null,
    definition  text not null,
    origin      varchar(20) not null,
    created_at  timestamptz not null,
    updated_at  timestamptz not null,
    version     bigint not null default 0
);

-- Ad-hoc (đột xuất) report requests: each names its own period key, data window and deadline.
create table ad_hoc_period (
    id                uuid primary key,
    regime_code       varchar(100) not null references regime (code) on delete cascade,
    period_key        varchar(50) not null,
    label             varchar(1000) not null,
    window_start      date not null,
    window_end        date not null,
    last_allowed_day  date not null,
    created_at        timestamptz not null,
    unique (regime_code, period_key)
);

-- Idempotency keys of creating requests a client may retry: the same key gives the same resource.
create table idempotency_key (
    scope        varchar(50) not null,
    key          varchar(200) not null,
    resource_id  varchar(200) not null,
    created_at   timestamptz not null,
    primary key (scope, key)
);

-- A unit's report for one period of one regime. The period's window and deadline are kept as they were
-- when last computed (at draft and at each submission). The first submission decides timeliness.
create table submission (
    id                  uuid primary key,
    regime_code         varchar(100) not null references regime (code),
    period_key          varchar(50) not null,
    period_label        varchar(1000) not null,
    period_start        date not null,
    period_end          date not null,
    last_allowed_day    date not null,
    unit_code           varchar(50) not null,
    status              varchar(20) not null,
    current_version     integer not null,
    first_submitted_at  timestamptz,
    first_late          boolean,
    created_at          timestamptz not null,
    updated_at          timestamptz not null,
    row_version         bigint not null default 0,
    unique (regime_code, period_key, unit_code)
);

-- Every version of a submission: a returned report is corrected as a new version; older ones stay as sent.
create table submission_version (
    id             uuid primary key,
    submission_id  uuid not null references submission (id) on delete cascade,
    number         integer not null,
    content        text not null,
    prefilled      text not null,
    saved_at       timestamptz not null,
    submitted_at   timestamptz,
    late           boolean,
    unique (submission_id, number)
);

-- The receiver's decisions: accepted (the report is then locked) or returned with a comment.
create table submission_decision (
    id              uuid primary key,
    submission_id   uuid not null references submission (id) on delete cascade,
    version_number  integer not null,
    decision        varchar(20) not null,
    comment         text,
    decided_at      timestamptz not null
);
create index submission_decision_submission on submission_decision (submission_id);

-- Reminders already sent: one "due soon" and one "overdue" per expected submission at most.
create table reminder_sent (
    regime_code  varchar(100) not null,
    period_key   varchar(50) not null,
    unit_code    varchar(50) not null,
    kind         varchar(20) not null,
    sent_at      timestamptz not null,
    primary key (regime_code, period_key, unit_code, kind)
);
