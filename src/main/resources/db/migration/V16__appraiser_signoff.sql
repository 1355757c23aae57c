-- Issue 14: a valuer (评估师) signs as appraiser with the qualification certificate number and the appraisal firm
-- the valuer gives; maker and checker rows leave both empty.
ALTER TABLE assessment_signoff ADD COLUMN appraiser_qualification VARCHAR(100);
ALTER TABLE assessment_signoff ADD COLUMN appraiser_firm VARCHAR(400);
