-- Issue 17: counted up by every transaction that changes the active ledger lines (LedgerGeneration), so that a ranking
-- computed from them can be kept until they change (GET /api/scores of a city year sums a quarter of a million lines).
create table pd_ledger_generation (
  id         int    primary key,
  generation bigint not null
);
insert into pd_ledger_generation (id, generation) values (1, 0);
