package org.huzhu.web.ui;

import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletRequest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;

import org.primefaces.csp.CspException;

/**
 * A form that can no longer be taken: its page was kept open past the session (the view is gone), or it comes without
 * the page's CSP nonce or with another one (not sent by the page's own script: another site's form, or a page from
 * before a restart). Instead of an error page the user gets the same page afresh (a GET, nothing of the form applied)
 * with a message asking them to enter it again.
 */
public class ExpiredForms extends ExceptionHandlerFactory {

    public ExpiredForms(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    /** True when the form of this exception is one to show again rather than an error. */
    static boolean expired(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof ViewExpiredException || cause instanceof CspException) {
                return true;
            }
        }
        return false;
    }

    private static final class Handler extends ExceptionHandlerWrapper {

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() {
            Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
            while (events.hasNext()) {
                if (expired(events.next().getContext().getException())) {
                    events.remove();
                    showAgain(FacesContext.getCurrentInstance());
                }
            }
            getWrapped().handle();
        }

        private static void showAgain(FacesContext faces) {
            if (faces.getResponseComplete()) {
                return;
            }
            ExternalContext external = faces.getExternalContext();
            HttpServletRequest request = (HttpServletRequest) external.getRequest();
            String query = request.getQueryString();
            Pages.error("page.expired");
            try {
                external.redirect(request.getRequestURI() + (query == null ? "" : "?" + query));
            } catch (IOException failed) {
                throw new UncheckedIOException(failed);
            }
            faces.responseComplete();
        }
    }
}
