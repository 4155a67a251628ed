-- Issue 14: the article keeps its own review state, so the process reads decisions and routing from the application's
-- table instead of process variables: its route (R1, from the ReviewRouting table at registration), how many levels
-- approved it in the current revision, and the last decision. Filled for running articles at start-up
-- (ReviewUpgrade).
alter table pd_article add column needs_supervisor boolean;
alter table pd_article add column needs_principal boolean;
alter table pd_article add column approved_level integer;
alter table pd_article add column last_decision varchar(16);
