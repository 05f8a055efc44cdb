package org.kamgraph.api.config;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import java.util.List;
import java.util.Map;
import org.springframework.graphql.execution.ErrorType;

/**
 * Refuses, before any resolver runs, an operation with more top-level fields than kam.graphql.max-root-fields or
 * more aliased fields than kam.graphql.max-aliases (fragments counted where they are spread), so one request cannot
 * ask for the same expensive answer many times under different names. The error is BAD_REQUEST and names the limit
 * ({@code extensions.limit}), the request's value and the maximum.
 */
public class QueryShapeInstrumentation extends SimplePerformantInstrumentation {
    /** Counting stops here, so a document of nested fragment spreads cannot make the count itself expensive. */
    private static final int CAP = 10_000;
    private final int maxAliases;
    private final int maxRootFields;

    public QueryShapeInstrumentation(int maxAliases, int maxRootFields) {
        this.maxAliases = maxAliases;
        this.maxRootFields = maxRootFields;
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(InstrumentationExecuteOperationParameters parameters,
                                                                         InstrumentationState state) {
        var context = parameters.getExecutionContext();
        Map<String, FragmentDefinition> fragments = context.getFragmentsByName();
        SelectionSet root = context.getOperationDefinition().getSelectionSet();
        int rootFields = count(root, fragments, false, CAP, 0);
        if (rootFields > maxRootFields) {
            throw refused("kam.graphql.max-root-fields", "top-level fields", rootFields, maxRootFields);
        }
        int aliases = count(root, fragments, true, CAP, 0);
        if (aliases > maxAliases) {
            throw refused("kam.graphql.max-aliases", "aliased fields", aliases, maxAliases);
        }
        return super.beginExecuteOperation(parameters, state);
    }

    /**
     * Fields of a selection set (aliases only, through every level, when {@code aliases}), fragments expanded;
     * stops counting once past {@code max} (validation has ruled out fragment cycles).
     */
    private static int count(SelectionSet set, Map<String, FragmentDefinition> fragments, boolean aliases, int max, int sofar) {
        if (set == null) {
            return sofar;
        }
        for (Selection<?> s : set.getSelections()) {
            if (sofar > max) {
                return sofar;
            }
            switch (s) {
                case Field f -> {
                    if (!aliases || f.getAlias() != null) {
                        sofar++;
                    }
                    if (aliases) {
                        sofar = count(f.getSelectionSet(), fragments, true, max, sofar);
                    }
                }
                case InlineFragment i -> sofar = count(i.getSelectionSet(), fragments, aliases, max, sofar);
                case FragmentSpread spread -> {
                    FragmentDefinition d = fragments.get(spread.getName());
                    sofar = d == null ? sofar : count(d.getSelectionSet(), fragments, aliases, max, sofar);
                }
                default -> {
                }
            }
        }
        return sofar;
    }

    private static AbortExecutionException refused(String property, String what, int value, int max) {
        GraphQLError error = GraphqlErrorBuilder.newError().errorType(ErrorType.BAD_REQUEST)
                .message("%s", "the request has " + (value > CAP ? "over " + CAP : value) + " " + what
                        + ", more than the limit of " + max + " (" + property + ")")
                .extensions(Map.of("limit", property, "value", value, "max", max)).build();
        return new AbortExecutionException(List.of(error));
    }
}
