package no.medvirk.catalog.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import no.medvirk.catalog.CourseSummary;
import no.medvirk.catalog.export.CoursePackage;
import no.medvirk.catalog.export.CoursePackages;
import no.medvirk.catalog.export.PackageFormat;
import no.medvirk.shared.Language;

/**
 * A course's two downloads in the course list: its latest version as a SCORM 2004 package and as a cmi5 package.
 * Each link's accessible name starts with its visible text and names the course, so a list of them can be told
 * apart by a screen reader.
 */
class PackageDownloads extends Div {

    PackageDownloads(CoursePackages packages, CourseSummary course, Language language) {
        addClassName("package-downloads");
        add(link(packages, course, language, PackageFormat.SCORM_2004, "course-admin.download-scorm"),
                link(packages, course, language, PackageFormat.CMI5, "course-admin.download-cmi5"));
    }

    private Anchor link(CoursePackages packages, CourseSummary course, Language language, PackageFormat format,
            String key) {
        var link = new Anchor(DownloadHandler.fromInputStream(event -> {
            CoursePackage exported = packages.export(course.id(), format).orElse(null);
            if (exported == null) {
                return DownloadResponse.error(404);
            }
            return new DownloadResponse(new ByteArrayInputStream(exported.zip()), exported.fileName(),
                    CoursePackage.MEDIA_TYPE, exported.zip().length);
        }), AttachmentType.DOWNLOAD, getTranslation(key));
        link.addClassName("package-download");
        link.getElement().setAttribute("data-format", format.suffix());
        link.getElement().setAttribute("aria-label", getTranslation(key + "-named", course.title().in(language)));
        return link;
    }
}
