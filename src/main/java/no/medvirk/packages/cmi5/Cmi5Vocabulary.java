package no.medvirk.packages.cmi5;

import java.util.Set;

/** The IRIs and names the cmi5 specification (Quartz) defines, in one place. */
final class Cmi5Vocabulary {

    static final String ADL = "http://adlnet.gov/expapi/verbs/";
    static final String LAUNCHED = ADL + "launched";
    static final String INITIALIZED = ADL + "initialized";
    static final String COMPLETED = ADL + "completed";
    static final String PASSED = ADL + "passed";
    static final String FAILED = ADL + "failed";
    static final String TERMINATED = ADL + "terminated";
    static final String ABANDONED = "https://w3id.org/xapi/adl/verbs/abandoned";
    static final String WAIVED = "https://w3id.org/xapi/adl/verbs/waived";
    static final String SATISFIED = "https://w3id.org/xapi/adl/verbs/satisfied";

    /** The verbs an AU may use in cmi5 defined statements; the others are the LMS's. */
    static final Set<String> AU_VERBS = Set.of(INITIALIZED, COMPLETED, PASSED, FAILED, TERMINATED);

    static final String CATEGORY_CMI5 = "https://w3id.org/xapi/cmi5/context/categories/cmi5";
    static final String CATEGORY_MOVEON = "https://w3id.org/xapi/cmi5/context/categories/moveon";

    static final String EXTENSIONS = "https://w3id.org/xapi/cmi5/context/extensions/";
    static final String SESSION_ID = EXTENSIONS + "sessionid";
    static final String MASTERY_SCORE = EXTENSIONS + "masteryscore";
    static final String LAUNCH_MODE = EXTENSIONS + "launchmode";
    static final String LAUNCH_URL = EXTENSIONS + "launchurl";
    static final String MOVE_ON = EXTENSIONS + "moveon";
    static final String LAUNCH_PARAMETERS = EXTENSIONS + "launchparameters";
    static final String REASON = "https://w3id.org/xapi/cmi5/result/extensions/reason";

    static final String BLOCK_TYPE = "https://w3id.org/xapi/cmi5/activitytype/block";
    static final String COURSE_TYPE = "https://w3id.org/xapi/cmi5/activitytype/course";

    /** The State API document the LMS writes before a launch, and the agent profile of learner preferences. */
    static final String LAUNCH_DATA = "LMS.LaunchData";
    static final String LEARNER_PREFERENCES = "cmi5LearnerPreferences";

    /** Medvirk launches in Normal mode only (Browse and Review are for an LMS that offers them). */
    static final String NORMAL = "Normal";

    private Cmi5Vocabulary() {}
}
