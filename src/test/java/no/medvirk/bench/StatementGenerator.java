package no.medvirk.bench;

import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Realistic statements of about 1 KB for the benchmark: learners (mbox), a handful of verbs, lessons in courses
 * (with names in two languages), registrations for most, scores for some. Seeded, so runs are comparable.
 */
final class StatementGenerator {

    static final int AGENTS = 5_000;
    static final int ACTIVITIES = 2_000;
    static final int COURSES = 40;
    static final int REGISTRATIONS = 20_000;
    static final String[] VERBS = {"experienced", "attempted", "completed", "passed", "failed", "answered",
        "progressed", "initialized", "terminated", "suspended", "resumed", "commented"};

    private final SplittableRandom random;

    StatementGenerator(long seed) {
        this.random = new SplittableRandom(seed);
    }

    static String agent(int n) {
        return "mailto:learner" + n + "@kommune" + (n % 50) + ".example.no";
    }

    static String activity(int n) {
        return "https://medvirk.no/courses/course-" + (n % COURSES) + "/lessons/lesson-" + n;
    }

    static String course(int n) {
        return "https://medvirk.no/courses/course-" + n;
    }

    static String verb(int n) {
        return "http://adlnet.gov/expapi/verbs/" + VERBS[n];
    }

    static UUID registration(int n) {
        return new UUID(0x6d65647669726bL, n);
    }

    String next() {
        int agent = random.nextInt(AGENTS);
        int activity = random.nextInt(ACTIVITIES);
        int verb = random.nextInt(VERBS.length);
        var json = new StringBuilder(1100);
        json.append("{\"id\":\"").append(UUID.randomUUID()).append("\",")
                .append("\"actor\":{\"objectType\":\"Agent\",\"name\":\"Deltaker ").append(agent)
                .append("\",\"mbox\":\"").append(agent(agent)).append("\"},")
                .append("\"verb\":{\"id\":\"").append(verb(verb)).append("\",\"display\":{\"en-US\":\"")
                .append(VERBS[verb]).append("\",\"nb-NO\":\"").append(VERBS[verb]).append("\"}},")
                .append("\"object\":{\"objectType\":\"Activity\",\"id\":\"").append(activity(activity))
                .append("\",\"definition\":{\"type\":\"http://adlnet.gov/expapi/activities/lesson\",")
                .append("\"name\":{\"nb-NO\":\"Leksjon ").append(activity)
                .append(" om bruker- og pårørendemedvirkning\",\"en-US\":\"Lesson ").append(activity)
                .append(" on user and next-of-kin participation\"},\"description\":{\"nb-NO\":\"")
                .append("Hva rådene sier om medvirkning på tjeneste- og systemnivå, med eksempler.\"}}},");
        if (random.nextInt(4) != 0) {
            json.append("\"result\":{\"score\":{\"scaled\":").append(random.nextInt(101) / 100.0)
                    .append("},\"success\":").append(random.nextBoolean()).append(",\"completion\":true,")
                    .append("\"duration\":\"PT").append(random.nextInt(3600)).append("S\"},");
        }
        json.append("\"context\":{");
        if (random.nextInt(10) < 8) {
            json.append("\"registration\":\"").append(registration(random.nextInt(REGISTRATIONS))).append("\",");
        }
        json.append("\"contextActivities\":{\"parent\":[{\"id\":\"").append(course(activity % COURSES))
                .append("\"}],\"grouping\":[{\"id\":\"https://medvirk.no/programmes/representatives\"}]},")
                .append("\"platform\":\"Medvirk\",\"language\":\"nb-NO\"},")
                .append("\"timestamp\":\"2026-11-").append(10 + random.nextInt(10)).append("T")
                .append(10 + random.nextInt(10)).append(":").append(10 + random.nextInt(50))
                .append(":00.000Z\"}");
        return json.toString();
    }
}
