-- Review of team mode (issue 18), PostgreSQL only.
--
-- 1. Saved assessments and their sign-offs follow their portfolio's branch: an officer of another branch neither
--    reads a branch's assessments (they hold the portfolio's valuation) nor signs them as maker. An officer still
--    sees an assessment of their own whose portfolio was deleted. Reviewers, admins and auditors see all.
ALTER TABLE assessment ENABLE ROW LEVEL SECURITY;
CREATE POLICY assessment_branch ON assessment
    USING (NOT pb_branch_only() OR author = current_user
           OR EXISTS (SELECT 1 FROM portfolio p WHERE p.id = assessment.portfolio_id))
    WITH CHECK (NOT pb_branch_only()
           OR (author = current_user AND (portfolio_id IS NULL
               OR EXISTS (SELECT 1 FROM portfolio p WHERE p.id = assessment.portfolio_id))));
ALTER TABLE assessment_signoff ENABLE ROW LEVEL SECURITY;
CREATE POLICY assessment_signoff_branch ON assessment_signoff
    USING (EXISTS (SELECT 1 FROM assessment a WHERE a.id = assessment_signoff.assessment_id));

-- 2. A login stores saved assessments, booked loans, pledge registrations and alert acknowledgements under its own
--    name only, as it does audit entries and sign-offs (the owner copying a desktop database in is not bound).
CREATE FUNCTION pb_own_name() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    named text := to_jsonb(NEW) ->> TG_ARGV[0];
BEGIN
    IF pb_is_app_user() AND named IS DISTINCT FROM current_user THEN
        RAISE EXCEPTION 'PledgeBench: % cannot store a row of % under the name %; a login stores under its own name',
            current_user, TG_TABLE_NAME, named USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER assessment_own_name BEFORE INSERT ON assessment
    FOR EACH ROW EXECUTE FUNCTION pb_own_name('author');
CREATE TRIGGER booked_loan_own_name BEFORE INSERT ON booked_loan
    FOR EACH ROW EXECUTE FUNCTION pb_own_name('booked_by');
CREATE TRIGGER pledge_registration_own_name BEFORE INSERT ON pledge_registration
    FOR EACH ROW EXECUTE FUNCTION pb_own_name('recorded_by');
CREATE TRIGGER alert_acknowledgement_own_name BEFORE INSERT ON alert_acknowledgement
    FOR EACH ROW EXECUTE FUNCTION pb_own_name('acknowledged_by');
