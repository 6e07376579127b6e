package org.huzhu.members.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.huzhu.members.access.AccountOrganisations;
import org.huzhu.members.api.MemberDirectory;
import org.huzhu.members.api.MemberView;
import org.huzhu.members.api.MembersMessages;
import org.huzhu.members.api.ResidentId;
import org.huzhu.members.api.UnitRegistry;
import org.huzhu.members.api.UnitView;
import org.huzhu.members.api.access.AccessPolicy;
import org.huzhu.members.api.access.Action;
import org.huzhu.members.api.access.Caller;
import org.huzhu.members.api.access.Scope;
import org.huzhu.members.api.access.Target;
import org.huzhu.members.api.account.AccountAdministration;
import org.huzhu.members.api.account.AccountChangeView;
import org.huzhu.members.api.account.AccountQuery;
import org.huzhu.members.api.account.AccountUpdate;
import org.huzhu.members.api.account.AccountView;
import org.huzhu.members.api.account.IssuedCode;
import org.huzhu.members.api.account.NewAccount;
import org.huzhu.platform.api.AccountAction;
import org.huzhu.platform.api.AccountRecord;
import org.huzhu.platform.api.Accounts;
import org.huzhu.platform.api.CreatedAccount;
import org.huzhu.platform.api.DomainException;
import org.huzhu.platform.api.PlatformMessages;
import org.huzhu.platform.api.Roles;

/**
 * Staff accounts over the two modules that hold them: the platform's accounts (credentials, roles, codes, audit) and
 * the organisation each belongs to (here). One transaction per call; the access policy decides on the account touched.
 */
@ApplicationScoped
public class StaffAccounts implements AccountAdministration {

    @Inject
    Accounts accounts;

    @Inject
    AccountOrganisations organisations;

    @Inject
    MemberDirectory directory;

    @Inject
    UnitRegistry units;

    @Inject
    AccessPolicy policy;

    @Override
    @Transactional
    public AccountView create(Caller caller, NewAccount request) {
        if (request == null) {
            throw new DomainException(PlatformMessages.BUNDLE, "account.roles.missing", DomainException.Kind.INVALID);
        }
        Set<String> roles = roles(request.roles());
        UnitView organisation = known(request.organisation());
        policy.require(caller, actionFor(roles), Target.account(request.username(), organisation == null ? null : organisation.code()));
        OrganisationRule.check(roles, request.organisation(), organisation);
        String username = request.username() == null ? null : request.username().strip();
        char[] initial = request.initialPassword() == null || request.initialPassword().isEmpty() ? null : request.initialPassword().toCharArray();
        CreatedAccount created = accounts.create(username, request.displayName(), roles, initial, caller.username(),
                organisation == null ? null : "organisation " + organisation.code());
        if (organisation != null) {
            organisations.place(username, organisation.id());
        }
        return view(created.account(), organisation == null ? null : organisation.code()).withCode(created.activationCode());
    }

    @Override
    public List<AccountView> search(Caller caller, AccountQuery query) {
        AccountQuery q = query == null ? AccountQuery.all() : query;
        boolean administrator = caller.holds(Roles.ADMIN);
        Set<String> among = null;
        if (!administrator) {
            Scope scope = policy.scope(caller, Action.MANAGE_AGENT_ACCOUNT);
            if (scope.isEmpty()) {
                policy.require(caller, Action.MANAGE_AGENT_ACCOUNT, Target.association());
            }
            among = scope.everything() ? null : organisations.within(scope.unitCodes());
        }
        if (q.organisation() != null && !q.organisation().isBlank()) {
            Set<String> within = organisations.within(directory.codesWithin(q.organisation().strip()));
            among = among == null ? within : intersection(among, within);
        }
        String role = administrator ? q.role() : Roles.UNIT_AGENT;
        List<AccountRecord> found = accounts.search(q.text(), role, q.enabled(), among, q.offset(), q.limit() <= 0 ? 100 : q.limit());
        if (!administrator) {
            found = found.stream().filter(a -> a.roles().equals(Set.of(Roles.UNIT_AGENT))).toList();
        }
        Map<String, String> placed = organisations.of(found.stream().map(AccountRecord::username).toList());
        return found.stream().map(a -> view(a, placed.get(a.username()))).toList();
    }

    @Override
    public AccountView view(Caller caller, String username) {
        AccountRecord account = require(username);
        String organisation = organisationOf(username);
        if (!account.username().equals(caller.username())) {
            policy.require(caller, actionFor(account.roles()), Target.account(username, organisation));
        }
        return view(account, organisation);
    }

    @Override
    public AccountView me(Caller caller) {
        return view(require(caller.username()), organisationOf(caller.username()));
    }

    @Override
    @Transactional
    public AccountView update(Caller caller, String username, AccountUpdate update) {
        AccountRecord account = require(username);
        String current = organisationOf(username);
        policy.require(caller, Action.MANAGE_STAFF_ACCOUNT, Target.account(username, current));
        if (account.holds(Roles.MEMBER)) {
            throw new DomainException(MembersMessages.BUNDLE, "account.member.notHere", DomainException.Kind.CONFLICT, username);
        }
        if (update == null) {
            return view(account, current);
        }
        Set<String> roles = update.roles() == null ? account.roles() : roles(update.roles());
        String requested = update.organisation() == null ? current : update.organisation().strip();
        UnitView organisation = known(requested);
        OrganisationRule.check(roles, requested, organisation);
        if (!roles.equals(account.roles())) {
            accounts.changeRoles(username, roles, caller.username());
        }
        if (update.displayName() != null) {
            accounts.changeDisplayName(username, update.displayName(), caller.username());
        }
        String after = organisation == null ? null : organisation.code();
        if (!Objects.equals(current, after)) {
            if (organisation == null) {
                organisations.remove(username);
            } else {
                organisations.place(username, organisation.id());
            }
            accounts.record(username, caller.username(), AccountAction.ORGANISATION_CHANGED, text(current) + " → " + text(after));
        }
        return view(require(username), after);
    }

