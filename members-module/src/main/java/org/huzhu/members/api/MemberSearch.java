package org.huzhu.members.api;

import java.util.List;

import org.huzhu.members.api.access.Caller;

/**
 * Finding members by what a person at a desk knows of them: part of the name, or the first digits of the resident ID.
 * Only members of the units the caller may read are found (the access policy's scope for reading members), so a
 * search never tells that someone exists outside the caller's organisation.
 */
public interface MemberSearch {

    /** Fewest characters a search needs: one, since a Chinese surname is one character. */
    int SHORTEST = 1;

    /**
     * Members whose name contains the text, or whose resident ID starts with it (ignoring case, for the final X), in
     * the units the caller may read: members still active first, then by name; at most {@code limit}. Empty for a text
     * shorter than {@link #SHORTEST} characters.
     */
    List<MemberView> find(Caller caller, String text, int limit);
}
