package no.medvirk.resourcebank;

import java.util.List;

/**
 * The controlled vocabularies entries are described with. Values are stable keys (stored, in CSV files and in
 * addresses); each has its name in the bundles under {@code bank.<facet>.<value>}.
 */
public final class Vocabulary {

    /** Topics: a resource person's areas of expertise, and what any other entry is about. */
    public static final List<String> TOPICS = List.of("law", "research", "service-development", "mental-health",
            "substance-use", "children-youth", "next-of-kin", "system-level", "individual-level", "recovery",
            "teaching");
    public static final List<String> AUDIENCES = List.of("employees", "leaders", "user-representatives",
            "next-of-kin-representatives", "students", "researchers");
    public static final List<String> LEVELS = List.of("introductory", "intermediate", "advanced");
    public static final List<String> REGIONS = List.of("west", "central", "north", "south-east", "national");
    public static final List<String> LANGUAGES = List.of("nb", "nn", "en", "se");
    public static final List<String> PERSON_ROLES = List.of("user-representative", "next-of-kin-representative",
            "experience-consultant", "researcher", "professional");
    /** Creative Commons licences and "all rights reserved". */
    public static final List<String> LICENCES = List.of("cc-by", "cc-by-sa", "cc-by-nc", "cc-by-nc-sa", "cc-by-nd",
            "cc-by-nc-nd", "cc0", "all-rights-reserved");

    private Vocabulary() {}

    public static String i18nKey(String facet, String value) {
        return "bank." + facet + "." + value;
    }
}
