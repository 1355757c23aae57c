-- Review 13b: portfolio ids jumped from #1 to #33 after a failed import. H2 reserves 32 identity values at a time and
-- loses the unused ones when a process stops without closing the database (a kill, a full disk); PostgreSQL's
-- default is one at a time already. The ids users read (portfolio #N, assessment #N, loan #N) are given one at a
-- time, so they skip only by the id an import rolled back took (SET CACHE 1 is standard SQL on both engines).
ALTER TABLE portfolio ALTER COLUMN id SET CACHE 1;
ALTER TABLE assessment ALTER COLUMN id SET CACHE 1;
ALTER TABLE booked_loan ALTER COLUMN id SET CACHE 1;
