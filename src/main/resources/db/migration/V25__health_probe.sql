-- One row that /actuator/health rewrites to prove the database still takes writes. The check constraint is on
-- purpose: H2 2.4.240 broke exactly such writes while reads went on working.
create table health_probe (
    id         integer   not null primary key,
    checked_at timestamp not null,
    constraint health_probe_id_check check (id = 1)
);

insert into health_probe (id, checked_at) values (1, current_timestamp);
