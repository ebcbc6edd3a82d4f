package no.medvirk.packages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import no.medvirk.xapi.LearningRecordStore;
import no.medvirk.xapi.StatementQuery;
import no.medvirk.xapi.XapiJson;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The SCORM runtime on the real database and LRS: a launch gives the SCO its saved data, commits are persisted in
 * order (a late retry changes nothing), suspend and resume keep the bookmark and suspend data, and the runtime data
 * becomes the statements of the xAPI SCORM profile, with the package rolled up.
 */
@SpringBootTest
class ScormRuntimeTest {

    @Autowired
    PackageUpload upload;

    @Autowired
    ScormRuntime runtime;

    @Autowired
    LearningRecordStore lrs;

    @Autowired
    JdbcTemplate jdbc;

    PackageVersion scorm12;
    PackageVersion scorm2004;
    ScormRuntime.Learner learner;

    @BeforeEach
    void samplesImported() {
        scorm12 = imported("scorm12-runtime-basic-calls.zip");
        scorm2004 = imported("scorm2004-3rd-runtime-basic-calls.zip");
        learner = new ScormRuntime.Learner(UUID.randomUUID(), "Lene Lærer", null);
    }

    PackageVersion imported(String sample) {
        var result = upload.upload(TestPackages.sample(sample));
        assertThat(result).isInstanceOf(PackageUpload.Imported.class);
        return ((PackageUpload.Imported) result).version();
    }

    @Test
    void a_first_launch_gives_the_sco_who_the_learner_is_and_an_entry_from_the_beginning() {
        var launch = runtime.launch(learner, scorm12, null);

        JsonNode config = XapiJson.parse(launch.runtime());
        assertThat(config.path("standard").asString()).isEqualTo("1.2");
        assertThat(config.path("seq").asLong()).isZero();
        assertThat(config.path("cmi").path("core").path("student_id").asString())
                .isEqualTo(learner.personId().toString());
        assertThat(config.path("cmi").path("core").path("student_name").asString()).isEqualTo("Lene Lærer");
        assertThat(config.path("cmi").path("core").path("entry").asString()).isEqualTo("ab-initio");
        assertThat(launch.contentUrl()).isEqualTo("/pakkeinnhold/" + scorm12.id().value() + "/shared/launchpage.html");
        assertThat(verbs(launch)).containsExactly("initialized");
    }

    @Test
    void a_suspended_sco_resumes_at_its_bookmark_with_its_suspend_data_and_a_late_retry_changes_nothing() {
        var launch = runtime.launch(learner, scorm12, null);
        String token = token(launch);
        commit(token, 1, false, """
                {"core": {"lesson_status": "incomplete", "lesson_location": "3"}, "suspend_data": "sider=1,2,3"}""");
        commit(token, 2, true, """
                {"core": {"lesson_status": "incomplete", "lesson_location": "7", "exit": "suspend",
                  "session_time": "0000:02:30.00", "total_time": "0000:02:30"}, "suspend_data": "sider=1-7"}""");
        var stale = commit(token, 1, false, """
                {"core": {"lesson_status": "incomplete", "lesson_location": "3"}, "suspend_data": "sider=1,2,3"}""");
        assertThat(stale.stored()).isTrue();

        var again = runtime.launch(learner, scorm12, null);

        assertThat(again.attemptId()).isEqualTo(launch.attemptId());
        JsonNode cmi = XapiJson.parse(again.runtime()).path("cmi");
        assertThat(cmi.path("core").path("entry").asString()).isEqualTo("resume");
        assertThat(cmi.path("core").path("lesson_location").asString()).isEqualTo("7");
        assertThat(cmi.path("core").path("lesson_status").asString()).isEqualTo("incomplete");
        assertThat(cmi.path("core").path("total_time").asString()).isEqualTo("0000:02:30");
        assertThat(cmi.path("suspend_data").asString()).isEqualTo("sider=1-7");
        assertThat(XapiJson.parse(again.runtime()).path("seq").asLong()).isEqualTo(2);
        assertThat(verbs(again)).containsExactly("initialized", "suspended", "resumed");
        JsonNode suspended = statements(again).get(1);
        assertThat(suspended.path("result").path("duration").asString()).isEqualTo("PT2M30S");
        assertThat(suspended.path("object").path("id").asString()).endsWith("/sco/item_1");
        assertThat(suspended.path("context").path("contextActivities").path("category").get(0).path("id")
                .asString()).isEqualTo("https://w3id.org/xapi/scorm");
    }

