package org.huzhu.web.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.huzhu.claims.api.ClaimRequests;
import org.huzhu.claims.api.Claims;
import org.huzhu.insurance.api.premium.BillView;
import org.huzhu.insurance.api.premium.PaymentView;
import org.huzhu.insurance.api.premium.Premiums;
import org.huzhu.insurance.api.premium.UnitStatementView;
import org.huzhu.members.api.MemberDirectory;
import org.huzhu.members.api.MemberView;
import org.huzhu.members.api.access.AccessPolicy;
import org.huzhu.members.api.access.Action;
import org.huzhu.members.api.access.Target;
import org.huzhu.platform.api.BusinessClock;
import org.huzhu.platform.api.DomainException;
import org.huzhu.platform.api.PersonalData;
import org.huzhu.platform.api.tabular.XlsxWriter;

/**
 * Excel (XLSX) exports of what a page lists: a unit's members, the claims of a queue, a unit's premium statement. Each
 * asks the access policy about what it finally reads, whatever the page showed; headers and codes are in the reader's
 * language, amounts are numbers, text that a spreadsheet would run as a formula stays text.
 */
@Named
@RequestScoped
public class Exports {

    /** The most members one export reads, page by page (the largest unit of the city is far below). */
    static final int MAX_MEMBERS = 200_000;

    @Inject
    MemberDirectory directory;

    @Inject
    AccessPolicy policy;

    @Inject
    Claims claims;

    @Inject
    Premiums premiums;

    @Inject
    BusinessClock clock;

    @Inject
    Formats fmt;

    /** The unit's active members, when the caller may read the unit; resident IDs masked as in every list. */
    public void members(String unitCode) throws IOException {
        try {
            policy.require(Pages.caller(), Action.READ_UNIT, Target.unit(unitCode));
        } catch (DomainException refused) {
            Pages.error(refused);
            return;
        }
        List<List<?>> rows = new ArrayList<>();
        for (int offset = 0; offset < MAX_MEMBERS; offset += 500) {
            List<MemberView> page = directory.membersOf(unitCode, offset, 500);
            for (MemberView m : page) {
                rows.add(Arrays.asList(PersonalData.maskId(m.residentId()), m.name(), m.sex() == null ? null : Pages.text("sex." + m.sex()),
                        m.birthDate() == null ? null : m.birthDate().toString(), m.status() == null ? null : Pages.text("status." + m.status()),
                        m.membership() == null ? null : Pages.text("membership." + m.membership())));
            }
            if (page.size() < 500) {
                break;
            }
        }
        send("members-" + unitCode, new XlsxWriter.Sheet(Pages.text("agent.members"), List.of(Pages.text("member.residentId"),
                Pages.text("member.name"), Pages.text("member.sex"), Pages.text("member.birthDate"), Pages.text("member.status"),
                Pages.text("export.membership")), rows));
    }

    /** The claims of a status (all statuses when none), among the units the caller may see: the claims page's list. */
    public void claims(String status) throws IOException {
        List<ClaimRequests.ClaimSummary> found = claims.search(Pages.caller(), status == null || status.isBlank() ? null : status, null, null);
        List<List<?>> rows = new ArrayList<>();
        for (ClaimRequests.ClaimSummary c : found) {
            rows.add(Arrays.asList(c.reference(), Pages.text("claimstatus." + c.status()), c.residentId(), c.memberName(), c.unitCode(),
                    fmt.plan(c.planCode()), Pages.text("claimtype." + c.type()), date(c.serviceDate()), date(c.endDate()), date(c.receivedOn()),
                    c.ageDays(), c.payable(), c.approvedAmount(), c.paidAmount()));
        }
        send("claims" + (status == null || status.isBlank() ? "" : "-" + status.toLowerCase(java.util.Locale.ROOT)),
                new XlsxWriter.Sheet(Pages.text("claims.title"), List.of(Pages.text("claim.reference"), Pages.text("lists.status"),
                        Pages.text("member.residentId"), Pages.text("member.name"), Pages.text("lists.unit"), Pages.text("coverage.plan"),
                        Pages.text("claim.type"), Pages.text("claim.serviceDate"), Pages.text("claim.endDate"), Pages.text("claim.receivedOn"),
                        Pages.text("claim.ageDays"), Pages.text("claim.payable"), Pages.text("export.approvedAmount"),
                        Pages.text("export.paidAmount")), rows));
    }

    /** A unit's premium statement today: its bills, payments and the ageing of what it owes, one sheet each. */
    public void statement(String unitCode) throws IOException {
        UnitStatementView statement;
        try {
            statement = premiums.statement(Pages.caller(), unitCode, clock.today(), Pages.locale());
        } catch (DomainException refused) {
            Pages.error(refused);
            return;
        }
        List<List<?>> bills = new ArrayList<>();
        for (BillView b : statement.bills()) {
            bills.add(Arrays.asList(b.id(), fmt.plan(b.planCode()), b.versionCode(), date(b.issuedOn()), date(b.paymentDue()), b.total(),
                    b.paid(), b.outstanding(), Pages.text("billstatus." + b.status()), b.statusReason()));
        }
        List<List<?>> payments = new ArrayList<>();
        for (PaymentView p : statement.payments()) {
            payments.add(Arrays.asList(p.id(), date(p.receivedOn()), p.amount(), Pages.text("payer." + p.payer()), p.bankReference(),
                    p.hasVoucher() ? Pages.text("export.yes") : Pages.text("export.no")));
        }
        List<List<?>> ageing = new ArrayList<>();
        for (Map.Entry<?, ?> bucket : statement.ageing().byBucket().entrySet()) {
            ageing.add(Arrays.asList(Pages.text("age." + bucket.getKey()), bucket.getValue()));
        }
        ageing.add(Arrays.asList(Pages.text("statement.outstanding"), statement.outstanding()));
        ageing.add(Arrays.asList(Pages.text("statement.credit"), statement.credit()));
        ageing.add(Arrays.asList(Pages.text("statement.balance"), statement.balance()));
        send("statement-" + unitCode + "-" + statement.asOf(),
                new XlsxWriter.Sheet(Pages.text("statement.bills"), List.of(Pages.text("lists.id"), Pages.text("lists.plan"),
                        Pages.text("lists.version"), Pages.text("statement.issuedOn"), Pages.text("statement.due"), Pages.text("statement.total"),
                        Pages.text("statement.paid"), Pages.text("statement.outstanding"), Pages.text("lists.status"), Pages.text("export.note")), bills),
                new XlsxWriter.Sheet(Pages.text("statement.payments"), List.of(Pages.text("lists.id"), Pages.text("statement.receivedOn"),
                        Pages.text("statement.amount"), Pages.text("statement.payer"), Pages.text("statement.reference"),
                        Pages.text("statement.voucher")), payments),
                new XlsxWriter.Sheet(Pages.text("statement.ageing"), List.of(Pages.text("statement.bucket"), Pages.text("statement.amount")), ageing));
    }

    private static String date(java.time.LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static void send(String name, XlsxWriter.Sheet... sheets) throws IOException {
        Downloads.send(Downloads.XLSX, name + ".xlsx", XlsxWriter.write(sheets));
    }
}
