package org.kamgraph.readers.veeva;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kamgraph.model.NodeKind;
import org.kamgraph.model.RelKind;
import org.kamgraph.readers.Emit;
import org.kamgraph.readers.Identities.Ref;
import org.kamgraph.readers.ReadContext;
import org.kamgraph.readers.Shape;
import org.kamgraph.readers.SourceFormat;
import org.kamgraph.readers.SourceRow;
import org.kamgraph.readers.Translator;
import org.kamgraph.readers.crm.Crm;
import org.kamgraph.readers.crm.Crm.Vendor;

/**
 * Veeva CRM call records (Call2_vod__c): our team's coverage. The submitted calls of one user with one account become
 * one COVERS from the user's TeamMember to the account's node, with {@code lastContact} the latest call date and
 * {@code contacts} the number of calls, at the line of the pair's first call. Planned and saved calls are not
 * contacts and are ignored. The aggregation holds one entry per (user, account) pair, as many as the COVERS it emits.
 */
public final class VeevaCalls implements SourceFormat {
    static final String ACCOUNT = "Account_vod__c";
    static final String DATE = "Call_Date_vod__c";
    static final String STATUS = "Status_vod__c";
    static final String OWNER = "OwnerId";
    static final String SUBMITTED = "Submitted_vod";

    @Override
    public String name() {
        return "veeva-call";
    }

    @Override
    public String description() {
        return "Veeva CRM Call2_vod__c export: submitted calls per user and account as COVERS with the last contact "
                + "date and the number of calls";
    }

    @Override
    public String dictionary() {
        return "Veeva CRM Call2_vod__c object, API field names (Account_vod__c, Call_Date_vod__c, Status_vod__c with "
                + "Planned_vod / Saved_vod / Submitted_vod, OwnerId), Veeva CRM Help: Call Reporting components, checked 2026-12";
    }

    @Override
    public List<String> requiredColumns() {
        return List.of(ACCOUNT, DATE, STATUS, OWNER);
    }

    @Override
    public int order() {
        return Order.CRM_RELATIONS;
    }

    @Override
    public boolean fullSnapshot() {
        return false;
    }

    @Override
    public List<Shape> shapes() {
        List<NodeKind> covered = new ArrayList<>(Crm.PEOPLE);
        covered.addAll(Crm.ORGANIZATIONS);
        return Crm.relationships(RelKind.COVERS, List.of(NodeKind.TEAM_MEMBER), covered);
    }

    @Override
    public Translator translator(ReadContext context) {
        return new Calls(context);
    }

    private static final class Coverage {
        final Ref user;
        final Ref account;
        final long firstLine;
        LocalDate last;
        long calls;

        Coverage(Ref user, Ref account, long firstLine) {
            this.user = user;
            this.account = account;
            this.firstLine = firstLine;
        }
    }

    private static final class Calls implements Translator {
        private final ReadContext context;
        /** One entry per (user, account) with submitted calls: in first-seen order, so every read emits alike. */
        private final Map<String, Coverage> coverage = new LinkedHashMap<>();

        Calls(ReadContext context) {
            this.context = context;
        }

        @Override
        public void row(SourceRow row, Emit out) {
            if (Crm.rejectedAsDeleted(row, out)) {
                return;
            }
            if (!SUBMITTED.equalsIgnoreCase(row.get(STATUS))) {
                return; // planned or saved: not a contact
            }
            if (row.get(DATE) == null) {
                out.reject(DATE, "submitted call without a date");
                return;
            }
            LocalDate date = Crm.date(row.get(DATE), DATE, out);
            if (date == null) {
                return;
            }
            Ref user = Vendor.VEEVA.resolve(context, row.get(OWNER));
            if (user == null || user.kind() != NodeKind.TEAM_MEMBER) {
                out.reject(OWNER, "call owner not loaded (not in the user export, or no field role)");
                return;
            }
            Ref account = Vendor.VEEVA.resolve(context, row.get(ACCOUNT));
            if (account == null) {
                out.reject(ACCOUNT, "account not loaded (not in the Veeva account export, or outside the region)");
                return;
            }
            Coverage c = coverage.computeIfAbsent(user.kind() + ":" + user.id() + "|" + account.kind() + ":" + account.id(),
                    k -> new Coverage(user, account, row.line()));
            c.calls++;
            if (c.last == null || date.isAfter(c.last)) {
                c.last = date;
            }
        }

        @Override
        public void finish(Emit out) {
            for (Coverage c : coverage.values()) {
                out.atLine(c.firstLine);
                out.relationship(RelKind.COVERS, c.user.kind(), c.user.id(), c.account.kind(), c.account.id(),
                        Crm.props("lastContact", c.last, "contacts", c.calls));
            }
        }
    }
}
