package org.kamgraph.api.security;

import graphql.GraphQLContext;
import graphql.execution.DataFetcherResult;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLAppliedDirective;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import org.kamgraph.cypher.AccessScope;
import org.kamgraph.cypher.NotFoundException;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who may see what, for every GraphQL field, in one place rather than in each resolver:
 * <ol>
 * <li>Roles: a field with {@code @allow(roles: [...])} in the schema runs only for those roles; a mutation without
 * it runs only for ADMIN (fail closed). Refused with FORBIDDEN before the resolver runs.</li>
 * <li>Arguments, for a user limited to territories: every {@code ID} argument or input field (except those marked
 * {@code @newId}, which name something to be created) must name a node the user may see, or the request gets the
 * same NOT_FOUND as for an id that does not exist.</li>
 * <li>Answers, for such a user: every resolver's answer passes the {@link Redactor}, which drops whatever names a
 * node outside the user's territories. Reads that page or compute narrow themselves first ({@link AccessScope}),
 * so counts and scores are those of the visible graph.</li>
 * <li>Audit: every mutation is written to the {@link AuditLog} with the user, its arguments and how it ended.</li>
 * </ol>
 * Users who see everything (ADMIN, or roles without territories) pay only the role check on root fields.
 */
public final class AccessGuard extends SimplePerformantInstrumentation {
    /** Key of the signed-in user in the GraphQL context (set per request by {@link GraphQlUser}). */
    static final String USER = "kam.user";
    static final String VISIBILITY = "kam.visibility";
    private static final int MAX_ARGUMENT_TEXT = 200;
    private final AuditLog audit;
    private final NodeExistence existence;

    /** Whether a node exists: of the given kind, or of any kind when the kind is null. */
    public interface NodeExistence {
        boolean exists(org.kamgraph.model.NodeKind kind, String id);
    }

    /** The user and what they may see, fixed when the request starts. */
    record State(KamUser user, Visibility visibility) implements InstrumentationState {
    }

    /**
     * @param existence how to tell that a node exists: every node id a query's arguments name must, or the query is
     *                  answered NOT_FOUND naming the argument (for everyone; for a limited user also when they may
     *                  not see it, with the same words)
     */
    public AccessGuard(AuditLog audit, NodeExistence existence) {
        this.audit = audit;
        this.existence = existence;
    }

    @Override
    public InstrumentationState createState(InstrumentationCreateStateParameters parameters) {
        GraphQLContext context = parameters.getExecutionInput().getGraphQLContext();
        KamUser user = context.get(USER);
        Visibility visibility = context.get(VISIBILITY);
        if (user == null) {
            // Not through /graphql's interceptor (e.g. the CSV export): the request's own thread knows.
            user = CurrentUser.get();
            visibility = AccessScope.current() instanceof Visibility v ? v : null;
        }
        return new State(user, visibility);
    }

