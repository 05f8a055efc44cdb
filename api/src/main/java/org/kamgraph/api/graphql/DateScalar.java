package org.kamgraph.api.graphql;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.function.Function;

/** The ISO 8601 scalars: {@code Date} (calendar dates, {@code 2026-11-22}) and {@code DateTime} (instants with an offset). */
final class DateScalar {
    private DateScalar() {
    }

    static final GraphQLScalarType INSTANCE = iso("Date", "A calendar date, ISO 8601 (YYYY-MM-DD).", LocalDate.class, LocalDate::parse,
            "a date as YYYY-MM-DD");

    static final GraphQLScalarType DATE_TIME = iso("DateTime", "An instant, ISO 8601 with offset (2026-11-22T10:15:30Z).",
            OffsetDateTime.class, OffsetDateTime::parse, "an instant like 2026-11-22T10:15:30Z");

    private static <T> GraphQLScalarType iso(String name, String description, Class<T> type, Function<String, T> parse, String expected) {
        return GraphQLScalarType.newScalar().name(name).description(description).coercing(new Coercing<T, String>() {
            @Override
            public String serialize(Object value, GraphQLContext context, Locale locale) {
                if (type.isInstance(value)) {
                    return value.toString();
                }
                throw new CoercingSerializeException("Not " + expected + ": " + value);
            }

            @Override
            public T parseValue(Object input, GraphQLContext context, Locale locale) {
                try {
                    return parse.apply(String.valueOf(input));
                } catch (DateTimeParseException e) {
                    throw new CoercingParseValueException("Expected " + expected + " but got '" + input + "'");
                }
            }

            @Override
            public T parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
                if (input instanceof StringValue s) {
                    try {
                        return parse.apply(s.getValue());
                    } catch (DateTimeParseException e) {
                        throw new CoercingParseLiteralException("Expected " + expected + " but got '" + s.getValue() + "'");
                    }
                }
                throw new CoercingParseLiteralException("Expected " + expected + " as a string");
            }
        }).build();
    }
}
