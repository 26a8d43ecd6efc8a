package com.interviewed.scoring;

/**
 * A measured property of an answer and how far it moved one dimension, so every score can be explained.
 *
 * @param dimension   the dimension key it moved (see {@link Dimensions#KEYS})
 * @param name        short name, for example {@code expected-point coverage}
 * @param value       the measured value, in the unit the explanation names
 * @param effect      points added to (or, if negative, taken from) the dimension
 * @param explanation one plain sentence
 */
public record Signal(String dimension, String name, double value, double effect, String explanation) {

    /** The dimension's display name, for example "Technical depth". */
    public String dimensionLabel() {
        return Dimensions.label(dimension);
    }
}
