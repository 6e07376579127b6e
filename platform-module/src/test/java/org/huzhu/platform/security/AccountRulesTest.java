package org.huzhu.platform.security;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.huzhu.platform.api.DomainException;
import org.huzhu.platform.api.Roles;
import org.junit.jupiter.api.Test;

class AccountRulesTest {

    @Test
    void userNamesAreThreeToSixtyFourLettersDigitsDotsUnderscoresOrHyphens() {
        for (String good : Set.of("zhang.wei", "li_na-2", "abc", "a".repeat(64))) {
            assertDoesNotThrow(() -> AccountRules.checkUsername(good), good);
        }
        for (String bad : new String[] {null, "", "ab", "a".repeat(65), "zhang wei", "张伟", "li@na", "a/b"}) {
            assertEquals("account.username.invalid", assertThrows(DomainException.class, () -> AccountRules.checkUsername(bad)).code(), bad);
        }
    }

    @Test
    void aResidentIdIsAMembersUserNameOnly() {
        assertEquals("account.username.residentId",
                assertThrows(DomainException.class, () -> AccountRules.checkUsername("310115198203150412")).code());
        assertEquals("account.username.residentId",
                assertThrows(DomainException.class, () -> AccountRules.checkUsername("31011519820315041x")).code());
    }

    @Test
    void theWordsOfTheAccountsApiAreNoUserNames() {
        assertEquals("account.username.invalid", assertThrows(DomainException.class, () -> AccountRules.checkUsername("me")).code(),
                "too short anyway");
        assertEquals("account.username.reserved", assertThrows(DomainException.class, () -> AccountRules.checkUsername("Activation")).code());
    }

    @Test
    void memberAccountsAreNotStaffAccounts() {
        assertEquals("account.roles.unknown",
                assertThrows(DomainException.class, () -> AccountRules.checkStaffRoles(Set.of(Roles.OFFICER, Roles.MEMBER))).code());
        assertEquals("account.roles.missing", assertThrows(DomainException.class, () -> AccountRules.checkStaffRoles(Set.of())).code());
        assertDoesNotThrow(() -> AccountRules.checkStaffRoles(Set.of(Roles.SUPERVISOR, Roles.OFFICER)));
    }

    @Test
    void nobodyDisablesThemselves() {
        DomainException refusal = assertThrows(DomainException.class, () -> AccountRules.notYourself("admin", "admin"));
        assertEquals("account.disable.self", refusal.code());
        assertEquals(DomainException.Kind.CONFLICT, refusal.kind());
        assertDoesNotThrow(() -> AccountRules.notYourself("officer", "admin"));
    }

    @Test
    void theLastEnabledAdministratorKeepsTheRole() {
        assertTrue(AccountRules.leavesNoAdministrator(true, false, 1), "the only administrator cannot lose ADMIN");
        assertFalse(AccountRules.leavesNoAdministrator(true, false, 2), "one of two may");
        assertFalse(AccountRules.leavesNoAdministrator(true, true, 1), "keeping ADMIN is always fine");
        assertFalse(AccountRules.leavesNoAdministrator(false, false, 1), "an account that is no enabled administrator changes nothing");
    }

    @Test
    void aNameDefaultsToTheUserName() {
        assertEquals("zhang.wei", AccountRules.displayName(" ", "zhang.wei"));
        assertEquals("张伟", AccountRules.displayName(" 张伟 ", "zhang.wei"));
        assertEquals("account.displayName.tooLong",
                assertThrows(DomainException.class, () -> AccountRules.displayName("名".repeat(101), "x.y")).code());
    }
}
