package no.medvirk.packages.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.io.File;
import no.medvirk.packages.PackageUpload;
import no.medvirk.packages.PackageVersion;
import no.medvirk.shared.ui.ZipUploads;

/**
 * Uploading a SCORM or cmi5 package as a zip: the package is checked before anything is stored, and what became of
 * it is said here, where a screen reader announces it: the version it became, or what is wrong with it.
 */
class PackageUploadSection extends Section {

    private static final long MB = 1024 * 1024;

    private final PackageUpload packageUpload;
    private final Runnable afterImport;
    private final Div outcome = new Div();

    PackageUploadSection(PackageUpload packageUpload, Runnable afterImport) {
        this.packageUpload = packageUpload;
        this.afterImport = afterImport;
        long maxBytes = packageUpload.maxBytes();
        var upload = ZipUploads.create(this, "package-upload", maxBytes, this::uploaded, this::refused);
        upload.getElement().setAttribute("aria-describedby", "package-upload-help");
        var help = new Paragraph(getTranslation("package-upload.help", maxBytes / MB));
        help.setId("package-upload-help");
        outcome.getElement().setAttribute("aria-live", "polite");
        outcome.addClassName("package-upload-outcome");
        add(new H2(getTranslation("package-upload.title")), help, upload, outcome);
    }

    private void uploaded(File file) {
        switch (packageUpload.upload(file.toPath())) {
            case PackageUpload.Refused refused ->
                    refused(getTranslation(refused.messageKey(), refused.arguments().toArray()));
            case PackageUpload.Imported imported -> {
                PackageVersion version = imported.version();
                outcome.removeAll();
                outcome.add(new Paragraph(imported.created()
                        ? getTranslation("package-upload.imported", version.title(), version.standard().label(),
                                version.version())
                        : getTranslation("package-upload.unchanged", version.title(), version.version())));
                afterImport.run();
            }
        }
    }

    private void refused(String message) {
        outcome.removeAll();
        outcome.add(new Paragraph(getTranslation("package-upload.nothing-changed")), new Paragraph(message));
    }
}
