package org.huzhu.web.ui;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

import org.huzhu.members.api.access.Caller;
import org.huzhu.platform.api.BusinessClock;
import org.huzhu.platform.api.DomainException;
import org.huzhu.platform.api.FieldProblem;
import org.huzhu.platform.api.InvalidInputException;

/** Messages on pages, in the page's language. */
final class Pages {

    private static final String BUNDLE = "org.huzhu.web.i18n.ui";

    private Pages() {
    }

    /** The language the user chose for this session (Chinese until they switch). */
    static Locale locale() {
        return jakarta.enterprise.inject.spi.CDI.current().select(Language.class).get().getLocale();
    }

    static String text(String key, Object... arguments) {
        return textIn(locale(), key, arguments);
    }

    /** A text of the pages' bundle in the given language. */
    static String textIn(Locale locale, String key, Object... arguments) {
        String pattern = ResourceBundle.getBundle(BUNDLE, locale, Pages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }

    /** A moment later today (or tomorrow) as people say it: "09:41", with the date when it is not today in Shanghai. */
    static String untilMinute(java.time.Instant moment) {
        java.time.ZonedDateTime at = moment.plusSeconds(59).atZone(BusinessClock.ZONE).truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
        boolean today = at.toLocalDate().equals(jakarta.enterprise.inject.spi.CDI.current().select(BusinessClock.class).get().today());
        return at.format(java.time.format.DateTimeFormatter.ofPattern(today ? "HH:mm" : "yyyy-MM-dd HH:mm"));
    }

    static void info(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_INFO, text(key, arguments), null);
    }

    static void error(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_ERROR, text(key, arguments), null);
    }

    /** A refused action, told the way the API tells it: title and detail, and each bad field. */
    static void error(DomainException refusal) {
        Locale locale = locale();
        add(FacesMessage.SEVERITY_ERROR, refusal.title(locale), refusal.detail(locale));
        if (refusal instanceof InvalidInputException invalid) {
            for (FieldProblem problem : invalid.problems()) {
                add(FacesMessage.SEVERITY_ERROR, fieldMessage(problem, locale), null);
            }
        }
    }

    /** A field's problem naming the field as the page labels it ("医院：此项为必填项。"), where the bundle has its label. */
    static String fieldMessage(FieldProblem problem, Locale locale) {
        String message = problem.message(locale);
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, Pages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String key = "field." + problem.field();
        return problem.field() == null || !bundle.containsKey(key) ? message
                : new MessageFormat(bundle.getString("field.pattern"), locale).format(new Object[] {bundle.getString(key), message});
    }

    private static void add(FacesMessage.Severity severity, String summary, String detail) {
        FacesContext context = FacesContext.getCurrentInstance();
        context.addMessage(null, new FacesMessage(severity, summary, detail == null ? "" : detail));
        context.getExternalContext().getFlash().setKeepMessages(true);
    }

    static String user() {
        return FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal().getName();
    }

    static boolean inRole(String role) {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(role);
    }

    /** The logged-in user with their roles, for the access policy: built anew for each action, never kept in a view. */
    static Caller caller() {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        return Caller.of(external.getUserPrincipal().getName(), external::isUserInRole);
    }

    /** A page of one object opened without naming it: 404, and nothing more is rendered. */
    static void notFound() throws java.io.IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().responseSendError(404, "");
        faces.responseComplete();
    }

    /** A page of one object the caller may not see (403) or that does not exist (404): the error page, nothing more. */
    static void refused(DomainException refused) throws java.io.IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().responseSendError(refused.kind() == DomainException.Kind.FORBIDDEN ? 403 : 404, "");
        faces.responseComplete();
    }
}
