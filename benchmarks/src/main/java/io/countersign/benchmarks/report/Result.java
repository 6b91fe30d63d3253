package io.countersign.benchmarks.report;

/**
 * One measured line: a scenario's value, the floor measured in the same run on the same bytes,
 * and the targets for both (null where the issue sets none).
 *
 * @param unit        the unit of value, floor and targetValue ("ms", "MB", "x")
 * @param targetValue the value must be at most this
 * @param targetRatio value / floor must be at most this
 * @param detail      how it was measured: repeats, spread, what the floor is
 */
public record Result(
        String scenario,
        String item,
        double value,
        Double floor,
        String unit,
        Double targetValue,
        Double targetRatio,
        String detail) {

    public Double ratio() {
        return floor == null || floor == 0 ? null : value / floor;
    }

    public Boolean valueMet() {
        return targetValue == null ? null : value <= targetValue;
    }

    public Boolean ratioMet() {
        return targetRatio == null || ratio() == null ? null : ratio() <= targetRatio;
    }
}
