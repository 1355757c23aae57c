package io.pledgebench.valuation;

/** Receives progress of a long computation; called from worker threads. */
@FunctionalInterface
public interface ProgressListener {

    ProgressListener NONE = (done, total) -> { };

    void progress(long done, long total);
}
