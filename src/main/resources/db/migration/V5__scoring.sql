-- Scoring: a claim row per interview so that exactly one instance scores it, even when the InterviewEnded event
-- is delivered twice or to several instances; plus the measured signals behind each question's scores.
create table evaluation_runs (
    interview_id  uuid         primary key references interviews (id),
    status        varchar(10)  not null,
    attempts      integer      not null default 1,
    claimed_by    varchar(100) not null,
    claimed_at    timestamp with time zone not null,
    error         text,
    updated_at    timestamp with time zone not null,
    constraint evaluation_runs_status_check check (status in ('RUNNING', 'DONE', 'FAILED'))
);

alter table evaluations add column role varchar(60);
alter table evaluation_questions add column signals_json text not null default '[]';
