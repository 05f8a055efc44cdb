package org.kamgraph.api.security;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.kamgraph.cypher.query.NodeView;
import org.kamgraph.model.NodeKind;

/**
 * Removes from an answer everything that names a node the user may not see, whatever the answer's shape, so that
 * no resolver has to remember to. A node is recognised as a {@link NodeView} or as any record with a
 * {@code NodeKind kind} and a {@code String id} (the answers' node summaries, scenario references). A record
 * that holds a hidden node directly (an edge to it, a row about it, a relationship with it at one end) is hidden
 * as a whole; a list drops its hidden elements; other values pass unchanged. Records are rebuilt through their
 * canonical constructors only when something inside them changed.
 */
public final class Redactor {
    /** Marks a hidden value while walking. */
    static final Object HIDDEN = new Object();
    private static final Map<Class<?>, Shape> SHAPES = new ConcurrentHashMap<>();
    private final Visibility visibility;

    private record Shape(Method[] accessors, Constructor<?> constructor, int kind, int id) {
        boolean isNode() {
            return kind >= 0 && id >= 0;
        }
    }

    public Redactor(Visibility visibility) {
        this.visibility = visibility;
    }

    /** The value without hidden nodes; {@link #HIDDEN} when the value itself is or holds one directly. */
    public Object redact(Object value) {
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean || value instanceof Enum<?>
                || value instanceof java.time.temporal.Temporal) {
            return value;
        }
        if (value instanceof NodeView n) {
            return visibility.allows(n.kind(), n.id()) ? n : HIDDEN;
        }
        if (value instanceof List<?> list) {
            List<Object> out = null;
            for (int i = 0; i < list.size(); i++) {
                Object e = list.get(i);
                Object r = redact(e);
                if (r != e && out == null) {
                    out = new ArrayList<>(list.subList(0, i));
                }
                if (out != null && r != HIDDEN) {
                    out.add(r);
                }
            }
            return out == null ? list : out;
        }
        if (value instanceof java.util.Optional<?> o) {
            Object r = o.isPresent() ? redact(o.get()) : null;
            return r == HIDDEN ? java.util.Optional.empty() : o.isPresent() && r != o.get() ? java.util.Optional.ofNullable(r) : o;
        }
        if (value instanceof Record record) {
            return redactRecord(record);
        }
        return value;
    }

    private Object redactRecord(Record record) {
        Shape shape = SHAPES.computeIfAbsent(record.getClass(), Redactor::shape);
        Object[] values = new Object[shape.accessors().length];
        try {
            for (int i = 0; i < values.length; i++) {
                values[i] = shape.accessors()[i].invoke(record);
            }
            if (shape.isNode()) {
                return visibility.allows((NodeKind) values[shape.kind()], (String) values[shape.id()]) ? record : HIDDEN;
            }
            boolean changed = false;
            for (int i = 0; i < values.length; i++) {
                Object r = redact(values[i]);
                if (r == HIDDEN) {
                    return HIDDEN;
                }
                if (r != values[i]) {
                    values[i] = r;
                    changed = true;
                }
            }
            return changed ? shape.constructor().newInstance(values) : record;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot redact " + record.getClass().getName(), e);
        }
    }

    private static Shape shape(Class<?> type) {
        RecordComponent[] components = type.getRecordComponents();
        Method[] accessors = new Method[components.length];
        Class<?>[] types = new Class<?>[components.length];
        int kind = -1;
        int id = -1;
        for (int i = 0; i < components.length; i++) {
            accessors[i] = components[i].getAccessor();
            accessors[i].setAccessible(true);
            types[i] = components[i].getType();
            if (components[i].getName().equals("kind") && types[i] == NodeKind.class) {
                kind = i;
            } else if (components[i].getName().equals("id") && types[i] == String.class) {
                id = i;
            }
        }
        try {
            Constructor<?> c = type.getDeclaredConstructor(types);
            c.setAccessible(true);
            return new Shape(accessors, c, kind, id);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("record without canonical constructor: " + type.getName(), e);
        }
    }
}
