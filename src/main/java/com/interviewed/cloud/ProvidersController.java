package com.interviewed.cloud;

import com.interviewed.interviewer.Interviewer;
import com.interviewed.scoring.Scorer;
import com.interviewed.speech.SpeechRecognizer;
import com.interviewed.speech.SpeechSynthesizer;
import com.interviewed.voice.VoiceSessionFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /admin/providers}: which adapters this instance runs (voice, interviewer, scorer, speech) and their
 * health, read-only, for the operators of this instance (the security configuration lets no one else reach
 * {@code /admin/**}). Nothing secret is shown: no keys, no endpoints with credentials.
 */
@Controller
class ProvidersController {

    private final VoiceSessionFactory voice;
    private final Interviewer interviewer;
    private final Scorer scorer;
    private final SpeechRecognizer recognizer;
    private final SpeechSynthesizer synthesizer;
    private final Map<String, HealthIndicator> indicators;

    ProvidersController(VoiceSessionFactory voice, Interviewer interviewer, Scorer scorer,
            SpeechRecognizer recognizer, SpeechSynthesizer synthesizer, Map<String, HealthIndicator> indicators) {
        this.voice = voice;
        this.interviewer = interviewer;
        this.scorer = scorer;
        this.recognizer = recognizer;
        this.synthesizer = synthesizer;
        this.indicators = indicators;
    }

    record Provider(String area, String active, String detail) {
    }

    record Check(String name, String status, String reason) {
    }

    @GetMapping("/admin/providers")
    String providers(Model model) {
        model.addAttribute("providers", List.of(
                new Provider("Voice", voice.provider(), voice.audioAvailable() ? "audio available"
                        : "typed answers only"),
                new Provider("Interviewer", interviewer.name(), "decides turns for the cascade voice"),
                new Provider("Scorer", scorer.name(), "evaluates ended interviews"),
                new Provider("Speech", recognizer.available() ? "pocketsphinx + flite" : "not installed",
                        "offline recognition " + (recognizer.available() ? "on" : "off") + ", synthesis "
                                + (synthesizer.available() ? "on" : "off"))));
        List<Check> checks = new ArrayList<>();
        indicators.forEach((name, indicator) -> {
            if (name.equals("speechHealthIndicator") || name.startsWith("nova")) {
                Health health = indicator.health();
                Object reason = health.getDetails().getOrDefault("reason", health.getDetails().getOrDefault(
                        "lastSession", health.getDetails().getOrDefault("lastEvaluation", "")));
                checks.add(new Check(name.replace("HealthIndicator", ""), health.getStatus().getCode(),
                        String.valueOf(reason)));
            }
        });
        model.addAttribute("checks", checks);
        return "cloud/providers";
    }
}
