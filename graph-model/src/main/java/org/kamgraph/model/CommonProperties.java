package org.kamgraph.model;

import static org.kamgraph.model.PropertySpec.optional;
import static org.kamgraph.model.PropertySpec.required;
import static org.kamgraph.model.PropertyType.DATE;
import static org.kamgraph.model.PropertyType.DOUBLE;
import static org.kamgraph.model.PropertyType.STRING;

import java.util.List;

/** Properties shared by many kinds (kept outside the enums, whose constructors cannot read their own statics). */
public final class CommonProperties {
    private CommonProperties() {
    }

    private static final String ENDED_BY = "The source whose full snapshot ended it (validTo set because its file no longer "
            + "held it); cleared, with that validTo, when that source holds it again";

    /** Every node: identity, display name, validity and provenance. */
    public static final List<PropertySpec> NODE = List.of(
            required("id", STRING, "Stable external id, unique per kind"),
            required("name", STRING, "Display name"),
            optional("validFrom", DATE, "First day the node is valid (open-ended if absent)"),
            optional("validTo", DATE, "Last day the node is valid (open-ended if absent)"),
            optional("source", STRING, "Where the record came from"),
            optional("lastVerified", DATE, "When the record was last checked"),
            optional("aliases", STRING, "Ids of this node in other systems, system:id separated by ';' (e.g. veeva:001A;salesforce:003B)"),
            optional("endedBy", STRING, ENDED_BY));

    /** Every organization: where it is and which sales territory it belongs to. */
    public static final List<PropertySpec> LOCATION = List.of(
            optional("city", STRING, "City"),
            optional("region", STRING, "State or region"),
            optional("country", STRING, "Country (ISO 3166 alpha-2)"),
            optional("territory", STRING, "Sales territory"));

    /** Every relationship: validity and provenance. */
    public static final List<PropertySpec> RELATIONSHIP = List.of(
            optional("validFrom", DATE, "First day valid (open-ended if absent)"),
            optional("validTo", DATE, "Last day valid (open-ended if absent)"),
            optional("source", STRING, "Where the fact came from"),
            optional("lastVerified", DATE, "When the fact was last checked"),
            optional("endedBy", STRING, ENDED_BY));

    /** Money edges: an annual amount and its currency. */
    public static final List<PropertySpec> MONEY = List.of(
            optional("amount", DOUBLE, "Annual amount (drug spend per year)").range(0, 1e15),
            optional("currency", STRING, "ISO 4217 currency code, e.g. USD"));
}
