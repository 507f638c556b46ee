-- credentials_version goes up with every password change or reset; sessions signed in under an older version end.
alter table identity_user add column last_login_at timestamptz;
alter table identity_user add column credentials_version integer not null default 0;

-- Sign-in attempts per username (lower-cased, whether or not such a user exists, so throttling reveals nothing).
-- A row is written before the password is checked and removed on success, so parallel guesses count too.
create table identity_login_attempt (
    id           bigint generated always as identity primary key,
    username_key text        not null,
    attempted_at timestamptz not null
);
create index identity_login_attempt_key on identity_login_attempt (username_key, attempted_at desc);
create index identity_login_attempt_time on identity_login_attempt (attempted_at);
