package no.medvirk.packages.cmi5;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * cmi5 sessions ({@code medvirk.packages.cmi5.*}).
 *
 * @param sessionTimeout how long an AU may stay silent (no statement) before its session counts as abandoned and its
 *     token stops working
 * @param tokenAfterTerminated how long the token still opens /xapi after the AU's terminated (to save its bookmark,
 *     say); statements in the session are refused at once after terminated all the same
 */
@ConfigurationProperties("medvirk.packages.cmi5")
public record Cmi5Properties(
        @DefaultValue("PT3H") Duration sessionTimeout,
        @DefaultValue("PT1M") Duration tokenAfterTerminated) {}
