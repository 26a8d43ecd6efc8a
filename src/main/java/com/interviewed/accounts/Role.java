package com.interviewed.accounts;

/** What a person does on Interviewed; recruiters also belong to an organisation. */
public enum Role {
    CANDIDATE,
    RECRUITER;

    public String authority() {
        return "ROLE_" + name();
    }
}
