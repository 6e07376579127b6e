package org.huzhu.platform.api;

/**
 * How lists show identifying numbers: a resident ID or a bank card as its first four and last four characters with
 * eight stars between ({@code 3101********0412}), so that a list tells people apart without disclosing them. The full
 * number is shown only on a person's detail, to those the access policy lets read it.
 */
public final class PersonalData {

    private static final String STARS = "********";

    private PersonalData() {
    }

    public static String maskId(String residentId) {
        return mask(residentId);
    }

    public static String maskCard(String bankCard) {
        return mask(bankCard == null ? null : bankCard.replace(" ", ""));
    }

    private static String mask(String number) {
        if (number == null || number.isBlank()) {
            return number;
        }
        String text = number.strip();
        return text.length() <= 8 ? STARS : text.substring(0, 4) + STARS + text.substring(text.length() - 4);
    }
}
