package com.interviewed.resumes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class DateRangesTest {

    private final DateRanges ranges = new DateRanges(ProfileExtractorTest.NOVEMBER_2026);

    @Test
    void readsTheCommonFormats() {
        assertThat(ranges.find("Jan 2019 – Mar 2023")).containsExactly(range(2019, 1, 2023, 4));
        assertThat(ranges.find("September 2015 - June 2016")).containsExactly(range(2015, 9, 2016, 7));
        assertThat(ranges.find("03/2020 - 11/2021")).containsExactly(range(2020, 3, 2021, 12));
        assertThat(ranges.find("2018-02 to 2019-01")).containsExactly(range(2018, 2, 2019, 2));
        assertThat(ranges.find("2019–2023")).containsExactly(range(2019, 1, 2023, 1));
        assertThat(ranges.find("Sept. 2010 — Dec. 2012")).containsExactly(range(2010, 9, 2013, 1));
    }

    @Test
    void presentAndCurrentMeanThisMonthOfTheClock() {
        assertThat(ranges.find("Jun 2024 – Present")).containsExactly(range(2024, 6, 2026, 12));
        assertThat(ranges.find("2025 - current")).containsExactly(range(2025, 1, 2026, 12));
        assertThat(ranges.find("May 2026 to now")).containsExactly(range(2026, 5, 2026, 12));
    }

    @Test
    void ignoresWhatIsNotARange() {
        assertThat(ranges.find("Call 555-2019 or 2019")).isEmpty();
        assertThat(ranges.find("13/2020 - 14/2021")).isEmpty();
        assertThat(ranges.find("2023 – 2019")).as("backwards").isEmpty();
    }

    @Test
    void futureEndsStopAtThisMonth() {
        assertThat(ranges.find("Jan 2026 – Dec 2030")).containsExactly(range(2026, 1, 2026, 12));
    }

    @Test
    void overlappingRangesCountOnce() {
        // 2015-01..2018-01 (36 months) overlaps 2017-01..2019-07 (30 months): together 2015-01..2019-07 = 54.
        List<DateRanges.Range> jobs = List.of(range(2017, 1, 2019, 7), range(2015, 1, 2018, 1));
        assertThat(DateRanges.totalMonths(jobs)).isEqualTo(54);
        // A job inside another adds nothing; a gap adds nothing.
        assertThat(DateRanges.totalMonths(List.of(range(2010, 1, 2015, 1), range(2011, 1, 2012, 1),
                range(2016, 1, 2017, 1)))).isEqualTo(72);
        assertThat(DateRanges.totalMonths(List.of())).isZero();
    }

    @Test
    void readsStatedYearsOfExperience() {
        assertThat(DateRanges.statedYears("8+ years of experience in backend work")).isEqualTo(8);
        assertThat(DateRanges.statedYears("over 12 yrs professional experience")).isEqualTo(12);
        assertThat(DateRanges.statedYears("5 years experience; 3 years of industry experience")).isEqualTo(5);
        assertThat(DateRanges.statedYears("I have 3 cats")).isEqualTo(-1);
    }

    private static DateRanges.Range range(int fromYear, int fromMonth, int toYear, int toMonthExclusive) {
        return new DateRanges.Range(YearMonth.of(fromYear, fromMonth), YearMonth.of(toYear, toMonthExclusive));
    }
}
