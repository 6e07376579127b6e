package org.huzhu.claims.payment;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;

import org.eclipse.microprofile.config.ConfigProvider;
import org.huzhu.claims.api.BankFile;
import org.huzhu.claims.intake.rules.ClaimsProblem;
import org.huzhu.platform.api.Jdbc;
import org.huzhu.platform.api.tabular.SpreadsheetText;
import org.huzhu.platform.api.tabular.XlsxWriter;

/**
 * The bank transfer file of a payment batch, one line per pending payment: payee, card (or the union's account), amount,
 * claim reference. Chinese headers, as the banks' templates have them; GBK CSV (what Excel on Chinese Windows opens) or
 * XLSX. Nothing is masked, for the bank needs the card, but no text is ever a formula ({@link SpreadsheetText}).
 */
@ApplicationScoped
public class BankFiles {

    /** The header row: payee's name, payee's account, amount (yuan), purpose (the claim reference). */
    public static final List<String> HEADER = List.of("收款人户名", "收款人账号", "金额", "用途");
    public static final Charset GBK = Charset.forName("GBK");
    static final String SETTING = "huzhu.bank-file.format";

    @Resource(lookup = "jdbc/huzhu")
    DataSource dataSource;

    @Inject
    PaymentBatches batches;

    private record Line(String payee, String account, BigDecimal amount, String reference) {
    }

    /** The file in the format asked ({@code csv} or {@code xlsx}), or the configured one when none is asked; 400 for another. */
    public BankFile file(long batchId, String requestedFormat) {
        BankFile.Format format = format(requestedFormat);
        batches.view(batchId);
        List<Line> lines = Jdbc.query(dataSource, "select payee_name, account, amount, claim_id from claims.payment_line "
                + "where batch_id = ? and status = 'PENDING' order by id", row -> new Line(row.getString(1), row.getString(2),
                row.getBigDecimal(3).setScale(2), ClaimsProblem.reference(row.getLong(4))), batchId);
        String name = "payment-batch-" + batchId + "." + format.extension();
        byte[] content = format == BankFile.Format.XLSX ? xlsx(batchId, lines) : csv(lines);
        return new BankFile(name, format.mediaType(), content);
    }

    static BankFile.Format format(String requested) {
        if (requested != null && !requested.isBlank()) {
            BankFile.Format format = BankFile.Format.named(requested);
            if (format == null) {
                throw ClaimsProblem.invalid("bankFile.format", requested.length() > 20 ? requested.substring(0, 20) : requested,
                        Arrays.toString(BankFile.Format.values()));
            }
            return format;
        }
        BankFile.Format configured = BankFile.Format.named(setting());
        return configured == null ? BankFile.Format.CSV : configured;
    }

    private static String setting() {
        try {
            return ConfigProvider.getConfig().getOptionalValue(SETTING, String.class).orElse(null);
        } catch (RuntimeException | LinkageError noConfig) {
            return System.getProperty(SETTING);
        }
    }

    /** GBK CSV, CRLF lines; a name GBK cannot write (a rare character) is refused rather than sent as "?" to the bank. */
    private static byte[] csv(List<Line> lines) {
        StringBuilder csv = new StringBuilder(String.join(",", HEADER)).append("\r\n");
        CharsetEncoder encoder = GBK.newEncoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        for (Line line : lines) {
            if (!encoder.canEncode(line.payee() + line.account())) {
                throw ClaimsProblem.unprocessable("bankFile.notGbk", line.reference());
            }
            csv.append(SpreadsheetText.csvField(line.payee())).append(',').append(SpreadsheetText.csvField(line.account())).append(',')
                    .append(line.amount().toPlainString()).append(',').append(line.reference()).append("\r\n");
        }
        try {
            ByteBuffer bytes = encoder.reset().encode(CharBuffer.wrap(csv));
            return Arrays.copyOfRange(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.arrayOffset() + bytes.limit());
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("checked line by line above", e);
        }
    }

    private static byte[] xlsx(long batchId, List<Line> lines) {
        List<List<Object>> rows = new ArrayList<>();
        for (Line line : lines) {
            rows.add(List.of(line.payee(), line.account(), line.amount(), line.reference()));
        }
        return XlsxWriter.write("支付批次" + batchId, HEADER, rows);
    }
}
