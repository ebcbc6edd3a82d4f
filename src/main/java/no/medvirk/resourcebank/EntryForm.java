package no.medvirk.resourcebank;

import java.net.URI;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import no.medvirk.shared.DomainException;
import org.jspecify.annotations.Nullable;

/**
 * An entry as a course administrator writes it. Every kind shares the first fields; the rest belong to one kind and
 * are empty for the others. {@link #check()} holds the rules; the editor shows the same rules field by field.
 *
 * @param personId a resource person's own Medvirk account, through which they see and withdraw their consent
 * @param questions what input a consultation asks for, one question a line
 */
public record EntryForm(EntryKind kind, String title, String summary, String body, String sources, String examples,
        List<String> tags, List<String> audiences, @Nullable String level, @Nullable String region,
        List<String> languages, String organisation, @Nullable String personRole, String contact,
        @Nullable UUID personId, String link, @Nullable String licence, @Nullable Instant startsAt,
        @Nullable Instant endsAt, String place, String onlineLink, String organiser, @Nullable Integer capacity,
        boolean cancelled, String agenda, String questions, @Nullable Instant opensAt, @Nullable Instant closesAt) {

    public static final int TITLE_LENGTH = 200;
    public static final int SUMMARY_LENGTH = 1000;
    public static final int SHORT_LENGTH = 200;
    public static final int CONTACT_LENGTH = 300;
    public static final int LINK_LENGTH = 500;

    public EntryForm {
        title = title.strip();
        summary = summary.strip();
        tags = List.copyOf(tags);
        audiences = List.copyOf(audiences);
        languages = List.copyOf(languages);
    }

    /** An empty entry of the kind, for the editor and for CSV rows to fill in. */
    public static EntryForm empty(EntryKind kind) {
        return new EntryForm(kind, "", "", "", "", "", List.of(), List.of(), null, null, List.of(), "", null, "", null,
                "", null, null, null, "", "", "", null, false, "", "", null, null);
    }

    /** The questions of a consultation, without empty lines. */
    public List<String> questionList() {
        return questions.lines().map(String::strip).filter(q -> !q.isEmpty()).toList();
    }

    /** Throws a {@link DomainException} naming the first rule the entry breaks; an open resource needs a link. */
    public EntryForm check() {
        return check(false);
    }

    /** The same, for an entry that has (or will have) an uploaded file: an open resource needs a link or a file. */
    public EntryForm check(boolean hasFile) {
        require(!title.isEmpty(), "bank.validation.title-required");
        require(title.length() <= TITLE_LENGTH, "bank.validation.too-long");
        require(summary.length() <= SUMMARY_LENGTH, "bank.validation.too-long");
        require(organisation.length() <= SHORT_LENGTH && organiser.length() <= SHORT_LENGTH
                && place.length() <= CONTACT_LENGTH && contact.length() <= CONTACT_LENGTH, "bank.validation.too-long");
        known(tags, Vocabulary.TOPICS);
        known(audiences, Vocabulary.AUDIENCES);
        known(languages, Vocabulary.LANGUAGES);
        known(level == null ? List.of() : List.of(level), Vocabulary.LEVELS);
        known(region == null ? List.of() : List.of(region), Vocabulary.REGIONS);
        known(licence == null ? List.of() : List.of(licence), Vocabulary.LICENCES);
        known(personRole == null ? List.of() : List.of(personRole), Vocabulary.PERSON_ROLES);
        require(link.isEmpty() || isWebAddress(link), "bank.validation.link");
        require(onlineLink.isEmpty() || isWebAddress(onlineLink), "bank.validation.link");
        require(personId == null || kind == EntryKind.PERSON, "bank.validation.account-not-person");
        switch (kind) {
            case PERSON -> {
                require(personRole != null, "bank.validation.role-required");
                require(!tags.isEmpty(), "bank.validation.expertise-required");
                require(!contact.isBlank(), "bank.validation.contact-required");
            }
            case RESOURCE -> {
                require(!link.isEmpty() || hasFile, "bank.validation.link-or-file-required");
                require(licence != null, "bank.validation.licence-required");
            }
            case EVENT -> {
                require(startsAt != null && endsAt != null, "bank.validation.time-required");
                require(!endsAt.isBefore(startsAt), "bank.validation.ends-before-start");
                require(!place.isBlank() || !onlineLink.isEmpty(), "bank.validation.place-required");
                require(capacity == null || capacity > 0, "bank.validation.capacity");
            }
            case CONSULTATION -> {
                require(!agenda.isBlank(), "bank.validation.agenda-required");
                require(!questionList().isEmpty(), "bank.validation.questions-required");
                require(opensAt != null && closesAt != null, "bank.validation.period-required");
                require(closesAt.isAfter(opensAt), "bank.validation.closes-before-opens");
            }
            default -> require(!summary.isEmpty() || !body.isBlank(), "bank.validation.description-required");
        }
        return this;
    }

    static boolean isWebAddress(String text) {
        try {
            URI uri = new URI(text);
            return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null
                    && text.length() <= LINK_LENGTH;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private static void known(Collection<String> values, List<String> vocabulary) {
        for (String value : values) {
            require(vocabulary.contains(value), "bank.validation.unknown-value", value);
        }
    }

    private static void require(boolean rule, String key, Object... arguments) {
        if (!rule) {
            throw new DomainException(key, arguments);
        }
    }
}
