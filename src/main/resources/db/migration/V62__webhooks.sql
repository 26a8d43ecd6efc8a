-- Issue 16: signed webhooks per organisation, delivered through a persisted outbox with retries and a log.

create table webhook_endpoints (
    id               uuid          primary key,
    organization_id  uuid          not null references organizations (id),
    url              varchar(2000) not null,
    -- The HMAC-SHA256 key; kept in the clear because signing needs it (like any webhook provider's).
    secret           varchar(100)  not null,
    active           boolean       not null default true,
    created_at       timestamp with time zone not null
);
create index webhook_endpoints_organization on webhook_endpoints (organization_id);

create table webhook_deliveries (
    id               uuid          primary key,
    endpoint_id      uuid          not null references webhook_endpoints (id) on delete cascade,
    organization_id  uuid          not null references organizations (id),
    event_id         uuid          not null,
    event_type       varchar(60)   not null,
    payload          text          not null,
    status           varchar(20)   not null,
    attempts         integer       not null default 0,
    next_attempt_at  timestamp with time zone not null,
    locked_until     timestamp with time zone,
    last_status      integer,
    last_error       varchar(1000),
    delivered_at     timestamp with time zone,
    created_at       timestamp with time zone not null,
    -- One delivery per event per endpoint, however often the event is reported.
    constraint webhook_deliveries_event_unique unique (endpoint_id, event_id),
    constraint webhook_deliveries_status_check check (status in ('PENDING', 'DELIVERED', 'FAILED'))
);
create index webhook_deliveries_due on webhook_deliveries (status, next_attempt_at);
create index webhook_deliveries_organization on webhook_deliveries (organization_id, created_at);
