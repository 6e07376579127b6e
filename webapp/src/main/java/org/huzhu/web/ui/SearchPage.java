package org.huzhu.web.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.huzhu.claims.api.ClaimRequests;
import org.huzhu.claims.api.Claims;
import org.huzhu.members.api.MemberDirectory;
import org.huzhu.members.api.MemberSearch;
import org.huzhu.members.api.MemberView;
import org.huzhu.members.api.UnitView;
import org.huzhu.members.api.access.AccessPolicy;
import org.huzhu.members.api.access.Action;
import org.huzhu.members.api.access.Caller;
import org.huzhu.members.api.access.Scope;
import org.huzhu.platform.api.DomainException;

/**
 * The officers' one search box: a resident ID (or its first digits), part of a name, a unit's code or name, or a claim
 * number, across members, units and claims. Everything found is within the caller's organisation: members through
 * {@link MemberSearch}, units through the policy's scope, a claim through {@link Claims#view}, which refuses a claim
 * outside it (told as "nothing found", never as "exists elsewhere"). One hit opens it at once.
 */
@Named
@RequestScoped
public class SearchPage {

    static final int MOST = 50;

    /** A claim number as printed (CL00000042), with or without the letters and the leading zeros; bare, at most 8 digits. */
    private static final Pattern CLAIM = Pattern.compile("(?i)(?:CL\\s*)?0*(\\d{1,9})");

    @Inject
    MemberSearch memberSearch;

    @Inject
    MemberDirectory directory;

    @Inject
    AccessPolicy policy;

    @Inject
    Claims claims;

    private String q;
    private List<MemberView> members = List.of();
    private List<UnitView> units = List.of();
    private List<ClaimRequests.ClaimView> foundClaims = List.of();
    private boolean searched;

    /** Runs the search when the page opens with {@code q}; one hit is opened straight away. */
    public void search() throws IOException {
        String text = q == null ? "" : q.strip();
        if (text.isEmpty()) {
            return;
        }
        searched = true;
        Caller caller = Pages.caller();
        foundClaims = claim(caller, text).map(List::of).orElse(List.of());
        members = memberSearch.find(caller, text, MOST);
        String lower = text.toLowerCase(Locale.ROOT);
        Scope scope = policy.scope(caller, Action.READ_UNIT);
        units = directory.units().stream().filter(u -> scope.includes(u.code()))
                .filter(u -> u.code().toLowerCase(Locale.ROOT).contains(lower) || u.name().contains(text)).limit(MOST).toList();
        String only = onlyHit();
        if (only != null) {
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.getFlash().setKeepMessages(true);
            external.redirect(external.getRequestContextPath() + only);
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    private String onlyHit() {
        int hits = members.size() + units.size() + foundClaims.size();
        if (hits != 1) {
            return null;
        }
        if (!members.isEmpty()) {
            return "/officer/member.xhtml?residentId=" + members.get(0).residentId();
        }
        if (!units.isEmpty()) {
            return "/officer/unit.xhtml?code=" + java.net.URLEncoder.encode(units.get(0).code(), java.nio.charset.StandardCharsets.UTF_8);
        }
        return "/officer/claim.xhtml?id=" + foundClaims.get(0).id();
    }

    /** The claim with this number, when the text is one and the caller may read the claim. */
    private Optional<ClaimRequests.ClaimView> claim(Caller caller, String text) {
        Matcher number = CLAIM.matcher(text);
        boolean lettered = text.regionMatches(true, 0, "CL", 0, 2);
        if (!number.matches() || !lettered && text.length() > 8) {
            return Optional.empty();
        }
        try {
            return Optional.of(claims.view(caller, Long.parseLong(number.group(1)), Pages.locale()));
        } catch (DomainException notFoundOrNotYours) {
            return Optional.empty();
        }
    }

    public boolean isNothingFound() {
        return searched && members.isEmpty() && units.isEmpty() && foundClaims.isEmpty();
    }

    public boolean isSearched() {
        return searched;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public List<MemberView> getMembers() {
        return members;
    }

    public List<UnitView> getUnits() {
        return units;
    }

    public List<ClaimRequests.ClaimView> getClaims() {
        return foundClaims;
    }

    public boolean isMoreMembers() {
        return members.size() >= MOST;
    }
}
