package no.medvirk.packages.cmi5;

import no.medvirk.identity.PersonId;
import no.medvirk.learning.CourseActivities;
import no.medvirk.packages.PackageId;
import no.medvirk.packages.PackageItem;
import no.medvirk.xapi.XapiJson;
import org.apache.commons.codec.digest.DigestUtils;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ObjectNode;

/**
 * The xAPI names Medvirk gives a cmi5 course: the learner as the same account agent as in native courses, and
 * activity ids of its own for the course, its blocks and AUs (the spec forbids reusing the publisher's ids, which go
 * in the grouping instead). An id depends on the package and the publisher's id only, so it is the same in every
 * registration and every version of the package, and a learner's progress carries over to a new version.
 */
@Component
class Cmi5Ids {

    private final CourseActivities activities;

    Cmi5Ids(CourseActivities activities) {
        this.activities = activities;
    }

    /** {@code <base>/xapi/activities/packages/<package id>} for the course, with /blocks/ or /aus/ and a hash below. */
    String activityId(PackageId packageId, PackageItem item) {
        String course = activities.homePage() + "/xapi/activities/packages/" + packageId;
        return switch (item.kind()) {
            case COURSE -> course;
            case BLOCK -> course + "/blocks/" + hash(item.identifier());
            case AU -> course + "/aus/" + hash(item.identifier());
            default -> throw new IllegalArgumentException("Not a cmi5 node: " + item.kind());
        };
    }

    /** The learner as cmi5's actor: an account under Medvirk's base URL named by the person's id, nothing else. */
    ObjectNode actor(PersonId person) {
        ObjectNode actor = XapiJson.MAPPER.createObjectNode().put("objectType", "Agent");
        actor.putObject("account").put("homePage", activities.homePage()).put("name", person.toString());
        return actor;
    }

    /** The catalog course's own activity, for the statements that make a package count like a native course. */
    String catalogCourse(String courseId) {
        return activities.course(courseId);
    }

    private static String hash(String publisherId) {
        return DigestUtils.sha256Hex(publisherId).substring(0, 20);
    }
}
