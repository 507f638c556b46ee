create table identity_user (
    id            uuid primary key,
    username      text        not null,
    display_name  text        not null,
    email         text,
    password_hash text        not null,
    roles         text[]      not null check (cardinality(roles) > 0),
    language      text        not null default 'en' check (language in ('en', 'zh-CN')),
    enabled       boolean     not null default true,
    created_at    timestamptz not null,
    updated_at    timestamptz not null
);
create unique index identity_user_username on identity_user (lower(username));

create table identity_api_token (
    id           uuid primary key,
    user_id      uuid        not null references identity_user (id),
    name         text        not null,
    token_hash   text        not null unique,
    created_at   timestamptz not null,
    expires_at   timestamptz,
    last_used_at timestamptz,
    revoked_at   timestamptz
);
create index identity_api_token_user on identity_api_token (user_id);
