package io.countersign.benchmarks.workload;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** Writes one JSON document with fields in call order, so the same calls give the same bytes. */
final class JsonOut implements AutoCloseable {
    private static final JsonFactory JSON = new JsonFactory();

    private final ByteArrayOutputStream bytes;
    private final JsonGenerator out;

    JsonOut(int expectedSize) {
        bytes = new ByteArrayOutputStream(expectedSize);
        try {
            out = JSON.createGenerator(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    JsonOut begin() {
        return run(out::writeStartObject);
    }

    JsonOut end() {
        return run(out::writeEndObject);
    }

    JsonOut beginArray(String name) {
        return run(() -> out.writeArrayFieldStart(name));
    }

    JsonOut endArray() {
        return run(out::writeEndArray);
    }

    JsonOut beginObject(String name) {
        return run(() -> out.writeObjectFieldStart(name));
    }

    JsonOut text(String name, String value) {
        return value == null ? this : run(() -> out.writeStringField(name, value));
    }

    JsonOut number(String name, long value) {
        return run(() -> out.writeNumberField(name, value));
    }

    JsonOut decimal(String name, double value) {
        return run(() -> out.writeNumberField(name, value));
    }

    JsonOut flag(String name, boolean value) {
        return run(() -> out.writeBooleanField(name, value));
    }

    JsonOut texts(String name, List<String> values) {
        return run(() -> {
            out.writeArrayFieldStart(name);
            for (String value : values) {
                out.writeString(value);
            }
            out.writeEndArray();
        });
    }

    byte[] bytes() {
        close();
        return bytes.toByteArray();
    }

    @Override
    public void close() {
        run(out::close);
    }

    private interface Write {
        void run() throws IOException;
    }

    private JsonOut run(Write write) {
        try {
            write.run();
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
