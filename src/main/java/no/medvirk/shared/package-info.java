/** Open kernel shared by every module: configuration, the database, i18n, the signed-in user and the UI shell. */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
@NullMarked
package no.medvirk.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
