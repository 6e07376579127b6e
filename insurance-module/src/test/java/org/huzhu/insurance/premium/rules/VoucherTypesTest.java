package org.huzhu.insurance.premium.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class VoucherTypesTest {

    @Test
    void pdfJpegAndPngAreRecognisedByTheirFirstBytes() {
        assertEquals(Optional.of("application/pdf"), VoucherTypes.detect("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(Optional.of("image/jpeg"), VoucherTypes.detect(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0}));
        assertEquals(Optional.of("image/png"), VoucherTypes.detect(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0}));
    }

    @Test
    void anythingElseIsRefusedWhateverItsName() {
        assertEquals(Optional.empty(), VoucherTypes.detect("GIF89a".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(Optional.empty(), VoucherTypes.detect("<html>%PDF-".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(Optional.empty(), VoucherTypes.detect(new byte[] {(byte) 0xFF, (byte) 0xD8}));
        assertEquals(Optional.empty(), VoucherTypes.detect(new byte[0]));
    }
}
