-- Templates: one row per key, immutable versions; messages record the version they were rendered from.
create table notifications_template (
    template_key    text primary key,
    current_version int         not null,
    archived        boolean     not null default false,
    created_at      timestamptz not null,
    updated_at      timestamptz not null
);

create table notifications_template_version (
    template_key text        not null references notifications_template (template_key),
    version      int         not null check (version > 0),
    description  text,
    variables    jsonb       not null,
    texts        jsonb       not null,
    comment      text,
    created_by   text        not null,
    created_at   timestamptz not null,
    primary key (template_key, version)
);

-- Attachment and print-batch bytes, stored once per content (a statement attached to e-mail and letter is one row).
create table notifications_blob (
    sha256  text primary key,
    size    bigint not null,
    content bytea  not null
);

-- The outbox: every message is stored here before anything is sent.
create table notifications_message (
    id               uuid primary key,
    idempotency_key  text        not null unique,
    channel          text        not null check (channel in ('EMAIL', 'SMS', 'LETTER')),
    recipient        text        not null,
    recipient_name   text,
    language         text        not null check (language in ('zh-CN', 'en')),
    template_key     text        not null,
    template_version int         not null,
    subject          text,
    body_html        text,
    body_text        text,
    status           text        not null check (status in ('QUEUED', 'SENT', 'FAILED', 'SUPPRESSED', 'CANCELLED')),
    attempts         int         not null default 0 check (attempts >= 0),
    next_attempt_at  timestamptz not null,
    last_error       text,
    reference_type   text,
    reference_id     text,
    letter_batch_id  uuid,
    created_by       text        not null,
    created_at       timestamptz not null,
    updated_at       timestamptz not null,
    sent_at          timestamptz,
    check ((status = 'SENT') = (sent_at is not null))
);
-- the sender's work queue: only queued rows, in due order
create index notifications_message_due on notifications_message (next_attempt_at) where status = 'QUEUED';
create index notifications_message_reference on notifications_message (reference_type, reference_id);
create index notifications_message_created on notifications_message (created_at);
create index notifications_message_recipient on notifications_message (lower(recipient));

create table notifications_attachment (
    message_id   uuid not null references notifications_message (id),
    idx          int  not null,
    file_name    text not null,
    content_type text not null,
    sha256       text not null references notifications_blob (sha256),
    primary key (message_id, idx)
);

-- Every delivery attempt and every decision not to deliver.
create table notifications_delivery_attempt (
    message_id   uuid        not null references notifications_message (id),
    number       int         not null,
    attempted_at timestamptz not null,
    outcome      text        not null,
    detail       text,
    duration_ms  bigint      not null default 0,
    primary key (message_id, number)
);

create table notifications_suppression (
    channel    text        not null check (channel in ('EMAIL', 'SMS', 'LETTER')),
    address    text        not null,
    reason     text        not null,
    created_by text        not null,
    created_at timestamptz not null,
    primary key (channel, address)
);

create table notifications_letter_batch (
    id         uuid primary key,
    letters    int         not null,
    pages      int         not null,
    sha256     text        not null references notifications_blob (sha256),
    created_by text        not null,
    created_at timestamptz not null
);
