package com.interviewed.resumes;

import com.interviewed.resumes.ResumeText.Line;
import com.interviewed.resumes.ResumeText.Section;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns a resume's text into a {@link ResumeProfile}. Deterministic: the same text and month give the same
 * profile. Each list keeps the order in which things first appear in the resume.
 */
final class ProfileExtractor {

    static final int MAX_SKILLS = 150;
    /** Contact links name sites, not skills: "github.com/jane" does not make GitHub a skill. */
    private static final Pattern WEB_ADDRESS = Pattern.compile(
            "\\S+@\\S+|(?:https?://|www\\.)\\S+|[\\w.-]+\\.(?:com|org|io|dev|net|me|page|app)(?:/\\S*)?(?!\\w)",
            Pattern.CASE_INSENSITIVE);

    private final SkillTaxonomy taxonomy;
    private final DateRanges dateRanges;

    ProfileExtractor(SkillTaxonomy taxonomy, Clock clock) {
        this.taxonomy = taxonomy;
        this.dateRanges = new DateRanges(clock);
    }

    ResumeProfile extract(String text) {
        ResumeText resume = ResumeText.of(text);
        ExperienceExtractor.Experience experience = ExperienceExtractor.extract(resume);
        return new ResumeProfile(skills(resume), experience.titles(), experience.employers(),
                ProjectExtractor.extract(resume), yearsOfExperience(resume), EducationExtractor.extract(resume));
    }

    /**
     * Skills named anywhere. An alias that is also an ordinary word (Go, R, Swift, Spring) counts only in a
     * skills section or on a line that names another skill, so "Go to market" is not Go.
     */
    List<String> skills(ResumeText resume) {
        Set<String> skills = new LinkedHashSet<>();
        for (Line line : resume.lines()) {
            List<SkillTaxonomy.Match> matches = taxonomy.find(WEB_ADDRESS.matcher(line.text()).replaceAll(" "));
            boolean technical = line.section() == Section.SKILLS
                    || matches.stream().anyMatch(match -> !match.needsContext());
            for (SkillTaxonomy.Match match : matches) {
                if ((technical || !match.needsContext()) && skills.size() < MAX_SKILLS) {
                    skills.add(match.skill().name());
                }
            }
        }
        return new ArrayList<>(skills);
    }

    /**
     * Whole years covered by the job date ranges (overlaps counted once), or a larger "N years of experience"
     * the candidate states; {@code null} when the resume says neither. Education dates never count.
     */
    Integer yearsOfExperience(ResumeText resume) {
        boolean hasExperienceSection = resume.has(Section.EXPERIENCE);
        List<DateRanges.Range> ranges = new ArrayList<>();
        int stated = -1;
        for (Line line : resume.lines()) {
            stated = Math.max(stated, DateRanges.statedYears(line.text()));
            boolean jobLine = hasExperienceSection ? line.section() == Section.EXPERIENCE
                    : line.section() != Section.EDUCATION && line.section() != Section.PROJECTS;
            if (jobLine && !EducationExtractor.DEGREE.matcher(line.text()).find()) {
                ranges.addAll(dateRanges.find(line.text()));
            }
        }
        if (ranges.isEmpty() && stated < 0) {
            return null;
        }
        return (int) Math.max(stated, DateRanges.totalMonths(ranges) / 12);
    }
}
