-- Issue 16, 加签: a reviewer who approves may add one more reviewer before the next level of R1. The article keeps who
-- was added (until that person decides) and after which level (1 unit head, 2 supervising leader, 3 principal), so
-- the process routes from the application's table, not from a variable a person could write.
alter table pd_article add column added_reviewer varchar(64);
alter table pd_article add column added_after_level integer;
