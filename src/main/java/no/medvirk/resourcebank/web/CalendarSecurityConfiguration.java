package no.medvirk.resourcebank.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * /kalender/** has a chain of its own, ahead of the Vaadin one, so that a calendar app can fetch the feed without
 * a sign-in page in the way. The session is still read, so {@link CalendarController} knows a signed-in user.
 */
@Configuration(proxyBeanMethods = false)
class CalendarSecurityConfiguration {

    @Bean
    @Order(2)
    SecurityFilterChain calendarSecurity(HttpSecurity http) throws Exception {
        http.securityMatcher("/kalender/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable());
        return http.build();
    }
}
