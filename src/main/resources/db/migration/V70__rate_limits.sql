-- Counters behind sign-in and sign-up throttling, one row per thing limited: "sign-in-account:", "sign-in-address:"
-- or "sign-up-address:" and the SHA-256 of the email or client address (RateLimitRows.key). Emails that have no
-- account get rows like those that do, so a refusal tells nothing about which accounts exist. Rows change only by
-- compare-and-set on version (RateLimitRows), so concurrent requests cannot both take the last attempt.
create table rate_limits (
    limit_key     varchar(100)             not null primary key,
    hits          integer                  not null,
    blocked_until timestamp with time zone,
    touched_at    timestamp with time zone not null,
    version       bigint                   not null
);

create index rate_limits_touched_at on rate_limits (touched_at);

-- Sign-in throttling moved to rate_limits (per account and per client address).
alter table users drop column failed_logins;
alter table users drop column locked_until;
