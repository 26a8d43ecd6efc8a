-- Portable SQL: runs unchanged on PostgreSQL and on H2 in PostgreSQL mode (the embedded default).
-- Ids are random UUIDs so that guessing another tenant's ids gets nowhere.

create table organizations (
    id          uuid         primary key,
    name        varchar(120) not null,
    created_at  timestamp with time zone not null
);

create table users (
    id             uuid         primary key,
    email          varchar(254) not null,
    password_hash  varchar(255) not null,
    name           varchar(100) not null,
    role           varchar(20)  not null,
    failed_logins  integer      not null default 0,
    locked_until   timestamp with time zone,
    created_at     timestamp with time zone not null,
    constraint users_email_unique unique (email),
    constraint users_role_check check (role in ('CANDIDATE', 'RECRUITER'))
);

create table memberships (
    organization_id  uuid        not null references organizations (id),
    user_id          uuid        not null references users (id),
    role             varchar(20) not null,
    created_at       timestamp with time zone not null,
    primary key (organization_id, user_id),
    constraint memberships_one_org_per_user unique (user_id),
    constraint memberships_role_check check (role in ('OWNER', 'MEMBER'))
);

-- Bearer tokens for the JSON API; only a SHA-256 hash of each token is kept.
create table api_tokens (
    id          uuid        primary key,
    user_id     uuid        not null references users (id),
    token_hash  varchar(64) not null,
    expires_at  timestamp with time zone not null,
    created_at  timestamp with time zone not null,
    constraint api_tokens_hash_unique unique (token_hash)
);
create index api_tokens_user on api_tokens (user_id);

create table resumes (
    id            uuid         primary key,
    user_id       uuid         references users (id),
    file_name     varchar(255),
    content_type  varchar(100) not null,
    extracted_text text        not null,
    profile_json  text         not null,
    created_at    timestamp with time zone not null,
    updated_at    timestamp with time zone not null
);
create index resumes_user on resumes (user_id);

create table jobs (
    id                 uuid         primary key,
    organization_id    uuid         not null references organizations (id),
    created_by         uuid         not null references users (id),
    title              varchar(200) not null,
    description        text         not null,
    requirements       text         not null,
    seniority          varchar(20)  not null,
    mode               varchar(10)  not null,
    duration_minutes   integer      not null,
    coding             boolean      not null,
    language           varchar(10)  not null,
    custom_questions   text         not null,
    status             varchar(10)  not null,
    deadline           timestamp with time zone,
    created_at         timestamp with time zone not null,
    updated_at         timestamp with time zone not null,
    constraint jobs_status_check check (status in ('DRAFT', 'OPEN', 'CLOSED'))
);
create index jobs_organization on jobs (organization_id, created_at);

create table invites (
    id               uuid         primary key,
    job_id           uuid         not null references jobs (id),
    organization_id  uuid         not null references organizations (id),
    email            varchar(254) not null,
    name             varchar(100),
    token_hash       varchar(64)  not null,
    status           varchar(20)  not null,
    expires_at       timestamp with time zone not null,
    created_at       timestamp with time zone not null,
    opened_at        timestamp with time zone,
    completed_at     timestamp with time zone,
    decision         varchar(10),
    notes            text,
    constraint invites_token_hash_unique unique (token_hash),
    constraint invites_job_email_unique unique (job_id, email),
    constraint invites_status_check check (status in ('INVITED', 'OPENED', 'IN_PROGRESS', 'COMPLETED', 'SCORED', 'EXPIRED', 'REVOKED'))
);
create index invites_job_status on invites (job_id, status);

create table interviews (
    id            uuid        primary key,
    candidate_id  uuid        references users (id),
    invite_id     uuid        references invites (id),
    resume_id     uuid        references resumes (id),
    role          varchar(60) not null,
    mode          varchar(10) not null,
    status        varchar(20) not null,
    persona       varchar(60),
    plan_json     text        not null,
    created_at    timestamp with time zone not null,
    started_at    timestamp with time zone,
    ended_at      timestamp with time zone,
    constraint interviews_mode_check check (mode in ('SOLO', 'PANEL')),
    constraint interviews_status_check check (status in ('CREATED', 'IN_PROGRESS', 'ENDED', 'SCORED'))
);
create index interviews_candidate on interviews (candidate_id, created_at);
create index interviews_invite on interviews (invite_id);

-- One row per utterance, written as it happens so that a crash or reconnect loses nothing.
create table transcript_turns (
    id             uuid         primary key,
    interview_id   uuid         not null references interviews (id),
    seq            integer      not null,
    speaker_role   varchar(20)  not null,
    speaker        varchar(60)  not null,
    text           text         not null,
    original_text  text,
    status         varchar(20)  not null,
    start_ms       bigint,
    end_ms         bigint,
    created_at     timestamp with time zone not null,
    constraint transcript_turns_seq_unique unique (interview_id, seq),
    constraint transcript_turns_role_check check (speaker_role in ('candidate', 'interviewer')),
    constraint transcript_turns_status_check check (status in ('SPOKEN', 'TYPED', 'INTERRUPTED', 'EDITED'))
);

create table evaluations (
    id               uuid         primary key,
    interview_id     uuid         not null references interviews (id),
    scorer           varchar(60)  not null,
    scorer_note      text,
    overall          numeric(4,2) not null,
    communication    numeric(4,2) not null,
    technical_depth  numeric(4,2) not null,
    problem_solving  numeric(4,2) not null,
    confidence       numeric(4,2) not null,
    relevance        numeric(4,2) not null,
    speech_json      text         not null,
    created_at       timestamp with time zone not null,
    constraint evaluations_interview_unique unique (interview_id)
);

create table evaluation_questions (
    id               uuid         primary key,
    evaluation_id    uuid         not null references evaluations (id),
    position         integer      not null,
    question         text         not null,
    answer           text         not null,
    overall          numeric(4,2) not null,
    communication    numeric(4,2) not null,
    technical_depth  numeric(4,2) not null,
    problem_solving  numeric(4,2) not null,
    confidence       numeric(4,2) not null,
    relevance        numeric(4,2) not null,
    feedback         text         not null,
    evidence_json    text         not null,
    missing_json     text         not null,
    constraint evaluation_questions_position_unique unique (evaluation_id, position)
);

-- Outgoing email, delivered by a database-backed worker so that each message is sent once across restarts
-- and instances.
create table email_outbox (
    id               uuid         primary key,
    recipient        varchar(254) not null,
    subject          varchar(255) not null,
    html_body        text         not null,
    text_body        text         not null,
    status           varchar(10)  not null,
    attempts         integer      not null default 0,
    next_attempt_at  timestamp with time zone not null,
    locked_until     timestamp with time zone,
    last_error       text,
    created_at       timestamp with time zone not null,
    sent_at          timestamp with time zone,
    constraint email_outbox_status_check check (status in ('PENDING', 'SENT', 'FAILED', 'LOCAL'))
);
create index email_outbox_due on email_outbox (status, next_attempt_at);
