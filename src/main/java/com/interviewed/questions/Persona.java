package com.interviewed.questions;

import java.util.List;

/**
 * An interviewer's identity and manner.
 *
 * @param offlineVoice    a voice id of the offline synthesiser (for example {@code slt}, {@code rms-deep})
 * @param novaVoiceId     the Nova 2 Sonic voice id (for example {@code matthew}, {@code tiffany})
 * @param style           for example "warm and encouraging", "direct and analytical"
 * @param panelRole       {@code ENGINEERING_MANAGER}, {@code PRODUCT_MANAGER}, {@code JUNIOR_DEVELOPER}, or
 *                        {@code null} for solo personas
 * @param greetings       opening lines; may contain {@code {candidate}}, {@code {role}} and {@code {name}}
 * @param acknowledgements short reactions to an answer ("Thanks, that's helpful.")
 * @param transitions     lead-ins to the next question ("Let's move on.")
 */
public record Persona(String id, String name, String gender, String offlineVoice, String novaVoiceId, String style,
        String panelRole, List<String> greetings, List<String> acknowledgements, List<String> transitions,
        List<String> closings) {
}
