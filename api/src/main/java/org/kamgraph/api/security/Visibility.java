package org.kamgraph.api.security;

import java.util.List;
import java.util.Set;
import org.kamgraph.cypher.AccessScope;
import org.kamgraph.cypher.GraphVersion;
import org.kamgraph.model.NodeKind;

/** The nodes a user limited to territories may see, as read by visible-nodes.cypher at one graph version. */
public final class Visibility implements AccessScope.Restriction {
    /** Sees nothing: used when the visible set cannot be read. */
    static final Visibility NOTHING = new Visibility(List.of(), -1, Set.of(), Set.of());
    private final String key;
    private final long version;
    private final List<String> territories;
    private final Set<String> keys;
    private final Set<String> ids;

    Visibility(List<String> territories, long version, Set<String> keys, Set<String> ids) {
        this.key = String.join("\u0000", territories) + "@" + version;
        this.version = version;
        this.territories = List.copyOf(territories);
        this.keys = keys;
        this.ids = ids;
    }

    @Override
    public String key() {
        return key;
    }

    /** The graph version the set was read at. */
    long version() {
        return version;
    }

    @Override
    public List<String> territories() {
        return territories;
    }

    @Override
    public boolean allows(NodeKind kind, String id) {
        return kind != null && id != null && keys.contains(GraphVersion.key(space(kind), id));
    }

    /** Whether some visible node, of any kind, has this id (for arguments that give an id without its kind). */
    public boolean allowsId(String id) {
        return ids.contains(id);
    }

    public int size() {
        return keys.size();
    }

    static NodeKind space(NodeKind kind) {
        return kind == NodeKind.CLINICIAN ? NodeKind.PERSON : kind;
    }
}
