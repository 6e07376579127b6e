package org.huzhu.members.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.huzhu.members.api.MemberDirectory;
import org.huzhu.members.api.access.AccessPolicy;
import org.huzhu.members.api.access.Action;
import org.huzhu.members.api.access.Caller;
import org.huzhu.members.api.access.Scope;
import org.huzhu.members.api.access.Target;
import org.huzhu.platform.api.AccountChanged;

/**
 * The access policy over the union hierarchy: finds the caller's organisation and the target unit's place, then lets
 * {@link AccessRules} decide. A caller's organisation is remembered for a minute, and forgotten at once when their
 * account changes ({@link AccountChanged}).
 */
@ApplicationScoped
public class HierarchyAccessPolicy implements AccessPolicy {

    static final long REMEMBER_NANOS = 60_000_000_000L;

    @Inject
    AccountOrganisations organisations;

    @Inject
    UnitChains chains;

    @Inject
    MemberDirectory directory;

    private record Remembered(Optional<AccountOrganisations.Placed> placed, long until) {
    }

    private final Map<String, Remembered> placed = new ConcurrentHashMap<>();

    @Override
    public void require(Caller caller, Action action, Target target) {
        Optional<Refusal> refusal = decide(caller, action, target);
        if (refusal.isPresent()) {
            throw refusal.get().exception();
        }
    }

    @Override
    public boolean allows(Caller caller, Action action, Target target) {
        return decide(caller, action, target).isEmpty();
    }

    @Override
    public Scope scope(Caller caller, Action action) {
        Standing standing = standing(caller);
        return switch (AccessRules.reach(standing, action)) {
            case EVERYTHING -> Scope.all();
            case ORGANISATION -> Scope.units(directory.codesWithin(standing.organisationCode()));
            case OWN_UNIT -> Scope.units(java.util.Set.of(standing.agentUnit()));
            case NOTHING -> Scope.none();
        };
    }

    @Override
    public boolean reachesEverything(Caller caller, Action action) {
        return AccessRules.reach(standing(caller), action) == AccessRules.Reach.EVERYTHING;
    }

    @Override
    public boolean associationWide(Caller caller) {
        return standing(caller).associationWide();
    }

    /** The organisation code of the caller's account, if one is recorded. */
    public Optional<String> organisationOf(Caller caller) {
        return Optional.ofNullable(standing(caller).organisationCode());
    }

    void forget(@Observes(during = TransactionPhase.AFTER_SUCCESS) AccountChanged changed) {
        placed.remove(changed.username());
    }

    private Optional<Refusal> decide(Caller caller, Action action, Target target) {
        Standing standing = standing(caller);
        List<String> chain = needsChain(standing, target) ? chains.of(target.unitCode()) : List.of();
        return AccessRules.decide(standing, action, target, chain);
    }

    /** The chain matters only to staff below the association who act on a unit's object. */
    private static boolean needsChain(Standing standing, Target target) {
        return target.belongsToUnit() && !standing.associationWide();
    }

    Standing standing(Caller caller) {
        if (caller == null || caller.username() == null) {
            return Standing.of(new Caller("", java.util.Set.of()));
        }
        long now = System.nanoTime();
        Remembered known = placed.get(caller.username());
        if (known == null || now - known.until() >= 0) {
            known = new Remembered(organisations.of(caller.username()), now + REMEMBER_NANOS);
            if (placed.size() > 50_000) {
                placed.clear();
            }
            placed.put(caller.username(), known);
        }
        Standing standing = Standing.of(caller);
        return known.placed().map(p -> standing.at(p.code(), p.kind())).orElse(standing);
    }
}
