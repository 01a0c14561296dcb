-- Issue 14: a deadline whose last day is a weekend or a day off ends on the next working day (Civil Code
-- 2015, art. 148(5)). last_allowed_day is that effective day; the day the regime or request states is kept
-- beside it. Reports drafted before keep their stored day as both until they are next submitted, when the
-- period's deadline is computed again.
alter table submission add column printed_last_allowed_day date;
update submission set printed_last_allowed_day = last_allowed_day;
alter table submission alter column printed_last_allowed_day set not null;
