package com.interviewed.recruiting;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How the recruiter wants a job's pipeline: sorted by one column, filtered by status, score band and a search
 * over name and email, one page at a time. Only whitelisted values reach SQL; anything else falls back.
 */
record PipelineQuery(String sort, String status, String band, String q, int page) {

    /**
     * Sort keys and their SQL. Score sorts put incomplete interviews after complete ones (they are flagged, never
     * ranked silently among them) and unscored candidates last; the id keeps pages stable.
     */
    static final Map<String, String> SORTS = sorts();

    static final Set<String> STATUSES = Set.of("INVITED", "OPENED", "IN_PROGRESS", "COMPLETED", "SCORED", "EXPIRED",
            "REVOKED");

    private static final String INCOMPLETE_LAST = "case when i.incomplete then 1 else 0 end, ";

    static final Set<String> BANDS = Set.of("strong", "mixed", "weak");

    PipelineQuery {
        sort = sort != null && SORTS.containsKey(sort) ? sort : "score";
        status = status != null && STATUSES.contains(status.toUpperCase(Locale.ROOT))
                ? status.toUpperCase(Locale.ROOT) : null;
        band = band != null && BANDS.contains(band.toLowerCase(Locale.ROOT)) ? band.toLowerCase(Locale.ROOT) : null;
        q = q == null || q.isBlank() ? null : q.strip();
        page = Math.max(1, page);
    }

    static PipelineQuery sortedBy(String sort) {
        return new PipelineQuery(sort, null, null, null, 1);
    }

    String orderBy() {
        return SORTS.get(sort) + ", i.id";
    }

    String whereClause(Map<String, Object> params) {
        StringBuilder where = new StringBuilder();
        if (status != null) {
            where.append(switch (status) {
                case "INVITED", "OPENED" -> " and i.status = :status and i.expires_at >= :now";
                case "EXPIRED" -> " and i.status in ('INVITED', 'OPENED') and i.expires_at < :now";
                default -> " and i.status = :status";
            });
            if (!"EXPIRED".equals(status)) {
                params.put("status", status);
            }
        }
        if (band != null) {
            where.append(switch (band) {
                case "strong" -> " and i.score_overall >= " + ScoreBand.STRONG_FROM;
                case "mixed" -> " and i.score_overall >= " + ScoreBand.MIXED_FROM + " and i.score_overall < "
                        + ScoreBand.STRONG_FROM;
                default -> " and i.score_overall < " + ScoreBand.MIXED_FROM;
            });
        }
        if (q != null) {
            where.append(" and (lower(i.email) like :q or lower(coalesce(i.name, '')) like :q)");
            params.put("q", "%" + q.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%");
        }
        return where.toString();
    }

    private static Map<String, String> sorts() {
        Map<String, String> sorts = new LinkedHashMap<>();
        sorts.put("score", INCOMPLETE_LAST + "i.score_overall desc nulls last");
        sorts.put("communication", INCOMPLETE_LAST + "i.score_communication desc nulls last");
        sorts.put("technicalDepth", INCOMPLETE_LAST + "i.score_technical_depth desc nulls last");
        sorts.put("problemSolving", INCOMPLETE_LAST + "i.score_problem_solving desc nulls last");
        sorts.put("confidence", INCOMPLETE_LAST + "i.score_confidence desc nulls last");
        sorts.put("relevance", INCOMPLETE_LAST + "i.score_relevance desc nulls last");
        sorts.put("name", "lower(coalesce(i.name, i.email))");
        sorts.put("email", "i.email");
        sorts.put("status", "i.status");
        sorts.put("invited", "i.created_at desc");
        return java.util.Collections.unmodifiableMap(sorts);
    }
}
