-- Value attribution (SPEC revision 2): the product a patent's revenue belongs to, and its optional contribution
-- weight among the patents of that product. Portable SQL: runs on H2 (PostgreSQL mode) and PostgreSQL.
ALTER TABLE patent ADD COLUMN product VARCHAR(400);
ALTER TABLE patent ADD COLUMN contribution_weight DOUBLE PRECISION;
