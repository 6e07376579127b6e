package org.huzhu.web.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;

import org.junit.jupiter.api.Test;

class ParameterGuardTest {

    private static MultivaluedMap<String, String> parameters(String name, String value) {
        MultivaluedMap<String, String> map = new MultivaluedHashMap<>();
        map.add("unit", "PD-0001");
        map.add(name, value);
        return map;
    }

    @Test
    void aParameterWithANulOrABidirectionalOverrideOrOfAbsurdLengthIsNamedAndRefused() {
        assertEquals("member", ParameterGuard.refused(parameters("member", "3101\u0000")), "a NUL reached PostgreSQL: 500");
        assertEquals("q", ParameterGuard.refused(parameters("q", "王\u202Egnp")));
        assertEquals("q", ParameterGuard.refused(parameters("q", "a\rb")));
        assertEquals("q", ParameterGuard.refused(parameters("q", "x".repeat(ParameterGuard.MAX_LENGTH + 1))));
        assertNull(ParameterGuard.refused(parameters("q", "王建国 2026-07")));
        assertNull(ParameterGuard.refused(parameters("q", "x".repeat(ParameterGuard.MAX_LENGTH))));
    }
}
