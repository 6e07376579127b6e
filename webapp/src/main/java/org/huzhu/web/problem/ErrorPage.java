package org.huzhu.web.problem;

import java.util.Locale;

import org.huzhu.platform.api.SupportedLocales;

/** The page a browser sees for an error outside the application's own pages: what happened, and a way home. */
final class ErrorPage {

    private ErrorPage() {
    }

    static String html(Locale locale, String title, String detail, String contextPath) {
        boolean english = SupportedLocales.ENGLISH.equals(locale);
        return "<!DOCTYPE html><html lang=\"" + locale.toLanguageTag() + "\"><head><meta charset=\"UTF-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + escape(title)
                + "</title><style>body{font-family:sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;color:#1f2933;overflow-wrap:break-word}h1{color:#b71c1c}</style>"
                + "</head><body><h1>" + escape(title) + "</h1><p>" + escape(detail) + "</p><p><a href=\"" + escape(contextPath)
                + "/index.xhtml\">" + (english ? "Back to the home page" : "返回首页") + "</a></p></body></html>";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
