package org.huzhu.web.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;

import org.huzhu.platform.api.SupportedLocales;
import org.junit.jupiter.api.Test;

class TimelineNotesTest {

    private static final Locale ZH = SupportedLocales.CHINESE;
    private static final Locale EN = SupportedLocales.ENGLISH;

    @Test
    void theSystemsOwnNotesAreToldInTheReadersLanguageWithMoneyAsPeopleWriteIt() {
        assertEquals("测算应付 12,500.00 元", TimelineNotes.describe("ASSESS", "payable 12500.00", ZH));
        assertEquals("Assessed: 12,500.00 yuan payable", TimelineNotes.describe("ASSESS", "payable 12500.00", EN));
        assertEquals("核定给付 2,500.00 元：材料齐全", TimelineNotes.describe("APPROVE", "approved 2500.00: 材料齐全", ZH));
        assertEquals("列入支付批次 3，2,500.00 元", TimelineNotes.describe("BATCH", "batch 3, 2500.00", ZH));
        assertEquals("Put in payment batch 3: 50,000.00 yuan, paid to the union's account",
                TimelineNotes.describe("BATCH", "batch 3, 50000.00 to the union account", EN));
        assertEquals("支付批次 3 已支付 2,500.00 元", TimelineNotes.describe("PAID", "batch 3, 2500.00", ZH));
        assertEquals("支付批次 3 未能支付：账号不存在", TimelineNotes.describe("PAYMENT_FAILED", "batch 3: 账号不存在", ZH));
        assertEquals("上传材料：发票", TimelineNotes.describe("DOCUMENT", "INVOICE 17", ZH));
        assertEquals("来自医院结算数据", TimelineNotes.describe("FILE", "settlement feed", ZH));
        assertEquals("会员本人提交的申请", TimelineNotes.describe("REQUEST", "member request", ZH));
        assertEquals("Completed at intake by an officer", TimelineNotes.describe("COMPLETE", "completed at intake", EN));
        assertEquals("计划规则调整后重新测算：2,000.00 元 → 2,500.00 元",
                TimelineNotes.describe("REASSESS_YEAR", "after plan rules: 2000.00 -> 2500.00", ZH));
    }

    @Test
    void aRejectionNamesItsReasonAndKeepsWhatTheOfficerWrote() {
        assertEquals("材料不全：缺少出院小结", TimelineNotes.describe("REJECT", "DOCUMENTS_MISSING: 缺少出院小结", ZH));
        assertEquals("Documents missing", TimelineNotes.describe("REJECT", "DOCUMENTS_MISSING", EN));
    }

    @Test
    void whatAPersonTypedIsShownAsTyped() {
        assertEquals("请补发票", TimelineNotes.describe("PEND", "请补发票", ZH));
        assertEquals("", TimelineNotes.describe("FILE", null, ZH));
    }
}
