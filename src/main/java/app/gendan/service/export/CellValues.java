package app.gendan.service.export;

import app.gendan.domain.FollowUpMethod;
import app.gendan.domain.OrderStatus;
import app.gendan.domain.Priority;
import app.gendan.domain.i18n.Messages;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** Turns stored values into cell values in the reader's language and time zone. */
final class CellValues {
    private final Messages messages;
    private final ZoneId zone;

    CellValues(Messages messages, ZoneId zone) {
        this.messages = messages;
        this.zone = zone;
    }

    String text(String key, Object... args) {
        return messages.get(key, args);
    }

    String status(OrderStatus s) {
        return s == null ? null : messages.get("status." + s.code());
    }

    String priority(Priority p) {
        return p == null ? null : messages.get("priority." + p.code());
    }

    String method(FollowUpMethod m) {
        return m == null ? null : messages.get("export.method." + m.code());
    }

    /** A moment as the wall-clock time the user saw it at. */
    LocalDateTime at(Instant t) {
        return t == null ? null : LocalDateTime.ofInstant(t, zone);
    }

    /** A due moment: a date-time when it has a time of day, else just its date. */
    Object due(Instant t, boolean hasTime) {
        if (t == null) {
            return null;
        }
        LocalDateTime local = LocalDateTime.ofInstant(t, zone);
        return hasTime ? local : local.toLocalDate();
    }
}
