package com.interviewed.accounts;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.charset.StandardCharsets;

/**
 * A password bcrypt can hash whole: at most 72 bytes of UTF-8 (72 ASCII characters, fewer with accents or emoji).
 * Longer passwords are refused rather than silently cut at 72 bytes, which would make the rest of them meaningless.
 */
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = BcryptLength.Validator.class)
@interface BcryptLength {

    int MAX_BYTES = 72;

    String message() default "must be at most 72 bytes (72 plain letters or digits; accents and emoji take more)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<BcryptLength, String> {

        static boolean fits(String password) {
            return password == null || password.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES;
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return fits(value);
        }
    }
}
