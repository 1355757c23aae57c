-- The valuation date (评估基准日) a portfolio's loan request is to be assessed at: the date of its data.
ALTER TABLE portfolio ADD COLUMN loan_valuation_date DATE;
