package org.huzhu.web.ui;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.Locale;

import org.huzhu.platform.api.SupportedLocales;

/** The language of the pages for this session: Chinese until the user switches. */
@Named
@SessionScoped
public class Language implements Serializable {

    private static final long serialVersionUID = 1L;

    private Locale locale = SupportedLocales.CHINESE;

    public Locale getLocale() {
        return locale;
    }

    public boolean isEnglish() {
        return SupportedLocales.ENGLISH.equals(locale);
    }

    public String getTag() {
        return locale.toLanguageTag();
    }

    /** Switches between Chinese and English and stays on the same page. */
    public String toggle() {
        locale = isEnglish() ? SupportedLocales.CHINESE : SupportedLocales.ENGLISH;
        FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
        return FacesContext.getCurrentInstance().getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
    }
}
