-- Live interview state, so a reconnect or a server restart resumes exactly where the conversation was.
alter table interviews add column state_json text;
alter table interviews add column candidate_name varchar(100);

-- The candidate's latest code per coding challenge of an interview (edits stream in, debounced).
create table interview_code (
    interview_id  uuid         not null references interviews (id),
    challenge_id  varchar(80)  not null,
    language      varchar(20)  not null,
    code          text         not null,
    test_summary  text,
    updated_at    timestamp with time zone not null,
    primary key (interview_id, challenge_id)
);

-- Integrity signals (large pastes, leaving the tab): shown to reviewers, never acted on automatically.
create table integrity_flags (
    id            uuid         primary key,
    interview_id  uuid         not null references interviews (id),
    kind          varchar(40)  not null,
    detail        varchar(500),
    created_at    timestamp with time zone not null
);
create index integrity_flags_interview on integrity_flags (interview_id);
