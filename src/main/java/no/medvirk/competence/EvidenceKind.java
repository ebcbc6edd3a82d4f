package no.medvirk.competence;

/** The kinds of evidence a person can have for an item. */
public enum EvidenceKind {
    /** A course, lesson, quiz or package step in the LRS (achieved when passed or completed). */
    COURSE,
    /** A ticked statement of the person's self-assessment checklist. */
    SELF,
    /** The person's leader confirmed it, with a comment. */
    LEADER;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static EvidenceKind of(String code) {
        return valueOf(code.toUpperCase(java.util.Locale.ROOT));
    }

    public String i18nKey() {
        return "competence.evidence." + code();
    }
}
