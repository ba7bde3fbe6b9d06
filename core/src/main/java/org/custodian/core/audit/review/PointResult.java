package org.custodian.core.audit.review;

/**
 * One marking point's outcome for one entry, with a code the tests and charts count by and one plain sentence
 * saying why (field labels and kinds only, never a value).
 */
public record PointResult(MarkingPoint point, Outcome outcome, String code, String reason) {

    public enum Outcome {
        MET,
        FAILED,
        /** Nothing on this entry the point applies to (no disclosure, a purpose that does not rest on consent). */
        NOT_APPLICABLE
    }

    static PointResult met(MarkingPoint point) {
        return new PointResult(point, Outcome.MET, "met", "Met.");
    }

    static PointResult notApplicable(MarkingPoint point, String why) {
        return new PointResult(point, Outcome.NOT_APPLICABLE, "n/a", why);
    }

    static PointResult failed(MarkingPoint point, String code, String reason) {
        return new PointResult(point, Outcome.FAILED, code, reason);
    }

    public boolean failed() {
        return outcome == Outcome.FAILED;
    }
}
