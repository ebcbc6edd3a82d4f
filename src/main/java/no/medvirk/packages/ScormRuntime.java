package no.medvirk.packages;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.medvirk.shared.DomainException;
import no.medvirk.shared.LocalizedText;
import no.medvirk.xapi.LearningRecordStore;
import no.medvirk.xapi.XapiClients;
import no.medvirk.xapi.XapiException;
import no.medvirk.xapi.XapiJson;
import no.medvirk.xapi.XapiVersion;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The LMS side of the SCORM runtime: attempts, the launch of a SCO with its saved data, and every commit the
 * learner's browser sends (through scorm-again), persisted per attempt and SCO and turned into xAPI statements in
 * the built-in LRS. A commit older than the one stored (a retry that arrives late) changes nothing.
 */
@Service
public class ScormRuntime {

    private static final Logger log = LoggerFactory.getLogger(ScormRuntime.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    /** At most this many interactions become answered statements in one commit; the cmi data keeps them all. */
    static final int MAX_ANSWERED_PER_COMMIT = 250;

    /** Who takes the package and as what: a catalog course (with the enrolment as registration) or alone. */
    public record Learner(UUID personId, String name, @Nullable CourseContext course) {}

    /** The catalog course a package is played as. */
    public record CourseContext(String courseId, LocalizedText title, UUID registration) {}

    /** How far an item has come in the attempt. */
    public record ItemStatus(String completion, String success) {
        static final ItemStatus UNKNOWN = new ItemStatus(ScoData.UNKNOWN, ScoData.UNKNOWN);

        public boolean completed() {
            return "completed".equals(completion);
        }
    }

    /**
     * A SCO launched: what the player shows and what its script needs.
     *
     * @param items the launchable items of the learner's tree, in order
     * @param index which of them is launched
     * @param contentUrl the launch file's address, under the package content path
     * @param runtime the settings for the page's runtime script (standard, commit address, data to preload)
     */
    public record Launch(UUID attemptId, PackageVersion version, List<PackageItem> items, int index,
            Map<String, ItemStatus> status, String contentUrl, String runtime) {

        public PackageItem item() {
            return items.get(index);
        }
    }

    /** What a commit came to, for the browser: scorm-again's result object plus the attempt's status. */
    public record CommitResult(boolean stored, String completion, String success) {}

    private final Packages packages;
    private final AttemptRows rows;
    private final ScormStatements statements;
    private final ScormLaunchData launchData;
    private final LearningRecordStore lrs;
    private final XapiClients clients;
    private final TransactionTemplate transactions;
    private final PackageCourseFinish courseFinish;
    private final Clock clock;

    ScormRuntime(Packages packages, AttemptRows rows, ScormStatements statements, ScormLaunchData launchData,
            LearningRecordStore lrs, XapiClients clients, TransactionTemplate transactions,
            PackageCourseFinish courseFinish, Clock clock) {
        this.packages = packages;
        this.rows = rows;
        this.statements = statements;
        this.launchData = launchData;
        this.lrs = lrs;
        this.clients = clients;
        this.transactions = transactions;
        this.courseFinish = courseFinish;
        this.clock = clock;
    }

    /**
     * Opens a SCO of the learner's attempt (started now when there is none): the one asked for (1-based), else
     * the one they had open last, else the first not completed. Records initialized, or resumed when the SCO was
     * suspended; an asset is completed as it opens.
     */
    @Transactional
    public Launch launch(Learner learner, PackageVersion version, @Nullable Integer itemNumber) {
        if (!version.standard().scorm()) {
            throw new DomainException("package-player.not-scorm");
        }
        List<PackageItem> items = version.manifest().launchable();
        if (items.isEmpty()) {
            throw new DomainException("package-player.nothing-to-launch");
        }
        Instant now = clock.instant();
        AttemptRows.Attempt attempt = attempt(learner, version, now);
        Map<String, ItemStatus> status = status(attempt.id());
        int index = itemNumber != null ? itemNumber - 1 : startIndex(items, attempt, status);
        if (index < 0 || index >= items.size()) {
            throw new DomainException("package-player.no-such-item");
        }
        PackageItem item = items.get(index);
        Optional<AttemptRows.ScoState> before = rows.state(attempt.id(), item.identifier());
        boolean resume = before.map(s -> "suspend".equals(s.exit()) || (s.sessionOpen() && s.commits() > 0))
                .orElse(false);
        String entry = resume ? "resume" : before.map(s -> s.commits() > 0).orElse(false) ? "" : "ab-initio";
        rows.open(attempt.id(), item.identifier(), entry, now);
        rows.current(attempt.id(), item.identifier(), now);
        ScormStatements.Root root = root(learner, attempt, version);
        List<JsonNode> batch = new ArrayList<>();
        batch.add(statements.initialized(root, item, resume));
        if (item.kind() == PackageItem.Kind.ASSET && !status.getOrDefault(item.identifier(), ItemStatus.UNKNOWN)
                .completed()) {
            // An asset cannot talk to the runtime: opening it is all it takes.
            batch.add(statements.scoCompleted(root, item));
            rows.save(attempt.id(), new AttemptRows.ScoState(item.identifier(), "{}", 0, 0, entry, null, null,
                    "completed", ScoData.UNKNOWN, null, 0, 0, 0, false), now);
            status.put(item.identifier(), new ItemStatus("completed", ScoData.UNKNOWN));
            batch.addAll(rollup(root, attempt, version, status, now));
        }
        lrs.record(batch, clients.medvirk(), XapiVersion.V2_0_0);
        String runtime = launchData.runtime(version, item, attempt, index + 1, entry,
                rows.state(attempt.id(), item.identifier()).orElseThrow(), learner);
        String contentUrl = PackageContentPaths.url(version.id(), item.launchUrl());
        return new Launch(attempt.id(), version, items, index, status, contentUrl, runtime);
    }

    /**
     * Applies a commit of the SCO at this 1-based position of the attempt the token names, for the signed-in
     * person. Nothing when the token is not theirs (the caller answers 404).
     */
    public Optional<CommitResult> commit(UUID personId, String token, int itemNumber, JsonNode body) {
        try {
            return transactions.execute(status -> apply(personId, token, itemNumber, body, true));
        } catch (XapiException e) {
            // Our statements broke a rule of the LRS: a bug to fix, but the learner's data is kept all the same.
            log.error("SCORM commit stored without statements: the LRS refused them ({})", e.getMessage(), e);
            return transactions.execute(status -> apply(personId, token, itemNumber, body, false));
        }
    }

    private Optional<CommitResult> apply(UUID personId, String token, int itemNumber, JsonNode body,
            boolean record) {
        Optional<AttemptRows.Attempt> locked = rows.lockByToken(token);
        if (locked.isEmpty() || !locked.get().personId().equals(personId)) {
            return Optional.empty();
        }
        AttemptRows.Attempt attempt = locked.get();
        PackageVersion version = packages.version(attempt.versionId()).orElseThrow();
        List<PackageItem> items = version.manifest().launchable();
        if (itemNumber < 1 || itemNumber > items.size()) {
            return Optional.empty();
        }
        PackageItem item = items.get(itemNumber - 1);
        Instant now = clock.instant();
        AttemptRows.ScoState before = rows.state(attempt.id(), item.identifier()).orElseGet(() -> {
            rows.open(attempt.id(), item.identifier(), "ab-initio", now);
            return rows.state(attempt.id(), item.identifier()).orElseThrow();
        });
        long seq = body.path("seq").asLong(0);
        JsonNode cmi = body.path("cmi");
        if (seq <= before.commitSeq() || !cmi.isObject()) {
            return Optional.of(new CommitResult(seq <= before.commitSeq(), attempt.completion(), attempt.success()));
        }
        boolean terminate = body.path("terminate").asBoolean(false);
        ScoData data = ScoData.read(cmi, version.standard().scorm2004());
        ScormStatements.Root root = root(attempt, version);
        List<JsonNode> batch = new ArrayList<>();
        if (data.completion().equals("completed") && !before.completion().equals("completed")) {
            batch.add(statements.scoCompleted(root, item));
        }
        boolean scoreChanged = data.scaled() != null && (before.scaled() == null
                || data.scaled().compareTo(before.scaled()) != 0);
        if (!data.success().equals(ScoData.UNKNOWN) && (!data.success().equals(before.success()) || scoreChanged)) {
            batch.add(statements.scoResult(root, item, data.success().equals("passed"), data.scaled(), data.raw()));
        }
        data.interactions().stream().skip(before.interactions()).limit(MAX_ANSWERED_PER_COMMIT)
                .forEach(interaction -> batch.add(statements.answered(root, item, interaction)));
        long total = before.totalTimeMs();
        if (terminate) {
            total = data.totalTime() != null ? data.totalTime().toMillis() : total + data.sessionTime().toMillis();
            batch.add(statements.terminated(root, item, data.sessionTime(), data.suspended()));
        }
        rows.save(attempt.id(), new AttemptRows.ScoState(item.identifier(), XapiJson.write(cmi), seq,
                before.commits() + 1, before.entry(), data.exit(), data.location(), data.completion(),
                data.success(), data.scaled(), total, data.sessionTime().toMillis(),
                Math.max(before.interactions(), data.interactions().size()), !terminate), now);
        Map<String, ItemStatus> status = status(attempt.id());
        batch.addAll(rollup(root, attempt, version, status, now));
        if (record && !batch.isEmpty()) {
            lrs.record(batch, clients.medvirk(), XapiVersion.V2_0_0);
        }
        AttemptRows.Attempt after = rows.byRegistration(attempt.registration()).orElseThrow();
        return Optional.of(new CommitResult(true, after.completion(), after.success()));
    }

    /**
     * Simple rollup to the package: completed when every tracked item is; passed when every item that says passed
     * or failed says passed, failed when one says failed; the score the mean of the scaled scores given. A change
     * becomes statements about the course (or package); completed and not failed finishes the attempt, and with it
     * the course's enrolment.
     */
    private List<JsonNode> rollup(ScormStatements.Root root, AttemptRows.Attempt attempt, PackageVersion version,
            Map<String, ItemStatus> status, Instant now) {
        PackageRollup.Result result = PackageRollup.of(version.manifest().launchable(), status,
                rows.states(attempt.id()));
        AttemptRows.Attempt current = rows.byRegistration(attempt.registration()).orElseThrow();
        List<JsonNode> batch = new ArrayList<>();
        boolean nowCompleted = result.completion().equals("completed");
        if (nowCompleted && !current.completion().equals("completed")) {
            batch.add(statements.rootCompleted(root, result.success().equals(ScoData.UNKNOWN) ? null
                    : result.success().equals("passed")));
        }
        boolean scoreChanged = result.scaled() != null && (current.scaled() == null
                || result.scaled().compareTo(current.scaled()) != 0);
        if (!result.success().equals(ScoData.UNKNOWN) && (!result.success().equals(current.success())
                || scoreChanged)) {
            batch.add(statements.rootResult(root, result.success().equals("passed"), result.scaled()));
        }
        boolean finished = nowCompleted && !result.success().equals("failed");
        rows.status(attempt.id(), result.completion(), result.success(), result.scaled(), finished, now);
        if (finished && current.finishedAt() == null && current.courseId() != null) {
            courseFinish.finished(current.registration());
        }
        return batch;
    }

    /** Each item's status in an attempt, by identifier. */
    @Transactional(readOnly = true)
    public Map<String, ItemStatus> status(UUID attemptId) {
        Map<String, ItemStatus> status = new LinkedHashMap<>();
        rows.states(attemptId).forEach(s -> status.put(s.item(), new ItemStatus(s.completion(), s.success())));
        return status;
    }

    private AttemptRows.Attempt attempt(Learner learner, PackageVersion version, Instant now) {
        Optional<AttemptRows.Attempt> existing = learner.course() != null
                ? rows.byRegistration(learner.course().registration())
                : rows.openAlone(learner.personId(), version.id());
        if (existing.isPresent()) {
            if (!existing.get().personId().equals(learner.personId())) {
                throw new DomainException("package-player.not-yours");
            }
            return existing.get();
        }
        var attempt = new AttemptRows.Attempt(UUID.randomUUID(), learner.personId(), version.id(),
                learner.course() == null ? null : learner.course().courseId(),
                learner.course() == null ? UUID.randomUUID() : learner.course().registration(), token(), null,
                ScoData.UNKNOWN, ScoData.UNKNOWN, null, null);
        rows.insert(attempt, now);
        return attempt;
    }

    private static int startIndex(List<PackageItem> items, AttemptRows.Attempt attempt,
            Map<String, ItemStatus> status) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).identifier().equals(attempt.currentItem())) {
                return i;
            }
        }
        for (int i = 0; i < items.size(); i++) {
            if (!status.getOrDefault(items.get(i).identifier(), ItemStatus.UNKNOWN).completed()) {
                return i;
            }
        }
        return 0;
    }

    private ScormStatements.Root root(Learner learner, AttemptRows.Attempt attempt, PackageVersion version) {
        CourseContext course = learner.course();
        return course != null
                ? new ScormStatements.Root(statements.courseRoot(course.courseId()), course.title(),
                        attempt.personId(), attempt.registration())
                : root(attempt, version);
    }

    private ScormStatements.Root root(AttemptRows.Attempt attempt, PackageVersion version) {
        if (attempt.courseId() != null) {
            LocalizedText title = courseFinish.title(attempt.courseId())
                    .orElse(new LocalizedText(version.title(), version.title()));
            return new ScormStatements.Root(statements.courseRoot(attempt.courseId()), title, attempt.personId(),
                    attempt.registration());
        }
        return new ScormStatements.Root(statements.packageRoot(version.manifest().identifier()),
                new LocalizedText(version.title(), version.title()), attempt.personId(), attempt.registration());
    }

    private static String token() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static Duration sessionTime(AttemptRows.ScoState state) {
        return Duration.ofMillis(state.sessionTimeMs());
    }
}
