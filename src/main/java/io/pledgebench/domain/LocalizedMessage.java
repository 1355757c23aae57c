package io.pledgebench.domain;

/**
 * An exception whose reason is a bundle {@link Text}, so the command line and the workbench show it in the
 * user's language; {@link Throwable#getMessage()} is the English rendering.
 */
public interface LocalizedMessage {

    Text text();
}
