package no.medvirk.packages.cmi5;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/**
 * The cmi5 rules the LMS enforces for an AU's statements in a session and a registration: each breach is a 400 that
 * names the rule, and nothing of the batch is stored.
 */
class Cmi5SessionRulesTest extends Cmi5Fixture {

    @Test
    void a_session_begins_with_initialized_once_and_takes_nothing_after_terminated() {
        var au = au(launch(learner, course.quiz, null)).start();

        assertRefused(au, au.completed(), "first statement of a session must be the AU's cmi5 defined initialized");
        assertRefused(au, au.statement("experienced", false), "initialized");
        au.sendOk(au.statement("initialized", true));
        assertRefused(au, au.statement("initialized", true), "once in a session");
        au.sendOk(au.statement("experienced", false));
        au.sendOk(au.terminated());

        assertRefused(au, au.statement("experienced", false), "terminated");
        assertRefused(au, au.completed(), "terminated");
        assertThat(au.xapi.get(au.state("suspendData")).statusCode())
                .as("the token still reads and writes state a little while after terminated").isEqualTo(404);
    }

    @Test
    void cmi5_defined_statements_follow_the_verb_and_result_rules() {
        var au = au(launch(learner, course.quiz, null)).start();
        au.sendOk(au.statement("initialized", true));

        assertRefused(au, au.passed(0.5), "mastery score 0.8 is failed, not");
        assertRefused(au, au.failed(0.9), "mastery score 0.8 is passed, not");
        assertRefused(au, au.statement("https://w3id.org/xapi/adl/verbs/satisfied", true), "Only the LMS");
        ObjectNode elsewhere = au.completed();
        elsewhere.putObject("object").put("objectType", "Activity").put("id", course.quiz);
        assertRefused(au, elsewhere, "must be the AU's activity");
        ObjectNode scored = au.completed();
        ((ObjectNode) scored.get("result")).putObject("score").put("scaled", 1.0);
        assertRefused(au, scored, "Only passed and failed may carry a score");
        ObjectNode withoutMoveOn = au.statement("completed", true);
        withoutMoveOn.putObject("result").put("completion", true);
        assertRefused(au, withoutMoveOn, "moveOn category");
        ObjectNode noSession = au.statement("experienced", false);
        ((ObjectNode) noSession.get("context")).putObject("extensions");
        assertRefused(au, noSession, "this session's id");

        au.sendOk(au.passed(0.9));
        assertRefused(au, au.failed(0.1), "passed or failed, not both");
        au.sendOk(au.completed());
        assertRefused(au, au.completed(), "once in a session");
    }

    @Test
    void completed_and_passed_come_once_in_a_registration_and_failed_never_after_passed() {
        var first = au(launch(learner, course.quiz, null)).start();
        first.sendOk(first.statement("initialized", true), first.passed(0.9), first.completed(), first.terminated());

        var second = au(launch(learner, course.quiz, null)).start();
        second.sendOk(second.statement("initialized", true));

        assertRefused(second, second.completed(), "sent completed in this registration already");
        assertRefused(second, second.passed(1.0), "sent passed in this registration already");
        assertRefused(second, second.failed(0.1), "failed must not follow passed");
        second.sendOk(second.terminated());
    }

    @Test
    void a_batch_that_breaks_a_rule_is_stored_not_at_all() {
        var au = au(launch(learner, course.quiz, null)).start();
        au.sendOk(au.statement("initialized", true));
        var fine = au.statement("experienced", false);

        assertRefused(au, new ObjectNode[] {fine, au.statement("initialized", true)}, "once in a session");

        assertThat(au.xapi.get("/xapi/statements?statementId=" + fine.get("id").stringValue()).statusCode())
                .isEqualTo(404);
        au.sendOk(fine);
    }

    private static void assertRefused(TestAu au, ObjectNode statement, String rule) {
        assertRefused(au, new ObjectNode[] {statement}, rule);
    }

    private static void assertRefused(TestAu au, ObjectNode[] statements, String rule) {
        HttpResponse<String> response = au.send(statements);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.body()).contains("cmi5").contains(rule);
    }
}
