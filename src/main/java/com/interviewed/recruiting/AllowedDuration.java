package com.interviewed.recruiting;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Interviews last 15, 30 or 45 minutes: the lengths the planner builds plans for. */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = AllowedDuration.Check.class)
@interface AllowedDuration {

    String message() default "must be 15, 30 or 45";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    public class Check implements ConstraintValidator<AllowedDuration, Integer> {

        @Override
        public boolean isValid(Integer value, ConstraintValidatorContext context) {
            return value == null || value == 15 || value == 30 || value == 45;
        }
    }
}
