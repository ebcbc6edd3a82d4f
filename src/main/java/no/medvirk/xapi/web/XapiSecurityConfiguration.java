package no.medvirk.xapi.web;

import java.util.List;
import no.medvirk.xapi.DelegatedAccess;
import no.medvirk.xapi.XapiClient;
import no.medvirk.xapi.XapiClients;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * /xapi/** has a security chain of its own, ahead of the Vaadin one: LRS clients (not people) with HTTP Basic,
 * no session, no CSRF (no cookies are used), and CORS for browser-based content such as cmi5 AUs. Credentials
 * another module hands out ({@link DelegatedAccess}, a cmi5 AU's auth token) are tried first.
 */
@Configuration(proxyBeanMethods = false)
class XapiSecurityConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain xapiSecurity(HttpSecurity http, XapiClients clients,
            ObjectProvider<DelegatedAccess> delegated) throws Exception {
        http.securityMatcher("/xapi/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.OPTIONS, "/xapi/**").permitAll()
                        .requestMatchers("/xapi/about").permitAll()
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.realmName("Medvirk LRS"))
                // Never touch the HTTP session, not even to change its id on sign-in: content served from Medvirk's
                // own origin (a cmi5 AU) sends the learner's session cookie along with its Basic credentials, and a
                // new id on every request signs the learner out in a race with the page's other requests.
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS)
                        .sessionFixation(fixation -> fixation.none()))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .cors(cors -> cors.configurationSource(corsConfiguration()))
                .authenticationManager(authentication -> {
                    String key = authentication.getName();
                    String secret = String.valueOf(authentication.getCredentials());
                    XapiClient client = delegated.orderedStream()
                            .flatMap(access -> access.authenticate(key, secret).stream()).findFirst()
                            .or(() -> clients.authenticate(key, secret))
                            .orElseThrow(() -> new BadCredentialsException("Unknown LRS client or wrong secret"));
                    return UsernamePasswordAuthenticationToken.authenticated(client, null,
                            List.of(new SimpleGrantedAuthority("ROLE_LRS_CLIENT")));
                });
        return http.build();
    }

    private static UrlBasedCorsConfigurationSource corsConfiguration() {
        var cors = new CorsConfiguration();
        cors.setAllowedOriginPatterns(List.of("*"));
        cors.setAllowedMethods(List.of("GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS"));
        cors.setAllowedHeaders(List.of("Authorization", "Content-Type", "X-Experience-API-Version", "If-Match",
                "If-None-Match", "Accept-Language"));
        cors.setExposedHeaders(List.of("ETag", "Last-Modified", "Location", "X-Experience-API-Version",
                "X-Experience-API-Consistent-Through"));
        cors.setMaxAge(3600L);
        var source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/xapi/**", cors);
        return source;
    }
}
