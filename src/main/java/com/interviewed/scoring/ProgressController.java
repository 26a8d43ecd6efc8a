package com.interviewed.scoring;

import com.interviewed.accounts.SignedInUser;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import tools.jackson.databind.json.JsonMapper;

/** The candidate's scored sessions over time, with a trend per dimension. */
@Controller
class ProgressController {

    private final Evaluations evaluations;
    private final JsonMapper json;

    ProgressController(Evaluations evaluations, JsonMapper json) {
        this.evaluations = evaluations;
        this.json = json;
    }

    /** A dimension's first and latest score, for the table that states the trend in words. */
    record Trend(String key, String label, double first, double latest) {

        public double change() {
            return Dimensions.round(latest - first);
        }
    }

    @GetMapping("/progress")
    String progress(@AuthenticationPrincipal SignedInUser user, Model model) {
        List<EvaluationSummary> history = evaluations.history(user.id());
        model.addAttribute("history", history);
        List<Trend> trends = new ArrayList<>();
        if (!history.isEmpty()) {
            EvaluationSummary first = history.get(0);
            EvaluationSummary latest = history.get(history.size() - 1);
            trends.add(new Trend("overall", "Overall", first.overall(), latest.overall()));
            for (String key : Dimensions.KEYS) {
                trends.add(new Trend(key, Dimensions.label(key), first.dimensions().get(key),
                        latest.dimensions().get(key)));
            }
        }
        model.addAttribute("trends", trends);
        model.addAttribute("chartJson", chartJson(history));
        return "scoring/progress";
    }

    /** Chart data for report.js; "<" is escaped so the JSON can never close its script element. */
    private String chartJson(List<EvaluationSummary> history) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("dates", history.stream().map(h -> h.scoredAt().toString().substring(0, 16).replace('T', ' ')).toList());
        Map<String, List<Double>> series = new LinkedHashMap<>();
        series.put("Overall", history.stream().map(EvaluationSummary::overall).toList());
        for (String key : Dimensions.KEYS) {
            series.put(Dimensions.label(key), history.stream().map(h -> h.dimensions().get(key)).toList());
        }
        data.put("series", series);
        return json.writeValueAsString(data).replace("<", "\\u003c");
    }
}
