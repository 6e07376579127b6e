package org.huzhu.members.access;

import java.util.List;

import org.huzhu.members.api.MembersMessages;
import org.huzhu.platform.api.DomainException;

/** Why access is refused: a message code of the members bundle with its arguments. */
record Refusal(String code, List<Object> arguments) {

    static Refusal of(String code, Object... arguments) {
        return new Refusal(code, List.of(arguments));
    }

    DomainException exception() {
        return new DomainException(MembersMessages.BUNDLE, code, DomainException.Kind.FORBIDDEN, arguments.toArray());
    }
}
