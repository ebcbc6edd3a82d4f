package no.medvirk.support;

import java.time.Duration;
import no.medvirk.certificate.Certificate;
import no.medvirk.certificate.Certificates;
import no.medvirk.identity.PersonId;

/** Certificates for tests: they are issued by an event listener after the LRS commits, so tests wait for them. */
public final class TestCertificates {

    private TestCertificates() {}

    /** The person's first certificate, waiting up to the given time for the listener to issue it. */
    public static Certificate issuedFor(Certificates certificates, PersonId person, Duration within)
            throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            var mine = certificates.of(person);
            if (!mine.isEmpty()) {
                return mine.getFirst();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("No certificate was issued within " + within.toSeconds() + " s");
    }
}
