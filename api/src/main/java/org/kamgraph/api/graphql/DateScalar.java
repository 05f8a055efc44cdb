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
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** The {@code Date} scalar: ISO 8601 calendar dates, {@code 2026-11-22}. */
final class DateScalar {
    private DateScalar() {
    }

    static final GraphQLScalarType INSTANCE = GraphQLScalarType.newScalar()
            .name("Date").description("A calendar date, ISO 8601 (YYYY-MM-DD).")
            .coercing(new Coercing<LocalDate, String>() {
                @Override
                public String serialize(Object value, GraphQLContext context, Locale locale) {
                    if (value instanceof LocalDate d) {
                        return d.toString();
                    }
                    throw new CoercingSerializeException("Not a date: " + value);
                }

                @Override
                public LocalDate parseValue(Object input, GraphQLContext context, Locale locale) {
                    try {
                        return LocalDate.parse(String.valueOf(input));
                    } catch (DateTimeParseException e) {
                        throw new CoercingParseValueException("Expected a date as YYYY-MM-DD but got '" + input + "'");
                    }
                }

                @Override
                public LocalDate parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
                    if (input instanceof StringValue s) {
                        try {
                            return LocalDate.parse(s.getValue());
                        } catch (DateTimeParseException e) {
                            throw new CoercingParseLiteralException("Expected a date as YYYY-MM-DD but got '" + s.getValue() + "'");
                        }
                    }
                    throw new CoercingParseLiteralException("Expected a date as a string YYYY-MM-DD");
                }
            }).build();
}
