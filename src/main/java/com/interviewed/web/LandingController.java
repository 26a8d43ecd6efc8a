package com.interviewed.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The two public front doors: practice for candidates at {@code /}, screening for recruiters at {@code /hire}. */
@Controller
class LandingController {

    @GetMapping("/")
    String candidates() {
        return "landing/candidates";
    }

    @GetMapping("/hire")
    String recruiters() {
        return "landing/recruiters";
    }
}
