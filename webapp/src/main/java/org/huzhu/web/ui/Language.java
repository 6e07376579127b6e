package org.huzhu.web.ui;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;

import java.io.Serializable;
import java.util.Map;

import org.huzhu.platform.api.SupportedLocales;
import org.huzhu.web.settings.WebSettings;

/**
 * The language of the pages: Chinese until the user switches. The choice is kept in a cookie for a year, so it
 * outlives the session: a logout, or the next visit, opens in the language last chosen on this browser. Like the
 * session cookie it is HttpOnly, SameSite=Lax, and Secure over HTTPS or with {@code huzhu.web.secure-cookies}.
 */
@Named
@SessionScoped
public class Language implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String COOKIE = "huzhu-lang";
    private static final int A_YEAR = 365 * 24 * 60 * 60;

    private java.util.Locale locale = SupportedLocales.CHINESE;

    /** Takes the language from the browser's cookie, when it has one. */
    @PostConstruct
    void fromCookie() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces == null) {
            return;
        }
        Object cookie = faces.getExternalContext().getRequestCookieMap().get(COOKIE);
        if (cookie instanceof Cookie chosen && "en".equals(chosen.getValue())) {
            locale = SupportedLocales.ENGLISH;
        }
    }

    public java.util.Locale getLocale() {
        return locale;
    }

    public boolean isEnglish() {
        return SupportedLocales.ENGLISH.equals(locale);
    }

    public String getTag() {
        return locale.toLanguageTag();
    }

    /** Switches between Chinese and English, remembers the choice in the cookie and stays on the same page. */
    public String toggle() {
        locale = isEnglish() ? SupportedLocales.CHINESE : SupportedLocales.ENGLISH;
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getViewRoot().setLocale(locale);
        ExternalContext external = faces.getExternalContext();
        String path = external.getRequestContextPath().isEmpty() ? "/" : external.getRequestContextPath();
        external.addResponseCookie(COOKIE, isEnglish() ? "en" : "zh", Map.of("maxAge", A_YEAR, "path", path, "httpOnly", Boolean.TRUE,
                "secure", external.isSecure() || WebSettings.secureCookies(), "SameSite", "Lax"));
        return faces.getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
    }
}
