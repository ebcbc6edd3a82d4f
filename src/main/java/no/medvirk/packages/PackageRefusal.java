package no.medvirk.packages;

import java.util.List;

/** Why a package cannot be imported: a message key under {@code package-upload.} and its arguments. */
final class PackageRefusal extends Exception {

    private final String reason;
    private final transient List<Object> arguments;

    PackageRefusal(String reason, Object... arguments) {
        super(reason + " " + List.of(arguments), null, false, false);
        this.reason = reason;
        this.arguments = List.of(arguments);
    }

    String messageKey() {
        return "package-upload." + reason;
    }

    List<Object> arguments() {
        return arguments;
    }
}
