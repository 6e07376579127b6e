package org.huzhu.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.junit.jupiter.api.Test;

class ClientAddressTest {

    private static final Set<String> PROXY = Set.of("10.0.0.2");

    @Test
    void withoutATrustedProxyTheHeaderIsIgnoredForAnyoneCanSendIt() {
        assertEquals("203.0.113.7", ClientAddress.of("203.0.113.7", "198.51.100.1", Set.of()));
        assertEquals("203.0.113.7", ClientAddress.of("203.0.113.7", "198.51.100.1", PROXY));
    }

    @Test
    void behindATrustedProxyTheClientIsTheLastHopItDidNotAdd() {
        assertEquals("198.51.100.1", ClientAddress.of("10.0.0.2", "198.51.100.1", PROXY));
        assertEquals("198.51.100.1", ClientAddress.of("10.0.0.2", "1.2.3.4, 198.51.100.1", PROXY), "a forged first hop changes nothing");
        assertEquals("198.51.100.1", ClientAddress.of("10.0.0.2", "198.51.100.1, 10.0.0.2", PROXY));
        assertEquals("10.0.0.2", ClientAddress.of("10.0.0.2", null, PROXY));
    }
}
