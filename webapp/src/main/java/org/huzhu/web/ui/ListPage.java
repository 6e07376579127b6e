package org.huzhu.web.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.huzhu.insurance.api.enrolment.EnrolmentListView;
import org.huzhu.insurance.api.enrolment.Enrolments;
import org.huzhu.members.api.MemberDirectory;
import org.huzhu.members.api.MemberView;
import org.huzhu.platform.api.DomainException;

/**
 * One enrolment list opened before it is confirmed: its figures and every line (row of the file, member, shares), so a
 * supervisor sees who is on it. The view action answers 403/404 when the caller may not read the list's unit; the
 * confirmation and rejection on the page are the lists page's actions, which ask the policy again.
 */
@Named
@ViewScoped
public class ListPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Enrolments enrolments;

    @Inject
    transient MemberDirectory directory;

    private Long id;
    private EnrolmentListView list;
    private List<Enrolments.ListLine> lines = List.of();
    private Map<String, String> names = Map.of();

    /** One line as the page shows it: with the member's name. */
    public record Line(Integer row, String residentId, String name, int shares) implements Serializable {
    }

    public void load() throws IOException {
        if (id == null) {
            Pages.notFound();
            return;
        }
        try {
            list = enrolments.list(Pages.caller(), id);
            lines = enrolments.lines(Pages.caller(), id);
            Map<String, String> found = new HashMap<>();
            for (int offset = 0; ; offset += 500) {
                List<MemberView> page = directory.membersOf(list.unitCode(), offset, 500);
                page.forEach(m -> found.put(m.residentId(), m.name()));
                if (page.size() < 500 || found.size() >= Exports.MAX_MEMBERS) {
                    break;
                }
            }
            names = found;
        } catch (DomainException refused) {
            list = null;
            Pages.refused(refused);
        }
    }

    public List<Line> getLines() {
        return lines.stream().map(l -> new Line(l.row(), l.residentId(), names.getOrDefault(l.residentId(), ""), l.shares())).toList();
    }

    /** Whether the list still waits for a decision (only then are confirm and reject offered). */
    public boolean isWaiting() {
        return list != null && "SUBMITTED".equals(list.status());
    }

    public EnrolmentListView getList() {
        return list;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
