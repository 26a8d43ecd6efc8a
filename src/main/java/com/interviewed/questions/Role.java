package com.interviewed.questions;

/** A target role candidates can practise for, for example {@code backend} / "Backend engineer". */
public record Role(String id, String title, boolean codes) {
}
