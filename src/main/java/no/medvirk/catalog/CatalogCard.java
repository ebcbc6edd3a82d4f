package no.medvirk.catalog;

import java.util.List;
import no.medvirk.shared.LocalizedText;

/** A published course as the catalogue shows it on a card. */
public record CatalogCard(String id, LocalizedText title, LocalizedText summary, List<String> audiences,
        List<String> levels, int estimatedMinutes, boolean recommended) {}
