package org.huzhu.claims.intake;

import org.huzhu.claims.api.ClaimRequests;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.sql.Timestamp;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;

import org.huzhu.claims.intake.rules.ClaimsProblem;
import org.huzhu.platform.api.BusinessClock;
import org.huzhu.platform.api.Jdbc;
import org.huzhu.platform.api.audit.AuditTrail;
import org.huzhu.platform.api.audit.AuditedObject;

/** The scanned documents of a claim: PDF, JPEG or PNG, recognised by their first bytes, limited in size. */
@ApplicationScoped
public class ClaimDocuments {

    @Inject
    BusinessClock clock;

    public static final Set<String> KINDS = Set.of("CLAIM_FORM", "ID_CARD", "BANK_CARD", "SETTLEMENT_SHEET", "INVOICE",
            "DISCHARGE_SUMMARY", "DIAGNOSIS_CERTIFICATE", "PATHOLOGY", "DEATH_CERTIFICATE", "OTHER");

    @Resource(lookup = "jdbc/huzhu")
    DataSource dataSource;

    @Inject
    AuditTrail trail;

    /** A stored document's content. */
    public record Content(String fileName, String mediaType, byte[] bytes) {
    }

    @Transactional
    public ClaimRequests.DocumentView add(long claimId, String kind, String fileName, byte[] bytes, String user) {
        String documentKind = kind == null || kind.isBlank() ? "OTHER" : kind.strip().toUpperCase(Locale.ROOT);
        if (!KINDS.contains(documentKind)) {
            throw ClaimsProblem.invalid("document.kind.unknown", documentKind, String.join(", ", KINDS.stream().sorted().toList()));
        }
        if (bytes.length == 0) {
            throw ClaimsProblem.invalid("document.empty");
        }
        int limit = ClaimSettings.documentMaxBytes();
        if (bytes.length > limit) {
            throw ClaimsProblem.of(org.huzhu.platform.api.DomainException.Kind.INVALID, "document.tooLarge", bytes.length, limit);
        }
        String mediaType = mediaType(bytes).orElseThrow(() -> ClaimsProblem.invalid("document.type.unsupported",
                fileName == null ? "-" : fileName));
        String name = fileName == null || fileName.isBlank() ? null : fileName.strip();
        if (name != null && name.length() > 255) {
            name = name.substring(name.length() - 255);
        }
        long id = Jdbc.insert(dataSource, "insert into claims.document (claim_id, kind, file_name, media_type, size_bytes, content, "
                        + "uploaded_by, uploaded_at) values (?, ?, ?, ?, ?, ?, ?, ?)", claimId, documentKind, name, mediaType, bytes.length,
                bytes, user, Timestamp.valueOf(clock.now()));
        ClaimRequests.DocumentView added = of(claimId).stream().filter(d -> d.id() == id).findFirst().orElseThrow();
        trail.record(user, "DOCUMENT_ADDED", AuditedObject.DOCUMENT, claimId + "/" + id, null, added);
        return added;
    }

    public List<ClaimRequests.DocumentView> of(long claimId) {
        return Jdbc.query(dataSource, "select id, kind, file_name, media_type, size_bytes, uploaded_by, uploaded_at from claims.document "
                + "where claim_id = ? order by id", row -> new ClaimRequests.DocumentView(row.getLong(1), row.getString(2), row.getString(3),
                row.getString(4), row.getInt(5), row.getString(6), row.getTimestamp(7).toLocalDateTime()), claimId);
    }

    public Optional<Content> content(long claimId, long documentId) {
        return Jdbc.queryOne(dataSource, "select file_name, media_type, content from claims.document where claim_id = ? and id = ?",
                row -> new Content(row.getString(1), row.getString(2), row.getBytes(3)), claimId, documentId);
    }

    /** PDF ({@code %PDF-}), JPEG ({@code FF D8 FF}) or PNG (its 8-byte signature); anything else is refused. */
    static Optional<String> mediaType(byte[] b) {
        if (b.length >= 5 && b[0] == '%' && b[1] == 'P' && b[2] == 'D' && b[3] == 'F' && b[4] == '-') {
            return Optional.of("application/pdf");
        }
        if (b.length >= 3 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xD8 && (b[2] & 0xff) == 0xFF) {
            return Optional.of("image/jpeg");
        }
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
        if (b.length >= png.length) {
            boolean match = true;
            for (int i = 0; i < png.length; i++) {
                match &= b[i] == png[i];
            }
            if (match) {
                return Optional.of("image/png");
            }
        }
        return Optional.empty();
    }
}
