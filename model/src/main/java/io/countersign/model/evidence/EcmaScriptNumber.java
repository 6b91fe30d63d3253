package io.countersign.model.evidence;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * ECMAScript Number::toString for finite doubles, as RFC 8785 §3.2.2.3 requires.
 *
 * <p>Since JDK 19 {@link Double#toString(double)} yields the shortest decimal that round-trips,
 * choosing the closest (ties to even) — the same digits ECMAScript picks, except that Java never
 * prints fewer than two significant digits (5e-324 comes out as 4.9E-324). That one case is
 * corrected here; the layout (plain, fraction or exponent form) follows ECMAScript's rules.
 */
final class EcmaScriptNumber {

    private EcmaScriptNumber() {}

    static String format(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("NaN and Infinity have no JSON form");
        }
        if (value == 0.0) {
            return "0"; // also for -0, as ECMAScript does
        }
        BigDecimal shortest = shortestDecimal(Math.abs(value));
        String digits = shortest.unscaledValue().toString();
        int k = digits.length();
        int n = k - shortest.scale(); // value = 0.digits × 10^n
        StringBuilder out = new StringBuilder(24);
        if (value < 0) {
            out.append('-');
        }
        if (k <= n && n <= 21) {
            out.append(digits).repeat('0', n - k);
        } else if (0 < n && n <= 21) {
            out.append(digits, 0, n).append('.').append(digits, n, k);
        } else if (-6 < n && n <= 0) {
            out.append("0.").repeat('0', -n).append(digits);
        } else {
            int exponent = n - 1;
            out.append(digits.charAt(0));
            if (k > 1) {
                out.append('.').append(digits, 1, k);
            }
            out.append('e').append(exponent < 0 ? '-' : '+').append(Math.abs(exponent));
        }
        return out.toString();
    }

    private static BigDecimal shortestDecimal(double positive) {
        BigDecimal javaShortest = new BigDecimal(Double.toString(positive)).stripTrailingZeros();
        if (javaShortest.precision() != 2) {
            return javaShortest;
        }
        // Java insists on two digits; ECMAScript takes one when one round-trips.
        BigDecimal exact = new BigDecimal(positive);
        BigDecimal best = null;
        for (RoundingMode mode : new RoundingMode[] {RoundingMode.FLOOR, RoundingMode.CEILING}) {
            BigDecimal candidate = exact.round(new MathContext(1, mode));
            if (candidate.doubleValue() != positive) {
                continue;
            }
            if (best == null) {
                best = candidate;
                continue;
            }
            int cmp = candidate
                    .subtract(exact)
                    .abs()
                    .compareTo(best.subtract(exact).abs());
            boolean candidateEven = candidate.unscaledValue().testBit(0) == false;
            if (cmp < 0 || (cmp == 0 && candidateEven)) {
                best = candidate;
            }
        }
        return best == null ? javaShortest : best.stripTrailingZeros();
    }
}
