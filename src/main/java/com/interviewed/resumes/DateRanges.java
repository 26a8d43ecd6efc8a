package com.interviewed.resumes;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Date ranges in resume lines ("Jan 2019 – Mar 2023", "03/2020 - Present", "2019–2023", "2021-06 to current")
 * and the experience they add up to. A range covers its start month through its end month; a bare year means its
 * January, so "2019–2023" is four years; "Present", "Current", "Now" mean the current month of the injected
 * clock. Overlapping ranges (two jobs at once) count once.
 */
final class DateRanges {

    /** A half-open span of months: {@code start} inclusive, {@code end} exclusive. */
    record Range(YearMonth start, YearMonth end) {

        long months() {
            return start.until(end, java.time.temporal.ChronoUnit.MONTHS);
        }
    }

    private static final String MONTH = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
    private static final String YEAR = "(?:19|20)\\d{2}";
    private static final String DATE = "(?:" + MONTH + "\\.?,?\\s+" + YEAR + "|\\d{1,2}[/.]" + YEAR + "|" + YEAR
            + "[-/.]\\d{1,2}(?!\\d)|" + YEAR + ")";
    private static final String PRESENT = "(?:present|current|now|today|ongoing|date)";
    static final Pattern RANGE = Pattern.compile("(?<![\\p{Alnum}])(?<start>" + DATE
            + ")\\s*(?:-|–|—|to|until|till|→)\\s*(?<end>" + DATE + "|" + PRESENT + ")(?![\\p{Alnum}])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern EXPLICIT = Pattern.compile("(\\d{1,2})\\s*\\+?\\s*(?:years?|yrs?)\\.?\\s+(?:of\\s+)?"
            + "(?:(?:professional|industry|hands-on|relevant|commercial|work|working|software|engineering)\\s+)*"
            + "experience", Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_NAME_DATE = Pattern.compile("(" + MONTH + ")\\.?,?\\s+(" + YEAR + ")",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_FIRST = Pattern.compile("(\\d{1,2})[/.](" + YEAR + ")");
    private static final Pattern YEAR_FIRST = Pattern.compile("(" + YEAR + ")[-/.](\\d{1,2})");
    private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug",
            "sep", "oct", "nov", "dec");

    private final Clock clock;

    DateRanges(Clock clock) {
        this.clock = clock;
    }

    /** The ranges in {@code text}; unreadable or backwards ones are left out, future ends stop at this month. */
    List<Range> find(String text) {
        List<Range> ranges = new ArrayList<>();
        YearMonth now = YearMonth.now(clock);
        Matcher matcher = RANGE.matcher(text);
        while (matcher.find()) {
            Endpoint start = parse(matcher.group("start"));
            String endText = matcher.group("end");
            boolean present = endText.matches("(?i)" + PRESENT);
            Endpoint end = present ? null : parse(endText);
            if (start == null || (!present && end == null)) {
                continue;
            }
            YearMonth exclusiveEnd;
            if (present) {
                exclusiveEnd = now.plusMonths(1);
            } else if (end.monthKnown()) {
                exclusiveEnd = end.month().plusMonths(1);
            } else if (!start.monthKnown() && end.month().getYear() == start.month().getYear()) {
                exclusiveEnd = end.month().plusYears(1); // "2021–2021": that one year
            } else {
                exclusiveEnd = end.month();
            }
            if (exclusiveEnd.isAfter(now.plusMonths(1))) {
                exclusiveEnd = now.plusMonths(1);
            }
            if (exclusiveEnd.isAfter(start.month())) {
                ranges.add(new Range(start.month(), exclusiveEnd));
            }
        }
        return ranges;
    }

    /** Months covered by the ranges, counting overlaps once. */
    static long totalMonths(List<Range> ranges) {
        List<Range> sorted = ranges.stream().sorted(Comparator.comparing(Range::start)).toList();
        long total = 0;
        YearMonth coveredUntil = null;
        for (Range range : sorted) {
            YearMonth start = coveredUntil != null && coveredUntil.isAfter(range.start()) ? coveredUntil : range.start();
            if (range.end().isAfter(start)) {
                total += start.until(range.end(), java.time.temporal.ChronoUnit.MONTHS);
                coveredUntil = range.end();
            }
        }
        return total;
    }

    /** The largest "N years of experience" (also "N+ yrs experience") stated in the text, or -1. */
    static int statedYears(String text) {
        int years = -1;
        Matcher matcher = EXPLICIT.matcher(text);
        while (matcher.find()) {
            years = Math.max(years, Integer.parseInt(matcher.group(1)));
        }
        return years;
    }

    private record Endpoint(YearMonth month, boolean monthKnown) {
    }

    private static Endpoint parse(String text) {
        String date = text.strip();
        try {
            Matcher named = MONTH_NAME_DATE.matcher(date);
            if (named.matches()) {
                int month = MONTHS.indexOf(named.group(1).substring(0, 3).toLowerCase(Locale.ROOT)) + 1;
                return new Endpoint(YearMonth.of(Integer.parseInt(named.group(2)), month), true);
            }
            Matcher monthFirst = MONTH_FIRST.matcher(date);
            if (monthFirst.matches()) {
                return new Endpoint(YearMonth.of(Integer.parseInt(monthFirst.group(2)),
                        Integer.parseInt(monthFirst.group(1))), true);
            }
            Matcher yearFirst = YEAR_FIRST.matcher(date);
            if (yearFirst.matches()) {
                return new Endpoint(YearMonth.of(Integer.parseInt(yearFirst.group(1)),
                        Integer.parseInt(yearFirst.group(2))), true);
            }
            if (date.matches(YEAR)) {
                return new Endpoint(YearMonth.of(Integer.parseInt(date), 1), false);
            }
        } catch (java.time.DateTimeException e) {
            return null; // "13/2020" and the like
        }
        return null;
    }
}
