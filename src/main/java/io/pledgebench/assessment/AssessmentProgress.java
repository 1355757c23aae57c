package io.pledgebench.assessment;

import io.pledgebench.domain.Text;

/** Receives the progress of an assessment (0–1) with the stage under way; may be called from worker threads. */
@FunctionalInterface
public interface AssessmentProgress {

    AssessmentProgress NONE = (fraction, stage) -> { };

    void update(double fraction, Text stage);
}