    @Test
    void a_passed_test_with_a_score_and_answers_becomes_completed_passed_and_answered_and_finishes_the_attempt() {
        var launch = runtime.launch(learner, scorm12, null);
        commit(token(launch), 1, true, """
                {"core": {"lesson_status": "passed", "lesson_location": "14", "exit": "",
                  "score": {"raw": "85", "min": "0", "max": "100"}, "session_time": "0000:05:00"},
                 "interactions": {"0": {"id": "golf_1", "type": "choice", "student_response": "b", "result": "correct",
                   "correct_responses": {"0": {"pattern": "b"}}},
                  "1": {"id": "golf_2", "type": "numeric", "student_response": "17", "result": "wrong"}}}""");

        List<JsonNode> statements = statements(launch);
        assertThat(verbs(launch)).containsExactly("initialized", "completed", "passed", "answered", "answered",
                "terminated", "completed", "passed");
        JsonNode scoPassed = statements.get(2);
        assertThat(scoPassed.path("result").path("score").path("scaled").asDouble()).isEqualTo(0.85);
        assertThat(scoPassed.path("result").path("score").path("raw").asDouble()).isEqualTo(85);
        JsonNode answered = statements.get(3);
        assertThat(answered.path("object").path("id").asString()).endsWith("/sco/item_1/interactions/golf_1");
        assertThat(answered.path("object").path("definition").path("interactionType").asString())
                .isEqualTo("choice");
        assertThat(answered.path("result").path("response").asString()).isEqualTo("b");
        assertThat(answered.path("result").path("success").asBoolean()).isTrue();
        assertThat(statements.get(4).path("result").path("success").asBoolean()).isFalse();
        JsonNode packagePassed = statements.get(7);
        assertThat(packagePassed.path("object").path("id").asString())
                .endsWith("/xapi/activities/packages/com.scorm.golfsamples.runtime.basicruntime.12");
        assertThat(packagePassed.path("result").path("score").path("scaled").asDouble()).isEqualTo(0.85);
        assertThat(jdbc.queryForObject("select finished_at is not null from package_attempt where id = ?",
                Boolean.class, launch.attemptId())).isTrue();
        assertThat(runtime.status(launch.attemptId()).get("item_1")).isEqualTo(
                new ScormRuntime.ItemStatus("completed", "passed"));
    }

    @Test
    void a_failed_test_is_completed_and_failed_and_a_passed_retry_then_passes_the_package() {
        var launch = runtime.launch(learner, scorm12, null);
        String token = token(launch);
        commit(token, 1, false, """
                {"core": {"lesson_status": "failed", "score": {"raw": "40"}}}""");
        commit(token, 2, false, """
                {"core": {"lesson_status": "passed", "score": {"raw": "90"}}}""");

        assertThat(verbs(launch)).containsExactly("initialized", "completed", "failed", "completed", "failed",
                "passed", "passed");
        assertThat(statements(launch).get(3).path("result").path("success").asBoolean()).isFalse();
    }

