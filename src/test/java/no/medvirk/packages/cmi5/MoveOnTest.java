package no.medvirk.packages.cmi5;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import no.medvirk.packages.Cmi5Au;
import no.medvirk.packages.PackageItem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** moveOn's five criteria for an AU, and blocks and the course satisfied when all their AUs are. */
class MoveOnTest {

    @ParameterizedTest(name = "{0} with completed={1}, passed={2}, waived={3}: {4}")
    @CsvSource({
        "Passed,             false, false, false, false",
        "Passed,             true,  false, false, false",
        "Passed,             false, true,  false, true",
        "Completed,          false, true,  false, false",
        "Completed,          true,  false, false, true",
        "CompletedAndPassed, true,  false, false, false",
        "CompletedAndPassed, false, true,  false, false",
        "CompletedAndPassed, true,  true,  false, true",
        "CompletedOrPassed,  false, false, false, false",
        "CompletedOrPassed,  true,  false, false, true",
        "CompletedOrPassed,  false, true,  false, true",
        "NotApplicable,      false, false, false, true",
        "CompletedAndPassed, false, false, true,  true"})
    void an_au_is_satisfied_as_its_move_on_says(Cmi5Au.MoveOn criterion, boolean completed, boolean passed,
            boolean waived, boolean satisfied) {
        var moveOn = new MoveOn(completed ? Set.of("au") : Set.of(), passed ? Set.of("au") : Set.of(),
                waived ? Set.of("au") : Set.of());

        assertThat(moveOn.satisfied(criterion, "au")).isEqualTo(satisfied);
    }

    @Test
    void a_block_is_satisfied_when_all_its_aus_are_and_the_course_when_everything_is() {
        PackageItem a = au("a", Cmi5Au.MoveOn.Passed);
        PackageItem b = au("b", Cmi5Au.MoveOn.NotApplicable);
        PackageItem c = au("c", Cmi5Au.MoveOn.Completed);
        PackageItem inner = group("inner", PackageItem.Kind.BLOCK, List.of(b));
        PackageItem block = group("block", PackageItem.Kind.BLOCK, List.of(a, inner));
        PackageItem course = group("course", PackageItem.Kind.COURSE, List.of(block, c));

        assertThat(new MoveOn(Set.of(), Set.of(), Set.of()).satisfiedGroups(course, PackageItem::identifier))
                .containsExactly(inner);
        assertThat(new MoveOn(Set.of("a"), Set.of(), Set.of()).satisfiedGroups(course, PackageItem::identifier))
                .as("a is Passed: completed is not enough").containsExactly(inner);
        assertThat(new MoveOn(Set.of(), Set.of("a"), Set.of()).satisfiedGroups(course, PackageItem::identifier))
                .containsExactly(inner, block);
        assertThat(new MoveOn(Set.of("c"), Set.of("a"), Set.of()).satisfiedGroups(course, PackageItem::identifier))
                .containsExactly(inner, block, course);
    }

    private static PackageItem au(String id, Cmi5Au.MoveOn moveOn) {
        return new PackageItem(id, id, PackageItem.Kind.AU, id + ".html", true, null, null, null,
                new Cmi5Au(moveOn, null, Cmi5Au.LaunchMethod.AnyWindow, null, null, null, false, List.of()), List.of());
    }

    private static PackageItem group(String id, PackageItem.Kind kind, List<PackageItem> children) {
        return new PackageItem(id, id, kind, null, true, null, null, null, null, children);
    }
}
