package com.interviewed.questions;

import java.util.List;

/** The small files next to the question packs: roles, resume templates and personas. */
final class BankData {

    private BankData() {
    }

    record RolesFile(int version, List<Role> roles) {
    }

    record ResumeTemplatesFile(int version, List<ResumeTemplate> templates) {
    }

    record PersonasFile(int version, List<Persona> solo, List<Persona> panel) {
    }
}
