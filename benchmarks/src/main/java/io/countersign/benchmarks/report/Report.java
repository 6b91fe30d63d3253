package io.countersign.benchmarks.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** The run's results as a Markdown table (printed and saved) and as {@code results.json}. */
public record Report(
        String workload,
        Machine machine,
        String loadBefore,
        String loadAfter,
        String settings,
        List<Result> results,
        List<Pending> pending) {

    public String table() {
        StringBuilder out = new StringBuilder();
        out.append("| scenario | item | value | target | floor | ratio | target ratio | met |\n");
        out.append("| --- | --- | ---: | ---: | ---: | ---: | ---: | --- |\n");
        for (Result r : results) {
            out.append("| ")
                    .append(r.scenario())
                    .append(" | ")
                    .append(r.item())
                    .append(" | ")
                    .append(number(r.value()))
                    .append(' ')
                    .append(r.unit())
                    .append(" | ")
                    .append(r.targetValue() == null ? "" : "<= " + number(r.targetValue()) + " " + r.unit())
                    .append(" | ")
                    .append(r.floor() == null ? "" : number(r.floor()) + " " + r.unit())
                    .append(" | ")
                    .append(r.ratio() == null ? "" : number(r.ratio()) + "x")
                    .append(" | ")
                    .append(r.targetRatio() == null ? "" : "<= " + number(r.targetRatio()) + "x")
                    .append(" | ")
                    .append(verdict(r))
                    .append(" |\n");
        }
        for (Pending p : pending) {
            out.append("| ")
                    .append(p.scenario())
                    .append(" | ")
                    .append(p.title())
                    .append(" | not measured yet | ")
                    .append(p.target())
                    .append(" | | | | waits for ")
                    .append(p.waitsFor())
                    .append(" |\n");
        }
        return out.toString();
    }

    public String header() {
        return "workload: " + workload + "\nmachine: " + machine.cpus() + " CPUs, " + machine.cpuModel() + ", "
                + machine.memory()
                + ", " + machine.jdk() + ", " + machine.os() + "\nload average before: " + loadBefore + "; after: "
                + loadAfter
                + "\nsettings: " + settings + "\n";
    }

    static String verdict(Result r) {
        Boolean value = r.valueMet();
        Boolean ratio = r.ratioMet();
        if (value == null && ratio == null) {
            return "";
        }
        boolean met = (value == null || value) && (ratio == null || ratio);
        return met ? "yes" : "NO";
    }

    static String number(double v) {
        if (v >= 100) {
            return String.format(Locale.ROOT, "%.0f", v);
        }
        return String.format(Locale.ROOT, v >= 10 ? "%.1f" : v >= 0.1 ? "%.2f" : "%.4f", v);
    }

    public void write(Path directory) {
        try {
            Files.createDirectories(directory);
            Files.writeString(directory.resolve("results.md"), header() + "\n" + table());
            try (JsonGenerator json = new JsonFactory()
                    .createGenerator(directory.resolve("results.json").toFile(), JsonEncoding.UTF8)) {
                json.useDefaultPrettyPrinter();
                json.writeStartObject();
                json.writeStringField("workload", workload);
                json.writeObjectFieldStart("machine");
                json.writeNumberField("cpus", machine.cpus());
                json.writeStringField("cpuModel", machine.cpuModel());
                json.writeStringField("memory", machine.memory());
                json.writeStringField("jdk", machine.jdk());
                json.writeStringField("os", machine.os());
                json.writeStringField("loadAverageBefore", loadBefore);
                json.writeStringField("loadAverageAfter", loadAfter);
                json.writeEndObject();
                json.writeStringField("settings", settings);
                json.writeArrayFieldStart("results");
                for (Result r : results) {
                    json.writeStartObject();
                    json.writeStringField("scenario", r.scenario());
                    json.writeStringField("item", r.item());
                    json.writeStringField("unit", r.unit());
                    json.writeNumberField("value", r.value());
                    optional(json, "floor", r.floor());
                    optional(json, "ratio", r.ratio());
                    optional(json, "targetValue", r.targetValue());
                    optional(json, "targetRatio", r.targetRatio());
                    json.writeStringField("met", verdict(r));
                    json.writeStringField("detail", r.detail());
                    json.writeEndObject();
                }
                json.writeEndArray();
                json.writeArrayFieldStart("notMeasuredYet");
                for (Pending p : pending) {
                    json.writeStartObject();
                    json.writeStringField("scenario", p.scenario());
                    json.writeStringField("title", p.title());
                    json.writeStringField("target", p.target());
                    json.writeStringField("waitsFor", p.waitsFor());
                    json.writeEndObject();
                }
                json.writeEndArray();
                json.writeEndObject();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the results to " + directory, e);
        }
    }

    private static void optional(JsonGenerator json, String name, Double value) throws IOException {
        if (value == null) {
            json.writeNullField(name);
        } else {
            json.writeNumberField(name, value);
        }
    }
}
