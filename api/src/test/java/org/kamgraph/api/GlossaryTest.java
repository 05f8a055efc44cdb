package org.kamgraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.language.Directive;
import graphql.language.EnumTypeDefinition;
import graphql.language.FieldDefinition;
import graphql.language.ImplementingTypeDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.StringValue;
import graphql.language.TypeDefinition;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One vocabulary (issue 16): the glossary at the top of docs/MODEL.md names only what the GraphQL schema has, and
 * its table of renames is exactly the schema's deprecated fields. Reads the schema files, no Spring context.
 */
class GlossaryTest {
    static final Path SCHEMA = Path.of("src/main/resources/graphql");
    static final Path MODEL_DOC = Path.of("../docs/MODEL.md");
    /** A schema name in the glossary: `Type` or `Type.member` (field, argument-less query or enum value). */
    static final Pattern SCHEMA_NAME = Pattern.compile("`([A-Z]\\w*)(?:\\.(\\w+))?`");
    static final Pattern RENAME_ROW = Pattern.compile("^\\| `(\\w+)\\.(\\w+)` \\| `(\\w+)\\.(\\w+)` \\|.*$", Pattern.MULTILINE);

    static TypeDefinitionRegistry schema;
    static String glossary;

    @BeforeAll
    static void read() throws IOException {
        schema = new TypeDefinitionRegistry();
        try (Stream<Path> files = Files.list(SCHEMA)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".graphqls")).sorted().toList()) {
                schema.merge(new SchemaParser().parse(Files.readString(f, StandardCharsets.UTF_8)));
            }
        }
        String doc = Files.readString(MODEL_DOC, StandardCharsets.UTF_8);
        int begin = doc.indexOf("## Glossary");
        int end = doc.indexOf("\n## ", begin + 1);
        assertThat(begin).as("a ## Glossary section in docs/MODEL.md").isNotNegative();
        assertThat(end).as("the glossary ends where the next section begins").isGreaterThan(begin);
        glossary = doc.substring(begin, end);
    }

    @Test
    void everySchemaNameInTheGlossaryExists() {
        List<String> missing = new ArrayList<>();
        Matcher m = SCHEMA_NAME.matcher(glossary);
        while (m.find()) {
            String type = m.group(1);
            String member = m.group(2);
            boolean known = member == null ? schema.getType(type).isPresent() || schema.scalars().containsKey(type)
                    : members(type).containsKey(member);
            if (!known) {
                missing.add(m.group());
            }
        }
        assertThat(missing).as("names in the glossary that the schema does not have").isEmpty();
    }

    @Test
    void theRenamesTableIsExactlyTheDeprecatedFields() {
        Map<String, String> table = new TreeMap<>();
        Matcher row = RENAME_ROW.matcher(glossary);
        while (row.find()) {
            assertThat(row.group(3)).as("a field is renamed within its type").isEqualTo(row.group(1));
            table.put(row.group(1) + "." + row.group(2), row.group(4));
        }
        Map<String, String> deprecated = new TreeMap<>();
        for (String type : schema.types().keySet()) {
            members(type).forEach((name, directives) -> directives.stream().filter(d -> d.getName().equals("deprecated"))
                    .findFirst().ifPresent(d -> deprecated.put(type + "." + name, reason(d))));
        }
        assertThat(table.keySet()).as("the renames table lists every deprecated field, and only those")
                .containsExactlyInAnyOrderElementsOf(deprecated.keySet());
        table.forEach((old, replacement) -> {
            String type = old.substring(0, old.indexOf('.'));
            assertThat(deprecated.get(old)).as(old + " says what to use").isEqualTo("use " + replacement);
            assertThat(members(type)).as(type + " has the new name " + replacement).containsKey(replacement);
            assertThat(members(type).get(replacement)).as(replacement + " is not deprecated itself")
                    .noneMatch(d -> d.getName().equals("deprecated"));
        });
    }

    /** A type's fields (with their extensions, e.g. {@code extend type Query}), input fields or enum values, by name. */
    static Map<String, List<Directive>> members(String type) {
        Map<String, List<Directive>> out = new TreeMap<>();
        Optional<TypeDefinition> def = schema.getType(type);
        def.ifPresent(d -> {
            if (d instanceof ImplementingTypeDefinition<?> t) {
                for (Object f : t.getFieldDefinitions()) {
                    out.put(((FieldDefinition) f).getName(), ((FieldDefinition) f).getDirectives());
                }
            } else if (d instanceof InputObjectTypeDefinition t) {
                t.getInputValueDefinitions().forEach(f -> out.put(f.getName(), f.getDirectives()));
            } else if (d instanceof EnumTypeDefinition t) {
                t.getEnumValueDefinitions().forEach(v -> out.put(v.getName(), v.getDirectives()));
            }
        });
        schema.objectTypeExtensions().getOrDefault(type, List.of())
                .forEach(e -> e.getFieldDefinitions().forEach(f -> out.put(f.getName(), f.getDirectives())));
        return out;
    }

    static String reason(Directive deprecated) {
        return deprecated.getArgument("reason") != null && deprecated.getArgument("reason").getValue() instanceof StringValue s
                ? s.getValue() : "";
    }
}
