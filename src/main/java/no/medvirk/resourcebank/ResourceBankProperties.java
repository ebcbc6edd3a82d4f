package no.medvirk.resourcebank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.bind.Name;
import org.springframework.util.unit.DataSize;

/**
 * The resource bank's settings ({@code medvirk.resourcebank.*}).
 *
 * @param open whether the bank, its entries, the events and the calendar feed may be read without signing in (the
 *     public overview the Alrek working group asks for); {@code medvirk.resourcebank.public} in properties
 * @param maxFileSize the largest file an open educational resource may have ({@code max-file-size}, e.g. 20MB)
 */
@ConfigurationProperties("medvirk.resourcebank")
public record ResourceBankProperties(@Name("public") @DefaultValue("true") boolean open,
        @DefaultValue("20MB") DataSize maxFileSize) {}
