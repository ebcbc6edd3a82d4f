package no.medvirk.identity;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Counts failed sign-ins towards a lock-out, clears them on success. */
@Component
class SignInAttempts {

    private final People people;

    SignInAttempts(People people) {
        this.people = people;
    }

    @EventListener
    void on(AuthenticationFailureBadCredentialsEvent event) {
        people.signInFailed(event.getAuthentication().getName());
    }

    @EventListener
    void on(AuthenticationSuccessEvent event) {
        people.signInSucceeded(event.getAuthentication().getName());
    }
}
