package no.medvirk.packages;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriUtils;

/**
 * Paths inside a package. A manifest's href, with the xml:base values above it, becomes a path relative to the
 * package root; anything that would leave the package (a {@code ..} too many, an absolute path, a backslash, a drive
 * letter, another scheme than http(s)) is unsafe.
 */
final class PackagePaths {

    /** A reference as the manifest makes it: a file of the package (with any query and fragment), or a web URL. */
    sealed interface Ref permits Local, External {}

    /** @param path decoded, relative to the package root; @param suffix the query and fragment as written */
    record Local(String path, String suffix) implements Ref {
        String url() {
            return UriUtils.encodePath(path, StandardCharsets.UTF_8) + suffix;
        }
    }

    record External(String url) implements Ref {}

    /** A reference that would leave the package. */
    static final class Unsafe extends Exception {
        Unsafe(String reference) {
            super(reference, null, false, false);
        }
    }

    private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*):.*", Pattern.DOTALL);

    private PackagePaths() {}

    /** Resolves an href against the xml:base values that apply to it, outermost first. */
    static Ref resolve(List<@Nullable String> bases, String href) throws Unsafe {
        String reference = href.strip();
        var scheme = SCHEME.matcher(reference);
        if (scheme.matches()) {
            String name = scheme.group(1).toLowerCase(Locale.ROOT);
            if (name.length() > 1 && (name.equals("http") || name.equals("https"))) {
                return new External(reference);
            }
            throw new Unsafe(href);
        }
        StringBuilder joined = new StringBuilder();
        for (String base : bases) {
            if (base != null && !base.isBlank()) {
                String b = base.strip();
                if (SCHEME.matcher(b).matches()) {
                    throw new Unsafe(b);
                }
                joined.append(b.endsWith("/") ? b : b + "/");
            }
        }
        joined.append(reference);
        String full = joined.toString();
        int cut = indexOfAny(full, '?', '#');
        String rawPath = cut < 0 ? full : full.substring(0, cut);
        String suffix = cut < 0 ? "" : full.substring(cut);
        return new Local(normalise(decode(rawPath, href), href), suffix);
    }

    /** Whether a path names a file inside the package: relative, no {@code ..}, no backslash, no drive letter. */
    static boolean safe(String path) {
        try {
            return !path.isEmpty() && normalise(path, path).equals(path);
        } catch (Unsafe e) {
            return false;
        }
    }

    private static String decode(String raw, String href) throws Unsafe {
        try {
            return UriUtils.decode(raw, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new Unsafe(href);
        }
    }

    private static String normalise(String path, String href) throws Unsafe {
        if (path.startsWith("/") || path.contains("\\") || path.indexOf('\0') >= 0
                || SCHEME.matcher(path).matches()) {
            throw new Unsafe(href);
        }
        Deque<String> segments = new ArrayDeque<>();
        for (String segment : path.split("/", -1)) {
            if (segment.equals("..")) {
                if (segments.isEmpty()) {
                    throw new Unsafe(href);
                }
                segments.removeLast();
            } else if (!segment.isEmpty() && !segment.equals(".")) {
                segments.addLast(segment);
            }
        }
        if (segments.isEmpty()) {
            throw new Unsafe(href);
        }
        return String.join("/", segments);
    }

    private static int indexOfAny(String text, char a, char b) {
        int i = text.indexOf(a);
        int j = text.indexOf(b);
        return i < 0 ? j : j < 0 ? i : Math.min(i, j);
    }
}
