package com.interviewed.interviewer;

import static org.assertj.core.api.Assertions.assertThat;

import com.interviewed.interviewer.InterviewerReply.Action;
import com.interviewed.questions.Persona;
import java.util.List;
import org.junit.jupiter.api.Test;

class PanelInterviewTest {

    private final Fixtures.Session session = new Fixtures.Session(Fixtures.deterministic(),
            Fixtures.fresh(Fixtures.panelPlan(), Fixtures.panel()));

    @Test
    void theEngineeringManagerOpensAndIntroducesThePanel() {
        InterviewerReply reply = session.start();

        assertThat(reply.speakerIndex()).isZero();
        assertThat(reply.text()).startsWith("Hello Ada, I'm Maya, the engineering manager.")
                .contains("Joining me today are Priya, our product manager, and Alex, our junior developer.")
                .endsWith("Tell us a little about yourself.");
    }

    @Test
    void handsOffToEachPanelistInPlanOrderWithAnIntroductionOnlyTheFirstTime() {
        session.start();
        session.sayStar();

        InterviewerReply toPriya = session.sayStar();
        assertThat(toPriya.action()).isEqualTo(Action.HAND_OFF);
        assertThat(toPriya.speakerIndex()).isEqualTo(1);
        assertThat(toPriya.text()).isEqualTo("Thanks, Maya. Hi Ada, I'm Priya, the product manager on the team. "
                + "How would you handle a feature request that conflicts with the roadmap?");

        InterviewerReply toAlex = session.sayStar();
        assertThat(toAlex.action()).isEqualTo(Action.HAND_OFF);
        assertThat(toAlex.speakerIndex()).isEqualTo(2);
        // Alex has no greeting of his own: the generic introduction, in his direct phrasing.
        assertThat(toAlex.text()).isEqualTo("Thanks, Priya. I'm Alex, the junior developer. What is your favourite debugging technique?");

        InterviewerReply backToPriya = session.sayStar();
        assertThat(backToPriya.action()).isEqualTo(Action.HAND_OFF);
        assertThat(backToPriya.speakerIndex()).isEqualTo(1);
        assertThat(backToPriya.text()).isEqualTo("Thanks, Alex. Another one from me. How do you decide what not to build?")
                .doesNotContain("I'm Priya");

        InterviewerReply backToMaya = session.sayStar();
        assertThat(backToMaya.speakerIndex()).isZero();
        assertThat(backToMaya.text()).isEqualTo("Thanks, Priya. Do you have any questions for us?");

        InterviewerReply end = session.say("no thanks");
        assertThat(end.action()).isEqualTo(Action.END);
        assertThat(end.speakerIndex()).isZero();
        assertThat(session.context().askedIds())
                .containsExactly("warmup-1", "beh-1", "product-1", "tech-1", "product-2", "cq-1", "close-1");
        assertThat(session.replies).extracting(InterviewerReply::speakerIndex).containsExactly(0, 0, 1, 2, 1, 0, 0);
    }

    @Test
    void aPanelistWhoFollowsUpKeepsTheFloor() {
        session.start();
        session.sayStar();
        session.sayStar();

        InterviewerReply followUp = session.say("i would talk to people");

        assertThat(followUp.action()).isEqualTo(Action.CONTINUE);
        assertThat(followUp.speakerIndex()).isEqualTo(1);
        assertThat(followUp.text()).endsWith("Who would you involve?");
    }

    @Test
    void aNewSessionForTheCurrentPanelistDoesNotGreetAgain() {
        session.start();
        session.sayStar();
        session.sayStar();

        InterviewerReply reply = session.start();

        assertThat(reply.speakerIndex()).isEqualTo(1);
        assertThat(reply.text()).doesNotContain("I'm Priya").doesNotContain("Hello Ada")
                .endsWith("How would you handle a feature request that conflicts with the roadmap?");
        assertThat(reply.questionIndex()).isEqualTo(2);
    }

    @Test
    void doesNotIntroduceThePanelTwiceWhenTheGreetingAlreadyDoes() {
        List<Persona> panel = new java.util.ArrayList<>(Fixtures.panel());
        Persona maya = panel.get(0);
        panel.set(0, new Persona(maya.id(), maya.name(), maya.gender(), maya.offlineVoice(), maya.novaVoiceId(),
                maya.style(), maya.panelRole(),
                List.of("Hi {candidate}, I'm {name}. With me are our product manager and one of our developers."),
                maya.acknowledgements(), maya.transitions(), maya.closings()));
        Fixtures.Session withOwnIntroduction = new Fixtures.Session(Fixtures.deterministic(),
                Fixtures.fresh(Fixtures.panelPlan(), panel));

        InterviewerReply reply = withOwnIntroduction.start();

        assertThat(reply.text()).doesNotContain("Joining me").startsWith("Hi Ada, I'm Maya. With me are our product "
                + "manager and one of our developers. Over the next 30 minutes")
                .endsWith("Tell us a little about yourself.");
    }

    @Test
    void theFirstPanelistClosesWhenTheCandidateAsksToEndDuringAnotherPanelistsQuestion() {
        session.start();
        session.sayStar();
        session.sayStar();

        InterviewerReply reply = session.send(new CandidateInput.EndRequested());

        assertThat(reply.action()).isEqualTo(Action.END);
        assertThat(reply.speakerIndex()).isZero();
        assertThat(reply.text()).endsWith("Thank you all, and thank you Ada.");
    }
}
