package no.medvirk.packages.cmi5;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * The fetch URL has a chain of its own, after /xapi's and ahead of the Vaadin one: the AU calls it with no cookie
 * (it may be served from another origin), so it is open to all, without session or CSRF token; the one-time secret
 * in the URL is what guards it.
 */
@Configuration(proxyBeanMethods = false)
class Cmi5FetchSecurity {

    @Bean
    @Order(2)
    SecurityFilterChain cmi5FetchChain(HttpSecurity http) throws Exception {
        var cors = new CorsConfiguration();
        cors.setAllowedOriginPatterns(List.of("*"));
        cors.setAllowedMethods(List.of("POST", "OPTIONS"));
        var source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration(FetchController.PATH + "**", cors);
        http.securityMatcher(FetchController.PATH + "**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .cors(c -> c.configurationSource(source));
        return http.build();
    }
}
