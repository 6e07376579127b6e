package org.huzhu.web.security;

import jakarta.servlet.http.HttpServletRequest;

import java.util.Set;

import org.huzhu.web.settings.WebSettings;

/** Where a request comes from, for the login throttle: its TCP peer, or behind a trusted reverse proxy, the client it names. */
public final class ClientAddress {

    private static volatile Set<String> trustedProxies;

    private ClientAddress() {
    }

    public static String of(HttpServletRequest request) {
        Set<String> trusted = trustedProxies;
        if (trusted == null) {
            trusted = WebSettings.trustedProxies();
            trustedProxies = trusted;
        }
        return of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"), trusted);
    }

    /** The last hop of {@code forwardedFor} that is not a trusted proxy, when the peer is one; else the peer. */
    static String of(String peer, String forwardedFor, Set<String> trusted) {
        if (!trusted.contains(peer) || forwardedFor == null || forwardedFor.isBlank()) {
            return peer;
        }
        String[] hops = forwardedFor.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (!hop.isEmpty() && !trusted.contains(hop)) {
                return hop;
            }
        }
        return peer;
    }
}
