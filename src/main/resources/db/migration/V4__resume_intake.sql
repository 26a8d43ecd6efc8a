-- Resume intake. Portable SQL for PostgreSQL and H2 (PostgreSQL mode).

-- Invited candidates have no account: their resume belongs to the recruiter's invite instead.
alter table resumes add column invite_id uuid references invites (id);
create index resumes_invite on resumes (invite_id);

-- The uploaded file itself, kept only when interviewed.resumes.keep-original-file is on (off by default).
alter table resumes add column original_file bytea;
alter table resumes add column size_bytes integer;

-- A resume that an interview still refers to cannot be removed; deleting it erases its content and stamps it.
alter table resumes add column deleted_at timestamp with time zone;

alter table resumes add constraint resumes_owner_check check (user_id is not null or invite_id is not null);
