package no.medvirk.xapi.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import no.medvirk.xapi.XapiVersion;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The shared checks every part of a statement uses, and the list they report to. A property whose value is JSON null is
 * left alone here: {@link NullRule} reports it once for the whole statement.
 */
final class Checks {

    private final List<Violation> found = new ArrayList<>();
    private final XapiVersion version;

    Checks(XapiVersion version) {
        this.version = version;
    }

    XapiVersion version() {
        return version;
    }

    List<Violation> found() {
        return List.copyOf(found);
    }

    void fail(String path, String message) {
        found.add(new Violation(path, message));
    }

    /** The property's value, or null when it is absent or JSON null, so callers check only what was really sent. */
    static @Nullable JsonNode value(JsonNode object, String key) {
        JsonNode value = object.get(key);
        return value == null || value.isNull() ? null : value;
    }

    boolean isObject(JsonNode node, String path) {
        if (node.isObject()) {
            return true;
        }
        fail(path, "must be a JSON object");
        return false;
    }

    /** The specification names every property; a misspelt or miscased one is as wrong as an invented one. */
    /** Names every property that is not allowed here, in alphabetical order (sorting only when there is one). */
    void onlyKeys(JsonNode object, String path, Set<String> allowed) {
        if (allowed.containsAll(object.propertyNames())) {
            return;
        }
        for (String key : new TreeSet<>(object.propertyNames())) {
            if (!allowed.contains(key)) {
                fail(Paths.of(path, key), "is not a property allowed here");
            }
        }
    }

    void required(JsonNode object, String path, String... keys) {
        for (String key : keys) {
            if (!object.has(key)) {
                fail(Paths.of(path, key), "is required");
            }
        }
    }

    boolean isString(JsonNode value, String path) {
        if (value.isString()) {
            return true;
        }
        fail(path, "must be a string");
        return false;
    }

    void string(JsonNode object, String path, String key) {
        JsonNode value = value(object, key);
        if (value != null) {
            isString(value, Paths.of(path, key));
        }
    }

    void bool(JsonNode object, String path, String key) {
        JsonNode value = value(object, key);
        if (value != null && !value.isBoolean()) {
            fail(Paths.of(path, key), "must be true or false");
        }
    }

    void iri(JsonNode object, String path, String key) {
        JsonNode value = value(object, key);
        if (value != null) {
            iriValue(value, Paths.of(path, key));
        }
    }

    void iriValue(JsonNode value, String path) {
        if (isString(value, path) && !Iris.isAbsoluteIri(value.stringValue())) {
            fail(path, "must be an absolute IRI with a scheme");
        }
    }

    void irl(JsonNode object, String path, String key) {
        JsonNode value = value(object, key);
        if (value != null && isString(value, Paths.of(path, key)) && !Iris.isIrl(value.stringValue())) {
            fail(Paths.of(path, key), "must be an absolute IRL with a scheme");
        }
    }

    void uuid(JsonNode object, String path, String key) {
        JsonNode value = value(object, key);
        if (value != null && isString(value, Paths.of(path, key)) && !Uuids.isUuid(value.stringValue())) {
            fail(Paths.of(path, key), "must be a UUID in the form xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx");
        }
    }

    void languageTag(JsonNode object, String path, String key) {
        JsonNode value = value(object, key);
        if (value != null && isString(value, Paths.of(path, key)) && !LanguageTags.isValid(value.stringValue())) {
            fail(Paths.of(path, key), "must be an RFC 5646 language tag");
        }
    }

    /** A language map's keys are RFC 5646 tags and its values plain strings. */
    void languageMap(JsonNode object, String path, String key) {
        JsonNode map = value(object, key);
        String mapPath = Paths.of(path, key);
        if (map == null || !isObject(map, mapPath)) {
            return;
        }
        map.forEachEntry((tag, text) -> {
            String entryPath = Paths.of(mapPath, tag);
            if (!LanguageTags.isValid(tag)) {
                fail(entryPath, "is not an RFC 5646 language tag");
            }
            if (!text.isNull()) {
                isString(text, entryPath);
            }
        });
    }

    /** Extension values are free JSON, nulls included; only the keys are ruled, and they must be IRIs. */
    void extensions(JsonNode object, String path, String key) {
        JsonNode map = value(object, key);
        String mapPath = Paths.of(path, key);
        if (map == null || !isObject(map, mapPath)) {
            return;
        }
        for (String iri : map.propertyNames()) {
            if (!Iris.isAbsoluteIri(iri)) {
                fail(Paths.of(mapPath, iri), "an extension's key must be an absolute IRI");
            }
        }
    }

    /** The objectType as sent, or null when absent or not a string (the latter reported). */
    @Nullable String objectType(JsonNode object, String path) {
        JsonNode type = value(object, "objectType");
        if (type == null || !isString(type, Paths.of(path, "objectType"))) {
            return null;
        }
        return type.stringValue();
    }

    /** A set that iterates in sorted order: violations must come out in the same order on every run. */
    static java.util.Set<String> ordered(String... values) {
        return java.util.Collections.unmodifiableSet(new TreeSet<>(java.util.List.of(values)));
    }
}
