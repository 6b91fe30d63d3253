package io.countersign.model.format;

/** An enum whose constants are written in files by a stable lower-case code. */
public interface Coded {
    String code();

    static <E extends Enum<E> & Coded> E fromCode(Class<E> type, String code) {
        for (E constant : type.getEnumConstants()) {
            if (constant.code().equals(code)) {
                return constant;
            }
        }
        return null;
    }

    static <E extends Enum<E> & Coded> String allCodes(Class<E> type) {
        StringBuilder codes = new StringBuilder();
        for (E constant : type.getEnumConstants()) {
            if (!codes.isEmpty()) {
                codes.append(", ");
            }
            codes.append(constant.code());
        }
        return codes.toString();
    }
}
