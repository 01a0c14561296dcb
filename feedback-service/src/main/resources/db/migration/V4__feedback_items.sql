-- Feedback and petitions (PAKN): the item, its attachments, its audit trail, its time-limited steps.
create sequence feedback_tracking_seq;

create table feedback_item (
    id                    uuid primary key,
    tracking_code         varchar(30) not null unique,
    idempotency_key       varchar(100) unique,
    request_hash          varchar(64),
    status                varchar(30) not null,
    channel               varchar(30) not null,
    sender_kind           varchar(20) not null,
    sender_name           varchar(200),
    sender_organisation   varchar(300),
    sender_address        varchar(500),
    sender_phone          varchar(30),
    sender_email          varchar(254),
    title                 varchar(500) not null,
    content               text not null,
    procedure_code        varchar(50),
    procedure_text        varchar(1000),
    field                 varchar(200),
    publication_consent   boolean not null,
    receiving_unit_code   varchar(50) not null,
    entered_by            varchar(100),
    entered_by_unit       varchar(50),
    received_at           timestamptz not null,
    received_on           date not null,
    classification        varchar(30),
    not_accepted_reason   varchar(40),
    not_accepted_note     varchar(2000),
    handling_unit_code    varchar(50),
    transfer_unit_code    varchar(50),
    transfer_agency       varchar(500),
    answer                text,
    answer_due_date       date,
    answered_on           date,
    answered_on_time      boolean,
    published_on          date,
    merged_into           uuid references feedback_item (id),
    extensions            integer not null default 0,
    sender_phone_key      varchar(30),
    sender_email_key      varchar(254),
    content_folded        text not null,
    search_folded         text not null,
    version               bigint not null default 0
);
create index feedback_item_status on feedback_item (status);
create index feedback_item_received_on on feedback_item (received_on);
create index feedback_item_handling_unit on feedback_item (handling_unit_code);
create index feedback_item_phone on feedback_item (sender_phone_key);
create index feedback_item_email on feedback_item (sender_email_key);
create index feedback_item_content_trgm on feedback_item using gin (content_folded gin_trgm_ops);
create index feedback_item_search_trgm on feedback_item using gin (search_folded gin_trgm_ops);

create table feedback_attachment (
    id          uuid primary key,
    item_id     uuid not null references feedback_item (id),
    position    integer not null,
    file_name   varchar(255) not null,
    media_type  varchar(100) not null,
    size_bytes  bigint not null,
    sha256      varchar(64) not null,
    content     bytea not null
);
create index feedback_attachment_item on feedback_attachment (item_id);

-- The audit trail: every transition with actor, unit, time and note.
create table feedback_transition (
    id           bigserial primary key,
    item_id      uuid not null references feedback_item (id),
    action       varchar(30) not null,
    from_status  varchar(30),
    to_status    varchar(30) not null,
    actor        varchar(100),
    actor_unit   varchar(50),
    at           timestamptz not null,
    note         varchar(2000)
);
create index feedback_transition_item on feedback_transition (item_id, id);

-- Each step of the workflow has a unit and a due date in working days; overdue is flagged once.
create table feedback_step (
    id            bigserial primary key,
    item_id       uuid not null references feedback_item (id),
    kind          varchar(30) not null,
    unit_code     varchar(50) not null,
    started_on    date not null,
    due_date      date not null,
    ended_on      date,
    overdue_since date
);
create index feedback_step_open on feedback_step (due_date) where ended_on is null;
create index feedback_step_item on feedback_step (item_id, id);

-- Likely duplicates found on intake, and the links staff made between items.
create table duplicate_candidate (
    item_id       uuid not null references feedback_item (id),
    candidate_id  uuid not null references feedback_item (id),
    reason        varchar(30) not null,
    similarity    real not null,
    state         varchar(20) not null,
    found_at      timestamptz not null,
    primary key (item_id, candidate_id)
);
create index duplicate_candidate_candidate on duplicate_candidate (candidate_id);
