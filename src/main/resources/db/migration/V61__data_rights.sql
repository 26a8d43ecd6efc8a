-- Issue 16, data rights: per-organisation retention and reply-to address, anonymised invites, reply-to on email.

create table organization_settings (
    organization_id  uuid          primary key references organizations (id),
    -- Candidates' data is deleted this many days after their interview (or invite, if never taken); null keeps it.
    retention_days   integer,
    -- Where candidates' replies go; null means the recruiter who sent the email.
    reply_to         varchar(254),
    updated_at       timestamp with time zone not null
);

alter table invites add column anonymised_at timestamp with time zone;
alter table email_outbox add column reply_to varchar(254);

-- The job an invitation is about, so the outbox can be filtered by job.
alter table email_outbox add column job_id uuid;
alter table email_outbox add column job_title varchar(200);
create index email_outbox_organization_job on email_outbox (organization_id, job_id, created_at);
