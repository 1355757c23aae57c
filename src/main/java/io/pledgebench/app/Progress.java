package io.pledgebench.app;

/**
 * How a long piece of work of the application layer (monitoring the loan book, applying a status file) reports how
 * far it is and learns that the user cancelled it; the work checks {@link #cancelled()} between its steps and then
 * stores nothing. The workbench passes one that posts to a background task; the command line passes {@link #NONE}.
 */
public interface Progress {

    /** Reports nothing and is never cancelled. */
    Progress NONE = new Progress() {
        @Override
        public void update(int done, int total) {
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };

    void update(int done, int total);

    boolean cancelled();
}
