package org.huzhu.platform.api;

/**
 * A module's share of the evaluation-mode demo data, never loaded in production. Parts load in ascending
 * {@link #order()}, each in its own transaction, and each decides itself whether it has loaded already, so a
 * restart loads nothing twice.
 */
public interface DemoData {

    int order();

    /** Loads this module's demo rows unless they are there already. */
    void loadOnce();
}
