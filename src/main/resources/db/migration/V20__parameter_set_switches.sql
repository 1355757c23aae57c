-- Parameter sets hold the valuation's yes/no settings (issue 16): mid-year discounting, the tax amortisation benefit
-- and whether patents may be lost over the horizon, by name, as a JSON object of booleans beside the numbers of
-- values_json. Null: a set saved before sets held them (the engine's defaults stand in, and the form says so).
-- Numbered 20: the next free portable number after V18. Standard SQL only (runs on H2 and PostgreSQL).
ALTER TABLE parameter_set ADD COLUMN switches_json VARCHAR(1000);
ALTER TABLE assessment_parameter_set ADD COLUMN switches_json VARCHAR(1000);
