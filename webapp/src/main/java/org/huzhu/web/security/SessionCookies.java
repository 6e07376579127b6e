package org.huzhu.web.security;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;

import org.huzhu.web.settings.WebSettings;

/**
 * The page session's cookie: {@code HttpOnly} (scripts cannot read it) and, with {@code huzhu.web.secure-cookies=true}
 * (behind HTTPS), {@code Secure}. Its {@code SameSite=Lax} (other sites' forms and scripts do not carry it along) is
 * Payara's to write: {@code WEB-INF/glassfish-web.xml}, property {@code cookieSameSite}.
 */
@WebListener
public class SessionCookies implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        SessionCookieConfig cookie = event.getServletContext().getSessionCookieConfig();
        cookie.setHttpOnly(true);
        cookie.setSecure(WebSettings.secureCookies());
    }
}
