-- Issue 16: one frozen interview plan per job, completeness and integrity on the invite, reviews by several
-- recruiters. Portable SQL (PostgreSQL and H2 in PostgreSQL mode), one column per statement.

-- The job's structured interview: proposed by the planner (or re-proposed by the recruiter) until the first
-- candidate is invited, then frozen so every candidate of the campaign gets exactly this plan.
alter table jobs add column plan_json text;
alter table jobs add column plan_frozen_at timestamp with time zone;

-- Completeness, copied from the interview when it ends: how much of the plan the candidate went through.
alter table invites add column questions_planned integer;
alter table invites add column questions_asked integer;
alter table invites add column questions_answered integer;
alter table invites add column coding_planned boolean;
alter table invites add column coding_done boolean;
alter table invites add column incomplete boolean;
-- Integrity signals in words ("Pasted 1,200 characters at once; away from the tab 2 min"), for pipeline and CSV.
alter table invites add column integrity_count integer not null default 0;
alter table invites add column integrity_summary varchar(1000);
-- Retakes a recruiter offered on top of the configured attempts.
alter table invites add column retakes_granted integer not null default 0;
create index invites_job_incomplete on invites (job_id, incomplete);

-- One review per recruiter per candidate: several recruiters can review the same candidate.
create table invite_reviews (
    invite_id        uuid          not null references invites (id) on delete cascade,
    reviewer_id      uuid          not null references users (id),
    reviewer_name    varchar(200)  not null,
    organization_id  uuid          not null references organizations (id),
    score            numeric(4,2),
    notes            varchar(10000),
    updated_at       timestamp with time zone not null,
    primary key (invite_id, reviewer_id)
);

-- Links replaced by a resend: their hashes are kept so an old link says it was replaced (410), not "mistyped".
create table retired_invite_tokens (
    token_hash   varchar(64) primary key,
    invite_id    uuid        not null references invites (id) on delete cascade,
    retired_at   timestamp with time zone not null
);
