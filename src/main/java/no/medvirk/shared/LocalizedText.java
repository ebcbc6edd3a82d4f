package no.medvirk.shared;

/** A text in bokmål and English, as course content and other data written for both languages carries it. */
public record LocalizedText(String nb, String en) {

    public String in(Language language) {
        return language == Language.EN ? en : nb;
    }
}
