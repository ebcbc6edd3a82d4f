package no.medvirk.catalog.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import java.io.File;
import java.util.List;
import no.medvirk.catalog.CourseImportResult;
import no.medvirk.catalog.CourseUpload;
import no.medvirk.shared.ui.UserMessages;
import no.medvirk.shared.ui.ZipUploads;

/**
 * Uploading a course folder as a zip: the course is checked before anything changes; what is wrong with it is
 * listed here (file, line, what to do), and a valid course replaces its folder and becomes a new version.
 */
class CourseUploadSection extends Section {

    private static final long MB = 1024 * 1024;

    private final CourseUpload courseUpload;
    private final Runnable afterImport;
    private final Div outcome = new Div();

    CourseUploadSection(CourseUpload courseUpload, Runnable afterImport) {
        this.courseUpload = courseUpload;
        this.afterImport = afterImport;
        long maxBytes = courseUpload.maxBytes();
        var upload = ZipUploads.create(this, "course-upload", maxBytes, this::uploaded,
                message -> refused(List.of(new Paragraph(message))));
        upload.getElement().setAttribute("aria-describedby", "course-upload-help");
        var help = new Paragraph(getTranslation("course-upload.help", maxBytes / MB));
        help.setId("course-upload-help");
        outcome.getElement().setAttribute("aria-live", "polite");
        outcome.addClassName("course-upload-outcome");
        add(new H2(getTranslation("course-upload.title")), help, upload, outcome);
    }

    private void uploaded(File file) {
        switch (courseUpload.upload(file.toPath())) {
            case CourseUpload.Refused refused -> refused(List.of(new Paragraph(getTranslation(
                    refused.messageKey(), refused.arguments().toArray()))));
            case CourseUpload.Invalid invalid -> {
                var list = new UnorderedList();
                invalid.problems().forEach(p -> list.add(new ListItem(p.toString())));
                list.addClassName("import-problems");
                refused(List.of(new H3(getTranslation("course-upload.invalid", invalid.courseId())),
                        new Paragraph(getTranslation("course-upload.invalid-intro")), list));
            }
            case CourseUpload.Imported imported -> {
                outcome.removeAll();
                CourseImportResult result = imported.result();
                UserMessages.success(this, result.outcome() == CourseImportResult.Outcome.NEW_VERSION
                        ? "course-upload.new-version" : "course-upload.unchanged", result.folder(),
                        result.version());
                afterImport.run();
            }
        }
    }

    private void refused(List<com.vaadin.flow.component.Component> explanation) {
        outcome.removeAll();
        outcome.add(new Paragraph(getTranslation("course-upload.nothing-changed")));
        explanation.forEach(outcome::add);
    }
}
