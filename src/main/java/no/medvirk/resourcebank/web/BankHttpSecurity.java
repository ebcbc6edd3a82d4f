package no.medvirk.resourcebank.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The bank's plain HTTP addresses, /kalender/** and the open resources' files at /ressursbank/&lt;id&gt;/fil, have a
 * chain of their own, ahead of the Vaadin one, so that a calendar app or a link in another page gets the file
 * without a sign-in page in the way. The session is still read, so the controllers know a signed-in user and refuse
 * the rest with 401 when the bank is not public ({@link BankReaders}).
 */
@Configuration(proxyBeanMethods = false)
class BankHttpSecurity {

    @Bean
    @Order(2)
    SecurityFilterChain bankHttpChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/kalender/**", "/ressursbank/*/fil")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable());
        return http.build();
    }
}