    @Override
    @Transactional
    public AccountView disable(Caller caller, String username) {
        String organisation = authorise(caller, username);
        return view(accounts.disable(username, caller.username()), organisation);
    }

    @Override
    @Transactional
    public AccountView enable(Caller caller, String username) {
        String organisation = authorise(caller, username);
        return view(accounts.enable(username, caller.username()), organisation);
    }

    @Override
    @Transactional
    public AccountView unlock(Caller caller, String username) {
        String organisation = authorise(caller, username);
        accounts.record(username, caller.username(), AccountAction.UNLOCKED, null);
        return view(accounts.find(username).orElseThrow(), organisation);
    }

    @Override
    @Transactional
    public IssuedCode resetPassword(Caller caller, String username) {
        authorise(caller, username);
        return new IssuedCode(username, accounts.resetPassword(username, caller.username()));
    }

    @Override
    public List<AccountChangeView> changes(Caller caller, String username) {
        authorise(caller, username);
        return accounts.changes(username).stream().map(c -> new AccountChangeView(c.at(), c.by(), c.action().name(), c.detail())).toList();
    }

    @Override
    @Transactional
    public void assignAgent(Caller caller, String unitCode, String username) {
        policy.require(caller, Action.ASSIGN_AGENT, Target.unit(unitCode));
        AccountRecord account = accounts.find(username).orElseThrow(() -> new DomainException(MembersMessages.BUNDLE,
                "unit.agent.unknownAccount", DomainException.Kind.NOT_FOUND, String.valueOf(username)));
        String current = organisationOf(username);
        if (current != null) {
            policy.require(caller, actionFor(account.roles()), Target.account(username, current));
        }
        units.assignAgent(username, unitCode, caller.username());
    }

    @Override
    public void activate(String username, String code, char[] newPassword) {
        String name = username == null ? "" : username.strip();
        if (ResidentId.isValid(name)) {
            name = ResidentId.parse(name).value();
        }
        accounts.activate(name, code, newPassword);
    }

    @Override
    public void changeOwnPassword(Caller caller, char[] currentPassword, char[] newPassword) {
        accounts.changePassword(caller.username(), currentPassword, newPassword);
    }

    @Override
    @Transactional
    public IssuedCode issueMemberCode(Caller caller, String residentId) {
        ResidentId id = ResidentId.parse(residentId);
        MemberView member = directory.findByResidentId(id).orElseThrow(() -> new DomainException(MembersMessages.BUNDLE, "member.notFound",
                DomainException.Kind.NOT_FOUND, id.value()));
        policy.require(caller, Action.ISSUE_MEMBER_CODE, Target.member(member.unitCode(), member.residentId()));
        return new IssuedCode(id.value(), accounts.issueActivationCode(id.value(), Roles.MEMBER, caller.username()));
    }

    @Override
    public List<String> organisationChoices(Caller caller) {
        if (caller.holds(Roles.ADMIN)) {
            return directory.units().stream().filter(u -> u.validTo() == null).map(UnitView::code).toList();
        }
        Scope scope = policy.scope(caller, Action.MANAGE_AGENT_ACCOUNT);
        return directory.units().stream().filter(u -> u.validTo() == null && OrganisationRule.isUnit(u.kind()) && scope.includes(u.code()))
                .map(UnitView::code).toList();
    }

    /** Checks the caller may manage this account; returns its organisation. */
    private String authorise(Caller caller, String username) {
        AccountRecord account = require(username);
        String organisation = organisationOf(username);
        policy.require(caller, actionFor(account.roles()), Target.account(username, organisation));
        return organisation;
    }

    /** A unit agent's account (UNIT_AGENT alone) is a supervisor's to manage too; any other only an administrator's. */
    static Action actionFor(Set<String> roles) {
        return roles.equals(Set.of(Roles.UNIT_AGENT)) ? Action.MANAGE_AGENT_ACCOUNT : Action.MANAGE_STAFF_ACCOUNT;
    }

    private AccountRecord require(String username) {
        return accounts.find(username).orElseThrow(() -> new DomainException(PlatformMessages.BUNDLE, "account.notFound",
                DomainException.Kind.NOT_FOUND, String.valueOf(username)));
    }

    private String organisationOf(String username) {
        return organisations.of(username).map(AccountOrganisations.Placed::code).orElse(null);
    }

    /** The organisation a code names (null for none); an unknown code is refused. */
    private UnitView known(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return directory.unit(code.strip()).orElseThrow(() -> new DomainException(MembersMessages.BUNDLE, "account.organisation.unknown",
                DomainException.Kind.INVALID, code.strip()));
    }

    private static Set<String> roles(Collection<String> requested) {
        Set<String> roles = new LinkedHashSet<>();
        if (requested != null) {
            requested.stream().filter(Objects::nonNull).map(r -> r.strip().toUpperCase(Locale.ROOT)).forEach(roles::add);
        }
        return roles;
    }

    private static Set<String> intersection(Set<String> a, Set<String> b) {
        Set<String> both = new HashSet<>(a);
        both.retainAll(b);
        return both;
    }

    private static AccountView view(AccountRecord account, String organisation) {
        return new AccountView(account.username(), account.displayName(), List.copyOf(new TreeSet<>(account.roles())), organisation,
                account.enabled(), account.mustChangePassword(), null);
    }

    private static String text(String value) {
        return value == null ? "-" : value;
    }
}
