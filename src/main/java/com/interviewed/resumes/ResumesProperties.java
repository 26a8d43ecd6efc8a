package com.interviewed.resumes;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * @param maxFileSize      the largest resume file accepted (keep spring.servlet.multipart.max-file-size equal)
 * @param keepOriginalFile whether to store the uploaded file itself; off by default, since the extracted text and
 *                         profile are all the product needs
 * @param maxArchiveEntries the most entries a DOCX (a zip archive) may contain
 * @param maxUnpackedSize   the most a DOCX may expand to when unpacked (archive-bomb guard)
 * @param maxTextLength     the most characters of text kept from one resume
 */
@Validated
@ConfigurationProperties("interviewed.resumes")
record ResumesProperties(
        @NotNull DataSize maxFileSize,
        boolean keepOriginalFile,
        @Min(10) @Max(100_000) int maxArchiveEntries,
        @NotNull DataSize maxUnpackedSize,
        @Min(1_000) @Max(10_000_000) int maxTextLength) {
}
