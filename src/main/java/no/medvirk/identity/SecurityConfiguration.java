package no.medvirk.identity;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import no.medvirk.identity.ui.LoginView;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may reach what over HTTP. Vaadin's configurer guards the views (each says who may open it); the rest here is
 * static files, sign-in, session fixation and password hashing. The security headers are in {@link SecurityHeaders}.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/styles/**", "/images/**", "/scripts/**", "/error").permitAll()
                .requestMatchers("/actuator/health", "/actuator/health/**").permitAll());
        // SecurityHeaders writes these on every response, including those Vaadin keeps out of this chain.
        http.headers(headers -> headers.frameOptions(frame -> frame.disable())
                .contentTypeOptions(options -> options.disable()));
        http.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()));
        // Every failure, a locked account's too, goes to /login?error: the page must not tell who has an account.
        http.formLogin(form -> form.loginPage("/login"));
        // Any other address goes to Vaadin for a signed-in user, which shows the not-found page, instead of a bare 403.
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                .anyRequest(request -> request.authenticated()));
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
        return new DefaultAuthenticationEventPublisher(publisher);
    }
}