    @Test
    void scorm_2004_data_is_read_as_written_and_restored_on_resume() {
        var launch = runtime.launch(learner, scorm2004, null);
        JsonNode first = XapiJson.parse(launch.runtime());
        assertThat(first.path("standard").asString()).isEqualTo("2004");
        assertThat(first.path("cmi").path("learner_id").asString()).isEqualTo(learner.personId().toString());
        commit(token(launch), 1, true, """
                {"completion_status": "incomplete", "success_status": "unknown", "location": "5",
                 "suspend_data": "fra 2004", "exit": "suspend", "session_time": "PT1M2.5S", "total_time": "PT1M2.5S"}""");

        var again = runtime.launch(learner, scorm2004, null);

        JsonNode cmi = XapiJson.parse(again.runtime()).path("cmi");
        assertThat(cmi.path("entry").asString()).isEqualTo("resume");
        assertThat(cmi.path("location").asString()).isEqualTo("5");
        assertThat(cmi.path("suspend_data").asString()).isEqualTo("fra 2004");
        assertThat(cmi.path("total_time").asString()).isEqualTo("PT1M2.5S");
        commit(token(again), 2, true, """
                {"completion_status": "completed", "success_status": "passed", "location": "14",
                 "score": {"scaled": "0.8", "raw": "80", "min": "0", "max": "100"}, "exit": "normal",
                 "session_time": "PT30S"}""");
        assertThat(verbs(again)).containsExactly("initialized", "suspended", "resumed", "completed", "passed",
                "terminated", "completed", "passed");
        assertThat(jdbc.queryForObject("select total_time_ms from package_sco_state where attempt_id = ?",
                Long.class, again.attemptId())).isEqualTo(92_500L);
    }

    @Test
    void a_multi_sco_package_goes_from_item_to_item_and_is_completed_when_every_item_is() {
        PackageVersion multi = imported("scorm12-multi-sco-one-file-per-sco.zip");
        var first = runtime.launch(learner, multi, null);
        int items = first.items().size();
        assertThat(items).isEqualTo(18);
        assertThat(first.item().identifier()).isEqualTo("playing_playing_item");
        assertThat(first.contentUrl()).endsWith("/Playing/Playing.html");
        for (int n = 2; n < items; n++) {
            runtime.launch(learner, multi, n);
        }
        assertThat(runtime.launch(learner, multi, null).index()).as("back where the learner was").isEqualTo(
                items - 2);
        assertThat(verbs(first)).doesNotContain("passed").filteredOn("completed"::equals).hasSize(items - 1);

        var last = runtime.launch(learner, multi, items);

        assertThat(last.contentUrl()).endsWith("?questions=HavingFun");
        assertThat(verbs(last).subList(verbs(last).size() - 3, verbs(last).size()))
                .containsExactly("initialized", "completed", "completed");
        assertThat(statements(last).getLast().path("object").path("id").asString())
                .endsWith("/xapi/activities/packages/" + multi.manifest().identifier());
        assertThat(runtime.status(last.attemptId()).values()).allMatch(ScormRuntime.ItemStatus::completed);
    }

    @Test
    void a_commit_with_anothers_token_or_an_item_the_package_lacks_is_refused() {
        var launch = runtime.launch(learner, scorm12, null);
        JsonNode body = XapiJson.parse("{\"seq\": 1, \"cmi\": {\"core\": {\"lesson_location\": \"2\"}}}");

        assertThat(runtime.commit(UUID.randomUUID(), token(launch), 1, body)).isEmpty();
        assertThat(runtime.commit(learner.personId(), token(launch), 2, body)).isEmpty();
        assertThat(runtime.commit(learner.personId(), "no-such-token", 1, body)).isEmpty();
        assertThat(jdbc.queryForObject("select commits from package_sco_state where attempt_id = ?", Integer.class,
                launch.attemptId())).isZero();
    }

    private ScormRuntime.CommitResult commit(String token, long seq, boolean terminate, String cmi) {
        JsonNode body = XapiJson.parse("{\"seq\": " + seq + ", \"terminate\": " + terminate + ", \"cmi\": " + cmi
                + "}");
        return runtime.commit(learner.personId(), token, 1, body).orElseThrow();
    }

    private String token(ScormRuntime.Launch launch) {
        return jdbc.queryForObject("select commit_token from package_attempt where id = ?", String.class,
                launch.attemptId());
    }

    private List<JsonNode> statements(ScormRuntime.Launch launch) {
        UUID registration = jdbc.queryForObject("select registration from package_attempt where id = ?", UUID.class,
                launch.attemptId());
        return lrs.query(new StatementQuery(null, null, null, registration, false, false, null, null, 0, true, null,
                null)).statements();
    }

    private List<String> verbs(ScormRuntime.Launch launch) {
        return statements(launch).stream().map(s -> s.path("verb").path("id").asString()
                .replace("http://adlnet.gov/expapi/verbs/", "")).toList();
    }
}
