package no.medvirk.catalog.export;

/** An exported package: the zip's bytes and the file name a download gives it. */
public record CoursePackage(String fileName, byte[] zip) {

    public static final String MEDIA_TYPE = "application/zip";
}
