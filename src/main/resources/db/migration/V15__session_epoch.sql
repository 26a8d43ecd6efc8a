-- The live session's fencing token: each connection to an interview claims the next epoch before it reads the
-- stored state, and every write of a live session checks it still holds its epoch (see SessionStore).
alter table interviews add column session_epoch bigint not null default 0;
