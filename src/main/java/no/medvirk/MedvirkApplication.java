package no.medvirk;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.theme.lumo.Lumo;
import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Medvirk: e-learning and competence tracking for user and next-of-kin participation. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@EnableAsync
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/medvirk.css")
@Meta(name = "viewport", content = "width=device-width, initial-scale=1")
public class MedvirkApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(MedvirkApplication.class, args);
    }

    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
