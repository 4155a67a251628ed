-- R10.1 working-day calendar: a year's public holidays and make-up working days as an administrator set them.
-- Years not in this table use the State Council's arrangements shipped with the system, or weekends only.
create table pd_calendar_year (
  calendar_year int         not null primary key,
  holidays    varchar(2000) not null,
  workdays    varchar(2000) not null,
  updated_by  varchar(64)   not null,
  updated_at  timestamp     not null
);
