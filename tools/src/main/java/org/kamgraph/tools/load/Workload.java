package org.kamgraph.tools.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a load run sends: one class of requests per query file (every request prebuilt, one per set of values its
 * variables are drawn from) and the weighted mix that picks the class of each request.
 *
 * <p>A query file may declare the values its variables are drawn from, in comment lines:
 * <ul>
 *   <li>{@code # load-kinds: Idn Hospital ...}: {@code $kind} and {@code $id} from the ids of these kinds (the first
 *       {@code --ids-per-kind} of each, fetched from the service at start, or the {@code --ids} file: lines
 *       "Kind id");</li>
 *   <li>{@code # load-ids: DEC-0001 DEC-0002}: {@code $id} from this list;</li>
 *   <li>{@code # load-texts: aspen oncology}: {@code $text} from this list.</li>
 * </ul>
 * A file named {@code FILE:WEIGHT} is picked WEIGHT times as often as one of weight 1.
 */
final class Workload {
    private static final Pattern HEADER = Pattern.compile("^#\\s*load-(kinds|ids|texts):\\s*(.*)$", Pattern.MULTILINE);

    /** One query file: its name, weight and every request it may send. */
    record QueryClass(String name, int weight, List<byte[]> requests) {
        byte[] pick(SplittableRandom random) {
            return requests.get(requests.size() == 1 ? 0 : random.nextInt(requests.size()));
        }
    }

    private final List<QueryClass> classes;
    private final int[] cumulative;

    Workload(List<QueryClass> classes) {
        this.classes = List.copyOf(classes);
        this.cumulative = new int[classes.size()];
        int sum = 0;
        for (int i = 0; i < classes.size(); i++) {
            sum += classes.get(i).weight();
            cumulative[i] = sum;
        }
    }

    List<QueryClass> classes() {
        return classes;
    }

    /** The index of the class of the next request, by weight. */
    int pick(SplittableRandom random) {
        if (cumulative.length == 1) {
            return 0;
        }
        int r = random.nextInt(cumulative[cumulative.length - 1]);
        for (int i = 0; i < cumulative.length; i++) {
            if (r < cumulative[i]) {
                return i;
            }
        }
        return cumulative.length - 1;
    }

    /** Reads the query files ({@code FILE[:WEIGHT]}) and builds their requests, fetching ids from the service as needed. */
    static Workload prepare(GraphQlClient client, List<String> files, Path idsFile, int idsPerKind) throws IOException {
        Map<String, List<String>> idsByKind = new LinkedHashMap<>();
        if (idsFile != null) {
            for (String line : Files.readAllLines(idsFile, StandardCharsets.UTF_8)) {
                String[] p = line.trim().split("[\\s,;]+");
                if (p.length >= 2 && !p[0].startsWith("#")) {
                    idsByKind.computeIfAbsent(p[0], k -> new ArrayList<>()).add(p[1]);
                }
            }
        }
        List<QueryClass> classes = new ArrayList<>();
        for (String spec : files) {
            int weight = 1;
            String file = spec;
            int colon = spec.lastIndexOf(':');
            if (colon > 0 && spec.substring(colon + 1).matches("\\d+")) {
                weight = Integer.parseInt(spec.substring(colon + 1));
                file = spec.substring(0, colon);
            }
            String query = Files.readString(Path.of(file), StandardCharsets.UTF_8);
            List<byte[]> requests = new ArrayList<>();
            for (Map<String, String> vars : variableSets(client, file, query, idsByKind, idsPerKind)) {
                requests.add(client.post(GraphQlClient.body(query, vars)));
            }
            String name = Path.of(file).getFileName().toString().replaceFirst("\\.graphql$", "");
            classes.add(new QueryClass(name, weight, requests));
        }
        return new Workload(classes);
    }

    /** The sets of variable values a query file declares (one empty set when it declares none). */
    private static List<Map<String, String>> variableSets(GraphQlClient client, String file, String query,
                                                          Map<String, List<String>> idsByKind, int idsPerKind) throws IOException {
        List<String> kinds = List.of();
        List<String> ids = List.of();
        List<String> texts = List.of();
        Matcher m = HEADER.matcher(query);
        while (m.find()) {
            List<String> values = List.of(m.group(2).trim().split("[\\s,]+"));
            switch (m.group(1)) {
                case "kinds" -> kinds = values;
                case "ids" -> ids = values;
                default -> texts = values;
            }
        }
        List<Map<String, String>> variableSets = new ArrayList<>();
        if (!kinds.isEmpty()) {
            for (String kind : kinds) {
                List<String> found = idsByKind.get(kind);
                if (found == null) {
                    found = client.fetchIds(kind, idsPerKind);
                    idsByKind.put(kind, found);
                }
                if (found.isEmpty()) {
                    throw new IllegalStateException(file + ": the service has no " + kind + " to look up");
                }
                for (String id : found.subList(0, Math.min(idsPerKind, found.size()))) {
                    variableSets.add(Map.of("kind", kind, "id", id));
                }
            }
        } else if (!ids.isEmpty()) {
            ids.forEach(id -> variableSets.add(Map.of("id", id)));
        }
        if (!texts.isEmpty()) {
            List<Map<String, String>> base = variableSets.isEmpty() ? List.of(Map.of()) : List.copyOf(variableSets);
            variableSets.clear();
            for (Map<String, String> b : base) {
                for (String t : texts) {
                    Map<String, String> v = new LinkedHashMap<>(b);
                    v.put("text", t);
                    variableSets.add(v);
                }
            }
        }
        if (variableSets.isEmpty()) {
            variableSets.add(Map.of());
        }
        return variableSets;
    }

    /** A duration: {@code 90}, {@code 90s}, {@code 1.5m} or {@code 500ms}, in seconds. */
    static double seconds(String s) {
        String t = s.trim().toLowerCase(Locale.ROOT);
        if (t.endsWith("ms")) {
            return Double.parseDouble(t.substring(0, t.length() - 2)) / 1000;
        }
        if (t.endsWith("m")) {
            return Double.parseDouble(t.substring(0, t.length() - 1)) * 60;
        }
        if (t.endsWith("s")) {
            return Double.parseDouble(t.substring(0, t.length() - 1));
        }
        return Double.parseDouble(t);
    }
}
