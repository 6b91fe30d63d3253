package io.countersign.model.read;

import io.countersign.model.format.Coded;
import java.util.HashMap;
import java.util.Map;

/** {@link Coded#fromCode} through a map per enum, built once: readers look a code up for every enum field. */
final class Codes {
    private Codes() {}

    private static final ClassValue<Map<String, Object>> BY_CODE = new ClassValue<>() {
        @Override
        protected Map<String, Object> computeValue(Class<?> type) {
            Map<String, Object> byCode = new HashMap<>();
            for (Object constant : type.getEnumConstants()) {
                byCode.putIfAbsent(((Coded) constant).code(), constant); // the first wins, as in fromCode
            }
            return byCode;
        }
    };

    /** The constant whose code is {@code code}, or null, exactly as {@link Coded#fromCode}. */
    static <E extends Enum<E> & Coded> E fromCode(Class<E> type, String code) {
        return code == null ? null : type.cast(BY_CODE.get(type).get(code));
    }
}
