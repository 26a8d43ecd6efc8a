package com.interviewed.resumes;

import com.interviewed.resumes.ResumeRejectedException.Reason;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.tika.detect.Detector;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.springframework.stereotype.Component;

/**
 * Reads the text of an uploaded resume. The type comes from the content alone (Apache Tika), never from the file
 * name; a DOCX is a zip archive, so its entries are counted and unpacked sizes measured before any parser sees it.
 */
@Component
class ResumeFileReader {

    static final MediaType PDF = MediaType.application("pdf");
    static final MediaType DOCX = MediaType.application("vnd.openxmlformats-officedocument.wordprocessingml.document");
    static final MediaType TEXT = MediaType.TEXT_PLAIN;
    private static final MediaType PROTECTED_OOXML = MediaType.application("x-tika-ooxml-protected");
    private static final int MIN_LETTERS = 20;

    record ReadResume(String contentType, String text) {
    }

    private final ResumesProperties properties;
    private final AutoDetectParser parser = new AutoDetectParser();
    private final Detector detector = parser.getDetector();

    ResumeFileReader(ResumesProperties properties) {
        this.properties = properties;
    }

    ReadResume read(byte[] content) {
        if (content == null || content.length == 0) {
            throw new ResumeRejectedException(Reason.EMPTY, "The file is empty. Choose your resume file and try again.");
        }
        if (content.length > properties.maxFileSize().toBytes()) {
            throw tooLarge(properties.maxFileSize().toMegabytes());
        }
        if (isZip(content)) {
            checkArchive(content);
        }
        MediaType type = detect(content);
        if (type.equals(PROTECTED_OOXML)) {
            throw passwordProtected();
        }
        if (!type.equals(PDF) && !type.equals(DOCX) && !type.equals(TEXT)) {
            throw new ResumeRejectedException(Reason.UNSUPPORTED_TYPE, "This file is " + describe(type)
                    + ", not a resume we can read. Upload a PDF, a Word document (.docx) or a plain-text file.");
        }
        String text = normalise(parse(content));
        if (text.codePoints().filter(Character::isLetter).count() < MIN_LETTERS) {
            throw type.equals(PDF)
                    ? new ResumeRejectedException(Reason.NO_TEXT_LAYER, "This PDF has no text layer (it is a scan or"
                            + " an image); export it with text from your editor, or paste the text into a .txt file.")
                    : new ResumeRejectedException(Reason.NO_TEXT, "This file contains no readable text.");
        }
        return new ReadResume(type.toString(), text);
    }

    static ResumeRejectedException tooLarge(long maxMegabytes) {
        return new ResumeRejectedException(Reason.TOO_LARGE, "The file is larger than " + maxMegabytes
                + " MB. Upload a smaller file: a resume of a few pages is usually well under 1 MB.");
    }

    private MediaType detect(byte[] content) {
        try (TikaInputStream in = TikaInputStream.get(content)) {
            return detector.detect(in, new Metadata()).getBaseType();
        } catch (IOException e) {
            throw damaged();
        }
    }

    private String parse(byte[] content) {
        BodyContentHandler handler = new BodyContentHandler(properties.maxTextLength());
        try (TikaInputStream in = TikaInputStream.get(content)) {
            parser.parse(in, handler, new Metadata(), new ParseContext());
        } catch (EncryptedDocumentException e) {
            throw passwordProtected();
        } catch (Exception e) {
            if (!WriteLimitReachedException.isWriteLimitReached(e)) {
                if (e.getCause() instanceof EncryptedDocumentException
                        || e.getClass().getSimpleName().contains("Password")) {
                    throw passwordProtected();
                }
                throw damaged();
            }
            // Longer than any resume: keep the beginning.
        }
        return handler.toString();
    }

    /**
     * Streams through the archive counting entries and the bytes they really unpack to (declared sizes can lie),
     * stopping as soon as a limit is passed, so a zip bomb costs at most the configured unpacked size.
     */
    private void checkArchive(byte[] content) {
        long limit = properties.maxUnpackedSize().toBytes();
        long unpacked = 0;
        int entries = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (++entries > properties.maxArchiveEntries()) {
                    throw archiveBomb();
                }
                if (entry.getSize() > limit) {
                    throw archiveBomb();
                }
                int read;
                while ((read = zip.read(buffer)) > 0) {
                    unpacked += read;
                    if (unpacked > limit) {
                        throw archiveBomb();
                    }
                }
            }
        } catch (IOException e) {
            throw damaged();
        }
        if (entries == 0) {
            throw damaged();
        }
    }

    private static boolean isZip(byte[] content) {
        return content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
    }

    private static String normalise(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n').replace('\u00a0', ' ')
                .replaceAll("[\\p{Cc}&&[^\\n\\t]]", "")
                .replaceAll("[ \\t]+\\n", "\n")
                .replaceAll("\\n{3,}", "\n\n")
                .strip();
    }

    private static String describe(MediaType type) {
        String base = type.toString();
        if (base.startsWith("image/")) {
            return "an image (" + base + ")";
        }
        return switch (base) {
            case "application/zip", "application/x-7z-compressed", "application/x-rar-compressed", "application/gzip",
                 "application/x-tar" -> "an archive (" + base + ")";
            case "application/x-msdownload", "application/x-dosexec", "application/x-executable",
                 "application/x-elf", "application/x-mach-o-executable" -> "a program (" + base + ")";
            case "application/msword" -> "an old Word document (.doc); save it as .docx or PDF";
            case "application/octet-stream" -> "not a format we recognise";
            default -> "of type " + base;
        };
    }

    private static ResumeRejectedException passwordProtected() {
        return new ResumeRejectedException(Reason.PASSWORD_PROTECTED, "This file is password-protected. Remove the"
                + " password (or export an unprotected copy) and upload it again.");
    }

    private static ResumeRejectedException damaged() {
        return new ResumeRejectedException(Reason.DAMAGED, "This file is damaged or incomplete and cannot be read."
                + " Export it again from your editor and upload the new copy.");
    }

    private static ResumeRejectedException archiveBomb() {
        return new ResumeRejectedException(Reason.ARCHIVE_BOMB, "This document unpacks to far more data than a"
                + " resume holds, so we did not open it. Save it again from your editor, or upload a PDF.");
    }
}
