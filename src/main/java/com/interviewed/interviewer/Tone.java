package com.interviewed.interviewer;

import java.util.Locale;
import java.util.regex.Pattern;

/** The two phrasings the deterministic interviewer has, chosen from a persona's free-text style. */
enum Tone {
    WARM,
    DIRECT;

    private static final Pattern DIRECT_STYLE = Pattern.compile(
            "direct|analytical|concise|brisk|blunt|rigorous|no-nonsense|matter-of-fact|terse|formal|precise|sharp"
                    + "|challenging|fast-paced");

    /** Personas described as direct or analytical get the short phrasings; everyone else the warm ones. */
    static Tone of(String style) {
        return style != null && DIRECT_STYLE.matcher(style.toLowerCase(Locale.ROOT)).find() ? DIRECT : WARM;
    }
}
