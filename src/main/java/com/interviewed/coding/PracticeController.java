package com.interviewed.coding;

import com.interviewed.questions.CodingChallenges;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Practice coding outside an interview: pick a challenge, write code in the editor, run the tests. */
@Controller
class PracticeController {

    private final CodingChallenges challenges;

    PracticeController(CodingChallenges challenges) {
        this.challenges = challenges;
    }

    @GetMapping("/practice/coding")
    String practice(Model model) {
        model.addAttribute("challenges", challenges.all());
        return "coding/practice";
    }
}
