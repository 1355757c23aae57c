-- Issue 14 review: the appraisal report is signed by two appraisal professionals (资产评估法 art. 26). The second
-- valuer's sign-off (role 'valuer2') follows the rules of the first on the team database: an auditor signs nothing,
-- the first valuer has signed before, and the second is a different person (compared as the checker with the maker).
CREATE FUNCTION pb_second_valuer_rules() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.role <> 'valuer2' THEN
        RETURN NEW;
    END IF;
    IF pb_is_app_user() AND pb_member('pb_auditor') THEN
        RAISE EXCEPTION 'PledgeBench: % is an auditor and signs nothing', current_user
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM assessment_signoff s WHERE s.assessment_id = NEW.assessment_id AND s.role = 'valuer') THEN
        RAISE EXCEPTION 'PledgeBench: assessment % has no first valuer''s sign-off; the second valuer signs after the first',
            NEW.assessment_id USING ERRCODE = 'check_violation';
    END IF;
    IF EXISTS (SELECT 1 FROM assessment_signoff s WHERE s.assessment_id = NEW.assessment_id AND s.role = 'valuer'
            AND lower(btrim(s.signed_by)) = lower(btrim(NEW.signed_by))) THEN
        RAISE EXCEPTION 'PledgeBench: the second valuer of assessment % must be a different person from the first (%)',
            NEW.assessment_id, NEW.signed_by USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER assessment_signoff_second_valuer BEFORE INSERT ON assessment_signoff
    FOR EACH ROW EXECUTE FUNCTION pb_second_valuer_rules();
