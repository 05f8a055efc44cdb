package org.kamgraph.readers.veeva;

import java.util.List;
import org.kamgraph.model.NodeKind;
import org.kamgraph.readers.Identities.ProductMatch;
import org.kamgraph.readers.ReadContext;
import org.kamgraph.readers.Shape;
import org.kamgraph.readers.SourceFormat;
import org.kamgraph.readers.Translator;
import org.kamgraph.readers.crm.Crm;
import org.kamgraph.readers.crm.Crm.Vendor;

/**
 * Veeva CRM product catalog (Product_vod__c): the brands (product type Detail) become Products. A product the graph
 * already holds under that name keeps its id; a new one takes its External_ID_vod__c (the company's product code),
 * else {@code VEEVA-<Id>}. Company_Product_vod__c says whether it is ours.
 */
public final class VeevaProducts implements SourceFormat {
    static final String ID = "Id";
    static final String NAME = "Name";
    static final String TYPE = "Product_Type_vod__c";
    static final String EXTERNAL_ID = "External_ID_vod__c";
    static final String AREA = "Therapeutic_Area_vod__c";
    static final String COMPANY = "Company_Product_vod__c";

    @Override
    public String name() {
        return "veeva-product";
    }

    @Override
    public String description() {
        return "Veeva CRM Product_vod__c export: the brands (type Detail) of the product catalog, ours or competitors'";
    }

    @Override
    public String dictionary() {
        return "Veeva CRM Product_vod__c object, API field names (Name, Product_Type_vod__c, External_ID_vod__c, "
                + "Therapeutic_Area_vod__c, Company_Product_vod__c, Manufacturer_vod__c), checked 2026-12";
    }

    @Override
    public List<String> requiredColumns() {
        return List.of(ID, NAME, TYPE);
    }

    @Override
    public int order() {
        return Order.CRM_ACCOUNTS;
    }

    /**
     * An increment: its nodes are shared with the registries (a clinician by NPI, a hospital by CCN), so a snapshot
     * would end nodes that other sources define when the CRM drops them (a territory change).
     */
    @Override
    public boolean fullSnapshot() {
        return false;
    }

    @Override
    public List<Shape> shapes() {
        return List.of(Shape.nodes(NodeKind.PRODUCT));
    }

    @Override
    public Translator translator(ReadContext context) {
        return (row, out) -> {
            String id = row.get(ID);
            String name = row.get(NAME);
            if (id == null || name == null) {
                out.reject(id == null ? ID : NAME, "product without an Id or a name");
                return;
            }
            String type = row.get(TYPE);
            if (!"Detail".equalsIgnoreCase(type)) {
                out.reject(TYPE, type == null ? "product without a type"
                        : "product type '" + type + "' is not a brand (only Detail products are read)");
                return;
            }
            String area = row.get(AREA);
            if (area == null) {
                out.reject(AREA, "no therapeutic area");
                return;
            }
            ProductMatch match = context.identities().product(name, null);
            if (match.candidates() > 1) {
                out.reject(NAME, "product name '" + name + "' matches several products");
                return;
            }
            String nodeId = match.unique() ? match.id()
                    : row.get(EXTERNAL_ID) != null ? row.get(EXTERNAL_ID) : Vendor.VEEVA.id(id);
            out.node(NodeKind.PRODUCT, nodeId, Crm.props("name", name, "aliases", Vendor.VEEVA.alias(id),
                    "therapeuticArea", area, "ours", Crm.flag(row.get(COMPANY))));
        };
    }
}
