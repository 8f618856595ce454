package app.gendan.domain;

import java.util.ArrayList;
import java.util.List;

/** Field-level checks of the customer form. */
public final class CustomerValidator {
    private CustomerValidator() {}

    public static List<FieldError> validate(CustomerDraft d) {
        List<FieldError> errors = new ArrayList<>();
        if (d.name() == null || d.name().isBlank()) {
            errors.add(FieldError.of("name", "validation.required"));
        } else if (d.name().length() > 300) {
            errors.add(FieldError.of("name", "validation.tooLong", 300));
        } else if (NameKeys.nameKey(d.name()).isEmpty()) {
            errors.add(FieldError.of("name", "validation.nameNoLetters"));
        }
        if (d.grade() != null && !d.grade().isBlank() && !d.grade().matches("[ABC]")) {
            errors.add(FieldError.of("grade", "validation.grade"));
        }
        if (d.phone() != null && !d.phone().isBlank() && NameKeys.phoneKey(d.phone()) == null) {
            errors.add(FieldError.of("phone", "validation.phone"));
        }
        return errors;
    }

    public static List<FieldError> validate(Contact c) {
        List<FieldError> errors = new ArrayList<>();
        if (c.name() == null || c.name().isBlank()) {
            errors.add(FieldError.of("contact.name", "validation.required"));
        }
        if (c.email() != null && !c.email().isBlank() && !c.email().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            errors.add(FieldError.of("contact.email", "validation.email"));
        }
        return errors;
    }
}
