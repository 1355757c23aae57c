-- The team database's own guards (issue 18, docs/team-mode.md, docs/adr/0008): PostgreSQL only, applied by
-- `admin init-team-db` as the database's owner after the portable scripts. What is enforced here holds for every
-- client, PledgeBench or psql alike.

-- The application roles (cluster-wide; created once, reused by other team databases on the same server).
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'pb_officer') THEN CREATE ROLE pb_officer NOLOGIN; END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'pb_reviewer') THEN CREATE ROLE pb_reviewer NOLOGIN; END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'pb_admin') THEN CREATE ROLE pb_admin NOLOGIN; END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'pb_auditor') THEN CREATE ROLE pb_auditor NOLOGIN; END IF;
END
$$;

-- Who is who: each login's role and branch, written by `admin add-user`.
CREATE TABLE team_member (
    login      VARCHAR(63)  PRIMARY KEY,
    role       VARCHAR(20)  NOT NULL CHECK (role IN ('officer', 'reviewer', 'admin', 'auditor')),
    branch     VARCHAR(100),
    created_at TIMESTAMP    NOT NULL
);

-- Whether the session's login is a member of a PledgeBench role. A superuser counts as a member of every role for
-- pg_has_role, but is the database's administrator, not one of its users: not counted.
CREATE FUNCTION pb_member(role_name text) RETURNS boolean LANGUAGE sql STABLE AS $$
    SELECT pg_has_role(current_user, role_name, 'MEMBER')
        AND NOT COALESCE((SELECT rolsuper FROM pg_roles WHERE rolname = current_user), false)
$$;

-- Whether the session's login is one of PledgeBench's users (the owner running init or copy is not).
CREATE FUNCTION pb_is_app_user() RETURNS boolean LANGUAGE sql STABLE AS $$
    SELECT pb_member('pb_officer') OR pb_member('pb_reviewer') OR pb_member('pb_admin') OR pb_member('pb_auditor')
$$;

-- Whether the login sees only its own branch: an officer who is not also a reviewer, admin or auditor.
CREATE FUNCTION pb_branch_only() RETURNS boolean LANGUAGE sql STABLE AS $$
    SELECT pb_member('pb_officer') AND NOT (pb_member('pb_reviewer') OR pb_member('pb_admin') OR pb_member('pb_auditor'))
$$;

-- The login's branch, from team_member.
CREATE FUNCTION pb_branch() RETURNS varchar LANGUAGE sql STABLE AS $$
    SELECT branch FROM team_member WHERE login = current_user
$$;

-- INSERT only: the audit log, saved assessments and sign-offs are never changed or removed, by anyone (the owner
-- too), beside the REVOKE below. The one change let through: deleting a portfolio clears the link of its
-- assessments (ON DELETE SET NULL) and nothing else, as on the desktop.
CREATE FUNCTION pb_insert_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND TG_TABLE_NAME = 'assessment' THEN
        IF NEW.portfolio_id IS NULL AND (to_jsonb(OLD) - 'portfolio_id') = (to_jsonb(NEW) - 'portfolio_id') THEN
            RETURN NEW;
        END IF;
    END IF;
    RAISE EXCEPTION 'PledgeBench: % on % is refused: the table takes INSERT only', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER audit_log_insert_only BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION pb_insert_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION pb_insert_only();
CREATE TRIGGER assessment_insert_only BEFORE UPDATE OR DELETE ON assessment
    FOR EACH ROW EXECUTE FUNCTION pb_insert_only();
CREATE TRIGGER assessment_no_truncate BEFORE TRUNCATE ON assessment
    FOR EACH STATEMENT EXECUTE FUNCTION pb_insert_only();
CREATE TRIGGER assessment_signoff_insert_only BEFORE UPDATE OR DELETE ON assessment_signoff
    FOR EACH ROW EXECUTE FUNCTION pb_insert_only();
CREATE TRIGGER assessment_signoff_no_truncate BEFORE TRUNCATE ON assessment_signoff
    FOR EACH STATEMENT EXECUTE FUNCTION pb_insert_only();
CREATE TRIGGER assessment_parameter_set_insert_only BEFORE UPDATE OR DELETE ON assessment_parameter_set
    FOR EACH ROW EXECUTE FUNCTION pb_insert_only();
CREATE TRIGGER assessment_parameter_set_no_truncate BEFORE TRUNCATE ON assessment_parameter_set
    FOR EACH STATEMENT EXECUTE FUNCTION pb_insert_only();

-- An application login writes audit entries under its own name only.
CREATE FUNCTION pb_audit_actor() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF pb_is_app_user() AND NEW.actor <> current_user THEN
        RAISE EXCEPTION 'PledgeBench: an audit entry by % names % as its actor; a login records under its own name',
            current_user, NEW.actor USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER audit_log_actor BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION pb_audit_actor();

