-- R5.1, R8: the periods that have been settled (booked), so that a circular knows whether its figures are final.
-- period_key: '2026-Q1' for a quarter, '2026' for a year.
create table pd_settled_period (
  period_key  varchar(16) not null primary key,
  settled_at  timestamp   not null
);
