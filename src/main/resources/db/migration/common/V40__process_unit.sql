-- Issue 14: the unit of each process instance, fixed at its start from the signed-in informant's checked unit code.
-- Candidate groups and per-unit grants read it from here, never from a process variable a person could write.
create table pd_process_unit (
  process_instance_id varchar(64) primary key,
  unit_code           varchar(64) not null
);
