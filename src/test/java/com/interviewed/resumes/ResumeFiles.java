package com.interviewed.resumes;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Resume files generated inside the tests: real PDFs (PDFBox), DOCX (POI) and the bad files people upload. */
final class ResumeFiles {

    private ResumeFiles() {
    }

    static List<String> sampleLines() {
        return ProfileExtractorTest.sample().lines().toList();
    }

    static byte[] pdf(List<String> lines) {
        return pdf(lines, false);
    }

    static byte[] encryptedPdf(List<String> lines) {
        return pdf(lines, true);
    }

    private static byte[] pdf(List<String> lines, boolean encrypted) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            int perPage = 55;
            for (int first = 0; first < lines.size(); first += perPage) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(font, 10);
                    content.setLeading(13);
                    content.newLineAtOffset(50, 790);
                    for (String line : lines.subList(first, Math.min(lines.size(), first + perPage))) {
                        content.showText(line);
                        content.newLine();
                    }
                    content.endText();
                }
            }
            if (encrypted) {
                StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret",
                        new AccessPermission());
                policy.setEncryptionKeyLength(128);
                document.protect(policy);
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A scanned resume: one page holding only a picture, no text layer. */
    static byte[] imageOnlyPdf() {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDImageXObject image = LosslessFactory.createFromImage(document, scan());
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.drawImage(image, 50, 300, 495, 480);
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] docx(List<String> lines) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String line : lines) {
                document.createParagraph().createRun().setText(line);
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A Word document saved with a password (agile encryption, as Word does it). */
    static byte[] encryptedDocx(List<String> lines) {
        try (org.apache.poi.poifs.filesystem.POIFSFileSystem fs = new org.apache.poi.poifs.filesystem.POIFSFileSystem();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            org.apache.poi.poifs.crypt.EncryptionInfo info = new org.apache.poi.poifs.crypt.EncryptionInfo(
                    org.apache.poi.poifs.crypt.EncryptionMode.agile);
            org.apache.poi.poifs.crypt.Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword("secret");
            try (java.io.OutputStream encrypted = encryptor.getDataStream(fs)) {
                encrypted.write(docx(lines));
            }
            fs.writeFilesystem(out);
            return out.toByteArray();
        } catch (IOException | java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A valid DOCX with one more entry that unpacks to {@code megabytes} of zeros (a few kB compressed). */
    static byte[] zipBombDocx(int megabytes) {
        return withExtraEntries(docx(List.of("Jane Doe", "Java developer")), 1, megabytes * 1024 * 1024);
    }

    /** A valid DOCX padded with thousands of tiny entries. */
    static byte[] manyEntriesDocx(int entries) {
        return withExtraEntries(docx(List.of("Jane Doe", "Java developer")), entries, 1);
    }

    private static byte[] withExtraEntries(byte[] docx, int entries, int bytesEach) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream();
                ZipOutputStream zip = new ZipOutputStream(out);
                ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                in.transferTo(zip);
                zip.closeEntry();
            }
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < entries; i++) {
                zip.putNextEntry(new ZipEntry("word/media/padding" + i + ".bin"));
                for (int written = 0; written < bytesEach; written += zeros.length) {
                    zip.write(zeros, 0, Math.min(zeros.length, bytesEach - written));
                }
                zip.closeEntry();
            }
            zip.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] png() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(scan(), "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] zip() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("resume.txt"));
            zip.write(String.join("\n", sampleLines()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] randomBytes(int size) {
        byte[] bytes = new byte[size];
        new Random(42).nextBytes(bytes);
        return bytes;
    }

    /** A real PDF cut off halfway, as an interrupted download leaves it. */
    static byte[] truncatedPdf() {
        byte[] whole = pdf(sampleLines());
        return java.util.Arrays.copyOf(whole, whole.length / 3);
    }

    private static BufferedImage scan() {
        BufferedImage image = new BufferedImage(400, 400, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(Color.WHITE);
        graphics.fillRect(0, 0, 400, 400);
        graphics.setColor(Color.DARK_GRAY);
        for (int y = 30; y < 380; y += 18) {
            graphics.fillRect(30, y, 200 + (y * 7) % 140, 8);
        }
        graphics.dispose();
        return image;
    }
}
