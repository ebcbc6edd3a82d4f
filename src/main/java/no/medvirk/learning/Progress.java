package no.medvirk.learning;

/** How far a learner has come in an enrolment, read from the LRS: lessons experienced of the lessons there are. */
public record Progress(int lessonsDone, int lessons) {

    public int percent() {
        return lessons == 0 ? 0 : Math.round(100f * lessonsDone / lessons);
    }
}
