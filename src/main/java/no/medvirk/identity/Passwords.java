package no.medvirk.identity;

import no.medvirk.shared.DomainException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** The password rule and hashing, in one place for administrators, registration and demo data. */
@Component
class Passwords {

    static final int MIN_LENGTH = 10;
    static final int MAX_LENGTH = 128;

    private final PasswordEncoder encoder;

    Passwords(PasswordEncoder encoder) {
        this.encoder = encoder;
    }

    String hash(@Nullable String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new DomainException("validation.password-too-short", MIN_LENGTH);
        }
        if (password.length() > MAX_LENGTH) {
            throw new DomainException("validation.too-long", MAX_LENGTH);
        }
        return encoder.encode(password);
    }

    /** Demo accounts have the short password "demo"; only demo data may skip the rule. */
    String hashWithoutRule(String password) {
        return encoder.encode(password);
    }
}
