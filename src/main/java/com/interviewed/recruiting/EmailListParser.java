package com.interviewed.recruiting;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a pasted list of candidates in whatever layout it came in: separated by commas, semicolons, new lines or
 * spaces, each either a bare address or {@code Name <address>} (optionally quoted). Returns the valid addresses,
 * each once, and every rejected entry with the reason, in input order.
 */
final class EmailListParser {

    static final int MAX_PER_BATCH = 1000;

    /** Deliberately plain: one @, no spaces, a dot in the domain; what mail servers accept in practice. */
    private static final Pattern ADDRESS = Pattern.compile(
            "[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                    + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");
    private static final Pattern NAMED = Pattern.compile("^\\s*\"?([^\"<>]*?)\"?\\s*<([^<>]*)>\\s*$");

    private EmailListParser() {
    }

    static Parsed parse(String input) {
        List<Recipient> valid = new ArrayList<>();
        List<Rejection> rejected = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String entry : entries(input == null ? "" : input)) {
            Recipient recipient = read(entry, rejected);
            if (recipient == null) {
                continue;
            }
            if (!seen.add(recipient.email())) {
                rejected.add(new Rejection(entry, "Duplicate: already in this list"));
            } else if (valid.size() >= MAX_PER_BATCH) {
                rejected.add(new Rejection(entry, "Over the limit of " + MAX_PER_BATCH + " invites per batch"));
            } else {
                valid.add(recipient);
            }
        }
        return new Parsed(valid, rejected);
    }

    /**
     * Splits on commas, semicolons and line breaks outside quotes and angle brackets (so {@code "Hopper, Grace"
     * <grace@…>} stays whole); a piece without a name may hold several space-separated addresses.
     */
    private static List<String> entries(String input) {
        List<String> pieces = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        boolean quoted = false;
        boolean angled = false;
        for (char c : input.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '<') {
                angled = true;
            } else if (c == '>') {
                angled = false;
            }
            boolean lineBreak = c == '\n' || c == '\r';
            if (lineBreak || (!quoted && !angled && (c == ',' || c == ';'))) {
                pieces.add(piece.toString());
                piece.setLength(0);
                quoted = lineBreak ? false : quoted;
                angled = lineBreak ? false : angled;
            } else {
                piece.append(c);
            }
        }
        pieces.add(piece.toString());
        List<String> entries = new ArrayList<>();
        for (String candidate : pieces) {
            String trimmed = candidate.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            if (trimmed.contains("<") || trimmed.contains("\"")) {
                entries.add(trimmed);
            } else {
                entries.addAll(List.of(trimmed.split("\\s+")));
            }
        }
        return entries;
    }

    private static Recipient read(String entry, List<Rejection> rejected) {
        String name = null;
        String address = entry;
        Matcher named = NAMED.matcher(entry);
        if (named.matches()) {
            name = named.group(1).strip();
            address = named.group(2).strip();
        } else if (entry.contains("<") || entry.contains(">")) {
            rejected.add(new Rejection(entry, "Unreadable: use Name <email@example.com>"));
            return null;
        }
        if (address.startsWith("mailto:")) {
            address = address.substring("mailto:".length());
        }
        if (address.isEmpty()) {
            rejected.add(new Rejection(entry, "No email address"));
            return null;
        }
        if (address.length() > 254) {
            rejected.add(new Rejection(entry, "Too long for an email address"));
            return null;
        }
        if (!address.contains("@")) {
            rejected.add(new Rejection(entry, "Not an email address: no @"));
            return null;
        }
        if (!ADDRESS.matcher(address).matches() || address.contains("..")) {
            rejected.add(new Rejection(entry, "Not a valid email address"));
            return null;
        }
        if (name != null && name.length() > 100) {
            name = name.substring(0, 100);
        }
        return new Recipient(name == null || name.isEmpty() ? null : name, address.toLowerCase(Locale.ROOT));
    }

    record Recipient(String name, String email) {
    }

    record Rejection(String input, String reason) {
    }

    record Parsed(List<Recipient> valid, List<Rejection> rejected) {
    }
}
