package app.gendan.domain;

import java.util.Objects;

/**
 * A value kept with a customer, order or follow-up under the header of the column it came from,
 * because no Gendan field takes it (行业备注, 客户来源, 备用字段…) or because it could not be read for
 * its field (a date written 下周): nothing the user had in their tracker is dropped.
 */
public record ExtraField(String header, String value) {
    /** The records extra fields belong to, as the database names them. */
    public enum Owner {
        CUSTOMER("customer"), ORDER("order"), FOLLOW_UP("follow_up");

        private final String code;

        Owner(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    public ExtraField {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(value, "value");
    }
}
