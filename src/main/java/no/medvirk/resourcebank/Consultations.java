package no.medvirk.resourcebank;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import no.medvirk.shared.DomainException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Consultations (rådslag): signed-in users answer the questions and give general input while the consultation is
 * open; the organiser reads the input and exports it as CSV.
 */
@Service
public class Consultations {

    public static final int ANSWER_LENGTH = 4000;

    private final JdbcTemplate jdbc;
    private final EntryRows rows;
    private final Clock clock;

    Consultations(JdbcTemplate jdbc, EntryRows rows, Clock clock) {
        this.jdbc = jdbc;
        this.rows = rows;
        this.clock = clock;
    }

    public boolean isOpen(Entry consultation) {
        Instant now = clock.instant();
        EntryForm c = consultation.content();
        return c.opensAt() != null && c.closesAt() != null && !now.isBefore(c.opensAt()) && now.isBefore(c.closesAt());
    }

    /** Stores the answers given (question number from 1, 0 for general input); blank answers are left out. */
    @Transactional
    public void give(UUID consultationId, Actor person, Map<Integer, String> answers) {
        Entry consultation = rows.visible(consultationId).filter(e -> e.kind() == EntryKind.CONSULTATION)
                .orElseThrow(() -> new DomainException("bank.not-found"));
        if (!isOpen(consultation)) {
            throw new DomainException("bank.consultation.closed");
        }
        int questions = consultation.content().questionList().size();
        var given = answers.entrySet().stream().filter(a -> !a.getValue().isBlank()).toList();
        if (given.isEmpty()) {
            throw new DomainException("bank.consultation.empty");
        }
        Timestamp now = Timestamp.from(clock.instant());
        for (var answer : given) {
            if (answer.getKey() < 0 || answer.getKey() > questions) {
                throw new DomainException("bank.not-found");
            }
            if (answer.getValue().length() > ANSWER_LENGTH) {
                throw new DomainException("bank.validation.too-long");
            }
            jdbc.update("""
                    insert into bank_input (id, entry_id, person_id, person_name, question, answer, given_at)
                    values (?, ?, ?, ?, ?, ?, ?)""", UUID.randomUUID(), consultationId, person.personId(),
                    person.name(), answer.getKey(), answer.getValue().strip(), now);
        }
    }

    @Transactional(readOnly = true)
    public List<ConsultationInput> inputs(UUID consultationId) {
        return jdbc.query("""
                select person_id, person_name, question, answer, given_at from bank_input where entry_id = ?
                order by given_at, question, id""", (row, n) -> new ConsultationInput(row.getObject(1, UUID.class),
                row.getString(2), row.getInt(3), row.getString(4), row.getTimestamp(5).toInstant()), consultationId);
    }

    /** The input as CSV: when, who, the question and the answer, formula-safe (see {@link BankCsv#neutralised}). */
    @Transactional(readOnly = true)
    public byte[] csv(UUID consultationId, BankCsv.Texts texts) {
        Entry consultation = rows.any(consultationId).orElseThrow(() -> new DomainException("bank.not-found"));
        List<String> questions = consultation.content().questionList();
        var bytes = new ByteArrayOutputStream();
        try (var printer = new CSVPrinter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), CSVFormat.RFC4180)) {
            bytes.write(BankCsv.BOM);
            printer.printRecord(texts.get("bank.input.given-at"), texts.get("bank.input.person"),
                    texts.get("bank.input.question"), texts.get("bank.input.answer"));
            for (ConsultationInput input : inputs(consultationId)) {
                String question = input.question() == 0 || input.question() > questions.size()
                        ? texts.get("bank.input.general") : questions.get(input.question() - 1);
                printer.printRecord(input.givenAt().atZone(clock.getZone()).toOffsetDateTime().toString(),
                        BankCsv.neutralised(input.personName()), BankCsv.neutralised(question),
                        BankCsv.neutralised(input.answer()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
