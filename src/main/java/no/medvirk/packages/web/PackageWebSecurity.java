package no.medvirk.packages.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;

/**
 * The commit endpoint's own security chain, ahead of the Vaadin one: the signed-in session as everywhere, but no
 * CSRF token, since scorm-again's requests and the unload beacon cannot carry Spring's. The unguessable commit token
 * in the address does that job: only the learner's own player page knows it, and it is checked against the
 * signed-in person. Signed out, the answer is 401, not a redirect to the login page.
 */
@Configuration(proxyBeanMethods = false)
class PackageWebSecurity {

    @Bean
    @Order(2)
    SecurityFilterChain packageCommitSecurity(HttpSecurity http) throws Exception {
        http.securityMatcher("/pakkeokt/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .exceptionHandling(e -> e.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)));
        return http.build();
    }
}
