package org.huzhu.claims.api;

import java.util.Locale;

/**
 * A payment batch's bank transfer file, ready to send: its name, media type and bytes. Banks in China and Excel on
 * Chinese Windows take either form: {@link Format#CSV} is GBK with Chinese headers, {@link Format#XLSX} a workbook of
 * one sheet (card numbers as text, amounts as numbers).
 */
public record BankFile(String fileName, String mediaType, byte[] content) {

    /** The forms of the file; the configured one ({@code huzhu.bank-file.format}, default CSV) unless a request names one. */
    public enum Format {
        CSV("text/csv; charset=GBK", "csv"),
        XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

        private final String mediaType;
        private final String extension;

        Format(String mediaType, String extension) {
            this.mediaType = mediaType;
            this.extension = extension;
        }

        public String mediaType() {
            return mediaType;
        }

        public String extension() {
            return extension;
        }

        /** The format a request or setting names ({@code csv}, {@code xlsx}, any case), or null when it names none of them. */
        public static Format named(String name) {
            for (Format format : values()) {
                if (name != null && format.name().equals(name.strip().toUpperCase(Locale.ROOT))) {
                    return format;
                }
            }
            return null;
        }
    }
}
