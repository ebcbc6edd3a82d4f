package no.medvirk.resourcebank;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import no.medvirk.shared.EmbeddedDatabase;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A handful of fictional entries for the demo, in bokmål: the people are made up (no real person's name), the
 * methods and theories are described in our own words after the sources they name. Loaded only on the embedded
 * database outside the {@code prod} profile, and only into an empty bank; once the application is ready, so that
 * the demo accounts are there: the demo account {@code per} is linked to the resource person Per Prøve.
 */
@Component
@Profile("!prod")
class BankDemoData {

    static final Actor DEMO = new Actor(new UUID(0, 0), "Medvirk (demo)");
    private static final String SEED_000 = "Alrek helseklynge, arbeidsgruppene for brukermedvirkning: oppsummert "
            + "rapport (2023).";
    private static final String SEED_004 = "Kompetansesentrene i Helse Vest: «Bruker- og pårørendeinvolvering» "
            + "(veileder for kompetansesentre).";

    private final ObjectProvider<EmbeddedDatabase> embeddedDatabase;
    private final JdbcTemplate jdbc;
    private final ResourceBank bank;
    private final Consents consents;
    private final Accounts accounts;
    private final Clock clock;

    BankDemoData(ObjectProvider<EmbeddedDatabase> embeddedDatabase, JdbcTemplate jdbc, ResourceBank bank,
            Consents consents, Accounts accounts, Clock clock) {
        this.embeddedDatabase = embeddedDatabase;
        this.jdbc = jdbc;
        this.bank = bank;
        this.consents = consents;
        this.accounts = accounts;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void load() {
        Integer entries = jdbc.queryForObject("select count(*) from bank_entry", Integer.class);
        if (embeddedDatabase.getIfAvailable() == null || entries == null || entries > 0) {
            return;
        }
        ZoneId zone = clock.getZone();
        LocalDate today = LocalDate.now(clock);
        UUID person = publish(person("Solveig Eksempeldatter", "Erfaringskonsulent med egen erfaring fra psykisk "
                + "helsevern; holder innlegg om recovery og om å ansette erfaringskonsulenter.",
                "Fjordvik kommune (fiktiv)", "experience-consultant", List.of("mental-health", "recovery",
                        "service-development"), "west", "solveig.eksempeldatter@example.org", null));
        consents.record(person, "Solveig Eksempeldatter", "Vises i ressursbanken med navn, rolle, fagområder og "
                + "e-postadresse", clock.instant().minus(Duration.ofDays(30)), DEMO);
        UUID researcher = publish(person("Tor Testesen", "Forsker på brukermedvirkning i forskning og på "
                + "brukerpanel; veileder prosjekter som vil ha brukermedvirkere med fra start.", "Vestlandet "
                + "høgskole (fiktiv)", "researcher", List.of("research", "law"), "west", "tor.testesen@example.org",
                null));
        consents.record(researcher, "Tor Testesen", "Vises i ressursbanken som forsker som kan kontaktes",
                clock.instant().minus(Duration.ofDays(10)), DEMO);
        // A person with a Medvirk account: signed in as per, he sees and can withdraw his consent on Mitt samtykke.
        accounts.byUsername("per").ifPresent(per -> {
            UUID linked = publish(person("Per Prøve", "Pårørenderepresentant i brukerrådet; forteller om å være "
                    + "pårørende til en som får hjelp hjemme, og om samarbeid med hjemmetjenesten.", "Fjordvik "
                    + "kommune (fiktiv)", "next-of-kin-representative", List.of("next-of-kin",
                            "service-development"), "west", "per@demo.medvirk.no", per.personId()));
            consents.giveOwn(linked, new Actor(per.personId(), per.name()), "Vises i ressursbanken med navn, rolle, "
                    + "fagområder og e-postadresse");
        });
        // A person asked for but not yet agreed: stays hidden until a consent is recorded.
        publish(person("Per Uten-Samtykke", "Brukerrepresentant.", "Brukerforeningen Vest (fiktiv)",
                "user-representative", List.of("substance-use"), "west", "per@example.org", null));

        publish(text(EntryKind.METHOD, "Rådslag", "Et strukturert møte der brukere og pårørende gir råd før en "
                + "praksis endres eller noe nytt innføres.", """
                Et rådslag har en satt agenda og sier konkret hva en ønsker innspill på, men åpner også for generelle \
                innspill. Det passer når et kompetansesenter skal formidle kunnskap, lage kunnskapsoppsummeringer \
                eller starte ny forskning. Barn og unge bør være med der det er relevant, for eksempel gjennom et \
                ungdomspanel.""", "Ungdataseminarer der ungdom er til stede og drøfter resultatene og tiltakene.",
                List.of("system-level", "children-youth", "research"), SEED_004));
        publish(text(EntryKind.METHOD, "Erfaringsbasert kvalitetssikring", "Brukere og pårørende vurderer "
                + "tjenesten ut fra egen erfaring, og vurderingene brukes i forbedringsarbeidet.", """
                Tjenesten inviterer brukere og pårørende til å se på rutiner og møtepunkter og si hva som fungerer \
                og hva som bør endres. Funnene følges opp i tjenestens forbedringsarbeid.""", "",
                List.of("service-development"), SEED_004));
        publish(text(EntryKind.METHOD, "Referansegruppe", "En fast gruppe brukere og pårørende som gir råd "
                + "gjennom et prosjekt eller et år.", """
                En referansegruppe møtes jevnlig, har en tydelig rolle og vet hva som forventes av den. Den kan \
                gi råd om spørreskjema, resultatformidling og videre arbeid med resultatene.""", "",
                List.of("research", "system-level"), SEED_004));
        publish(text(EntryKind.METHOD, "Feedbackinformerte verktøy", "Korte, faste tilbakemeldinger fra brukeren "
                + "i hver samtale, som styrer den videre oppfølgingen.", """
                Brukeren svarer på noen få spørsmål om hvordan det går og hvordan samarbeidet oppleves. Svarene \
                drøftes sammen og brukes til å justere hjelpen.""", "", List.of("individual-level", "mental-health"),
                SEED_004));
        publish(text(EntryKind.THEORY, "Tre nivåer for medvirkning", "Medvirkning på individnivå, tjenestenivå og "
                + "systemnivå, med ulike lover, roller og arenaer.", """
                På individnivå er brukeren med på å utforme sin egen oppfølging. På tjenestenivå gir brukere og \
                pårørende råd om hvordan tjenesten drives, for eksempel i brukerutvalg. På systemnivå deltar \
                representanter i planlegging, forskning og utvikling.""", "", List.of("law", "system-level",
                        "individual-level"), SEED_004 + " Helsedirektoratet: Nasjonale faglige råd for bruker- og "
                        + "pårørendemedvirkning i rus- og psykisk helsefeltet (2025)."));
        publish(text(EntryKind.THEORY, "Brukerråd: faste og midlertidige, rådgivende og representative",
                "En firefeltsmodell for å beskrive brukerråd og brukerfora.", """
                Et brukerråd kan være fast eller opprettet for en bestemt sak, og medlemmene kan gi råd ut fra egen \
                erfaring eller representere en organisasjon. De fire kombinasjonene krever ulik rekruttering, \
                opplæring og honorering.""", "", List.of("system-level"), "Digdir (tidligere Difi): "
                        + "«Brukerråd og brukerfora»."));
        publish(resource("Sjekkliste for brukerinvolvering for ledere (eksempel)", "En kort sjekkliste en leder "
                + "kan bruke før et utviklingsprosjekt starter.", "https://example.org/sjekkliste-ledere",
                "cc-by", List.of("leaders"), "introductory"));
        publish(resource("Introduksjon til brukermedvirkning i forskning (åpent kurs, eksempel)", "Et åpent "
                + "nettkurs for forskere, brukermedvirkere og studenter om å forske sammen fra start til slutt.",
                "https://example.org/kurs/forske-sammen", "cc-by-sa", List.of("researchers", "students",
                        "user-representatives"), "intermediate"));

        Instant seminar = today.plusDays(21).atTime(LocalTime.of(9, 0)).atZone(zone).toInstant();
        publish(event("Fagsamling: brukermedvirkning i forskning og tjenesteutvikling", "En dag med innlegg fra "
                + "brukermedvirkere, forskere og ledere, og arbeid i grupper.", seminar,
                seminar.plus(Duration.ofHours(6)), "Fjordvik kulturhus, Storgata 1 (fiktiv adresse)", "", 40));
        Instant webinar = today.plusDays(9).atTime(LocalTime.of(13, 0)).atZone(zone).toInstant();
        publish(event("Webinar: rådslag i praksis", "Hvordan et kompetansesenter planlegger, gjennomfører og "
                + "følger opp et rådslag.", webinar, webinar.plus(Duration.ofMinutes(90)), "",
                "https://example.org/webinar/radslag", 3));

        publish(new EntryForm(EntryKind.CONSULTATION, "Rådslag om handlingsplanen for brukerinvolvering",
                "Vi vil høre fra brukere og pårørende før handlingsplanen for neste år vedtas.", "", "", "",
                List.of("system-level"), List.of("user-representatives", "next-of-kin-representatives"), null,
                "west", List.of("nb"), "", null, "", null, "", null, null, null, "", "", "Fagrådet (fiktivt)",
                null, false, """
                1. Hva handlingsplanen skal løse
                2. Forslagene til tiltak
                3. Hvordan vi følger opp innspillene""", """
                Hvilke tiltak i forslaget er viktigst for deg?
                Hva mangler i forslaget?
                Hvordan vil du at vi skal gi tilbakemelding på innspillene?""",
                clock.instant().minus(Duration.ofDays(1)), clock.instant().plus(Duration.ofDays(30))));
    }

    private UUID publish(EntryForm form) {
        UUID id = bank.create(form, DEMO);
        bank.setPublished(id, true, DEMO);
        return id;
    }

    private static EntryForm person(String name, String summary, String organisation, String role,
            List<String> expertise, String region, String contact, @Nullable UUID account) {
        return new EntryForm(EntryKind.PERSON, name, summary, "", "", "", expertise, List.of(), null, region,
                List.of("nb", "en"), organisation, role, contact, account, "", null, null, null, "", "", "", null, false,
                "", "", null, null);
    }

    private static EntryForm text(EntryKind kind, String title, String summary, String body, String examples,
            List<String> tags, String sources) {
        return new EntryForm(kind, title, summary, body, sources, examples, tags, List.of("employees", "leaders",
                "user-representatives"), "introductory", "national", List.of("nb"), "", null, "", null, "", null,
                null, null, "", "", "", null, false, "", "", null, null);
    }

    private static EntryForm resource(String title, String summary, String link, String licence,
            List<String> audiences, String level) {
        return new EntryForm(EntryKind.RESOURCE, title, summary, "", "", "", List.of("teaching"), audiences, level,
                "national", List.of("nb"), "Eksempelsenteret (fiktivt)", null, "", null, link, licence, null, null,
                "", "", "", null, false, "", "", null, null);
    }

    private static EntryForm event(String title, String summary, Instant starts, Instant ends, String place,
            String online, int capacity) {
        return new EntryForm(EntryKind.EVENT, title, summary, "", "", "", List.of("research", "service-development"),
                List.of("employees", "user-representatives", "students"), null, "west", List.of("nb"), "", null, "",
                null, "", null, starts, ends, place, online, "Faggruppen for brukermedvirkning (fiktiv)", capacity,
                false, "", "", null, null);
    }
}
