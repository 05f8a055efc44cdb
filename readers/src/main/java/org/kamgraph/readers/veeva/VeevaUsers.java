package org.kamgraph.readers.veeva;

import java.util.List;
import java.util.Optional;
import org.kamgraph.model.NodeKind;
import org.kamgraph.readers.ReadContext;
import org.kamgraph.readers.Shape;
import org.kamgraph.readers.SourceFormat;
import org.kamgraph.readers.Translator;
import org.kamgraph.readers.crm.Crm;
import org.kamgraph.readers.crm.Crm.Vendor;

/**
 * The CRM's User export (Veeva CRM runs on Salesforce; the object is Salesforce's User): our field team, each user a
 * TeamMember {@code VEEVA-<Id>} whose role comes from the user's Title (or role name). Users whose title names no
 * field role (administrators, integration users) are rejected.
 */
public final class VeevaUsers implements SourceFormat {
    static final String ID = "Id";
    static final String NAME = "Name";
    static final String USERNAME = "Username";
    static final String TITLE = "Title";
    static final String ROLE = "UserRole.Name";
    static final String EMAIL = "Email";

    @Override
    public String name() {
        return "veeva-user";
    }

    @Override
    public String description() {
        return "Veeva CRM User export: our field team as team members (role from the title), alias veeva:<Id>";
    }

    @Override
    public String dictionary() {
        return "Salesforce User object (Id, Name, Username, Title, Email, UserRole.Name), Salesforce Object "
                + "Reference, as used by Veeva CRM for call owners (OwnerId), checked 2026-12";
    }

    @Override
    public List<String> requiredColumns() {
        return List.of(ID, NAME, USERNAME);
    }

    @Override
    public int order() {
        return Order.CRM_ACCOUNTS;
    }

    @Override
    public boolean fullSnapshot() {
        return true;
    }

    @Override
    public List<Shape> shapes() {
        return List.of(Shape.nodes(NodeKind.TEAM_MEMBER));
    }

    @Override
    public Translator translator(ReadContext context) {
        return (row, out) -> {
            String id = row.get(ID);
            String name = row.get(NAME);
            if (id == null || name == null) {
                out.reject(id == null ? ID : NAME, "user without an Id or a name");
                return;
            }
            Optional<String> role = Crm.teamRole(row.get(TITLE)).or(() -> Crm.teamRole(row.get(ROLE)));
            if (role.isEmpty()) {
                out.reject(TITLE, "title names no field role (key account manager, MSL, nurse navigator, market access, rep)");
                return;
            }
            out.node(NodeKind.TEAM_MEMBER, Vendor.VEEVA.id(id), Crm.props("name", name, "aliases", Vendor.VEEVA.alias(id),
                    "role", role.get(), "email", row.get(EMAIL)));
        };
    }
}
