-- Cloud: tokens used by speech-to-speech sessions, one row per interview connection (a reconnect adds a row).
-- No foreign key to interviews: accounting rows outlive a deleted interview for billing reconciliation.
create table cloud_usage (
    id             uuid         primary key,
    interview_id   uuid         not null,
    provider       varchar(40)  not null,
    model_id       varchar(120) not null,
    sessions       integer      not null,
    input_tokens   bigint       not null,
    output_tokens  bigint       not null,
    recorded_at    timestamp with time zone not null
);

create index cloud_usage_interview on cloud_usage (interview_id);
