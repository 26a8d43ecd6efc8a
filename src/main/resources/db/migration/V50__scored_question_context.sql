-- Scoring (issue 15): what the transcript knows about each scored question. Who asked it (in a panel, the
-- panelist), the planned question's kind, and for a coding question the final code with its test outcome.
alter table evaluation_questions add column asked_by varchar(120);
alter table evaluation_questions add column category varchar(40);
alter table evaluation_questions add column code_json text;
