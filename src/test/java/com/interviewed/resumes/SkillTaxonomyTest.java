package com.interviewed.resumes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SkillTaxonomyTest {

    private final SkillTaxonomy taxonomy = ProfileExtractorTest.TAXONOMY;

    @Test
    void theCuratedFileIsLargeAndCoversEveryArea() {
        assertThat(taxonomy.skills()).hasSizeGreaterThanOrEqualTo(300);
        Map<String, List<SkillTaxonomy.Skill>> byCategory = taxonomy.byCategory();
        assertThat(byCategory.keySet()).contains("language", "frontend", "backend", "mobile", "database", "cloud",
                "devops", "data", "ml", "testing", "security", "design", "product", "practice", "tool");
        byCategory.forEach((category, skills) -> assertThat(skills).as(category).hasSizeGreaterThanOrEqualTo(10));
    }

    @Test
    void canonicalNamesAreUnique() {
        // parse() refuses duplicates and alias collisions; loading the real file proves it has none.
        Map<String, Long> counts = taxonomy.skills().stream()
                .collect(Collectors.groupingBy(skill -> skill.name().toLowerCase(Locale.ROOT), Collectors.counting()));
        assertThat(counts.values()).allMatch(count -> count == 1);
    }

    @Test
    void refusesADuplicateSkill() {
        assertThatThrownBy(() -> SkillTaxonomy.parse(List.of("Java | language | jdk", "java | language | j2se")))
                .hasMessageContaining("line 2: duplicate skill java");
    }

    @Test
    void refusesAnAliasThatWouldMeanTwoSkills() {
        assertThatThrownBy(() -> SkillTaxonomy.parse(List.of("Kubernetes | devops | k8s", "K3s | devops | K8S")))
                .hasMessageContaining("alias 'K8S' of K3s is already an alias of Kubernetes");
        assertThatThrownBy(() -> SkillTaxonomy.parse(List.of("Go | language | golang", "Golang | language | go")))
                .hasMessageContaining("alias 'Golang' of Golang is already an alias of Go");
    }

    @Test
    void refusesAMalformedLine() {
        assertThatThrownBy(() -> SkillTaxonomy.parse(List.of("# comment", "", "Java, language")))
                .hasMessageContaining("line 3");
    }

    @Test
    void aliasesMapToCanonicalNames() {
        assertThat(names("Deployed on k8s with Postgres, JS front end")).containsExactly("Kubernetes", "PostgreSQL",
                "JavaScript");
        assertThat(names("ReactJS, Vue, Golang, sklearn, GCP, TF")).containsExactly("React", "Vue.js", "Go",
                "scikit-learn", "Google Cloud Platform");
        assertThat(taxonomy.lookup("K8S")).map(SkillTaxonomy.Skill::name).contains("Kubernetes");
        assertThat(taxonomy.lookup("postgres")).map(SkillTaxonomy.Skill::name).contains("PostgreSQL");
        assertThat(taxonomy.lookup("Underwater basket weaving")).isEmpty();
    }

    @Test
    void symbolsAndWordBoundariesAreRespected() {
        assertThat(names("C, C++, C#, F#, .NET, ASP.NET, Node.js, Objective-C"))
                .containsExactly("C", "C++", "C#", "F#", ".NET", "ASP.NET", "Node.js", "Objective-C");
        assertThat(names("JavaScript and TypeScript")).containsExactly("JavaScript", "TypeScript");
        assertThat(names("Javanese cuisine, scalable Scalability, Rusty")).isEmpty();
        assertThat(names("Spring Boot")).containsExactly("Spring Boot");
        assertThat(names("spring\n  boot")).as("line breaks inside an alias").containsExactly("Spring Boot");
    }

    @Test
    void ordinaryWordsMatchOnlyWithTheirTechnicalSpelling() {
        List<SkillTaxonomy.Match> matches = taxonomy.find("Go, go, R, Swift, swift");
        assertThat(matches).extracting(match -> match.skill().name()).containsExactly("Go", "R", "Swift");
        assertThat(matches).extracting(SkillTaxonomy.Match::needsContext).containsExactly(true, true, false);
    }

    private List<String> names(String text) {
        return taxonomy.find(text).stream().map(match -> match.skill().name()).toList();
    }
}
