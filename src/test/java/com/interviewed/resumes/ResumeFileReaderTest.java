package com.interviewed.resumes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.interviewed.resumes.ResumeRejectedException.Reason;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

class ResumeFileReaderTest {

    private final ResumeFileReader reader = new ResumeFileReader(new ResumesProperties(DataSize.ofMegabytes(5),
            false, 1000, DataSize.ofMegabytes(50), 200_000));

    @Test
    void readsAGeneratedPdf() {
        ResumeFileReader.ReadResume read = reader.read(ResumeFiles.pdf(ResumeFiles.sampleLines()));

        assertThat(read.contentType()).isEqualTo("application/pdf");
        assertThat(read.text()).contains("Senior Software Engineer at Acme Corp", "k8s", "Jan 2020 – Present");
    }

    @Test
    void readsAGeneratedDocx() {
        ResumeFileReader.ReadResume read = reader.read(ResumeFiles.docx(ResumeFiles.sampleLines()));

        assertThat(read.contentType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(read.text()).contains("Globex GmbH — Backend Developer", "MSc Computer Science");
    }

    @Test
    void readsPlainText() {
        ResumeFileReader.ReadResume read = reader.read(ProfileExtractorTest.sample().getBytes(StandardCharsets.UTF_8));

        assertThat(read.contentType()).isEqualTo("text/plain");
        assertThat(read.text()).startsWith("Jane Doe").contains("Initech | Junior Developer");
    }

    @Test
    void rejectsEachKindOfBadFileWithItsOwnReason() {
        assertRejected(new byte[0], Reason.EMPTY, "empty");
        assertRejected(new byte[5 * 1024 * 1024 + 1], Reason.TOO_LARGE, "larger than 5 MB");
        assertRejected(ResumeFiles.randomBytes(4096), Reason.UNSUPPORTED_TYPE, "Upload a PDF");
        assertRejected(ResumeFiles.png(), Reason.UNSUPPORTED_TYPE, "an image (image/png)");
        assertRejected(ResumeFiles.zip(), Reason.UNSUPPORTED_TYPE, "an archive");
        assertRejected(ResumeFiles.encryptedPdf(ResumeFiles.sampleLines()), Reason.PASSWORD_PROTECTED,
                "password-protected");
        assertRejected(ResumeFiles.encryptedDocx(ResumeFiles.sampleLines()), Reason.PASSWORD_PROTECTED,
                "password-protected");
        assertRejected(ResumeFiles.imageOnlyPdf(), Reason.NO_TEXT_LAYER, "no text layer");
        assertRejected(ResumeFiles.truncatedPdf(), Reason.DAMAGED, "damaged");
        assertRejected(ResumeFiles.zipBombDocx(60), Reason.ARCHIVE_BOMB, "unpacks to far more data");
        assertRejected(ResumeFiles.manyEntriesDocx(1500), Reason.ARCHIVE_BOMB, "unpacks to far more data");
    }

    @Test
    void theFileNameNeverDecidesTheType() {
        // There is no file name to go on: a PNG is a PNG whatever it is called.
        assertThatThrownBy(() -> reader.read(ResumeFiles.png()))
                .isInstanceOfSatisfying(ResumeRejectedException.class, e -> assertThat(e.getBody().getProperties())
                        .containsEntry("acceptedTypes", ResumeRejectedException.ACCEPTED_TYPES));
    }

    private void assertRejected(byte[] content, Reason reason, String message) {
        assertThatThrownBy(() -> reader.read(content))
                .as(reason.name())
                .isInstanceOfSatisfying(ResumeRejectedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(reason);
                    assertThat(e.getMessage()).contains(message);
                });
    }
}
