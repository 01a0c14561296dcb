-- An uploaded plan document waiting for its preview to be confirmed; confirming creates a draft plan.
create table plan_import (
    id            uuid primary key,
    file_name     varchar(300),
    content_type  varchar(200) not null,
    content       bytea not null,
    period_start  date not null,
    period_end    date not null,
    created_at    timestamptz not null,
    plan_id       uuid references plan (id)
);
