package no.medvirk.learning;

/** How far a learner has come in an enrolment, read from the LRS: lessons experienced and quizzes passed, of all. */
public record Progress(int done, int total) {

    public int percent() {
        return total == 0 ? 0 : Math.round(100f * done / total);
    }

    public boolean complete() {
        return total > 0 && done == total;
    }
}
