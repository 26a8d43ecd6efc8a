package com.interviewed.recruiting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EmailListParserTest {

    @Test
    void readsCommasSemicolonsLinesSpacesAndNamedAddresses() {
        EmailListParser.Parsed parsed = EmailListParser.parse("""
                ada@example.com, grace@example.com;alan@example.com
                Barbara Liskov <barbara@example.com>
                "Hopper, Grace" <GRACE2@Example.com>
                edsger@example.com   donald@example.com""");

        assertThat(parsed.rejected()).isEmpty();
        assertThat(parsed.valid()).extracting(EmailListParser.Recipient::email).containsExactly("ada@example.com",
                "grace@example.com", "alan@example.com", "barbara@example.com", "grace2@example.com",
                "edsger@example.com", "donald@example.com");
        assertThat(parsed.valid()).filteredOn(r -> r.email().equals("barbara@example.com"))
                .extracting(EmailListParser.Recipient::name).containsExactly("Barbara Liskov");
    }

    @Test
    void rejectsInvalidEntriesAndDuplicatesWithAReasonEach() {
        EmailListParser.Parsed parsed = EmailListParser.parse("""
                ada@example.com
                not-an-email
                bob@
                Ada Again <ADA@example.com>
                broken <x@example.com
                a..b@example.com""");

        assertThat(parsed.valid()).extracting(EmailListParser.Recipient::email).containsExactly("ada@example.com");
        assertThat(parsed.rejected()).extracting(EmailListParser.Rejection::input, EmailListParser.Rejection::reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("not-an-email", "Not an email address: no @"),
                        org.assertj.core.groups.Tuple.tuple("bob@", "Not a valid email address"),
                        org.assertj.core.groups.Tuple.tuple("Ada Again <ADA@example.com>", "Duplicate: already in this list"),
                        org.assertj.core.groups.Tuple.tuple("broken <x@example.com", "Unreadable: use Name <email@example.com>"),
                        org.assertj.core.groups.Tuple.tuple("a..b@example.com", "Not a valid email address"));
    }

    @Test
    void emptyInputInvitesNobody() {
        assertThat(EmailListParser.parse(" \n ,; ").valid()).isEmpty();
        assertThat(EmailListParser.parse(null).rejected()).isEmpty();
    }
}
