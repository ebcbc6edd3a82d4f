package no.medvirk.resourcebank;

import org.apache.commons.codec.digest.DigestUtils;

/**
 * A file for an open educational resource: its name as the user gave it (without any folder), its media type and
 * bytes. Made by {@link BankFiles#accept}, which checks it; the bank checks it again before storing.
 */
public record BankFile(String name, String mediaType, byte[] bytes) {

    public long size() {
        return bytes.length;
    }

    public String sha256() {
        return DigestUtils.sha256Hex(bytes);
    }

    @Override
    public String toString() {
        return name + " (" + mediaType + ", " + bytes.length + " bytes)";
    }
}
