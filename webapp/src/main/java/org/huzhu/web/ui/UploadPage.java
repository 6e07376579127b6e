package org.huzhu.web.ui;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

import org.huzhu.insurance.api.enrolment.Enrolments;
import org.huzhu.members.api.MemberDirectory;
import org.huzhu.members.api.UnitRegistry;
import org.huzhu.members.api.UnitView;
import org.huzhu.members.api.access.AccessPolicy;
import org.huzhu.members.api.access.Action;
import org.huzhu.members.api.access.Scope;
import org.huzhu.platform.api.BusinessClock;
import org.huzhu.platform.api.DomainException;
import org.huzhu.platform.api.Roles;

/**
 * Uploading a member list: officers choose the unit, unit agents upload for their own. The outcome shows each
 * refused row with its number, field and reason in the page's language.
 */
@Named
@ViewScoped
public class UploadPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Enrolments enrolments;

    @Inject
    transient UnitRegistry units;

    @Inject
    transient MemberDirectory directory;

    @Inject
    transient AccessPolicy policy;

    @Inject
    transient BusinessClock clock;

    private String unitCode;
    private String version;
    private boolean validRowsOnly;
    private LocalDate joinedOn;
    private transient Part file;
    private Enrolments.UploadOutcome outcome;

    @PostConstruct
    void init() {
        joinedOn = clock.today();
        if (isAgent()) {
            unitCode = units.unitOfAgent(Pages.user()).orElse(null);
        }
    }

    /** An agent uploads for their own unit only: the policy gives them that one unit and no choice. */
    public boolean isAgent() {
        return Pages.inRole(Roles.UNIT_AGENT) && !policy.reachesEverything(Pages.caller(), Action.SUBMIT_LIST)
                && policy.scope(Pages.caller(), Action.SUBMIT_LIST).unitCodes().size() <= 1;
    }

    /** The open units and community offices the caller may upload for. */
    public List<UnitView> getUnits() {
        Scope scope = policy.scope(Pages.caller(), Action.SUBMIT_LIST);
        return directory.units().stream().filter(u -> u.validTo() == null && scope.includes(u.code())).toList();
    }

    public List<Enrolments.VersionChoice> getVersions() {
        return enrolments.openVersions(clock.today());
    }

    public String versionLabel(Enrolments.VersionChoice choice) {
        return (Pages.locale().getLanguage().equals("en") ? choice.nameEn() : choice.nameZh()) + " " + choice.versionCode()
                + " (" + choice.periodStart() + " – " + choice.periodEnd() + ")";
    }

    public void upload() {
        outcome = null;
        if (file == null || file.getSize() == 0) {
            Pages.error("upload.noFile");
            return;
        }
        if (unitCode == null || version == null) {
            return;
        }
        String[] planAndVersion = version.split("/", 2);
        try (InputStream content = file.getInputStream()) {
            outcome = enrolments.upload(Pages.caller(), unitCode, planAndVersion[0], planAndVersion[1], content, file.getSubmittedFileName(),
                    validRowsOnly, joinedOn);
            if (outcome.applied()) {
                Pages.info("upload.applied", outcome.rowsAccepted(), outcome.membersRegistered(), outcome.membersUpdated(), outcome.list().id());
            } else {
                Pages.error("upload.refused", outcome.rowsRead());
            }
        } catch (DomainException refused) {
            Pages.error(refused);
        } catch (IOException unreadable) {
            Pages.error("upload.noFile");
        }
    }

    /** The list's columns, as the importer knows them and the template names them (the union's Chinese headers). */
    static final List<String> COLUMNS = List.of("residentId", "name", "sex", "birthDate", "status", "retiredOn", "basicInsurance",
            "hardship", "modelWorker", "bankCard", "shares");

    /**
     * An empty member list to fill in: the header row (the Chinese headers the importer reads in either language) as CSV
     * (UTF-8 with a byte-order mark, so a spreadsheet reads the Chinese right) or XLSX, whose second sheet tells each
     * column's meaning, whether it is required and how to write it, in the reader's language.
     */
    public void template(String format) throws IOException {
        List<String> header = COLUMNS.stream().map(c -> Pages.textIn(java.util.Locale.SIMPLIFIED_CHINESE, "field." + c)).toList();
        if ("CSV".equals(format)) {
            byte[] csv = ("\uFEFF" + String.join(",", header) + "\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
            Downloads.send("text/csv; charset=UTF-8", "member-list-template.csv", csv);
            return;
        }
        List<List<?>> notes = COLUMNS.stream().<List<?>>map(c -> List.of(Pages.textIn(java.util.Locale.SIMPLIFIED_CHINESE, "field." + c),
                Pages.text("field." + c), Pages.text(c.equals("residentId") || c.equals("name") ? "template.required" : "template.optional"),
                Pages.text("template.hint." + c))).toList();
        Downloads.send(Downloads.XLSX, "member-list-template.xlsx", org.huzhu.platform.api.tabular.XlsxWriter.write(
                new org.huzhu.platform.api.tabular.XlsxWriter.Sheet(Pages.text("template.sheet"), header, List.of()),
                new org.huzhu.platform.api.tabular.XlsxWriter.Sheet(Pages.text("template.notes"), List.of(Pages.text("template.header"),
                        Pages.text("upload.field"), Pages.text("template.requiredColumn"), Pages.text("template.how")), notes)));
    }

    /** The refused rows of this page's last upload as XLSX (row, resident ID, field, reason), in the reader's language. */
    public void errorReport() throws IOException {
        if (outcome == null || outcome.problems().isEmpty()) {
            Pages.error("upload.noReport");
            return;
        }
        List<List<?>> rows = outcome.problems().stream().<List<?>>map(p -> java.util.Arrays.asList(p.row(), p.residentId(),
                field(p.problem().field()), reason(p))).toList();
        Downloads.send(Downloads.XLSX, "upload-errors.xlsx", org.huzhu.platform.api.tabular.XlsxWriter.write(
                new org.huzhu.platform.api.tabular.XlsxWriter.Sheet(Pages.text("upload.errorSheet"), List.of(Pages.text("upload.row"),
                        Pages.text("member.residentId"), Pages.text("upload.field"), Pages.text("upload.reason")), rows)));
    }

    /** The name of a list's column as the list's header says it ("身份证号" for residentId). */
    public String field(String field) {
        if (field == null || field.isBlank()) {
            return "";
        }
        try {
            return Pages.text("field." + field);
        } catch (java.util.MissingResourceException unknown) {
            return field;
        }
    }

    public String reason(Enrolments.RowProblem problem) {
        return problem.problem().message(Pages.locale());
    }

    public String getUnitCode() {
        return unitCode;
    }

    public void setUnitCode(String unitCode) {
        if (!isAgent()) {
            this.unitCode = unitCode;
        }
    }

    public String getVersion() {
        return version;
    }

    public void setVersion(String version) {
        this.version = version;
    }

    public boolean isValidRowsOnly() {
        return validRowsOnly;
    }

    public void setValidRowsOnly(boolean validRowsOnly) {
        this.validRowsOnly = validRowsOnly;
    }

    public LocalDate getJoinedOn() {
        return joinedOn;
    }

    public void setJoinedOn(LocalDate joinedOn) {
        this.joinedOn = joinedOn;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public Enrolments.UploadOutcome getOutcome() {
        return outcome;
    }
}
