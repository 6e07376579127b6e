package org.huzhu.members.member;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class JdbcMemberSearchTest {

    @Test
    void wildcardsTypedIntoTheSearchBoxMatchOnlyThemselves() {
        assertEquals("王!%", JdbcMemberSearch.escape("王%"));
        assertEquals("!_3101", JdbcMemberSearch.escape("_3101"));
        assertEquals("a!!b", JdbcMemberSearch.escape("a!b"));
        assertEquals("张伟", JdbcMemberSearch.escape("张伟"));
    }
}
