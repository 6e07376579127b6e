package org.huzhu.members.member;

import java.time.ZoneId;

/** The association works in Shanghai time. */
final class Clocks {
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private Clocks() {
    }
}
