package org.huzhu.web.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.huzhu.members.api.access.Caller;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every action a page can post back, found in the pages themselves, has an entry in {@link #ACTIONS}, and every action
 * that touches an object asks the access policy at the moment it runs: the bean method (or a lambda inside it) calls
 * something that takes the {@link Caller}, that is the access policy or a module facade that checks the object it
 * finally touches. A check in an {@code f:viewAction} does not count: a postback skips it, so a swapped id would get
 * through (the claim upload did; {@code AccountsIT} posts that form with a swapped claim as an agent and as a member).
 */
class PageActionsTest {

    /**
     * What an action touches: an object the policy must check on each postback; a selection (it only names what the page
     * shows, and the getters that read it ask the policy); or only the person's own session.
     */
    enum Touches { OBJECT, SELECTION, OWN_SESSION }

    /** Every page action, by its EL expression's bean and method, with what it touches. A new action needs an entry. */
    static final Map<String, Touches> ACTIONS = new LinkedHashMap<>();

    static {
        for (String action : List.of(
                "accountsPage.create", "accountsPage.disable", "accountsPage.enable", "accountsPage.reset", "accountsPage.save",
                "accountsPage.search", "accountsPage.select",
                // the audit trail: each search and page asks the policy (READ_AUDIT) as it runs
                "auditPage.next", "auditPage.previous", "auditPage.search",
                "claimEntry.submit", "claimEntry.refresh", "claimEntry.loadRequest",
                // a member's own request: the claims module files it for the caller themselves only
                "claimRequestPage.submit",
                "batchPage.load",
                "claimPage.approve", "claimPage.reject", "claimPage.pend", "claimPage.upload", "claimPage.load", "claimPage.letter",
                "claimPage.openDocument",
                "earningPage.start",
                "exports.members", "exports.claims", "exports.statement",
                "listsPage.confirm", "listsPage.confirmSelected", "listsPage.reject", "listPage.load",
                "memberAccounts.issue",
                // the member's own data: the export checks the caller is that member (READ_PERSONAL_DETAILS on themselves)
                "myDataPage.download",
                "paymentsPage.applyReturn", "paymentsPage.create", "paymentsPage.download",
                "planAdminPage.copy", "planAdminPage.load", "planAdminPage.save",
                "reportsPage.download", "reportsPage.generate",
                // the officers' search reads members, units and claims, each within the caller's scope (MemberSearch,
                // the policy's READ_UNIT, Claims.view)
                "searchPage.search",
                "statementPage.record", "statementPage.uploadVoucher", "proofsPage.submit", "proofsPage.record",
                "uploadPage.upload")) {
            ACTIONS.put(action, Touches.OBJECT);
        }
        // the agent's home page names their own unit for the unit views, whose getUnit() asks the policy (READ_UNIT)
        ACTIONS.put("officeViews.setUnitCode", Touches.SELECTION);
        // the person's own session or account: nothing of anybody else's is named in the request
        for (String action : List.of("homePage.route", "language.toggle", "loginPage.login", "loginPage.logout", "memberAccounts.activate",
                "passwordPage.change",
                // a blank template, and the refused rows of the upload this page itself just made
                "uploadPage.template", "uploadPage.errorReport")) {
            ACTIONS.put(action, Touches.OWN_SESSION);
        }
    }

    private static final Pattern ACTION = Pattern.compile(
            "\\b(?:action|actionListener|listener|fileUploadListener)=\"#\\{([a-zA-Z]+)\\.([a-zA-Z]+)(?:\\([^)]*\\))?}\"");

    private static JavaClasses pages;

    @BeforeAll
    static void importPageBeans() {
        pages = new ClassFileImporter().importPackages("org.huzhu.web.ui");
    }

    @Test
    void everyActionOnAPageHasAnEntryAndEveryEntryIsOnAPage() throws IOException {
        Set<String> onPages = actionsOnPages();
        Set<String> missing = new TreeSet<>(onPages);
        missing.removeAll(ACTIONS.keySet());
        Set<String> stale = new TreeSet<>(ACTIONS.keySet());
        stale.removeAll(onPages);
        assertTrue(missing.isEmpty(), "page actions without an entry in PageActionsTest.ACTIONS: " + missing);
        assertTrue(stale.isEmpty(), "entries for actions no page has: " + stale);
        System.out.printf("PAGE ACTIONS: %d actions on the pages, %d touching an object%n", onPages.size(),
                ACTIONS.values().stream().filter(t -> t == Touches.OBJECT).count());
    }

    @Test
    void everyActionThatTouchesAnObjectAsksThePolicyWhenItRuns() {
        List<String> unchecked = new ArrayList<>();
        for (Map.Entry<String, Touches> action : ACTIONS.entrySet()) {
            if (action.getValue() != Touches.OBJECT) {
                continue;
            }
            String[] parts = action.getKey().split("\\.");
            JavaClass bean = bean(parts[0]);
            if (!passesTheCaller(bean, parts[1], new HashSet<>())) {
                unchecked.add(action.getKey() + " (" + bean.getSimpleName() + "." + parts[1] + ")");
            }
        }
        assertTrue(unchecked.isEmpty(), "page actions that touch an object without asking the access policy as they run: " + unchecked);
    }

    /** Whether the method (any overload), the lambdas in it or the bean's own methods it calls pass a Caller on. */
    private static boolean passesTheCaller(JavaClass bean, String method, Set<String> seen) {
        if (!seen.add(method)) {
            return false;
        }
        for (JavaCodeUnit unit : bean.getCodeUnits()) {
            boolean self = unit.getName().equals(method);
            boolean lambda = unit.getName().startsWith("lambda$" + method + "$");
            if (!self && !lambda) {
                continue;
            }
            for (JavaMethodCall call : unit.getMethodCallsFromSelf()) {
                boolean takesCaller = call.getTarget().getRawParameterTypes().stream().anyMatch(type -> type.isEquivalentTo(Caller.class));
                if (takesCaller) {
                    return true;
                }
                if (call.getTargetOwner().equals(bean) && !call.getName().equals(method)
                        && passesTheCaller(bean, call.getName(), seen)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static JavaClass bean(String name) {
        String simple = Character.toUpperCase(name.charAt(0)) + name.substring(1);
        return pages.stream().filter(c -> c.getSimpleName().equals(simple)).findFirst()
                .orElseThrow(() -> new AssertionError("no page bean " + simple + " for #{" + name + "}"));
    }

    private static Set<String> actionsOnPages() throws IOException {
        Path root = Path.of("src/main/webapp");
        Set<String> actions = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path page : files.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                Matcher matcher = ACTION.matcher(Files.readString(page, StandardCharsets.UTF_8));
                while (matcher.find()) {
                    actions.add(matcher.group(1) + "." + matcher.group(2));
                }
            }
        }
        return actions;
    }
}