-- Sign-off: an application login signs under its own name; only a reviewer signs as checker; the checker is not the
-- maker (compared without case and surrounding spaces), whoever inserts the row.
CREATE FUNCTION pb_signoff_rules() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF pb_is_app_user() THEN
        IF NEW.signed_by <> current_user THEN
            RAISE EXCEPTION 'PledgeBench: % cannot sign as %; a sign-off records the login that makes it',
                current_user, NEW.signed_by USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF NEW.role = 'checker' AND NOT pb_member('pb_reviewer') THEN
            RAISE EXCEPTION 'PledgeBench: % is not a reviewer (role pb_reviewer) and cannot sign as checker',
                current_user USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF NEW.role IN ('maker', 'valuer') AND pb_member('pb_auditor') THEN
            RAISE EXCEPTION 'PledgeBench: % is an auditor and signs nothing', current_user
                USING ERRCODE = 'insufficient_privilege';
        END IF;
    END IF;
    IF NEW.role = 'checker' AND EXISTS (SELECT 1 FROM assessment_signoff s WHERE s.assessment_id = NEW.assessment_id
            AND s.role = 'maker' AND lower(btrim(s.signed_by)) = lower(btrim(NEW.signed_by))) THEN
        RAISE EXCEPTION 'PledgeBench: the checker of assessment % must be a different person from its maker (%)',
            NEW.assessment_id, NEW.signed_by USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER assessment_signoff_rules BEFORE INSERT ON assessment_signoff
    FOR EACH ROW EXECUTE FUNCTION pb_signoff_rules();

-- A row stored by an officer belongs to the officer's branch.
CREATE FUNCTION pb_set_branch() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.branch IS NULL THEN
        NEW.branch := pb_branch();
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER portfolio_branch BEFORE INSERT ON portfolio FOR EACH ROW EXECUTE FUNCTION pb_set_branch();
CREATE TRIGGER booked_loan_branch BEFORE INSERT ON booked_loan FOR EACH ROW EXECUTE FUNCTION pb_set_branch();

-- Row-level security: an officer sees and writes the portfolios and loans of their branch (and their patents,
-- events and pledged patents); reviewers, admins and auditors see all. The owner is not bound (ALTER TABLE … FORCE
-- is not set), so that `admin copy-to-team-db` can move a desktop database in.
ALTER TABLE portfolio ENABLE ROW LEVEL SECURITY;
CREATE POLICY portfolio_branch ON portfolio
    USING (NOT pb_branch_only() OR branch = pb_branch()) WITH CHECK (NOT pb_branch_only() OR branch = pb_branch());
ALTER TABLE patent ENABLE ROW LEVEL SECURITY;
CREATE POLICY patent_branch ON patent
    USING (EXISTS (SELECT 1 FROM portfolio p WHERE p.id = patent.portfolio_id));
ALTER TABLE legal_event ENABLE ROW LEVEL SECURITY;
CREATE POLICY legal_event_branch ON legal_event
    USING (EXISTS (SELECT 1 FROM portfolio p WHERE p.id = legal_event.portfolio_id));
ALTER TABLE import_log ENABLE ROW LEVEL SECURITY;
CREATE POLICY import_log_branch ON import_log
    USING (EXISTS (SELECT 1 FROM portfolio p WHERE p.id = import_log.portfolio_id));
ALTER TABLE booked_loan ENABLE ROW LEVEL SECURITY;
CREATE POLICY booked_loan_branch ON booked_loan
    USING (NOT pb_branch_only() OR branch = pb_branch()) WITH CHECK (NOT pb_branch_only() OR branch = pb_branch());
ALTER TABLE booked_loan_patent ENABLE ROW LEVEL SECURITY;
CREATE POLICY booked_loan_patent_branch ON booked_loan_patent
    USING (EXISTS (SELECT 1 FROM booked_loan l WHERE l.id = booked_loan_patent.loan_id));

-- Grants. Nothing for PUBLIC; the working roles read and write the working tables; everyone but the owner only
-- reads and inserts the audit log, assessments and sign-offs; auditors only read.
REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO pb_officer, pb_reviewer, pb_admin, pb_auditor;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO pb_officer, pb_reviewer, pb_admin;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO pb_officer, pb_reviewer, pb_admin;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO pb_auditor;
REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON schema_version, team_member FROM pb_officer, pb_reviewer, pb_admin;
REVOKE UPDATE, DELETE, TRUNCATE ON audit_log, assessment, assessment_signoff, assessment_parameter_set
    FROM PUBLIC, pb_officer, pb_reviewer, pb_admin, pb_auditor;
