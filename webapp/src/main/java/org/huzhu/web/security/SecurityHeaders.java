package org.huzhu.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * Headers on every answer: no MIME sniffing, no referrer sent to other sites, never framed (clickjacking), and a
 * Content-Security-Policy. The pages' policy is PrimeFaces' own, with a fresh nonce for every page's scripts
 * ({@code primefaces.CSP} and {@link #PAGE_POLICY} in {@code web.xml}); every other answer (API, errors) gets
 * {@link #OTHER_POLICY}, which lets nothing load or run. Pages and API answers are not stored by browsers or proxies
 * ({@code Cache-Control: no-store}: the back button after logging out shows no one's data); the pages' static
 * resources (style sheets, scripts, images) may be cached.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SecurityHeaders extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** The pages' policy as PrimeFaces sends it, its nonce appended to {@code script-src}; kept in step with {@code web.xml}. */
    public static final String PAGE_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'; script-src 'self'";
    /** Everything that is not a page: JSON, files, error answers (whose HTML for browsers has its style inline). */
    public static final String OTHER_POLICY = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'; "
            + "form-action 'none'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("X-Frame-Options", "DENY");
        if (!isPage(path)) {
            response.setHeader("Content-Security-Policy", OTHER_POLICY);
        }
        if (!isStaticResource(path)) {
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, response);
    }

    /** A Faces page (PrimeFaces writes its policy with the nonce), not one of the pages' resources. */
    static boolean isPage(String path) {
        return (path.endsWith(".xhtml") || path.equals("/") || path.isEmpty()) && !isStaticResource(path);
    }

    /** Style sheets, scripts and images of the pages: the same for everyone, cacheable. */
    static boolean isStaticResource(String path) {
        return path.startsWith("/jakarta.faces.resource/") || path.startsWith("/javax.faces.resource/") || path.startsWith("/resources/");
    }
}