    @Override
    public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> fetcher, InstrumentationFieldFetchParameters parameters,
                                                InstrumentationState state) {
        State s = (State) state;
        DataFetchingEnvironment env = parameters.getEnvironment();
        GraphQLType parent = env.getParentType();
        boolean root = parent instanceof GraphQLObjectType o && (o.getName().equals("Query") || o.getName().equals("Mutation"));
        boolean mutation = root && ((GraphQLObjectType) parent).getName().equals("Mutation");
        Visibility visibility = s == null ? null : s.visibility();
        if (root && !allowed(s.user(), env.getFieldDefinition(), mutation)) {
            return e -> {
                try {
                    checkRoles(s.user(), e.getFieldDefinition(), mutation);
                } catch (AccessDeniedException denied) {
                    if (mutation) {
                        audit.record(s.user(), e.getField().getName(), describe(e.getArguments()), "refused: " + denied.getMessage());
                    }
                    throw denied;
                }
                return null;
            };
        }
        boolean query = root && !mutation;
        boolean referencesNodes = query && NodeReferences.takesIds(env.getFieldDefinition());
        if (visibility == null && !mutation && !referencesNodes) {
            return fetcher;
        }
        if (visibility != null && parameters.isTrivialDataFetcher() && !root) {
            return fetcher; // reads a field of an answer that was already redacted
        }
        return e -> {
            if (visibility != null || query) {
                // Unknown ids of a query, and ids the user may not see, answer NOT_FOUND in the same words.
                checkArguments(visibility, query ? existence : null, e.getFieldDefinition().getArguments(), e.getArguments());
            }
            Object result;
            try {
                result = AccessScope.with(visibility, () -> {
                    try {
                        return fetcher.get(e);
                    } catch (Exception ex) {
                        throw ex instanceof RuntimeException r ? r : new IllegalStateException(ex);
                    }
                });
            } catch (RuntimeException ex) {
                if (mutation) {
                    audit.record(s.user(), e.getField().getName(), describe(e.getArguments()), "failed: " + ex.getMessage());
                }
                throw ex;
            }
            if (mutation) {
                audit.record(s.user(), e.getField().getName(), describe(e.getArguments()), "ok");
            }
            return visibility == null ? result : redacted(result, visibility, e);
        };
    }

    private static Object redacted(Object result, Visibility visibility, DataFetchingEnvironment env) {
        if (result instanceof CompletionStage<?> stage) {
            return stage.thenApply(r -> redacted(r, visibility, env));
        }
        if (result instanceof DataFetcherResult<?> d) {
            @SuppressWarnings("unchecked")
            DataFetcherResult<Object> any = (DataFetcherResult<Object>) d;
            return any.transform(b -> b.data(redacted(any.getData(), visibility, env)));
        }
        Object r = new Redactor(visibility).redact(result);
        if (r == Redactor.HIDDEN) {
            if (GraphQLTypeUtil.isNonNull(env.getFieldType())) {
                throw new NotFoundException(env.getField().getName(), "not found");
            }
            return null;
        }
        return r;
    }

    private static boolean allowed(KamUser user, GraphQLFieldDefinition field, boolean mutation) {
        try {
            checkRoles(user, field, mutation);
            return true;
        } catch (AccessDeniedException e) {
            return false;
        }
    }

    /** Throws FORBIDDEN unless the user's roles allow the field (as a GraphQL error, from inside the fetcher). */
    private static void checkRoles(KamUser user, GraphQLFieldDefinition field, boolean mutation) {
        if (user == null) {
            throw new AccessDeniedException("sign in first");
        }
        if (user.roles().isEmpty()) {
            throw new AccessDeniedException("your sign-in carries no kam-graph role (ADMIN, KAM, MARKET_ACCESS or BI_READER)");
        }
        GraphQLAppliedDirective allow = field.getAppliedDirective("allow");
        Set<Role> allowed = EnumSet.noneOf(Role.class);
        if (allow != null) {
            Object roles = allow.getArgument("roles").getValue();
            if (roles instanceof Collection<?> c) {
                c.forEach(r -> Role.parse(String.valueOf(r)).ifPresent(allowed::add));
            }
        } else if (mutation) {
            allowed.add(Role.ADMIN);
        } else {
            return;
        }
        if (user.roles().stream().noneMatch(allowed::contains)) {
            throw new AccessDeniedException(field.getName() + " is for " + allowed.stream().map(Role::name).sorted().toList()
                    + "; you have " + user.roles().stream().map(Role::name).sorted().toList());
        }
    }

    /**
     * Every node id in the arguments must be visible to a limited user and (when {@code existence} is given) exist;
     * otherwise NOT_FOUND naming the argument, with the same message for an id that does not exist and one the user
     * may not see.
     */
    private static void checkArguments(Visibility visibility, NodeExistence existence, List<GraphQLArgument> definitions,
                                       Map<String, Object> values) {
        NodeReferences.visit(definitions, values, ref -> {
            boolean visible = visibility == null || (ref.kind() == null ? visibility.allowsId(ref.id()) : visibility.allows(ref.kind(), ref.id()));
            if (!visible || existence != null && !existence.exists(ref.kind(), ref.id())) {
                throw new NotFoundException(ref.argument(), ref.notFound());
            }
        });
    }

    /** The arguments as short text for the audit log: long strings (CSV files inline) by their length only. */
    static String describe(Map<String, Object> arguments) {
        StringBuilder out = new StringBuilder();
        describe(arguments, out);
        return out.toString();
    }

    private static void describe(Object value, StringBuilder out) {
        if (out.length() > AuditLog.MAX_DETAILS) {
            return;
        }
        if (value instanceof Map<?, ?> m) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                out.append(first ? "" : ", ").append(e.getKey()).append(": ");
                describe(e.getValue(), out);
                first = false;
            }
            out.append('}');
        } else if (value instanceof Collection<?> c) {
            out.append('[');
            boolean first = true;
            for (Object o : c) {
                out.append(first ? "" : ", ");
                describe(o, out);
                first = false;
            }
            out.append(']');
        } else if (value instanceof String s) {
            out.append(s.length() > MAX_ARGUMENT_TEXT ? "<" + s.length() + " characters>" : '"' + s + '"');
        } else {
            out.append(value);
        }
    }
}
