package org.huzhu.web.ui;

import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;

import java.util.Objects;

/**
 * A message is told once: Faces gives its own messages (a required field, a date it cannot read, a page's
 * {@code requiredMessage} or {@code converterMessage}) the same text as summary and detail, which the pages' message
 * area would show one after the other. Before a page is rendered such a detail is dropped.
 */
public class MessagesOnce implements PhaseListener {

    private static final long serialVersionUID = 1L;

    @Override
    public void beforePhase(PhaseEvent event) {
        event.getFacesContext().getMessageList().forEach(message -> {
            if (Objects.equals(message.getSummary(), message.getDetail())) {
                message.setDetail("");
            }
        });
    }

    @Override
    public void afterPhase(PhaseEvent event) {
    }

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RENDER_RESPONSE;
    }
}
