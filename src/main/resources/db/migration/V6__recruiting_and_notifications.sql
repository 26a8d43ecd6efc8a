-- Recruiting and notifications. Portable SQL (PostgreSQL and H2 in PostgreSQL mode); one column per statement
-- because the two disagree on multi-column ALTER syntax.

-- The interview an invite led to, and how many were started (retakes are configurable).
alter table invites add column interview_id uuid;
alter table invites add column attempts integer not null default 0;

-- Scores copied from the scoring module's InterviewScored event, so the pipeline can sort and filter 10,000
-- candidates without reaching into another module's tables.
alter table invites add column score_overall numeric(4,2);
alter table invites add column score_communication numeric(4,2);
alter table invites add column score_technical_depth numeric(4,2);
alter table invites add column score_problem_solving numeric(4,2);
alter table invites add column score_confidence numeric(4,2);
alter table invites add column score_relevance numeric(4,2);
alter table invites add column scored_at timestamp with time zone;
alter table invites add column decided_by uuid;
alter table invites add column decided_at timestamp with time zone;
alter table invites add constraint invites_decision_check check (decision in ('ADVANCE', 'HOLD', 'REJECT'));

create index invites_job_created on invites (job_id, created_at);
create index invites_job_overall on invites (job_id, score_overall);
create index invites_job_communication on invites (job_id, score_communication);
create index invites_job_technical_depth on invites (job_id, score_technical_depth);
create index invites_job_problem_solving on invites (job_id, score_problem_solving);
create index invites_job_confidence on invites (job_id, score_confidence);
create index invites_job_relevance on invites (job_id, score_relevance);
create index invites_job_email on invites (job_id, email);

-- A recruiter sees only their own organisation's local outbox.
alter table email_outbox add column organization_id uuid references organizations (id);
create index email_outbox_organization on email_outbox (organization_id, created_at);

-- An organisation owner's invitation to a colleague; like candidate invites, only a hash of the token is kept.
create table colleague_invites (
    id               uuid         primary key,
    organization_id  uuid         not null references organizations (id),
    email            varchar(254) not null,
    token_hash       varchar(64)  not null,
    invited_by       uuid         not null references users (id),
    expires_at       timestamp with time zone not null,
    accepted_at      timestamp with time zone,
    created_at       timestamp with time zone not null,
    constraint colleague_invites_token_hash_unique unique (token_hash)
);
create index colleague_invites_organization on colleague_invites (organization_id, created_at);
